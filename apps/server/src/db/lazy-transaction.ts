import type { PostgresPoolClient } from 'kysely';

type Result = Awaited<ReturnType<PostgresPoolClient['query']>>;

// Kysely's own texts for a plain transaction (no isolation level or access mode).
const begin = 'begin';
const commit = 'commit';
const rollback = 'rollback';

// A statement that only reads: a SELECT that takes no row locks and calls nothing with a
// lasting effect (advisory locks, sequences, settings, notifications). Anything else,
// including WITH (which may hold a data-modifying statement), opens the transaction.
const plainRead = /^\s*select\b/i;
const effects =
  /\bfor\s+(update|share|no\s+key\s+update|key\s+share)\b|\b(pg_advisory\w*|nextval|setval|set_config|pg_notify)\s*\(/i;

export function isPlainRead(text: string): boolean {
  return plainRead.test(text) && !effects.test(text);
}

const nothing = { command: 'SELECT', rowCount: 0, rows: [] } as unknown as Result;

/**
 * A transaction that begins at its first statement that is not a plain read. Reads before
 * it run on the same connection outside the transaction, which under READ COMMITTED (each
 * statement takes its own snapshot either way) reads exactly what they would have read
 * inside it. A transaction that only read sends neither BEGIN nor COMMIT. Transactions
 * with an isolation level or access mode (Kysely sends `start transaction …`) begin at once.
 */
export class LazyTransaction {
  private pending = false;
  private open = false;

  constructor(private readonly send: (text: string) => Promise<Result>) {}

  /** Whether BEGIN was sent: statements now belong to the transaction. */
  get begun(): boolean {
    return this.open;
  }

  reset(): void {
    this.pending = false;
    this.open = false;
  }

  async execute(text: string, run: () => Promise<Result>): Promise<Result> {
    if (text === begin) {
      this.pending = true;
      return nothing;
    }
    if (text === commit || text === rollback) {
      const wasOpen = this.open;
      this.reset();
      return wasOpen ? this.send(text) : nothing;
    }
    if (this.pending && !isPlainRead(text)) {
      this.pending = false;
      await this.send(begin);
      this.open = true;
    }
    return run();
  }
}
