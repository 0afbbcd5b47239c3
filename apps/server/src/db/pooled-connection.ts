import type { PostgresPoolClient } from 'kysely';
import type pg from 'pg';

export type QueryResult = Awaited<ReturnType<PostgresPoolClient['query']>>;

/** Runs one statement on a physical connection (prepared.ts names and prepares it). */
export type Runner = (
  on: pg.PoolClient,
  text: string,
  values: readonly unknown[],
) => Promise<QueryResult>;

// Kysely's own texts for a plain transaction (no isolation level or access mode).
const begin = 'begin';
const commit = 'commit';
const rollback = 'rollback';

// A statement that only reads: a SELECT that takes no row locks and calls nothing with a
// lasting effect (advisory locks, sequences, settings, notifications). Anything else,
// including WITH (which may hold a data-modifying statement), needs its own connection.
const plainRead = /^\s*select\b/i;
const effects =
  /\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b|\b(pg_advisory\w*|nextval|setval|set_config|pg_notify)\s*\(/i;

export function isPlainRead(text: string): boolean {
  return plainRead.test(text) && !effects.test(text);
}

const nothing = { command: 'SELECT', rowCount: 0, rows: [] } as unknown as QueryResult;

/**
 * What Kysely holds as "a connection" for a transaction or a statement. A physical
 * connection is taken from the pool only for as long as a statement runs, until the first
 * statement that is not a plain read: from then on (a BEGIN is sent first when a transaction
 * was asked for) one physical connection serves the rest, until Kysely releases this one.
 *
 * Why: every request runs in a transaction opened at the edge, and a pooled connection was
 * held for the whole request, also while the server worked between statements. Under the
 * benchmark's load with 2,000 people, requests queued for the pool's 20 connections a third
 * of the time (up to 226 waiting) while PostgreSQL used a fifth of a core. A request that
 * only reads now holds a connection only while its statements run, and sends neither BEGIN
 * nor COMMIT. Under READ COMMITTED each statement reads its own snapshot either way, so reads
 * before the first write see exactly what they would inside the transaction.
 */
export class PooledConnection {
  private pinned: pg.PoolClient | null = null;
  private pendingBegin = false;
  private begun = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly run: Runner,
    /** Told after each transaction that wrote has committed (db/notify-pump.ts). */
    private readonly onCommit: () => void = () => undefined,
  ) {}

  /** Whether statements now go to one physical connection (a transaction or session work). */
  get isPinned(): boolean {
    return this.pinned !== null;
  }

  async execute(text: string, values: readonly unknown[]): Promise<QueryResult> {
    if (text === begin) {
      this.pendingBegin = true;
      return nothing;
    }
    if (text === commit || text === rollback) {
      const wasBegun = this.begun;
      this.pendingBegin = false;
      this.begun = false;
      if (!wasBegun || !this.pinned) return nothing;
      const result = await this.run(this.pinned, text, []);
      if (text === commit) this.onCommit();
      return result;
    }
    if (this.pendingBegin && !isPlainRead(text)) {
      const client = await this.pin();
      this.pendingBegin = false;
      await this.run(client, begin, []);
      this.begun = true;
      return this.run(client, text, values);
    }
    if (this.pinned) return this.run(this.pinned, text, values);
    if (isPlainRead(text)) return this.runPooled(this.pool, text, values);
    // Work outside a transaction that is not a plain read (session settings and the like):
    // everything after it stays on the same connection.
    return this.run(await this.pin(), text, values);
  }

  /** A physical connection for the rest of this one's life (cursors, session work). */
  async pin(): Promise<pg.PoolClient> {
    this.pinned ??= await this.pool.connect();
    return this.pinned;
  }

  /** One statement on any connection of `pool`, held only while it runs. */
  async runPooled(pool: pg.Pool, text: string, values: readonly unknown[]): Promise<QueryResult> {
    const client = await pool.connect();
    try {
      return await this.run(client, text, values);
    } finally {
      client.release();
    }
  }

  release(): void {
    this.pinned?.release();
    this.pinned = null;
    this.pendingBegin = false;
    this.begun = false;
  }
}
