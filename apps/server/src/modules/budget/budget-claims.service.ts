import type { FieldDefinition, Value } from '@yuanwu/form-engine';
import type { ServiceContext } from '../../platform/service-context.ts';
import {
  budgetCode,
  lockBudgetByCode,
  lockClaim,
  saveClaim,
  shiftBudget,
  type ClaimRow,
} from './budget-claims.repository.ts';

/** An instance as the budget sees it after a workflow command. */
export interface SpendingInstance {
  instanceId: string;
  processKey: string;
  status: string;
  form: Readonly<Record<string, Value>>;
  fields: readonly FieldDefinition[];
}

/**
 * The budget code and amount a request spends, or null. A form spends from a budget when
 * a text field looks the budget up and fills its `remaining` (what the routing compares
 * with the claim: 费用报销, 差旅费, 科研费用…) and the form has a numeric `total` (报销合计).
 * A lookup that fills other columns only (预算调整 reads `used`) spends nothing.
 */
export function spendingOf(
  fields: readonly FieldDefinition[],
  form: Readonly<Record<string, Value>>,
): { code: string; amount: string } | null {
  const key = spendingLookup(fields);
  if (key === null) return null;
  const code = form[key];
  const amount = form['total'];
  if (typeof code !== 'string' || code.trim() === '') return null;
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount <= 0) return null;
  return { code: code.trim(), amount: amount.toFixed(2) };
}

/** The key of the budget code field of a spending form, or null for any other form. */
function spendingLookup(fields: readonly FieldDefinition[]): string | null {
  const lookup = fields.find(
    (field) =>
      (field.type === 'text' || field.type === 'textarea') &&
      field.lookup?.source === 'budget' &&
      Object.values(field.lookup.fill).includes('remaining'),
  );
  return lookup && fields.some((field) => field.key === 'total') ? lookup.key : null;
}

/**
 * What a hospital finance office expects of a request in each status: in progress
 * (running, suspended, returned to the applicant) its amount is frozen (reserved), so
 * two requests cannot both spend the last of a line; completed, it is consumed (used);
 * rejected, withdrawn, terminated or a draft, it holds nothing.
 */
function wanted(status: string): 'reserved' | 'consumed' | null {
  if (status === 'running' || status === 'suspended') return 'reserved';
  if (status === 'completed') return 'consumed';
  return null;
}

/** Yuan with at most two decimals ↔ whole cents, so sums stay exact. */
const cents = (yuan: string) => Math.round(Number(yuan) * 100);
const yuan = (whole: number) => (whole / 100).toFixed(2);

/**
 * Brings the instance's claim on its budget in line with its status, in the command's
 * transaction (called after every workflow commit). Idempotent: the claim row is locked
 * and compared first, so settling the same state again (a repeated completion hook, or
 * a second server) moves no money; a consumed claim is final.
 */
export async function settleBudgetClaim(ctx: ServiceContext, input: SpendingInstance) {
  // An instance keeps its version's form, so a form that spends nothing never has a claim.
  if (spendingLookup(input.fields) === null) return;
  const spending = spendingOf(input.fields, input.form);
  const claim = await lockClaim(ctx.trx, input.instanceId);
  if (!spending && !claim) return;
  if (claim?.state === 'consumed') return;
  const state = wanted(input.status);
  const budget = spending && state ? await lockBudgetByCode(ctx.trx, spending.code) : undefined;
  const holding = claim?.state === 'reserved' ? claim : null;
  if (!budget || !spending || !state) {
    if (holding) await release(ctx, input, holding);
    return;
  }
  if (
    holding &&
    state === 'reserved' &&
    holding.budget_id === budget.id &&
    cents(holding.amount) === cents(spending.amount)
  ) {
    return;
  }
  // Moving a hold within one line (reserved → consumed, or a new amount) is one shift
  // and one audit entry; a hold on another line is released there first.
  const sameLine = holding?.budget_id === budget.id ? holding : null;
  if (holding && !sameLine) await release(ctx, input, holding);
  const amount = spending.amount;
  const freed = sameLine ? cents(sameLine.amount) : 0;
  const delta =
    state === 'reserved'
      ? { reserved: yuan(cents(amount) - freed), used: '0' }
      : { reserved: yuan(-freed), used: amount };
  await shiftBudget(ctx.trx, budget.id, delta, ctx.now);
  const row = { instance_id: input.instanceId, budget_id: budget.id, amount, state };
  await saveClaim(ctx.trx, { ...row, process_key: input.processKey }, ctx.now);
  await ctx.audit({
    action: state === 'reserved' ? 'budget.reserve' : 'budget.consume',
    targetType: 'budget',
    targetId: budget.code,
    summary: {
      instanceId: input.instanceId,
      processKey: input.processKey,
      amount,
      ...(sameLine ? { wasReserved: sameLine.amount } : {}),
    },
  });
}

async function release(ctx: ServiceContext, input: SpendingInstance, claim: ClaimRow) {
  await shiftBudget(
    ctx.trx,
    claim.budget_id,
    { reserved: yuan(-cents(claim.amount)), used: '0' },
    ctx.now,
  );
  await saveClaim(ctx.trx, { ...claim, state: 'released', process_key: input.processKey }, ctx.now);
  await ctx.audit({
    action: 'budget.release',
    targetType: 'budget',
    targetId: await budgetCode(ctx.trx, claim.budget_id),
    summary: { instanceId: input.instanceId, processKey: input.processKey, amount: claim.amount },
  });
}
