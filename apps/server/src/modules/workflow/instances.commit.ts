import { isUuid, newId } from '@yuanwu/kernel';
import type { CcItem, Effects, InstanceState, Task } from '@yuanwu/workflow-engine';
import type { ServiceContext } from '../../platform/service-context.ts';
import { settleBudgetClaim } from '../budget/index.ts';
import type { LoadedDefinition } from './definitions.cache.ts';
import type { DelegationsCache } from './delegations.cache.ts';
import { endedAmong } from './delegations.repository.ts';
import { insertInstance, updateInstance } from './instances.repository.ts';
import type { DeliveredNotification } from './notification.channel.ts';
import {
  insertNotifications,
  insertTimers,
  upsertCc,
  upsertTasks,
} from './projections.repository.ts';

/** A successful command, about to be written. */
export interface CommitInput {
  before: InstanceState | null;
  /** The locked row's revision (`lockInstance`); 0 for a new instance. */
  revision: number;
  state: InstanceState;
  effects: Effects;
  /** The version the new state runs on (`state.definitionRef`). */
  loaded: LoadedDefinition;
  title: string;
  now: Date;
  /** Where the command's delegations came from: dropped when one of them has ended. */
  delegations: DelegationsCache;
}

/** A serialisation failure, so the transaction helper runs the whole command again. */
function retryCommand(reason: string): Error {
  return Object.assign(new Error(reason), { code: '40001' });
}

function changed<T extends { id: string }>(before: readonly T[], after: readonly T[]): T[] {
  const previous = new Map(before.map((item) => [item.id, JSON.stringify(item)]));
  return after.filter((item) => previous.get(item.id) !== JSON.stringify(item));
}

/** Delegations that gave a task away in this command (not ones given away before). */
function newlyDelegated(before: InstanceState | null, tasks: readonly Task[]): string[] {
  const previous = new Map((before?.tasks ?? []).map((task) => [task.id, task.delegation]));
  const ids = tasks
    .filter((task) => task.delegation !== null && previous.get(task.id) !== task.delegation)
    .map((task) => task.delegation as string);
  return [...new Set(ids)];
}

/**
 * Writes a command's result in the caller's transaction: the state and its
 * projected columns, the changed task and cc rows, the notifications and the
 * timers. Tasks given away by a delegation that ended meanwhile make the
 * command run again, reading the delegations afresh (it will then see it gone). A request that
 * spends from a budget then settles its claim there (frozen while in
 * progress, consumed at completion, released otherwise; budget module).
 */
export async function commitTransition(
  ctx: ServiceContext,
  input: CommitInput,
): Promise<{ revision: number; notifications: DeliveredNotification[] }> {
  const db = ctx.trx;
  const { state, loaded, now } = input;
  const tasks: Task[] = changed(input.before?.tasks ?? [], state.tasks);
  const cc: CcItem[] = changed(input.before?.cc ?? [], state.cc);
  if ((await endedAmong(db, newlyDelegated(input.before, tasks))).length > 0) {
    input.delegations.forget();
    throw retryCommand('delegation ended');
  }

  const columns = {
    processKey: loaded.processKey,
    definitionId: loaded.id,
    version: loaded.version,
    title: input.title,
    initiatorId: state.initiator.id,
    departmentId: state.initiator.dept,
    state,
    now,
  };
  if (input.before === null) await insertInstance(db, columns);
  else await updateInstance(db, columns);

  const names = new Map(loaded.definition.nodes.map((node) => [node.id, node.name ?? node.id]));
  await upsertTasks(
    db,
    state.id,
    tasks.filter((task) => isUuid(task.assignee)),
    (id) => names.get(id) ?? id,
  );
  await upsertCc(
    db,
    state.id,
    cc.filter((item) => isUuid(item.person)),
  );
  const notifications = input.effects.notifications
    .filter((n) => isUuid(n.to))
    .map((n) => ({ ...n, id: newId(), createdAt: now }));
  await insertNotifications(db, notifications);
  await insertTimers(
    db,
    input.effects.timers.map((timer) => ({ ...timer, id: newId() })),
    now,
  );
  await settleBudgetClaim(ctx, {
    instanceId: state.id,
    processKey: loaded.processKey,
    status: state.status,
    form: state.form,
    fields: loaded.definition.form.fields,
  });
  return {
    revision: input.revision + 1,
    notifications: notifications.map((n) => ({
      id: n.id,
      recipientId: n.to,
      kind: n.kind,
      instanceId: n.instance,
      instanceTitle: input.title,
      taskId: n.task ?? null,
      createdAt: n.createdAt,
    })),
  };
}
