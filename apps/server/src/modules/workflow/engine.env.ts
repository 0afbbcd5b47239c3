import { newId, type CurrentUser } from '@yuanwu/kernel';
import { can } from '@yuanwu/kernel';
import type { Actor, EngineEnv } from '@yuanwu/workflow-engine';
import type { Executor } from '../../db/database.ts';
import type { LoadedDefinition } from './definitions.cache.ts';
import { delegationLookup } from './delegations.lookup.ts';
import type { DirectorySnapshot } from './directory.snapshot.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

// When no system administrator has a person, `ifEmpty: admin` tasks go to this
// placeholder: they stay visible on the instance but appear in nobody's list.
const noAdministrator = 'admin';

/** The engine's environment for one command at `now`, with the directory it read. */
export async function engineEnv(
  db: Executor,
  runtime: WorkflowRuntime,
  loaded: LoadedDefinition,
  now: Date,
): Promise<{ env: EngineEnv; directory: DirectorySnapshot }> {
  const [directory, delegations] = await Promise.all([
    runtime.directory.current(db),
    runtime.delegations.live(db),
  ]);
  const env: EngineEnv = {
    process: loaded.deployed,
    org: directory,
    delegations: delegationLookup(delegations),
    newId,
    now,
    timeZone: runtime.timeZone,
    adminId: directory.adminPersonId ?? noAdministrator,
  };
  return { env, directory };
}

/**
 * Who acts, as the engine sees it: the signed-in person, or for an
 * administrator account without a person a stable `account:` handle.
 */
export function engineActor(user: CurrentUser): Actor {
  return {
    id: user.personId ?? `account:${user.accountId}`,
    isAdmin: can(user, 'workflow.admin'),
  };
}
