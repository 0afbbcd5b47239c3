import { createHash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Executor } from '../../db/database.ts';
import { genesisMac } from './audit.chain.ts';
import { chainPage, findChainHead, lastSeqBefore, type AuditRow } from './audit.repository.ts';
import { chainedContentOf } from './audit.chain.ts';
import { checkRow } from './audit.verify.ts';

/** What `audit:archive` writes beside the entries, so a copy can be checked later. */
export interface ArchiveManifest {
  format: 'yuanwu-audit-archive/1';
  createdAt: string;
  /** Entries recorded before this instant (UTC) were copied, from the start of the chain. */
  before: string;
  file: string;
  /** SHA-256 of the JSON-lines file. */
  sha256: string;
  entries: number;
  firstSeq: number | null;
  lastSeq: number | null;
  /** The MAC of the last archived entry: the head of the archived part of the chain. */
  lastMac: string;
  /** The live chain's head when the archive was made: later entries must continue from it. */
  chainHead: { seq: number; id: string; at: string; mac: string } | null;
  /** Whether every archived entry checked out against the key when copied. */
  intact: boolean;
  brokenAt?: { seq: number; id: string; reason: string };
}

/** One archived entry: the MAC-covered content plus seq and both MACs. */
export function archiveLine(row: AuditRow): string {
  const content = chainedContentOf(row);
  return JSON.stringify({
    seq: Number(row.seq),
    ...content,
    at: content.at.toISOString(),
    prevMac: row.prev_mac,
    mac: row.mac,
  });
}

/**
 * Copies every entry recorded before `before` (from the start of the chain,
 * in chain order) to a JSON-lines file and writes `<file>.manifest.json`.
 * Rows stay in the database: there is no delete path (SECURITY.md 19). An
 * existing file is never overwritten.
 */
export async function archiveAuditLog(
  db: Executor,
  key: Buffer,
  options: { before: Date; outFile: string; now: Date },
): Promise<ArchiveManifest> {
  // Both files are claimed first, so an existing archive is never overwritten or half-replaced.
  const manifestFile = await open(`${options.outFile}.manifest.json`, 'wx');
  try {
    const out = await open(options.outFile, 'wx');
    let copied: Omit<ArchiveManifest, 'format' | 'createdAt' | 'before' | 'file' | 'chainHead'>;
    const head = await findChainHead(db);
    try {
      copied = await copyEntries(db, key, await lastSeqBefore(db, options.before), out);
    } finally {
      await out.close();
    }
    const manifest: ArchiveManifest = {
      format: 'yuanwu-audit-archive/1',
      createdAt: options.now.toISOString(),
      before: options.before.toISOString(),
      file: path.basename(options.outFile),
      ...copied,
      chainHead: head
        ? { seq: Number(head.seq), id: head.id, at: head.at.toISOString(), mac: head.mac }
        : null,
    };
    await manifestFile.writeFile(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    return manifest;
  } finally {
    await manifestFile.close();
  }
}

// Writes entries 1..lastSeq in chain order, checking each against the key on the way.
async function copyEntries(db: Executor, key: Buffer, lastSeq: number, out: FileHandle) {
  const hash = createHash('sha256');
  let prevMac = genesisMac;
  let afterSeq = 0;
  let entries = 0;
  let firstSeq: number | null = null;
  let brokenAt: ArchiveManifest['brokenAt'];
  while (afterSeq < lastSeq) {
    const rows = (await chainPage(db, afterSeq, 1000)).filter((row) => Number(row.seq) <= lastSeq);
    if (rows.length === 0) break;
    let chunk = '';
    for (const row of rows) {
      const reason = checkRow(row, prevMac, key);
      if (reason && !brokenAt) brokenAt = { seq: Number(row.seq), id: row.id, reason };
      chunk += `${archiveLine(row)}\n`;
      firstSeq ??= Number(row.seq);
      prevMac = row.mac;
      afterSeq = Number(row.seq);
      entries++;
    }
    hash.update(chunk);
    await out.write(chunk);
  }
  return {
    sha256: hash.digest('hex'),
    entries,
    firstSeq,
    lastSeq: entries > 0 ? afterSeq : null,
    lastMac: prevMac,
    intact: !brokenAt,
    ...(brokenAt ? { brokenAt } : {}),
  };
}
