import { sql, type PostgresPool, type PostgresPoolClient } from 'kysely';
import type pg from 'pg';
import {
  isPlainRead,
  PooledConnection,
  pipelinedMarker,
  type QueryResult,
  type Runner,
} from './pooled-connection.ts';
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
 * - A physical connection is held only while a statement runs, until the first statement
 *   that is not a plain read (then BEGIN, and one connection for the rest): reads neither
 *   wait for a connection held by another request's server-side work nor send BEGIN and
 *   COMMIT (PooledConnection).
 *
 * Behind PgBouncer in transaction mode, named statements need PgBouncer ≥ 1.21 with
 * `max_prepared_statements` (docs/operations.md).
 */
const perConnectionLimit = 500;
/** Released connection wrappers kept for reuse (more are only in use under a burst). */
const maxIdleWrappers = 1_000;
const genericMarker = '/* generic plan */';

/**
 * Marks a statement that always gets a generic plan: `sql\`${genericPlan} SELECT …\``, or
 * `.modifyEnd(genericPlan)` on a query builder.
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

/**
 * Ends a write whose result its caller does not need: `.modifyEnd(pipelined)`, or
 * `sql\`… ${pipelined}\``. Inside a transaction it is sent at once and the caller goes on;
 * the next statement that is waited for, or the COMMIT, travels behind it and fails with
 * its error if it failed (PooledConnection). A workflow command's writes and its COMMIT thus
 * go to PostgreSQL together: one round trip where there were seven, each of which woke a
 * backend and the server on a busy machine. Its answer has no rows and no row count, so only
 * statements whose caller reads neither may be marked. Outside a transaction it runs as
 * usual.
 */
export const pipelined = sql.raw(pipelinedMarker);

export function preparingPool(
  pool: pg.Pool,
  genericPool: pg.Pool,
  onCommit?: () => void,
): PostgresPool {
  // The names each physical connection has prepared, to keep within the limit.
  const preparedOn = new WeakMap<pg.PoolClient, Set<string>>();
  const run: Runner = async (client, text, values) => {
    if (values.length === 0) return (await client.query(text)) as unknown as QueryResult;
    const name = statementName(text);
    let known = preparedOn.get(client);
    if (known === undefined) {
      known = new Set();
      preparedOn.set(client, known);
    }
    if (!known.has(name)) {
      if (known.size >= perConnectionLimit) {
        return (await client.query(text, [...values])) as unknown as QueryResult;
      }
      known.add(name);
    }
    try {
      return (await client.query({ name, text, values: [...values] })) as unknown as QueryResult;
    } catch (error) {
      // 0A000: the plan's result type no longer matches the table (another server's
      // migration). This use fails (a transaction retries, see transaction.ts); the next
      // prepares the text afresh under a new name.
      if ((error as { code?: unknown }).code === '0A000') retireStatement(text);
      throw error;
    }
  };
  // Released wrappers, handed out again: Kysely keeps a weak map entry (and a connection
  // object of its own) per distinct client it is given, and a new wrapper per request made
  // it create, and the collector then sweep, both for every request (3% of the server's
  // JavaScript under the benchmark's mix). Kysely refuses statements on a transaction
  // after its end, so a reused wrapper never serves a finished request's stragglers.
  const idle = new Set<PostgresPoolClient>();
  // A set: a second release of one wrapper must not hand it to two users.
  const recycle = (client: PostgresPoolClient) => {
    if (idle.size < maxIdleWrappers) idle.add(client);
  };
  return {
    connect: () => {
      const reused = idle.values().next();
      if (reused.done) {
        return Promise.resolve(
          kyselyClient(new PooledConnection(pool, run, onCommit), genericPool, recycle),
        );
      }
      idle.delete(reused.value);
      return Promise.resolve(reused.value);
    },
    end: async () => {
      await Promise.all([pool.end(), genericPool.end()]);
    },
  };
}

function isMarkedGeneric(text: string): boolean {
  return text.startsWith(genericMarker) || text.endsWith(genericMarker);
}

/** The connection as Kysely's PostgresDialect sees it. */
function kyselyClient(
  connection: PooledConnection,
  genericPool: pg.Pool,
  recycle: (client: PostgresPoolClient) => void,
): PostgresPoolClient {
  const query = async (text: string, values: readonly unknown[]): Promise<QueryResult> => {
    if (isMarkedGeneric(text) && !connection.isPinned) {
      if (!isPlainRead(text.replace(genericMarker, ''))) {
        throw new Error('Only a plain read may ask for a generic plan.');
      }
      return connection.runPooled(genericPool, text, values);
    }
    return connection.execute(text, values);
  };
  const client: PostgresPoolClient = {
    // Kysely's overloads: (text, values) for statements, (cursor) for streams.
    query: ((textOrCursor: unknown, values?: readonly unknown[]): unknown => {
      if (typeof textOrCursor === 'string') return query(textOrCursor, values ?? []);
      return connection.pin().then((pinned) => pinned.query(textOrCursor as pg.Submittable));
    }) as unknown as PostgresPoolClient['query'],
    release: () => {
      connection.release();
      recycle(client);
    },
  };
  return client;
}
