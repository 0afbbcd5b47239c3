import { AppError, fail, newId, type CurrentUser } from '@yuanwu/kernel';
import type { Value } from '@yuanwu/form-engine';
import {
  applyAction,
  startInstance,
  type InstanceState,
  type Transition,
  type WorkflowCommand,
} from '@yuanwu/workflow-engine';
import type { ServiceContext } from '../../platform/service-context.ts';
import { currentDefinition, type LoadedDefinition } from './definitions.cache.ts';
import { engineActor, engineEnv } from './engine.env.ts';
import { assertMayStart } from './design.rights.ts';
import { commitTransition } from './instances.commit.ts';
import { lockInstance } from './instances.repository.ts';
import type { DeliveredNotification } from './notification.channel.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

/** What an action answers: enough to refresh a list row; the view is fetched separately. */
export interface ActionResult {
  id: string;
  title: string;
  status: InstanceState['status'];
  revision: number;
  /** Committed with the action; the route hands them to the other channels afterwards. */
  notifications: DeliveredNotification[];
}

function signedIn(ctx: ServiceContext): CurrentUser {
  if (!ctx.actor) throw new AppError('unauthenticated', '请先登录');
  return ctx.actor;
}

function unwrap(transition: Transition) {
  if (!transition.ok) throw transition.error;
  return transition.value;
}

// Building a date format is costly (it loads the zone's rules): one per zone, reused.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** `费用报销审批-张医生-2026-11-23`, in the server's time zone. */
function defaultTitle(processName: string, person: string, now: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, dateStyle: 'short' });
    dayFormats.set(timeZone, format);
  }
  return `${processName}-${person}-${format.format(now)}`;
}

/** Starts an instance of a process's current version, or saves a draft of one. */
export async function startProcess(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  input: { processKey: string; form?: Record<string, Value>; draft?: boolean; title?: string },
): Promise<ActionResult> {
  const user = signedIn(ctx);
  if (!user.personId) throw fail.forbidden('管理员账号不能发起流程');
  await assertMayStart(ctx, runtime, input.processKey);
  const loaded = await currentDefinition(runtime, ctx.trx, input.processKey);
  const { env, directory } = await engineEnv(ctx.trx, runtime, loaded, ctx.now);
  const start = { id: newId(), initiator: user.personId, draft: input.draft === true };
  const { state, effects } = unwrap(
    startInstance(input.form === undefined ? start : { ...start, form: input.form }, env),
  );
  const name = directory.personName(user.personId) ?? user.displayName;
  const title =
    input.title?.trim() || defaultTitle(loaded.definition.name, name, ctx.now, runtime.timeZone);
  const written = await commitTransition(ctx, {
    before: null,
    revision: 0,
    state,
    effects,
    loaded,
    title,
    now: ctx.now,
    delegations: runtime.delegations,
  });
  await ctx.audit({
    action: input.draft ? 'workflow.instance.draft' : 'workflow.instance.start',
    targetType: 'workflow_instance',
    targetId: state.id,
    summary: { processKey: loaded.processKey, version: loaded.version, status: state.status },
  });
  return { id: state.id, title, status: state.status, ...written };
}

/**
 * One command on an instance, in the caller's transaction: lock the row, run
 * the engine on the instance's own version (a draft's submit on the current
 * one), write state, projections, notifications and timers, audit.
 */
export async function actOnInstance(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  instanceId: string,
  command: WorkflowCommand,
  retitle?: string,
): Promise<ActionResult> {
  const user = signedIn(ctx);
  const row = await lockInstance(ctx.trx, instanceId);
  if (!row) throw fail.notFound('流程实例');
  const before = row.state;
  // A draft's submit and save move it onto the process's current version.
  const submitting =
    (command.type === 'submit' || command.type === 'saveDraft') && before.status === 'draft';
  const loaded: LoadedDefinition = submitting
    ? await currentDefinition(runtime, ctx.trx, row.process_key)
    : await runtime.definitions.byId(ctx.trx, row.definition_id);
  const { env } = await engineEnv(ctx.trx, runtime, loaded, ctx.now);
  const { state, effects } = unwrap(
    applyAction(before, { ...command, actor: engineActor(user) }, env),
  );
  const runsOn = await runtime.definitions.byId(ctx.trx, state.definitionRef);
  const title = retitle?.trim() || row.title;
  const written = await commitTransition(ctx, {
    before,
    revision: row.revision,
    state,
    effects,
    loaded: runsOn,
    title,
    now: ctx.now,
    delegations: runtime.delegations,
  });
  await ctx.audit({
    action: `workflow.instance.${command.type}`,
    targetType: 'workflow_instance',
    targetId: row.id,
    summary: {
      processKey: row.process_key,
      ...('node' in command && command.node !== undefined ? { node: command.node } : {}),
      ...('to' in command && command.to !== undefined ? { to: command.to } : {}),
      from: before.status,
      status: state.status,
    },
  });
  return { id: row.id, title, status: state.status, ...written };
}
