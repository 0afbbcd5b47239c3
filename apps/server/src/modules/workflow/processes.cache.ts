import type { Executor } from '../../db/database.ts';
import type { CacheFreshness } from './cache.freshness.ts';
import { catalogueRows, type CatalogueRow } from './definitions.repository.ts';
import { rightsByProcess } from './design.repository.ts';
import type { ProcessRights } from './design.schema.ts';

/** The process catalogue as one server keeps it. */
export interface ProcessCatalogue {
  /** Live processes in catalogue order, each with its current version's id. */
  rows: readonly CatalogueRow[];
  /** Who may start and change each process that says so. */
  rights: ReadonlyMap<string, ProcessRights>;
  byKey: ReadonlyMap<string, CatalogueRow>;
}

/**
 * The live processes, their categories, current versions and rights, kept per server while
 * `freshness` vouches for them (they change only when someone designs): the catalogue, the
 * start form and every start read them, two to five statements a request before. A change
 * on this server moves the stamp as it is sent; other servers' changes arrive by NOTIFY
 * (migration 20261205T2020). Requests that find the copy stale at once share one read.
 */
export function createProcessesCache(freshness: CacheFreshness) {
  let cached: { catalogue: ProcessCatalogue; stamp: number | null } | null = null;
  let reading: { stamp: number | null; promise: Promise<ProcessCatalogue> } | null = null;

  const read = async (db: Executor): Promise<ProcessCatalogue> => {
    const [rows, rights] = await Promise.all([catalogueRows(db), rightsByProcess(db)]);
    return { rows, rights, byKey: new Map(rows.map((row) => [row.key, row])) };
  };

  return {
    async current(db: Executor): Promise<ProcessCatalogue> {
      if (cached && freshness.isCurrent('processes', cached.stamp)) return cached.catalogue;
      const stamp = freshness.stamp('processes');
      // A read under way since the same stamp saw every change this one would.
      if (reading === null || reading.stamp === null || reading.stamp !== stamp) {
        const promise = read(db);
        reading = { stamp, promise };
        promise.then(
          () => {
            if (reading?.promise === promise) reading = null;
          },
          () => {
            if (reading?.promise === promise) reading = null;
          },
        );
      }
      const catalogue = await reading.promise;
      if (stamp !== null && freshness.isCurrent('processes', stamp)) cached = { catalogue, stamp };
      return catalogue;
    },
  };
}

export type ProcessesCache = ReturnType<typeof createProcessesCache>;
