import { AppError, err, ok, type ErrorCode, type Result } from '@yuanwu/kernel';
import type { ProcessDefinition } from './definition.ts';
import { graphOf, type ProcessGraph } from './graph.ts';
import type { EngineEnv } from './ports.ts';
import type { Effects, Notification } from './effects.ts';
import type { InstanceState } from './state.ts';

/** A command's result: the new state and what the server must do, or an error and no change. */
export type Transition = Result<{ state: InstanceState; effects: Effects }, AppError>;

/**
 * The working copy a command mutates. Commands run on a deep copy of the state, so
 * throwing an AppError anywhere abandons every change (the rule "an error changes nothing").
 */
export interface Tx {
  state: InstanceState;
  env: EngineEnv;
  definition: ProcessDefinition;
  graph: ProcessGraph;
  /** Logical time: the command's time, or a timer's due time while timers fire. */
  now: Date;
  effects: Effects;
}

/** Aborts the command with an error code. */
export function refuse(code: ErrorCode, message: string): never {
  throw new AppError(code, message);
}

/** Runs `change` on a copy of `state`; any AppError thrown becomes the command's error. */
export function transact(
  state: InstanceState,
  env: EngineEnv,
  change: (tx: Tx) => void,
): Transition {
  const definition = env.process.definition;
  const tx: Tx = {
    state: structuredClone(state),
    env,
    definition,
    graph: graphOf(definition),
    now: env.now,
    effects: { notifications: [], timers: [] },
  };
  try {
    change(tx);
  } catch (error) {
    if (error instanceof AppError) return err(error);
    throw error;
  }
  return ok({ state: tx.state, effects: tx.effects });
}

/**
 * Tries `change` inside a running command; on an AppError puts the state and effects back
 * as they were and returns the error (used where a failure is not the command's failure,
 * e.g. an automatic approval that cannot proceed).
 */
export function attempt(tx: Tx, change: () => void): AppError | null {
  const saved = structuredClone(tx.state);
  const notifications = tx.effects.notifications.length;
  const timers = tx.effects.timers.length;
  try {
    change();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    tx.state = saved;
    tx.effects.notifications.length = notifications;
    tx.effects.timers.length = timers;
    return error;
  }
}

/** A new internal id (tokens, runs, activations), unique within the instance. */
export function nextId(tx: Tx, prefix: string): string {
  tx.state.seq += 1;
  return `${prefix}${tx.state.seq}`;
}

export function notify(tx: Tx, to: string, kind: Notification['kind'], task?: string): void {
  const notification: Notification = { to, kind, instance: tx.state.id };
  if (task !== undefined) notification.task = task;
  tx.effects.notifications.push(notification);
}

export function nowIso(tx: Tx): string {
  return tx.now.toISOString();
}

export function adminId(tx: Tx): string {
  return tx.env.adminId ?? 'admin';
}

/** Shorthands so call sites read like the rule they enforce. */
export const refuseWith = {
  forbidden: (message = '没有权限执行此操作') => refuse('forbidden', message),
  conflict: (message: string) => refuse('conflict', message),
  validation: (message: string) => refuse('validation', message),
  suspended: () => refuse('suspended', '流程已挂起'),
};
