import { listenToChannel, type ChannelListener } from '../../db/listen.ts';
import { mayChangeColumns, observeTableWrites, type TableWrite } from '../../db/table-writes.ts';

/** What the workflow keeps in memory from shared tables. */
export type CachedTopic = 'org' | 'delegations' | 'processes';

/** The channel the cache triggers notify (migration 20261124T0510_workflow_cache_notify). */
export const workflowCachesChannel = 'yuanwu_workflow_caches';

const topics: readonly CachedTopic[] = ['org', 'delegations', 'processes'];

interface FreshnessLog {
  warn(details: object, message: string): void;
}

/**
 * Whether a server's in-memory copy of the organisation, the live delegations or the process
 * catalogue may still be used, so that a workflow command need not ask the database each
 * time (two of its statements, inside its transaction). A copy carries the stamp taken before it was
 * read; any change makes the topic's stamp move:
 * - this process's own writes to the tables behind it, as they are sent (db/table-writes),
 *   so its next request reads afresh;
 * - every server's committed changes, by NOTIFY from triggers, which also drops a copy
 *   that a concurrent request read between a local write and its commit;
 * - the listener being lost or back: until it listens, nothing is kept.
 */
export interface CacheFreshness {
  /** The stamp to keep with a copy read from now on; null: do not keep it. */
  stamp(topic: CachedTopic): number | null;
  isCurrent(topic: CachedTopic, stamp: number | null): boolean;
  start(databaseUrl: string, log: FreshnessLog): Promise<void>;
  stop(): Promise<void>;
}

export function createCacheFreshness(): CacheFreshness {
  const counters: Record<CachedTopic, number> = { org: 0, delegations: 0, processes: 0 };
  let listening = false;
  let listener: ChannelListener | null = null;
  let stopWatching: (() => void) | null = null;
  const moveAll = () => {
    for (const topic of topics) counters[topic]++;
  };

  return {
    stamp: (topic) => (listening ? counters[topic] : null),
    isCurrent: (topic, stamp) => listening && stamp === counters[topic],
    async start(databaseUrl, log) {
      stopWatching = observeTableWrites((write) => {
        for (const topic of changedTopics(write)) counters[topic]++;
      });
      listener = listenToChannel(
        databaseUrl,
        workflowCachesChannel,
        {
          onNotification(payload) {
            const topic = topics.find((name) => name === payload);
            if (topic) counters[topic]++;
            else moveAll();
          },
          onListening() {
            moveAll();
            listening = true;
          },
          onLost() {
            listening = false;
            moveAll();
          },
        },
        log,
      );
      await listener.start();
    },
    async stop() {
      listening = false;
      moveAll();
      stopWatching?.();
      await listener?.stop();
    },
  };
}

// The tables whose triggers move workflow_org_version (migrations 20261123T1942 and
// T1943); for accounts only the columns that trigger names.
const orgTables = new Set(['person', 'department', 'role', 'role_member', 'role_permission']);
const orgAccountColumns = new Set(['person_id', 'admin_kind', 'status']);

// The catalogue's tables (migration 20261205T2020).
const processTables = new Set(['workflow_process', 'workflow_category', 'workflow_process_rights']);

function changedTopics(write: TableWrite): CachedTopic[] {
  if (write.table === 'workflow_delegation') return ['delegations'];
  if (processTables.has(write.table)) return ['processes'];
  if (orgTables.has(write.table)) return ['org'];
  if (write.table === 'account') return mayChangeColumns(write, orgAccountColumns) ? ['org'] : [];
  return [];
}
