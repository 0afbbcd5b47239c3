import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { Db } from '../db/database.ts';

// Below this, PostgreSQL's page tables stay small enough not to matter.
const largeSharedBuffers = 1024 ** 3;

/** What PostgreSQL reports of its shared memory. */
export interface SharedMemoryFigures {
  /** `huge_pages_status`: on, off, or unknown (null) before PostgreSQL 17. */
  status: string | null;
  sharedBuffersBytes: number;
  /** `shared_memory_size_in_huge_pages`: the huge pages its shared memory would take. */
  hugePagesNeeded: number | null;
}

/**
 * The advice to give, or null. Without huge pages, each backend maps PostgreSQL's cache in
 * 4 kB pages and pays for every page it touches the first time: measured on the
 * benchmark's 4 GB cache, a new connection ran a list page in 0.43–0.53 ms where one that
 * had touched the same rows took 0.17, and 2 MB pages removed the difference
 * (docs/benchmarks.md, docs/operations.md).
 */
export function hugePagesAdvice(figures: SharedMemoryFigures): string | null {
  if (figures.status !== 'off' || figures.sharedBuffersBytes < largeSharedBuffers) return null;
  const pages = figures.hugePagesNeeded ?? Math.ceil((figures.sharedBuffersBytes * 1.05) / 2 ** 21);
  const gigabytes = (figures.sharedBuffersBytes / 1024 ** 3).toFixed(1);
  return (
    `PostgreSQL keeps its ${gigabytes} GB cache in 4 kB pages: reserve ${pages} huge pages ` +
    `(sysctl vm.nr_hugepages=${pages}) and restart it for cheaper reads (docs/operations.md)`
  );
}

/** Logs the advice once at start, when PostgreSQL's cache is large and not in huge pages. */
export async function adviseHugePages(db: Db, logger: Logger): Promise<void> {
  const { rows } = await sql<{ status: string | null; bytes: string; needed: string | null }>`
    SELECT current_setting('huge_pages_status', true) AS status,
           pg_size_bytes(current_setting('shared_buffers')) AS bytes,
           current_setting('shared_memory_size_in_huge_pages', true) AS needed`.execute(db);
  const row = rows[0];
  if (!row) return;
  const needed = Number(row.needed);
  const hugePagesNeeded = Number.isFinite(needed) && needed > 0 ? needed : null;
  const advice = hugePagesAdvice({
    status: row.status,
    sharedBuffersBytes: Number(row.bytes),
    hugePagesNeeded,
  });
  if (advice) logger.info({ hugePagesNeeded }, advice);
}
