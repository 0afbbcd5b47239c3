import type {
  KyselyPlugin,
  OperationNode,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

/** A statement about to write a table, as this process built it. */
export interface TableWrite {
  table: string;
  kind: 'insert' | 'update' | 'delete' | 'merge' | 'raw';
  /** The columns an update sets; undefined for other kinds and for raw SQL. */
  columns?: readonly string[];
}

/**
 * Whether `write` may change any of `columns`: an insert, a delete, raw SQL or an update
 * whose columns are unknown may change anything.
 */
export function mayChangeColumns(write: TableWrite, columns: ReadonlySet<string>): boolean {
  if (write.kind !== 'update' || !write.columns) return true;
  return write.columns.some((column) => columns.has(column) || column === '?');
}

type Listener = (write: TableWrite) => void;

const listeners = new Set<Listener>();

/**
 * Tells `listener` about every write this process sends through a Kysely instance made by
 * `createDb` (any app, any role, tests' owner connections too), before it runs. In-process
 * caches use it to drop what a write may change, so the next request of the same process
 * never sees a stale value; other processes learn it from the database (LISTEN/NOTIFY).
 * Returns a function that stops the listening.
 */
export function observeTableWrites(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The plugin `createDb` installs; costs one branch per statement while nobody listens. */
export const tableWritesPlugin: KyselyPlugin = {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (listeners.size > 0) report(args.node);
    return args.node;
  },
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  },
};

interface NodeShape extends OperationNode {
  readonly with?: { readonly expressions: readonly { readonly expression: OperationNode }[] };
}

function report(node: NodeShape): void {
  // Data-modifying CTEs (`WITH moved AS (UPDATE …) SELECT …`) write too.
  for (const cte of node.with?.expressions ?? []) report(cte.expression);
  const kind = node.kind;
  if (kind === 'InsertQueryNode') emit(tableOf(field(node, 'into')), 'insert');
  else if (kind === 'UpdateQueryNode') {
    const updates = (field(node, 'updates') ?? []) as readonly { column: OperationNode }[];
    const columns = updates.map((update) => nameOf(update.column) ?? '?');
    emit(tableOf(field(node, 'table')), 'update', columns);
  } else if (kind === 'DeleteQueryNode') {
    const froms = (field(node, 'from') as { froms: readonly OperationNode[] }).froms;
    for (const from of froms) emit(tableOf(from), 'delete');
  } else if (kind === 'MergeQueryNode') emit(tableOf(field(node, 'into')), 'merge');
  else if (kind === 'RawNode') reportRaw(field(node, 'sqlFragments') as readonly string[]);
}

// Raw SQL is matched by its words; a false match (`FOR UPDATE SKIP`) only names no table.
const rawWrite = /\b(insert\s+into|update|delete\s+from|merge\s+into)\s+(?:only\s+)?"?(\w+)"?/gi;

// The tables each raw text writes, by its fragments: a `sql` template's fragments are one
// array for every run of it, so each template is matched once rather than on every request
// (the list pages and counts are raw SQL).
const rawTables = new WeakMap<readonly string[], string[]>();

function reportRaw(fragments: readonly string[]): void {
  let tables = rawTables.get(fragments);
  if (tables === undefined) {
    tables = fragments.flatMap((fragment) =>
      [...fragment.matchAll(rawWrite)].flatMap((match) =>
        match[2] ? [match[2].toLowerCase()] : [],
      ),
    );
    rawTables.set(fragments, tables);
  }
  for (const table of tables) emit(table, 'raw');
}

function emit(table: string | undefined, kind: TableWrite['kind'], columns?: string[]): void {
  if (table === undefined) return;
  const write: TableWrite = columns ? { table, kind, columns } : { table, kind };
  for (const listener of listeners) listener(write);
}

function field(node: OperationNode, key: string): unknown {
  return (node as unknown as Record<string, unknown>)[key];
}

/** The table of a TableNode, or of an aliased one (`session as s`). */
function tableOf(node: unknown): string | undefined {
  const shape = node as {
    kind?: string;
    node?: unknown;
    table?: { identifier?: { name?: string } };
  };
  if (shape?.kind === 'AliasNode') return tableOf(shape.node);
  if (shape?.kind === 'TableNode') return shape.table?.identifier?.name;
  return undefined;
}

/** The column of a ColumnNode (`last_seen_at`) or a reference (`session.last_seen_at`). */
function nameOf(node: OperationNode): string | undefined {
  const shape = node as {
    kind?: string;
    column?: { column?: { name?: string } } | { name?: string };
  };
  if (shape.kind === 'ColumnNode') return (shape.column as { name?: string }).name;
  if (shape.kind === 'ReferenceNode') {
    return (shape.column as { column?: { name?: string } }).column?.name;
  }
  return undefined;
}
