import type { PostgresPool, PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { LazyTransaction } from './lazy-transaction.ts';
import { statementName, retireStatement } from './statement-names.ts';

/**
 * A pool for Kysely's PostgresDialect whose connections spend fewer round trips and less
 * planning on each request. Two things, both measured under the benchmark's mix
 * (docs/benchmarks.md):
 *
 * - Every statement with parameters runs as a named prepared statement: each pooled
 *   connection parses and plans a text once and then only binds and executes it. Planning
 *   was about 40% of PostgreSQL's time (list pages and counts took as long to plan as to
 *   run). Kysely builds our statements from a fixed set of shapes, so the distinct texts
 *   are few (hundreds); each connection keeps at most `perConnectionLimit` of them and runs
 *   the rest unnamed. Texts without parameters (migrations, which may hold several
 *   statements) run unnamed. PostgreSQL moves a prepared statement to a generic plan only
 *   when that costs no more than the custom plans it made (plan_cache_mode auto).
 * - A transaction begins at its first statement that is not a plain read (LazyTransaction):
 *   every request runs in a transaction opened at the edge, and for the reads (most
 *   requests) BEGIN and COMMIT were two of their four or five round trips.
 *
 * Behind PgBouncer in transaction mode, named statements need PgBouncer ≥ 1.21 with
 * `max_prepared_statements` (docs/operations.md).
 */
const perConnectionLimit = 500;

export function preparingPool(pool: pg.Pool): PostgresPool {
  // One wrapper per pg client, so Kysely (which keys its connections by client) sees the
  // same object every time; its transaction state starts afresh at each checkout.
  const wrappers = new WeakMap<pg.PoolClient, PreparingClient>();
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (wrapper === undefined) {
        wrapper = new PreparingClient(client);
        wrappers.set(client, wrapper);
      }
      wrapper.checkedOut();
      return wrapper;
    },
    end: () => pool.end(),
  };
}

type Result = Awaited<ReturnType<PostgresPoolClient['query']>>;

class PreparingClient {
  private readonly prepared = new Set<string>();
  private readonly transaction = new LazyTransaction((text) => this.run(text, []));

  constructor(private readonly client: pg.PoolClient) {}

  checkedOut(): void {
    this.transaction.reset();
  }

  // Kysely's overloads: (text, values) for statements, (cursor) for streams.
  query = ((textOrCursor: unknown, values?: readonly unknown[]): unknown => {
    if (typeof textOrCursor !== 'string') {
      return this.client.query(textOrCursor as pg.Submittable);
    }
    return this.transaction.execute(textOrCursor, () => this.run(textOrCursor, values ?? []));
  }) as unknown as PostgresPoolClient['query'];

  release(): void {
    this.client.release();
  }

  private async run(text: string, values: readonly unknown[]): Promise<Result> {
    if (values.length === 0) return (await this.client.query(text)) as unknown as Result;
    const name = statementName(text);
    if (!this.prepared.has(name) && this.prepared.size >= perConnectionLimit) {
      return (await this.client.query(text, [...values])) as unknown as Result;
    }
    this.prepared.add(name);
    try {
      const result = await this.client.query({ name, text, values: [...values] });
      return result as unknown as Result;
    } catch (error) {
      // 0A000: the plan's result type no longer matches the table (another server's
      // migration). This use fails (a transaction retries, see transaction.ts); the next
      // prepares the text afresh under a new name.
      if ((error as { code?: unknown }).code === '0A000') retireStatement(text);
      throw error;
    }
  }
}
