import type { EngineEnv } from './ports.ts';
import type { InstanceState } from './state.ts';
import { announce, isLive } from './tasks.ts';
import { transact, type Transition } from './tx.ts';

/** Whether an instance holds tasks given away by this delegation (so the server knows whom to call). */
export function holdsDelegatedTasks(state: InstanceState, delegationId: string): boolean {
  return state.tasks.some((task) => isLive(task) && task.delegation === delegationId);
}

/**
 * A delegation ended (revoked, replaced, or its `until` passed): the live tasks it gave
 * away come back to the delegator. Applies in any status, since it is not an action on
 * the instance but the end of someone's absence.
 */
export function reclaimDelegation(
  state: InstanceState,
  delegationId: string,
  env: EngineEnv,
): Transition {
  return transact(state, env, (tx) => {
    for (const task of tx.state.tasks) {
      if (!isLive(task) || task.delegation !== delegationId || task.onBehalfOf === null) continue;
      task.assignee = task.onBehalfOf;
      task.onBehalfOf = null;
      task.delegation = null;
      if (!tx.state.participants.includes(task.assignee)) {
        tx.state.participants.push(task.assignee);
      }
      if (task.state === 'open') announce(tx, task);
    }
  });
}
