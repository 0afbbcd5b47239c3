import { fail, newId } from '@yuanwu/kernel';
import { parseProcessDefinition, type ProcessDefinition } from '@yuanwu/workflow-engine';
import type { ServiceContext } from '../../platform/service-context.ts';
import { findCategory } from './categories.repository.ts';
import { assertMayManage } from './design.rights.ts';
import { startableProcesses } from './design.service.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';
import {
  findDefinitionVersion,
  findProcess,
  insertDefinition,
  lockProcessForDeploy,
  setCurrentVersion,
  versionsOf,
} from './definitions.repository.ts';

/** A deployed version as the service answers it. */
export interface Deployed {
  key: string;
  name: string;
  version: number;
  definitionId: string;
}

/**
 * Deploys a definition in the interchange format as the next version of its
 * process (creating the process on first deploy). Running instances keep the
 * version they started on; new instances and draft submits take this one.
 */
export async function deployProcess(
  ctx: ServiceContext,
  input: unknown,
  options: { categoryId?: string | null } = {},
): Promise<Deployed> {
  const parsed = parseProcessDefinition(input);
  if (!parsed.ok) throw parsed.error;
  return deployDefinition(ctx, parsed.value, options);
}

async function deployDefinition(
  ctx: ServiceContext,
  definition: ProcessDefinition,
  options: { categoryId?: string | null },
): Promise<Deployed> {
  await assertMayManage(ctx, definition.key);
  if (options.categoryId && !(await findCategory(ctx.trx, options.categoryId))) {
    throw fail.validation('流程分类不存在', [{ path: 'categoryId', message: '请选择已有分类' }]);
  }
  const process = await lockProcessForDeploy(ctx.trx, definition.key, definition.name, ctx.now);
  const version = process.current_version + 1;
  const id = newId();
  await insertDefinition(ctx.trx, {
    id,
    processKey: definition.key,
    version,
    definition,
    createdBy: ctx.actor?.accountId ?? null,
    now: ctx.now,
  });
  await setCurrentVersion(ctx.trx, definition.key, {
    name: definition.name,
    version,
    ...(options.categoryId === undefined ? {} : { categoryId: options.categoryId }),
    now: ctx.now,
  });
  await ctx.audit({
    action: 'workflow.process.deploy',
    targetType: 'workflow_process',
    targetId: definition.key,
    summary: { version, name: definition.name, nodes: definition.nodes.length },
  });
  return { key: definition.key, name: definition.name, version, definitionId: id };
}

/** A version of a process in the interchange format (default: the current one). */
export async function exportDefinition(
  ctx: ServiceContext,
  key: string,
  version?: number,
): Promise<{ version: number; definition: unknown }> {
  const process = await findProcess(ctx.trx, key);
  if (!process) throw fail.notFound('流程');
  const wanted = version ?? process.current_version;
  const row = await findDefinitionVersion(ctx.trx, key, wanted);
  if (!row) throw fail.notFound('流程版本');
  return { version: wanted, definition: row.definition };
}

/** Copies a process's current definition under a new key and name, as its version 1. */
export async function copyProcess(
  ctx: ServiceContext,
  key: string,
  target: { key: string; name: string },
): Promise<Deployed> {
  if (await findProcess(ctx.trx, target.key)) {
    throw fail.conflict(`流程标识 ${target.key} 已存在`);
  }
  const source = await exportDefinition(ctx, key);
  const copy = { ...(source.definition as object), key: target.key, name: target.name };
  return deployProcess(ctx, copy, {});
}

/** Processes for the start page: those I may start, by name, key or pinyin. */
export function listProcesses(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  filter: { q?: string; categoryId?: string },
) {
  return startableProcesses(ctx, runtime, filter);
}

/** One process with its versions. */
export async function getProcess(ctx: ServiceContext, key: string) {
  const process = await findProcess(ctx.trx, key);
  if (!process) throw fail.notFound('流程');
  return { process, versions: await versionsOf(ctx.trx, key) };
}

/** Moves a process into a category (or none). */
export async function categoriseProcess(
  ctx: ServiceContext,
  key: string,
  categoryId: string | null,
): Promise<void> {
  const process = await findProcess(ctx.trx, key);
  if (!process) throw fail.notFound('流程');
  if (categoryId && !(await findCategory(ctx.trx, categoryId))) throw fail.notFound('流程分类');
  await setCurrentVersion(ctx.trx, key, {
    name: process.name,
    version: process.current_version,
    categoryId,
    now: ctx.now,
  });
  await ctx.audit({
    action: 'workflow.process.categorise',
    targetType: 'workflow_process',
    targetId: key,
    summary: { from: process.category_id, to: categoryId },
  });
}
