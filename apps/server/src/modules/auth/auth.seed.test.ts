import { newId } from '@yuanwu/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../../../test/factories/accounts.ts';
import { createPerson } from '../../../test/factories/directory.ts';
import { inTransaction } from '../../db/transaction.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { createPersonAccountListener, seedDemoAccounts, testHashCost } from './index.ts';

describe('accounts for people', () => {
  let t: TestApp;
  const demoPassword = 'Yuanwu#Demo-2026';

  /** Runs hooks the way the org module will: inside its transaction, with its audit. */
  const asOrg = (work: (ctx: ServiceContext) => Promise<void>) =>
    inTransaction(t.db, (trx) =>
      work({
        trx,
        actor: null,
        now: t.app.clock.now(),
        audit: (event) =>
          t.app.deps.audit.record(
            trx,
            { accountId: null, username: 'org', name: '', ip: '', userAgent: '', requestId: 'x' },
            event,
          ),
      }),
    );

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('seeds an account for every person and the three administrators, all forced to change', async () => {
    const department = (await createPerson(t.ownerDb, { employeeNo: 'S0000', name: '种子' }))
      .departmentId;
    await t.ownerDb
      .insertInto('person')
      .values(
        Array.from({ length: 1500 }, (_, i) => ({
          id: newId(),
          employee_no: `S${String(i + 1).padStart(4, '0')}`,
          name: `员工${i + 1}`,
          phone: null,
          email: null,
          department_id: department,
          position_id: null,
          superior_id: null,
          status: i === 0 ? ('disabled' as const) : ('active' as const),
          deleted_at: null,
        })),
      )
      .execute();
    const seed = () =>
      inTransaction(t.db, (trx) =>
        seedDemoAccounts(trx, {
          password: demoPassword,
          now: t.app.clock.now(),
          cost: testHashCost,
        }),
      );
    expect(await seed()).toEqual({ created: 1501 + 3 });
    expect(await seed()).toEqual({ created: 0 });

    const accounts = await t.ownerDb.selectFrom('account').selectAll().execute();
    expect(new Set(accounts.map((row) => row.password_hash)).size).toBe(1);
    expect(accounts.every((row) => row.must_change_password)).toBe(true);
    const byName = new Map(accounts.map((row) => [row.username, row]));
    expect(byName.get('sysadmin')).toMatchObject({
      admin_kind: 'system',
      display_name: '系统管理员',
    });
    expect(byName.get('secadmin')).toMatchObject({
      admin_kind: 'security',
      display_name: '安全管理员',
    });
    expect(byName.get('auditadmin')).toMatchObject({
      admin_kind: 'audit',
      display_name: '审计管理员',
    });
    expect(byName.get('S0002')).toMatchObject({ display_name: '员工2', status: 'active' });
    expect(byName.get('S0001')?.status).toBe('disabled');

    const client = t.client();
    const login = await client.login('S0002', demoPassword);
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(true);
    expect((await t.client().login('S0001', demoPassword)).status).toBe(401);
  });

  it('gives a new person an account that cannot sign in until reset', async () => {
    const person = await createPerson(t.ownerDb, { employeeNo: 'N-1', name: '新人' });
    const listener = createPersonAccountListener();
    await asOrg((ctx) =>
      listener.personCreated(ctx, { id: person.id, employeeNo: 'N-1', name: '新人' }),
    );
    await asOrg((ctx) =>
      listener.personCreated(ctx, { id: person.id, employeeNo: 'N-1', name: '新人' }),
    );
    const accounts = await t.ownerDb
      .selectFrom('account')
      .selectAll()
      .where('person_id', '=', person.id)
      .execute();
    expect(accounts).toHaveLength(1);
    expect(accounts[0]).toMatchObject({ username: 'N-1', must_change_password: true });
    expect(accounts[0]!.password_hash.startsWith('$argon2')).toBe(false);

    const secadmin = await createAccount(t.ownerDb, {
      username: 'sec2',
      password: 'Harbour-lights7',
      adminKind: 'security',
    });
    const security = t.client();
    await security.login(secadmin.username, secadmin.password);
    const reset = await security.post(
      `/api/v1/security/accounts/${accounts[0]!.id}/reset-password`,
    );
    const login = await t.client().login('N-1', reset.body.temporaryPassword);
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(true);
    expect(login.body.me.person).toMatchObject({ id: person.id, name: '新人' });
  });

  it('takes another username when the employee number is taken, follows renames and re-enabling', async () => {
    await createAccount(t.ownerDb, { username: 'N-2', password: 'Harbour-lights7' });
    const person = await createPerson(t.ownerDb, { employeeNo: 'N-2', name: '重名' });
    const listener = createPersonAccountListener();
    await asOrg((ctx) =>
      listener.personCreated(ctx, { id: person.id, employeeNo: 'N-2', name: '重名' }),
    );
    await asOrg((ctx) => listener.personRenamed(ctx, { id: person.id, name: '改名' }));
    await asOrg((ctx) => listener.personDisabled(ctx, person.id));
    const account = () =>
      t.ownerDb
        .selectFrom('account')
        .selectAll()
        .where('person_id', '=', person.id)
        .executeTakeFirstOrThrow();
    expect(await account()).toMatchObject({
      username: 'N-2-2',
      display_name: '改名',
      status: 'disabled',
    });
    await asOrg((ctx) => listener.personEnabled(ctx, person.id));
    expect((await account()).status).toBe('active');
  });

  it('gives every person the rights of the built-in everyone role (员工), administrators none', async () => {
    let staffRole = await t.ownerDb
      .selectFrom('role')
      .select('id')
      .where('code', '=', 'staff')
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!staffRole) {
      staffRole = { id: newId() };
      await t.ownerDb
        .insertInto('role')
        .values({
          id: staffRole.id,
          code: 'staff',
          name: '员工',
          builtin: true,
          group_id: null,
          deleted_at: null,
        })
        .execute();
    }
    await t.ownerDb.deleteFrom('role_permission').where('role_id', '=', staffRole.id).execute();
    await t.ownerDb
      .insertInto('role_permission')
      .values({ role_id: staffRole.id, permission: 'workflow.start', scope: 'all' })
      .execute();
    const person = await createPerson(t.ownerDb, { employeeNo: 'E-1', name: '全员' });
    await createAccount(t.ownerDb, {
      username: 'E-1',
      password: 'Harbour-lights7',
      personId: person.id,
    });
    await createAccount(t.ownerDb, {
      username: 'sys2',
      password: 'Harbour-lights7',
      adminKind: 'system',
    });
    const staff = await t.client().login('E-1', 'Harbour-lights7');
    expect(staff.body.me.permissions).toEqual(['workflow.start']);
    const admin = await t.client().login('sys2', 'Harbour-lights7');
    expect(admin.body.me.permissions).not.toContain('workflow.start');
  });
});
