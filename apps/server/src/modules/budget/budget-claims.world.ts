import { expect } from 'vitest';
import { createApp, type App } from '../../app.ts';
import { createLogger } from '../../logger.ts';
import { seedDemoHospital } from '../../seed/demo.ts';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { TestClient } from '../../../test/client.ts';
import { demoPeople } from '../org/index.ts';
import { templateCatalogue } from '../templates/index.ts';

const password = 'Demo#Pass2026';
export const expense = templateCatalogue.find((template) => template.key === 'expense');

/** A budget line as the lookup answers it. */
export interface Line {
  total: number;
  used: number;
  reserved: number;
  remaining: number;
}

/**
 * The demo hospital on two app servers sharing one database, with 心血管内科's 办公经费
 * set to 100,000 of which 20,000 used; helpers that drive 费用报销 over HTTP.
 */
export async function startBudgetWorld() {
  const t: TestApp = await startTestApp();
  await seedDemoHospital(t.db, { clock: t.app.clock, password, testMode: true });
  await t.ownerDb.updateTable('account').set({ must_change_password: false }).execute();
  const { code } = await t.ownerDb
    .selectFrom('budget')
    .innerJoin('department', 'department.id', 'budget.department_id')
    .select('budget.code')
    .where('department.code', '=', 'C01')
    .where('budget.code', 'like', '%-01')
    .executeTakeFirstOrThrow();
  await t.ownerDb
    .updateTable('budget')
    .set({ total: 100_000, used: 20_000 })
    .where('code', '=', code)
    .execute();
  const second: App = await createApp({
    config: t.config,
    databaseUrl: t.database.appUrl,
    logger: createLogger('silent'),
  });
  await second.http.ready();
  const { id: doctorId } = await t.ownerDb
    .selectFrom('person')
    .select('id')
    .where('employee_no', '=', demoPeople.cardiologyDoctor.employeeNo)
    .executeTakeFirstOrThrow();
  const clients = new Map<string, TestClient>();

  /** A signed-in client of this person on the first server, or on `app`. */
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

  const openTasks = (id: string) =>
    t.ownerDb
      .selectFrom('workflow_task')
      .select(['assignee_id', 'node_id'])
      .where('instance_id', '=', id)
      .where('state', '=', 'open')
      .orderBy('created_at')
      .execute();

  return {
    t,
    second,
    code,
    doctorId,
    as,
    openTasks,
    async line(): Promise<Line> {
      const read = await (await as(doctorId)).get(`/api/v1/data-sources/budget/${code}`);
      expect(read.status).toBe(200);
      return read.body as Line;
    },
    /** The doctor claims `amount` on the line in one row of 报销明细. */
    async start(amount: number): Promise<string> {
      const form = {
        ...expense?.example,
        budgetCode: code,
        budgetRemaining: 80_000,
        items: [{ date: '2026-11-02', kind: '办公用品', summary: '打印纸', receipts: 1, amount }],
      };
      const started = await (
        await as(doctorId)
      ).post('/api/v1/workflow/instances', {
        processKey: 'expense',
        form,
      });
      expect(started.status, JSON.stringify(started.body)).toBe(201);
      return (started.body as { instance: { id: string } }).instance.id;
    },
    /** Approves one task at a time to the end, or until the 财务审核 task is open. */
    async approveUntil(id: string, stopAtFinance = false) {
      for (let round = 0; round < 20; round++) {
        const task = (await openTasks(id))[0];
        if (!task || (stopAtFinance && task.node_id === 'finance')) return task;
        const approved = await (
          await as(task.assignee_id)
        ).post(`/api/v1/workflow/instances/${id}/approve`, { node: task.node_id, comment: '同意' });
        expect(approved.status, `${task.node_id}: ${JSON.stringify(approved.body)}`).toBe(200);
      }
      return undefined;
    },
    async close() {
      await second.close();
      await t.close();
    },
  };
}

export type BudgetWorld = Awaited<ReturnType<typeof startBudgetWorld>>;
