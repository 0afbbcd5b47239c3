import type { EngineEnv } from './ports.ts';
import type { InstanceState, Task } from './state.ts';
import { fireTimers } from './timers.ts';
import { transact, type Transition } from './tx.ts';

/** The open approval tasks (a task waiting for its before-add-signers is not open). */
export function openTasks(state: InstanceState): Task[] {
  return state.tasks.filter((task) => task.state === 'open');
}

/** The earliest time a timer of this instance falls due, for the server's job queue. */
export function nextTimerDue(state: InstanceState): string | null {
  const due = openTasks(state)
    .filter((task) => task.dueAt !== null && !task.timerFired)
    .map((task) => task.dueAt as string)
    .sort();
  return due[0] ?? null;
}

/** Fires every task timer due at `env.now` (none while suspended); idempotent. */
export function fireDueTimers(state: InstanceState, env: EngineEnv): Transition {
  return transact(state, env, (tx) => fireTimers(tx, env.now, null));
}
