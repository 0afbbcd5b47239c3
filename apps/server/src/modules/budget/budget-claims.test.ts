import { formSchema } from '@yuanwu/form-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expense, startBudgetWorld, type BudgetWorld } from './budget-claims.world.ts';
import { settleBudgetClaim } from './index.ts';

/**
 * 费用报销审批（关联预算） against a budget line through HTTP: submitting freezes the
 * amount, completing consumes it once (even when settled again, or approved on two
 * servers at once), rejecting or withdrawing releases it; the lookup shows it all.
 */
describe('budget claims of spending requests', () => {
  let w: BudgetWorld;

  beforeAll(async () => {
    w = await startBudgetWorld();
  }, 60_000);
  afterAll(() => w.close());

  it('freezes the amount at submit and consumes it once at completion, audited', async () => {
    expect(await w.line()).toMatchObject({ used: 20_000, reserved: 0, remaining: 80_000 });
    const id = await w.start(1280.5);
    expect(await w.line()).toMatchObject({ used: 20_000, reserved: 1280.5, remaining: 78_719.5 });
    await w.approveUntil(id);
    const view = await (await w.as(w.doctorId)).get(`/api/v1/workflow/instances/${id}`);
    expect(view.body.status).toBe('completed');
    expect(await w.line()).toMatchObject({ used: 21_280.5, reserved: 0, remaining: 78_719.5 });

    // The completion hook again (a retried command, another server): nothing moves.
    const { state } = await w.t.ownerDb
      .selectFrom('workflow_instance')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const audited: string[] = [];
    for (let again = 0; again < 2; again++) {
      await w.t.db.transaction().execute((trx) =>
        settleBudgetClaim(
          {
            trx,
            actor: null,
            now: new Date(),
            audit: (e) => Promise.resolve(void audited.push(e.action)),
          },
          {
            instanceId: id,
            processKey: 'expense',
            status: 'completed',
            form: (state as { form: Record<string, never> }).form,
            fields: formSchema.parse(expense?.definition.form).fields,
          },
        ),
      );
    }
    expect(audited).toEqual([]);
    expect(await w.line()).toMatchObject({ used: 21_280.5, reserved: 0 });
    const entries = await w.t.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('target_type', '=', 'budget')
      .where('target_id', '=', w.code)
      .orderBy('seq')
      .execute();
    expect(entries.map((entry) => entry.action)).toEqual(['budget.reserve', 'budget.consume']);
  });

  it('releases the frozen amount when rejected or withdrawn', async () => {
    const before = await w.line();
    const rejected = await w.start(900);
    const withdrawn = await w.start(100);
    expect((await w.line()).remaining).toBe(before.remaining - 1000);
    const [task] = await w.openTasks(rejected);
    const head = await w.as(task?.assignee_id ?? '');
    const rejecting = await head.post(`/api/v1/workflow/instances/${rejected}/reject`, {
      comment: '不符合报销标准',
    });
    expect(rejecting.status).toBe(200);
    const doctor = await w.as(w.doctorId);
    expect((await doctor.post(`/api/v1/workflow/instances/${withdrawn}/withdraw`, {})).status).toBe(
      200,
    );
    expect(await w.line()).toMatchObject({
      used: before.used,
      reserved: 0,
      remaining: before.remaining,
    });
  });

  it('keeps the hold while returned to the applicant and follows a changed amount', async () => {
    const before = await w.line();
    const id = await w.start(500);
    const [task] = await w.openTasks(id);
    const head = await w.as(task?.assignee_id ?? '');
    const returned = await head.post(`/api/v1/workflow/instances/${id}/return`, {
      to: 'start',
      comment: '请补充票据',
    });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect((await w.line()).reserved).toBe(500);
    const items = [
      { date: '2026-11-02', kind: '办公用品', summary: '打印纸', receipts: 2, amount: 700 },
    ];
    const doctor = await w.as(w.doctorId);
    const again = await doctor.post(`/api/v1/workflow/instances/${id}/resubmit`, {
      form: { items },
    });
    expect(again.status, JSON.stringify(again.body)).toBe(200);
    expect(await w.line()).toMatchObject({ reserved: 700, remaining: before.remaining - 700 });
    await doctor.post(`/api/v1/workflow/instances/${id}/withdraw`, {});
    expect(await w.line()).toMatchObject({ reserved: 0, remaining: before.remaining });
  });

  it('consumes once when two servers approve the last task at the same moment', async () => {
    const before = await w.line();
    const id = await w.start(300);
    const last = await w.approveUntil(id, true);
    expect(last?.node_id).toBe('finance');
    const approver = last?.assignee_id ?? '';
    const [one, two] = await Promise.all([
      (await w.as(approver)).post(`/api/v1/workflow/instances/${id}/approve`, {}),
      (await w.as(approver, w.second)).post(`/api/v1/workflow/instances/${id}/approve`, {}),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    expect(await w.line()).toMatchObject({ used: before.used + 300, reserved: 0 });
  });
});
