import { fail } from '@yuanwu/kernel';
import type { Value } from '@yuanwu/form-engine';
import {
  designProblems,
  processDefinition,
  simulate,
  type DesignProblem,
} from '@yuanwu/workflow-engine';
import type { ServiceContext } from '../../platform/service-context.ts';
import { findProcess, type CatalogueRow } from './definitions.repository.ts';
import { matchesProcess } from './design.pinyin.ts';
import { rightsByProcess, saveRights } from './design.repository.ts';
import { anyoneOf, assertMayManage, holderOf, mayManage, mayStart } from './design.rights.ts';
import type { ProcessRights } from './design.schema.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

/** The 检查 panel: every problem of a definition, judged against the current organisation. */
export async function checkProcess(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  definition: unknown,
): Promise<DesignProblem[]> {
  return designProblems(definition, await runtime.directory.current(ctx.trx));
}

/** The 模拟 panel: the path an initiator's form would take, and who would decide where. */
export async function simulateProcess(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  input: { definition: unknown; initiator: string; form: Record<string, Value> },
) {
  const directory = await runtime.directory.current(ctx.trx);
  if (!directory.personExists(input.initiator)) {
    throw fail.validation('发起人不存在', [{ path: 'initiator', message: '请选择在职人员' }]);
  }
  const parsed = processDefinition.safeParse(input.definition);
  if (!parsed.success) return { path: [], end: false, problem: '流程定义格式不正确，请先检查' };
  const result = simulate(parsed.data, {
    initiator: input.initiator,
    form: input.form,
    org: directory,
    now: ctx.now,
  });
  const named = (id: string) => ({ id, name: directory.personName(id) ?? id });
  return {
    path: result.path.map((step) => ({ ...step, assignees: step.assignees.map(named) })),
    end: result.end,
    ...(result.problem === undefined ? {} : { problem: result.problem }),
  };
}

/** The catalogue: live processes I may start, matched by name, key or pinyin. */
export async function startableProcesses(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  filter: { q?: string; categoryId?: string },
) {
  const catalogue = await runtime.processes.current(ctx.trx);
  const rows = matching(catalogue.rows, filter);
  const rights = catalogue.rights;
  if (!ctx.actor) return [];
  // Who the person is (department, roles: three statements) matters only to processes that
  // name who may start them; most name nobody, and then everyone with the right may.
  const anyScope = rows.some((row) => rights.get(row.key)?.start);
  const holder = anyScope ? await holderOf(ctx, ctx.actor) : anyoneOf(ctx.actor);
  return rows.filter((row) => mayStart(holder, rights.get(row.key)?.start ?? null));
}

/** 流程管理: live processes I may change, each with its rights. */
export async function manageableProcesses(
  ctx: ServiceContext,
  runtime: WorkflowRuntime,
  filter: { q?: string; categoryId?: string },
) {
  const catalogue = await runtime.processes.current(ctx.trx);
  const rows = matching(catalogue.rows, filter);
  const rights = catalogue.rights;
  if (!ctx.actor) return [];
  const holder = await holderOf(ctx, ctx.actor);
  return rows
    .filter((row) => mayManage(holder, rights.get(row.key)?.manage ?? null))
    .map((row) => ({ row, rights: rights.get(row.key) ?? { start: null, manage: null } }));
}

function matching(
  rows: readonly CatalogueRow[],
  filter: { q?: string; categoryId?: string },
): CatalogueRow[] {
  const { q, categoryId } = filter;
  return rows.filter(
    (row) =>
      (categoryId === undefined || row.category_id === categoryId) &&
      (!q || matchesProcess(q, row.name, row.key)),
  );
}

export async function processRights(ctx: ServiceContext, key: string): Promise<ProcessRights> {
  if (!(await findProcess(ctx.trx, key))) throw fail.notFound('流程');
  return (await rightsByProcess(ctx.trx, [key])).get(key) ?? { start: null, manage: null };
}

/** Sets who may start and who may change a process (only someone who may change it). */
export async function setProcessRights(
  ctx: ServiceContext,
  key: string,
  rights: ProcessRights,
): Promise<ProcessRights> {
  const before = await processRights(ctx, key);
  await assertMayManage(ctx, key);
  await saveRights(ctx.trx, key, rights, ctx.actor?.accountId ?? null, ctx.now);
  await ctx.audit({
    action: 'workflow.process.rights',
    targetType: 'workflow_process',
    targetId: key,
    summary: { before, after: rights },
  });
  return rights;
}
