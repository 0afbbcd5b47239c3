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
/** What a pipelined statement answers at once: no rows, no count (nobody may read them). */
const notAwaited = { command: 'PIPELINED', rowCount: null, rows: [] } as unknown as QueryResult;

/** Ends a statement whose result its caller does not wait for (prepared.ts `pipelined`). */
export const pipelinedMarker = '/* pipelined */';

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
/** The socket under a pg client (pg corks it the same way around each statement). */
function socketOf(client: pg.PoolClient): { cork(): void; uncork(): void } | undefined {
  return (client as unknown as { connection?: { stream?: { cork(): void; uncork(): void } } })
    .connection?.stream;
}

const holding = new WeakSet<pg.PoolClient>();

/**
 * Holds the client's writes until the statements being sent in this turn of the event loop
 * (pipelined ones, then the one waited for) are all written: one write to PostgreSQL, which
 * wakes its backend once instead of once per statement.
 */
function holdWrites(client: pg.PoolClient): void {
  if (holding.has(client)) return;
  const socket = socketOf(client);
  if (socket === undefined) return;
  holding.add(client);
  socket.cork();
  process.nextTick(() => {
    holding.delete(client);
    socket.uncork();
  });
}

export class PooledConnection {
  private pinned: pg.PoolClient | null = null;
  private pendingBegin = false;
  private begun = false;
  /** Pipelined statements sent on the pinned connection whose outcome is not checked yet. */
  private inFlight: Promise<QueryResult>[] = [];

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
    if (text === commit || text === rollback) return this.end(text);
    if (this.pendingBegin && !isPlainRead(text)) {
      const client = await this.pin();
      this.pendingBegin = false;
      this.begun = true;
      // BEGIN travels with the first write: one round trip instead of two.
      this.send(client, begin, []);
      return this.forward(client, text, values);
    }
    if (this.pinned) return this.forward(this.pinned, text, values);
    if (isPlainRead(text)) return this.runPooled(this.pool, text, values);
    // Work outside a transaction that is not a plain read (session settings and the like):
    // everything after it stays on the same connection.
    return this.run(await this.pin(), text, values);
  }

  /**
   * A statement on the pinned connection. Inside a begun transaction a pipelined one is
   * sent and answered at once; any other is sent behind it and answers only after everything
   * sent before it succeeded. PostgreSQL runs them in the order sent, so this changes when
   * the caller waits, never what a statement sees.
   */
  private async forward(
    client: pg.PoolClient,
    text: string,
    values: readonly unknown[],
  ): Promise<QueryResult> {
    if (this.begun && text.endsWith(pipelinedMarker)) {
      this.send(client, text, values);
      return notAwaited;
    }
    const answer = this.run(client, text, values);
    await this.checkInFlight(answer);
    return answer;
  }

  /** Sends a statement without waiting for it; its outcome is checked later. */
  private send(client: pg.PoolClient, text: string, values: readonly unknown[]): void {
    holdWrites(client);
    const sent = this.run(client, text, values);
    sent.catch(() => undefined); // checked by checkInFlight, never left unobserved
    this.inFlight.push(sent);
  }

  /**
   * Waits for the statements sent before `next`. The first failure is the error: those
   * after it, `next` among them, only report the transaction it aborted.
   */
  private async checkInFlight(next: Promise<QueryResult>): Promise<void> {
    const sent = this.inFlight;
    this.inFlight = [];
    for (const statement of sent) {
      try {
        await statement;
      } catch (error) {
        next.catch(() => undefined);
        throw error;
      }
    }
  }

  /**
   * COMMIT travels with the pipelined statements before it. When one of them failed,
   * PostgreSQL ends the transaction with a rollback instead, and that failure is the error.
   */
  private async end(text: string): Promise<QueryResult> {
    const wasBegun = this.begun;
    this.pendingBegin = false;
    this.begun = false;
    if (!wasBegun || !this.pinned) return nothing;
    const ended = this.run(this.pinned, text, []);
    if (text === rollback) {
      await Promise.allSettled(this.inFlight);
      this.inFlight = [];
      return ended;
    }
    await this.checkInFlight(ended);
    const result = await ended;
    this.onCommit();
    return result;
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
    // Statements still on the wire would answer the connection's next user: close it instead.
    const unsettled = this.inFlight.length > 0;
    this.pinned?.release(unsettled ? new Error('released with statements in flight') : undefined);
    this.pinned = null;
    this.pendingBegin = false;
    this.begun = false;
    this.inFlight = [];
  }
}
