import type { Executor } from '../../db/database.ts';
import { chainedContentOf, chainMac, genesisMac } from './audit.chain.ts';
import { chainPage, type AuditRow } from './audit.repository.ts';

/** The verifier's verdict: intact, or the first entry where the chain breaks. */
export type ChainVerdict =
  | { intact: true; entries: number }
  | { intact: false; entries: number; brokenAt: { seq: number; id: string; reason: string } };

/** Walks the whole chain in order and names the first entry that fails. */
export async function verifyAuditChain(db: Executor, key: Buffer): Promise<ChainVerdict> {
  let prevMac = genesisMac;
  let lastSeq = 0;
  let entries = 0;
  for (;;) {
    const page = await chainPage(db, lastSeq, 1000);
    if (page.length === 0) return { intact: true, entries };
    for (const row of page) {
      const reason = checkRow(row, prevMac, key);
      if (reason) {
        return { intact: false, entries, brokenAt: { seq: Number(row.seq), id: row.id, reason } };
      }
      prevMac = row.mac;
      lastSeq = Number(row.seq);
      entries++;
    }
  }
}

/** Why the entry does not continue the chain, or null when it does. */
export function checkRow(row: AuditRow, prevMac: string, key: Buffer): string | null {
  if (row.prev_mac !== prevMac)
    return 'the link to the previous entry is broken (an entry was removed or reordered)';
  const expected = chainMac(key, row.prev_mac, chainedContentOf(row));
  return expected === row.mac ? null : 'the content does not match its MAC (the entry was altered)';
}
