import { fail } from '@yuanwu/kernel';
import {
  processDefinition,
  type DeployedProcess,
  type ProcessDefinition,
} from '@yuanwu/workflow-engine';
import type { Executor } from '../../db/database.ts';
import { findDefinitionById } from './definitions.repository.ts';
import type { ProcessesCache } from './processes.cache.ts';

/** One deployed version, parsed, as commands and presenters use it. */
export interface LoadedDefinition {
  id: string;
  processKey: string;
  version: number;
  definition: ProcessDefinition;
  /** The definition as it was deployed (the interchange format), for the start form. */
  stored: unknown;
  /** What the engine receives (`ref` is the version's id). */
  deployed: DeployedProcess;
}

const cacheLimit = 500;

/**
 * Deployed versions never change, so each is parsed once per server process and
 * kept by id; the same object is handed to the engine every time, which lets the
 * engine's own graph cache work.
 */
export function createDefinitionCache() {
  const byId = new Map<string, LoadedDefinition>();

  function remember(row: {
    id: string;
    process_key: string;
    version: number;
    definition: unknown;
  }) {
    const cached = byId.get(row.id);
    if (cached) return cached;
    const definition = processDefinition.parse(row.definition);
    const loaded: LoadedDefinition = {
      id: row.id,
      processKey: row.process_key,
      version: row.version,
      definition,
      stored: row.definition,
      deployed: { ref: row.id, definition },
    };
    if (byId.size >= cacheLimit) byId.clear();
    byId.set(row.id, loaded);
    return loaded;
  }

  /** A version by id (an instance's own version). */
  async function versionById(db: Executor, id: string): Promise<LoadedDefinition> {
    const cached = byId.get(id);
    if (cached) return cached;
    const row = await findDefinitionById(db, id);
    if (!row) throw fail.notFound('流程定义');
    return remember(row);
  }

  return { byId: versionById };
}

export type DefinitionCache = ReturnType<typeof createDefinitionCache>;

/**
 * The current version of a live process (for the start form, start and draft submit): its
 * id from the process catalogue, the definition itself read only the first time.
 */
export async function currentDefinition(
  caches: { processes: ProcessesCache; definitions: DefinitionCache },
  db: Executor,
  key: string,
): Promise<LoadedDefinition> {
  const row = (await caches.processes.current(db)).byKey.get(key);
  if (row === undefined) throw fail.notFound('流程');
  return caches.definitions.byId(db, row.definition_id);
}
