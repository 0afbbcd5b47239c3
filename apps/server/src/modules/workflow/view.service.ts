import { AppError, can, fail, type CurrentUser } from '@yuanwu/kernel';
import type { Value } from '@yuanwu/form-engine';
import { visibleForm } from '@yuanwu/workflow-engine';
import type { ServiceContext } from '../../platform/service-context.ts';
import type { LoadedDefinition } from './definitions.cache.ts';
import type { DirectorySnapshot } from './directory.snapshot.ts';
import { engineActor } from './engine.env.ts';
import { findInstance, type InstanceRow } from './instances.repository.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

/** Everything the instance page needs, before presentation. */
export interface InstanceView {
  row: InstanceRow;
  loaded: LoadedDefinition;
  directory: DirectorySnapshot;
  viewer: { id: string; isAdmin: boolean };
  /** The form as this reader may read it (hidden fields absent). */
  form: Record<string, Value>;
  /** Keys of the fields this reader may see. */
  visibleFields: Set<string>;
}

function viewer(ctx: ServiceContext): CurrentUser {
  if (!ctx.actor) throw new AppError('unauthenticated', '请先登录');
  return ctx.actor;
}

/**
 * One instance for one reader: its initiator, anyone who has held a task or a
 * cc item in it, and workflow administrators may read it (a draft only its
 * initiator); hidden fields are removed by the engine's `visibleForm`.
 */
export async function getInstanceView(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  id: string,
): Promise<InstanceView> {
  const user = viewer(ctx);
  const row = await findInstance(ctx.trx, id);
  if (!row) throw fail.notFound('流程实例');
  const actor = engineActor(user);
  const state = row.state;
  const isAdmin = can(user, 'workflow.admin');
  if (state.status === 'draft' && actor.id !== state.initiator.id) {
    throw fail.forbidden('草稿仅发起人可见');
  }
  const loaded = await runtime.definitions.byId(ctx.trx, row.definition_id);
  const definition = loaded.definition;
  const form = visibleForm(state, definition, actor.id, { isAdmin });
  if (form === null) throw fail.forbidden('您无权查看此流程');
  // Every field key present once, so the engine's rule tells which ones this reader sees.
  const allKeys = Object.fromEntries(definition.form.fields.map((f) => [f.key, null]));
  const visible = visibleForm({ ...state, form: allKeys }, definition, actor.id, { isAdmin }) ?? {};
  return {
    row,
    loaded,
    directory: await runtime.directory.current(ctx.trx),
    viewer: { id: actor.id, isAdmin },
    form,
    visibleFields: new Set(Object.keys(visible)),
  };
}
