import { sql, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import { isPlainRead, LazyTransaction } from './lazy-transaction.ts';
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
const genericMarker = '/* generic plan */';

/**
 * Marks a statement that always gets a generic plan: `sql\`${genericPlan} SELECT …\``.
 *
 * PostgreSQL keeps planning a prepared statement afresh (a custom plan) whenever the plans
 * for the values it has seen cost less than one plan for any value. For the per-person list
 * pages and badge counts that is every time, and their planning cost two to three times
 * their execution under the benchmark's mix, while the generic plan (the person's index, in
 * time order) is the right one for every person. A marked statement outside a begun
 * transaction runs on a connection of `genericPool`, which forces generic plans and plans
 * no parallel workers; inside a transaction it runs where it is, planned as usual. Only
 * plain reads may be marked (checked), so where it runs changes nothing it reads.
 */
export const genericPlan = sql.raw(genericMarker);

export function preparingPool(pool: pg.Pool, genericPool: pg.Pool): PostgresPool {
  // One wrapper per pg client, so Kysely (which keys its connections by client) sees the
  // same object every time; its transaction state starts afresh at each checkout.
  const wrappers = new WeakMap<pg.PoolClient, PreparingClient>();
  return {
    async connect(): Promise<PostgresPoolClient> {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (wrapper === undefined) {
        wrapper = new PreparingClient(client, genericPool);
        wrappers.set(client, wrapper);
      }
      wrapper.checkedOut();
      return wrapper;
    },
    end: async () => {
      await Promise.all([pool.end(), genericPool.end()]);
    },
  };
}

type Result = Awaited<ReturnType<PostgresPoolClient['query']>>;

class PreparingClient {
  private readonly prepared = new Set<string>();
  private readonly transaction = new LazyTransaction((text) => this.run(text, [], this.client));

  constructor(
    private readonly client: pg.PoolClient,
    private readonly genericPool: pg.Pool,
  ) {}

  checkedOut(): void {
    this.transaction.reset();
  }

  // Kysely's overloads: (text, values) for statements, (cursor) for streams.
  query = ((textOrCursor: unknown, values?: readonly unknown[]): unknown => {
    if (typeof textOrCursor !== 'string') {
      return this.client.query(textOrCursor as pg.Submittable);
    }
    const text = textOrCursor;
    if (text.startsWith(genericMarker) && !this.transaction.begun) {
      if (!isPlainRead(text.slice(genericMarker.length))) {
        throw new Error('Only a plain read may ask for a generic plan.');
      }
      return this.run(text, values ?? [], this.genericPool);
    }
    return this.transaction.execute(text, () => this.run(text, values ?? [], this.client));
  }) as unknown as PostgresPoolClient['query'];

  release(): void {
    this.client.release();
  }

  private async run(
    text: string,
    values: readonly unknown[],
    on: pg.PoolClient | pg.Pool,
  ): Promise<Result> {
    if (values.length === 0) return (await on.query(text)) as unknown as Result;
    const name = statementName(text);
    // The generic pool's statements are the few marked texts; the limit is for this client.
    if (on === this.client && !this.prepared.has(name)) {
      if (this.prepared.size >= perConnectionLimit) {
        return (await on.query(text, [...values])) as unknown as Result;
      }
      this.prepared.add(name);
    }
    try {
      const result = await on.query({ name, text, values: [...values] });
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
