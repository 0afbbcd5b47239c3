import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import { seedDemoHospital } from '../../seed/demo.ts';
import { demoPeople } from '../org/index.ts';
import { templateCatalogue } from './index.ts';

const password = 'Demo#Pass2026';

/** The approvals some examples must pass through: the branches that matter. */
const routes: Record<string, string[]> = {
  leave: ['dept_head', 'vp'],
  expense: ['dept_head', 'over_vp', 'over_president', 'finance'],
  travel_expense: ['dept_head', 'finance'],
  adverse_event: ['dept_head', 'vp_serious', 'president'],
  contract: ['dept_head', 'finance', 'procurement', 'vp', 'president', 'seal_keeper', 'archivist'],
  manuscript: ['first_review', 'second_review', 'final_review'],
  seal_use: ['dept_head', 'seal_keeper'],
};

/**
 * The demo hospital with every template installed by its seed: each template
 * deploys (the engine's definition check) and runs its usual path to the end
 * through the HTTP API, started by a doctor and approved by whoever it reaches.
 */
describe('process templates', () => {
  let t: TestApp;
  const clients = new Map<string, TestClient>();

  /** A signed-in client for the person with this id (accounts are by employee number). */
  async function as(personId: string): Promise<TestClient> {
    const known = clients.get(personId);
    if (known) return known;
    const person = await t.ownerDb
      .selectFrom('person')
      .select('employee_no')
      .where('id', '=', personId)
      .executeTakeFirstOrThrow();
    const client = t.client();
    const login = await client.login(person.employee_no, password);
    expect(login.status, `login ${person.employee_no}`).toBe(200);
    clients.set(personId, client);
    return client;
  }

  async function asEmployee(employeeNo: string): Promise<TestClient> {
    const person = await t.ownerDb
      .selectFrom('person')
      .select('id')
      .where('employee_no', '=', employeeNo)
      .executeTakeFirstOrThrow();
    return as(person.id);
  }

  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoHospital(t.db, { clock: t.app.clock, password, testMode: true });
    await t.ownerDb.updateTable('account').set({ must_change_password: false }).execute();
  }, 60_000);
  afterAll(() => t.close());

  it('installs every template again as a new version (the definition check passes)', async () => {
    const admin = t.client();
    expect((await admin.login('sysadmin', password)).status).toBe(200);
    for (const template of templateCatalogue) {
      const again = await admin.post(`/api/v1/workflow/templates/${template.key}/install`);
      expect(again.status, `${template.key}: ${JSON.stringify(again.body)}`).toBe(201);
      expect(again.body.process).toMatchObject({ key: template.key, version: 2 });
    }
    expect((await admin.post('/api/v1/workflow/templates/nope/install')).status).toBe(404);
  });

  it("passes the designer's check against the demo organisation without problems", async () => {
    const admin = t.client();
    await admin.login('sysadmin', password);
    for (const template of templateCatalogue) {
      const checked = await admin.post('/api/v1/workflow/processes/check', template.definition);
      expect(checked.status).toBe(200);
      expect(checked.body.problems, template.key).toEqual([]);
    }
  });

  it('lists every template as installed, with its category', async () => {
    const admin = t.client();
    await admin.login('sysadmin', password);
    const listed = await admin.get('/api/v1/workflow/templates');
    expect(listed.status).toBe(200);
    const items = listed.body.items as { key: string; installedVersion: number }[];
    expect(items.map((item) => item.key)).toEqual(templateCatalogue.map((tpl) => tpl.key));
    expect(items.filter((item) => item.installedVersion !== 2)).toEqual([]);
    const processes = await admin.get('/api/v1/workflow/design/processes?q=leave');
    expect(processes.body.items[0].category).toMatchObject({ name: '人事行政' });
    const exported = await admin.get('/api/v1/workflow/processes/expense/definition');
    const fields = exported.body.form.fields as { key: string; lookup?: unknown }[];
    expect(fields.find((field) => field.key === 'budgetCode')?.lookup).toEqual({
      source: 'budget',
      fill: { budgetName: 'name', budgetTotal: 'total', budgetRemaining: 'remaining' },
    });
    const doctor = await asEmployee(demoPeople.cardiologyDoctor.employeeNo);
    expect((await doctor.get('/api/v1/workflow/templates')).status).toBe(403);
  });

  it("知会s the 护士长 of the applicant's own ward on leave, in simulation and at run time", async () => {
    const doctor = await asEmployee(demoPeople.cardiologyDoctor.employeeNo);
    const admin = t.client();
    await admin.login('sysadmin', password);
    const leave = templateCatalogue.find((template) => template.key === 'leave');
    const doctorId = (
      await t.ownerDb
        .selectFrom('person')
        .select('id')
        .where('employee_no', '=', demoPeople.cardiologyDoctor.employeeNo)
        .executeTakeFirstOrThrow()
    ).id;
    const simulated = await admin.post('/api/v1/workflow/processes/simulate', {
      definition: leave?.definition,
      initiator: doctorId,
      form: { ...leave?.example, days: 1 },
    });
    expect(simulated.status).toBe(200);
    const path = simulated.body.path as { nodeId: string; assignees: { name: string }[] }[];
    expect(path.find((step) => step.nodeId === 'cc_head_nurse')?.assignees).toEqual([
      expect.objectContaining({ name: demoPeople.cardiologyHeadNurse.name }),
    ]);
    const started = await doctor.post('/api/v1/workflow/instances', {
      processKey: 'leave',
      form: { ...leave?.example, days: 1 },
    });
    const id = started.body.instance.id as string;
    const task = await t.ownerDb
      .selectFrom('workflow_task')
      .select(['assignee_id', 'node_id'])
      .where('instance_id', '=', id)
      .where('state', '=', 'open')
      .executeTakeFirstOrThrow();
    const head = await as(task.assignee_id);
    await head.post(`/api/v1/workflow/instances/${id}/approve`, { node: task.node_id });
    const cc = await t.ownerDb
      .selectFrom('workflow_cc')
      .innerJoin('person', 'person.id', 'workflow_cc.person_id')
      .select(['person.name', 'workflow_cc.node_id'])
      .where('workflow_cc.instance_id', '=', id)
      .execute();
    expect(cc).toEqual([{ name: demoPeople.cardiologyHeadNurse.name, node_id: 'cc_head_nurse' }]);
  });

  it('runs every template from a doctor to completed', async () => {
    const doctor = await asEmployee(demoPeople.cardiologyDoctor.employeeNo);
    for (const template of templateCatalogue) {
      const started = await doctor.post('/api/v1/workflow/instances', {
        processKey: template.key,
        form: template.example,
      });
      expect(started.status, `${template.key}: ${JSON.stringify(started.body)}`).toBe(201);
      const id = started.body.instance.id as string;
      for (let round = 0; round < 40; round++) {
        const open = await t.ownerDb
          .selectFrom('workflow_task')
          .select(['assignee_id', 'node_id'])
          .where('instance_id', '=', id)
          .where('state', '=', 'open')
          .orderBy('created_at')
          .orderBy('node_id')
          .execute();
        // One at a time: in 或签 the first approval cancels the others' tasks.
        const task = open[0];
        if (!task) break;
        const approver = await as(task.assignee_id);
        const approved = await approver.post(`/api/v1/workflow/instances/${id}/approve`, {
          node: task.node_id,
          comment: '同意',
        });
        expect(approved.status, `${template.key}@${task.node_id}`).toBe(200);
      }
      const view = await doctor.get(`/api/v1/workflow/instances/${id}`);
      expect(view.body.status, template.key).toBe('completed');
      const expected = routes[template.key];
      if (expected) {
        const approved = (view.body.history as { node: string; action: string }[])
          .filter((entry) => entry.action === 'approved')
          .map((entry) => entry.node);
        expect(approved, template.key).toEqual(expected);
      }
    }
  }, 120_000);
});
