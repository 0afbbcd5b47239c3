import type { AdjustableClock } from '@yuanwu/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../../../test/factories/accounts.ts';
import { createPerson } from '../../../test/factories/directory.ts';
import { inTransaction } from '../../db/transaction.ts';
import { createPersonAccountListener } from './index.ts';

describe('sessions', () => {
  let t: TestApp;
  const advance = (ms: number) => (t.app.clock as AdjustableClock).advance(ms);
  const minute = 60_000;
  const password = 'Harbour-lights7';
  let serial = 0;

  /** A fresh account signed in on a fresh client. */
  async function signedIn(options: { adminKind?: 'system' | 'security' | 'audit' } = {}) {
    const account = await createAccount(t.ownerDb, {
      username: `user${++serial}`,
      password,
      ...options,
    });
    const client = t.client();
    expect((await client.login(account.username, password)).status).toBe(200);
    return { account, client };
  }

  const openSessions = (accountId: string) =>
    t.ownerDb
      .selectFrom('session')
      .selectAll()
      .where('account_id', '=', accountId)
      .where('ended_at', 'is', null)
      .execute();

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('ends a session idle for 30 minutes, on the server', async () => {
    const { account, client } = await signedIn();
    advance(29 * minute);
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
    // Activity restarts the idle clock.
    advance(29 * minute);
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
    advance(30 * minute);
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
    const [ended] = await t.ownerDb
      .selectFrom('session')
      .select('end_reason')
      .where('account_id', '=', account.id)
      .execute();
    expect(ended?.end_reason).toBe('idle');
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('target_id', '=', account.id)
      .where('action', '=', 'auth.session.end')
      .execute();
    expect(audit).toEqual([{ action: 'auth.session.end', summary: { reason: 'idle' } }]);
  });

  it('ends an administrator session idle for 15 minutes', async () => {
    const { client } = await signedIn({ adminKind: 'security' });
    advance(14 * minute);
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
    advance(15 * minute);
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('ends every session after 12 hours however active', async () => {
    const { account, client } = await signedIn();
    for (let i = 0; i < 24; i++) {
      advance(29 * minute);
      expect((await client.get('/api/v1/auth/session')).status).toBe(200);
    }
    advance(23 * minute); // 11 h 59 min after login
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
    advance(2 * minute);
    const response = await client.get('/api/v1/auth/session');
    expect(response.status).toBe(401);
    const [ended] = await t.ownerDb
      .selectFrom('session')
      .select('end_reason')
      .where('account_id', '=', account.id)
      .execute();
    expect(ended?.end_reason).toBe('expired');
  });

  it('records activity in batches, before answering only near the idle limit', async () => {
    const { account, client } = await signedIn();
    const seen = async () => (await openSessions(account.id))[0]!.last_seen_at.getTime();
    const first = await seen();
    advance(10_000);
    await client.get('/api/v1/auth/session');
    expect(await seen()).toBe(first);
    // 35 s on: queued, and written with the next batch (every 5 s), not by the request.
    advance(25_000);
    const used = t.app.clock.now().getTime();
    await client.get('/api/v1/auth/session');
    await expect.poll(seen, { timeout: 8_000, interval: 200 }).toBeGreaterThanOrEqual(used);
    // 29 minutes idle: another server must not read a last use older than the limit, so the
    // request writes its activity before it answers.
    advance(29 * minute);
    const late = t.app.clock.now().getTime();
    await client.get('/api/v1/auth/session');
    expect(await seen()).toBeGreaterThanOrEqual(late);
  });

  it('logs out: the session ends and the cookie is cleared', async () => {
    const { account, client } = await signedIn();
    const response = await client.post('/api/v1/auth/logout');
    expect(response.status).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(/__Host-yw_session=;/);
    expect(await openSessions(account.id)).toEqual([]);
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select('action')
      .where('actor_account_id', '=', account.id)
      .where('action', '=', 'auth.logout')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('refuses a write without the CSRF token, or with another session’s', async () => {
    const { account, client } = await signedIn();
    const { client: other } = await signedIn();
    const token = client.csrfToken;
    client.csrfToken = null;
    const missing = await client.post('/api/v1/auth/logout');
    expect(missing.status).toBe(403);
    expect(missing.body.error.code).toBe('forbidden');
    client.csrfToken = other.csrfToken;
    expect((await client.post('/api/v1/auth/logout')).status).toBe(403);
    expect(await openSessions(account.id)).toHaveLength(1);
    client.csrfToken = token;
    expect((await client.post('/api/v1/auth/logout')).status).toBe(204);
  });

  it('ends every session of an account when it is disabled', async () => {
    const { account, client } = await signedIn();
    await t.ownerDb
      .updateTable('account')
      .set({ status: 'disabled' })
      .where('id', '=', account.id)
      .execute();
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
    expect(await openSessions(account.id)).toEqual([]);
  });

  it('disables the account and ends its sessions when org disables the person', async () => {
    const person = await createPerson(t.ownerDb, { employeeNo: 'P-1', name: '钱一' });
    const account = await createAccount(t.ownerDb, {
      username: 'P-1',
      password,
      personId: person.id,
    });
    const phone = t.client();
    const desk = t.client();
    await phone.login('P-1', password);
    await desk.login('P-1', password);
    expect(await openSessions(account.id)).toHaveLength(2);

    const listener = createPersonAccountListener();
    await inTransaction(t.db, (trx) =>
      listener.personDisabled(
        {
          trx,
          actor: null,
          now: t.app.clock.now(),
          audit: (event) => t.app.deps.audit.record(trx, anonymous, event),
        },
        person.id,
      ),
    );
    expect(await openSessions(account.id)).toEqual([]);
    expect((await phone.get('/api/v1/auth/session')).status).toBe(401);
    expect((await desk.get('/api/v1/auth/session')).status).toBe(401);
    expect((await t.client().login('P-1', password)).status).toBe(401);
  });

  it('refuses a session whose person was disabled directly in the database', async () => {
    const person = await createPerson(t.ownerDb, { employeeNo: 'P-2', name: '钱二' });
    await createAccount(t.ownerDb, { username: 'P-2', password, personId: person.id });
    const client = t.client();
    await client.login('P-2', password);
    await t.ownerDb
      .updateTable('person')
      .set({ status: 'disabled' })
      .where('id', '=', person.id)
      .execute();
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('ends the other sessions when the password changes, and keeps this one', async () => {
    const { account, client } = await signedIn();
    const other = t.client();
    await other.login(account.username, password);
    expect(await openSessions(account.id)).toHaveLength(2);
    const changed = await client.post('/api/v1/auth/password', {
      currentPassword: password,
      newPassword: 'Lantern-river-42',
    });
    expect(changed.status).toBe(204);
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
    expect((await other.get('/api/v1/auth/session')).status).toBe(401);
    const [open] = await openSessions(account.id);
    expect(await openSessions(account.id)).toHaveLength(1);
    expect(open?.ip).toBe('10.0.0.1');
  });
});

const anonymous = {
  accountId: null,
  username: 'org-test',
  name: '',
  ip: '',
  userAgent: '',
  requestId: 'test',
};
