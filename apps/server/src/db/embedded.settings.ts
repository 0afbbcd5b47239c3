import os from 'node:os';

const mib = 1024 * 1024;

/**
 * Server settings for the embedded PostgreSQL, sized to the machine it runs on. The
 * defaults (shared_buffers 128 MB, work_mem 4 MB) are for a shared toy install: with a
 * million finished instances the lists and their indexes no longer fit, and every read
 * went to the operating system's cache. Durability is untouched: fsync and
 * synchronous_commit keep their defaults (on), so a committed approval survives a crash.
 */
export function embeddedServerSettings(totalMemory = os.totalmem()): Record<string, string> {
  const megabytes = (bytes: number) => `${Math.floor(bytes / mib)}MB`;
  // A quarter of memory for PostgreSQL's own cache, the usual starting point, kept
  // between the default and 4 GB (the application server and the OS cache need the rest).
  const sharedBuffers = Math.min(Math.max(totalMemory / 4, 128 * mib), 4096 * mib);
  return {
    shared_buffers: megabytes(sharedBuffers),
    // What the planner may assume the OS caches on top: about half of memory.
    effective_cache_size: megabytes(Math.max(totalMemory / 2, 512 * mib)),
    // Per sort or hash, per connection (the app pools 20): sorts of list pages and
    // statistics stay in memory without letting 200 connections exhaust it.
    work_mem: '16MB',
    maintenance_work_mem: megabytes(Math.min(Math.max(totalMemory / 32, 64 * mib), 1024 * mib)),
    // Solid-state storage: an index lookup costs little more than a sequential read.
    random_page_cost: '1.1',
    effective_io_concurrency: '200',
    // Fewer forced checkpoints under bulk writes (history imports, the bench).
    max_wal_size: '4GB',
    min_wal_size: '512MB',
    checkpoint_completion_target: '0.9',
    wal_compression: 'on',
  };
}

/** The settings as `postgres -c name=value` flags. */
export function settingsFlags(settings: Record<string, string>): string[] {
  return Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]);
}
