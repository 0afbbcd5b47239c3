import { formSchema } from '@yuanwu/form-engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { createLogger } from '../../logger.ts';
import { seedDemoHospital } from '../../seed/demo.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { TestClient } from '../../../test/client.ts';
import { demoPeople } from '../org/index.ts';
import { templateCatalogue } from '../templates/index.ts';
import { settleBudgetClaim } from './index.ts';

const password = 'Demo#Pass2026';
const expense = templateCatalogue.find((template) => template.key === 'expense');

/**
 * 费用报销审批（关联预算） against a budget line through HTTP: submitting freezes the
 * amount, completing consumes it once (even when settled again, or approved on two
 * servers at once), rejecting or withdrawing releases it; the lookup shows it all.
 */
describe('budget claims of spending requests', () => {
  let t: TestApp;
  let second: App;
  let code = '';
  const clients = new Map<string, TestClient>();

  async function as(personId: string, app: App = t.app): Promise<TestClient> {
    const key = `${personId}@${app === t.app ? 1 : 2}`;
    const known = clients.get(key);
    if (known) return known;
    const person = await t.ownerDb
      .selectFrom('person')
      .select('employee_no')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const client = new TestClient(app.http);
    expect((await client.login(person.employee_no, password)).status).toBe(200);
    clients.set(key, client);
    return client;
  }

  const doctorId = async () =>
    (
      await t.ownerDb
        .selectFrom('person')
        .select('id')
        .where('employee_no', '=', demoPeople.cardiologyDoctor.employeeNo)
        .executeTakeFirstOrThrow()
    ).id;

  async function line() {
    const doctor = await as(await doctorId());
    const read = await doctor.get(`/api/v1/data-sources/budget/${code}`);
    expect(read.status).toBe(200);
    return read.body as { total: number; used: number; reserved: number; remaining: number };
  }

  async function start(amount: number): Promise<string> {
    const doctor = await as(await doctorId());
    const form = {
      ...expense?.example,
      budgetCode: code,
      budgetRemaining: 80_000,
      items: [{ date: '2026-11-02', kind: '办公用品', summary: '打印纸', receipts: 1, amount }],
    };
    const started = await doctor.post('/api/v1/workflow/instances', {
      processKey: 'expense',
      form,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    return started.body.instance.id as string;
  }

  const openTasks = (id: string) =>
    t.ownerDb
      .selectFrom('workflow_task')
      .select(['assignee_id', 'node_id'])
      .where('instance_id', '=', id)
      .where('state', '=', 'open')
      .orderBy('created_at')
      .execute();

  /** Approves one task at a time until only `leave` tasks remain (0: to the end). */
  async function approveUntil(id: string, leave = 0) {
    for (let round = 0; round < 20; round++) {
      const open = await openTasks(id);
      const task = open[0];
      if (!task || (leave > 0 && task.node_id === 'finance')) return task;
      const approver = await as(task.assignee_id);
      const approved = await approver.post(`/api/v1/workflow/instances/${id}/approve`, {
        node: task.node_id,
        comment: '同意',
      });
      expect(approved.status, `${task.node_id}: ${JSON.stringify(approved.body)}`).toBe(200);
    }
    return undefined;
  }

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoHospital(t.db, { clock: t.app.clock, password, testMode: true });
    await t.ownerDb.updateTable('account').set({ must_change_password: false }).execute();
    const found = await t.ownerDb
      .selectFrom('budget')
      .innerJoin('department', 'department.id', 'budget.department_id')
      .select('budget.code')
      .where('department.code', '=', 'C01')
      .where('budget.code', 'like', '%-01')
      .executeTakeFirstOrThrow();
    code = found.code;
    await t.ownerDb
      .updateTable('budget')
      .set({ total: 100_000, used: 20_000 })
      .where('code', '=', code)
      .execute();
    second = await createApp({
      config: t.config,
      databaseUrl: t.database.appUrl,
      logger: createLogger('silent'),
    });
    await second.http.ready();
  }, 60_000);
  afterAll(async () => {
    await second.close();
    await t.close();
  });

  it('freezes the amount at submit and consumes it once at completion, audited', async () => {
    expect(await line()).toMatchObject({ used: 20_000, reserved: 0, remaining: 80_000 });
    const id = await start(1280.5);
    expect(await line()).toMatchObject({ used: 20_000, reserved: 1280.5, remaining: 78_719.5 });
    await approveUntil(id);
    const doctor = await as(await doctorId());
    expect((await doctor.get(`/api/v1/workflow/instances/${id}`)).body.status).toBe('completed');
    expect(await line()).toMatchObject({ used: 21_280.5, reserved: 0, remaining: 78_719.5 });

    // The completion hook again (a retried command, another server): nothing moves.
    const state = await t.ownerDb
      .selectFrom('workflow_instance')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const audited: string[] = [];
    for (let again = 0; again < 2; again++) {
      await t.db.transaction().execute((trx) =>
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
            form: (state.state as { form: Record<string, never> }).form,
            fields: formSchema.parse(expense?.definition.form).fields,
          },
        ),
      );
    }
    expect(audited).toEqual([]);
    expect(await line()).toMatchObject({ used: 21_280.5, reserved: 0 });
    const entries = await t.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('target_type', '=', 'budget')
      .where('target_id', '=', code)
      .orderBy('seq')
      .execute();
    expect(entries.map((entry) => entry.action)).toEqual(['budget.reserve', 'budget.consume']);
  });

  it('releases the frozen amount when rejected or withdrawn', async () => {
    const before = await line();
    const rejected = await start(900);
    const withdrawn = await start(100);
    expect((await line()).remaining).toBe(before.remaining - 1000);
    const [task] = await openTasks(rejected);
    const head = await as(task?.assignee_id ?? '');
    const rejecting = await head.post(`/api/v1/workflow/instances/${rejected}/reject`, {
      comment: '不符合报销标准',
    });
    expect(rejecting.status).toBe(200);
    const doctor = await as(await doctorId());
    expect((await doctor.post(`/api/v1/workflow/instances/${withdrawn}/withdraw`, {})).status).toBe(
      200,
    );
    expect(await line()).toMatchObject({ used: before.used, reserved: 0 });
    expect((await line()).remaining).toBe(before.remaining);
  });

  it('consumes once when two servers approve the last task at the same moment', async () => {
    const before = await line();
    const id = await start(300);
    const last = await approveUntil(id, 1);
    expect(last?.node_id).toBe('finance');
    const [one, two] = await Promise.all([
      (await as(last?.assignee_id ?? '')).post(`/api/v1/workflow/instances/${id}/approve`, {}),
      (await as(last?.assignee_id ?? '', second)).post(
        `/api/v1/workflow/instances/${id}/approve`,
        {},
      ),
    ]);
    expect([one.status, two.status].sort()).toEqual([200, 409]);
    expect(await line()).toMatchObject({ used: before.used + 300, reserved: 0 });
  });
});
