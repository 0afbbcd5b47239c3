import {
  createQueryId,
  type Compilable,
  type CompiledQuery,
  type OperationNodeSource,
  type QueryResult,
  type RawBuilder,
  type RootOperationNode,
} from 'kysely';
import type { Executor } from './database.ts';

/** Where a value goes in a statement compiled once; filled in at each run. */
class Slot {
  constructor(readonly name: string) {}
}

/** A statement built and compiled once, run with new values (`compiledOnce`). */
export interface CompiledStatement<Args, Row> {
  execute(db: Executor, args: Args): Promise<QueryResult<Row>>;
}

/** A query builder, or a `sql` template (whose rows are typed by `sql<Row>`). */
type Builder<Args, Row> = (
  db: Executor,
  values: Args,
) => (Compilable<Row> & OperationNodeSource) | RawBuilder<Row>;

function isRaw<Row>(built: ReturnType<Builder<object, Row>>): built is RawBuilder<Row> {
  return 'isRawBuilder' in built && built.isRawBuilder;
}

/**
 * A statement that Kysely builds and compiles on its first run only; every run after sends
 * the same text with new values. For the statements of every request (the session check,
 * the people picker): building them again on every call was 15% of the server's JavaScript
 * under load (docs/benchmarks.md).
 *
 * The builder gets stand-ins for the values, typed as the values, to use wherever the value
 * goes. Everything else is fixed at the first build, so it must not depend on the values: a
 * value that changes the statement's shape picks another `compiledOnce`. A stand-in is one
 * parameter: a list goes in as an array (`= ANY(…)`), never `in`. The executing database's
 * plugins still see every run (db/table-writes.ts tells the in-process caches of writes),
 * but may not rewrite the statement.
 */
export function compiledOnce<Args extends object, Row>(
  build: Builder<Args, Row>,
): CompiledStatement<Args, Row> {
  let compiled: Compiled<Args, Row> | undefined;
  return {
    async execute(db, args) {
      const queryId = createQueryId();
      if (compiled === undefined) compiled = compile(db, build, queryId);
      else observe(db, compiled.node, queryId);
      const { query, fill } = compiled;
      return db.executeQuery({ ...query, queryId, parameters: fill(args) });
    },
  };
}

/** Statements of several shapes, each compiled once (`compiledPerShape`). */
export interface ShapedStatements<Shape, Args, Row> {
  execute(db: Executor, shape: Shape, args: Args): Promise<QueryResult<Row>>;
}

/**
 * A statement whose shape varies with the request (which filters, which order): one
 * `compiledOnce` per shape, made at that shape's first run. `keyOf` names a shape; shapes
 * with one name must build the same statement. The shapes are few (a handful of choices),
 * so all are kept.
 */
export function compiledPerShape<Shape, Args extends object, Row>(
  keyOf: (shape: Shape) => string,
  build: (shape: Shape) => Builder<Args, Row>,
): ShapedStatements<Shape, Args, Row> {
  const statements = new Map<string, CompiledStatement<Args, Row>>();
  return {
    execute(db, shape, args) {
      const key = keyOf(shape);
      let statement = statements.get(key);
      if (statement === undefined) {
        statement = compiledOnce(build(shape));
        statements.set(key, statement);
      }
      return statement.execute(db, args);
    },
  };
}

interface Compiled<Args, Row> {
  node: RootOperationNode;
  query: CompiledQuery<Row>;
  fill: (args: Args) => unknown[];
}

/** Shows a run to the plugins, which must leave the statement as it is. */
function observe(db: Executor, node: RootOperationNode, queryId: CompiledQuery['queryId']) {
  if (db.getExecutor().transformQuery(node, queryId) !== node) {
    throw new Error('compiledOnce: a plugin rewrote the statement');
  }
}

function compile<Args extends object, Row>(
  db: Executor,
  build: Builder<Args, Row>,
  queryId: CompiledQuery['queryId'],
): Compiled<Args, Row> {
  const asked = new Set<string>();
  const standIns = new Proxy({} as Args, {
    get(_, name) {
      if (typeof name !== 'string') return undefined;
      asked.add(name);
      return new Slot(name);
    },
  });
  // As a query builder gives it to be compiled, the plugins have seen it (this first run);
  // a `sql` template shows them nothing until it is executed, so it is shown here.
  const built = build(db, standIns);
  const node = (
    isRaw(built)
      ? db.getExecutor().transformQuery(built.toOperationNode(), queryId)
      : built.toOperationNode()
  ) as RootOperationNode;
  const query = db.getExecutor().compileQuery<Row>(node, queryId);
  const placed = new Set<string>();
  // Each parameter: the name of the value that fills it, or its fixed value.
  const sources = query.parameters.map((parameter): { slot: string } | { fixed: unknown } => {
    if (!(parameter instanceof Slot)) return { fixed: parameter };
    placed.add(parameter.name);
    return { slot: parameter.name };
  });
  // A stand-in Kysely did not make a parameter was written into the text as an object.
  const lost = [...asked].filter((name) => !placed.has(name));
  if (lost.length > 0) throw new Error(`compiledOnce: ${lost.join(', ')} not a parameter`);
  const fill = (args: Args) =>
    sources.map((source) =>
      'slot' in source ? (args as Record<string, unknown>)[source.slot] : source.fixed,
    );
  return { node, query, fill };
}
