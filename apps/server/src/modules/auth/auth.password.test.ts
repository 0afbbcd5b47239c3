import type { AdjustableClock } from '@yuanwu/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../../../test/factories/accounts.ts';
import type { TestClient } from '../../../test/client.ts';

describe('changing passwords', () => {
  let t: TestApp;
  const advance = (ms: number) => (t.app.clock as AdjustableClock).advance(ms);
  const day = 24 * 60 * 60_000;
  const password = 'Harbour-lights7';
  let serial = 0;

  async function signedIn(options: { mustChangePassword?: boolean } = {}) {
    const username = `user${++serial}`;
    const account = await createAccount(t.ownerDb, {
      username,
      password,
      passwordChangedAt: t.app.clock.now(),
      ...options,
    });
    const client = t.client();
    const login = await client.login(username, password);
    expect(login.status).toBe(200);
    return { account, client, login };
  }

  /** A security administrator whose password is fresh at the app's (moved) time. */
  async function securityAdmin(): Promise<TestClient> {
    const username = `secadmin${++serial}`;
    await createAccount(t.ownerDb, {
      username,
      password,
      adminKind: 'security',
      passwordChangedAt: t.app.clock.now(),
    });
    const client = t.client();
    expect((await client.login(username, password)).status).toBe(200);
    return client;
  }

  const change = (client: TestClient, currentPassword: string, newPassword: string) =>
    client.post('/api/v1/auth/password', { currentPassword, newPassword });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('changes the password; the new one signs in, the old one no longer does', async () => {
    const { account, client } = await signedIn();
    expect((await change(client, password, 'Lantern-river-42')).status).toBe(204);
    expect((await t.client().login(account.username, password)).status).toBe(401);
    expect((await t.client().login(account.username, 'Lantern-river-42')).status).toBe(200);
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('action', '=', 'auth.password.change')
      .where('target_id', '=', account.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('Lantern');
  });

  it('refuses a wrong current password', async () => {
    const { client } = await signedIn();
    const response = await change(client, 'Not-my-password-1', 'Lantern-river-42');
    expect(response.status).toBe(400);
    expect(response.body.error.details).toEqual([
      { path: 'currentPassword', message: '当前密码不正确' },
    ]);
  });

  it.each([
    ['too short', 'Ab1!xyz', '8–64'],
    ['too long', `Ab1!${'x'.repeat(61)}`, '8–64'],
    ['two classes only', 'lanternriver42', '至少 3 类'],
    ['containing the username', 'xxUSER#-2026', '用户名'],
    ['among the most common', 'P@ssw0rd', '常见'],
  ])('refuses a new password %s, with details on newPassword', async (_name, next, hint) => {
    const { client, account } = await signedIn();
    const candidate = next.replace('USER#', account.username.toUpperCase());
    const response = await change(client, password, candidate);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation');
    expect(response.body.error.details).toEqual([
      { path: 'newPassword', message: expect.stringContaining(hint) },
    ]);
  });

  it('refuses any of the last 5 passwords, the current one included', async () => {
    const { client } = await signedIn();
    const sequence = [
      'Lantern-river-41',
      'Lantern-river-42',
      'Lantern-river-43',
      'Lantern-river-44',
    ];
    let current = password;
    for (const next of sequence) {
      expect((await change(client, current, next)).status).toBe(204);
      current = next;
    }
    // The last five: Harbour-lights7 and the four above.
    for (const reused of [password, ...sequence]) {
      const response = await change(client, current, reused);
      expect(response.status).toBe(400);
      expect(response.body.error.details[0].message).toContain('最近 5 次');
    }
    expect((await change(client, current, 'Lantern-river-45')).status).toBe(204);
    // Now Harbour-lights7 is the sixth most recent, and may come back.
    expect((await change(client, 'Lantern-river-45', password)).status).toBe(204);
  });

  it('forces a change of an initial password before anything else', async () => {
    const account = await createAccount(t.ownerDb, {
      username: 'initial',
      password,
      adminKind: 'security',
      mustChangePassword: true,
    });
    const client = t.client();
    const login = await client.login('initial', password);
    expect(login.status).toBe(200);
    expect(login.body.mustChangePassword).toBe(true);
    expect((await client.get('/api/v1/auth/session')).body.mustChangePassword).toBe(true);
    const refused = await client.get('/api/v1/security/policy');
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('password_change_required');
    // The same password again is not a change.
    expect((await change(client, password, password)).status).toBe(400);
    expect((await change(client, password, 'Lantern-river-42')).status).toBe(204);
    expect((await client.get('/api/v1/security/policy')).status).toBe(200);
    const row = await t.ownerDb
      .selectFrom('account')
      .select('must_change_password')
      .where('id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(row.must_change_password).toBe(false);
  });

  it('forces a change once the password is 90 days old', async () => {
    const { client, login, account } = await signedIn();
    const expiresAt = new Date(login.body.me.passwordExpiresAt).getTime();
    expect(expiresAt - t.app.clock.now().getTime()).toBeGreaterThan(89 * day);
    advance(91 * day);
    const fresh = t.client();
    const again = await fresh.login(account.username, password);
    expect(again.status).toBe(200);
    expect(again.body.mustChangePassword).toBe(true);
    expect((await fresh.get('/api/v1/auth/session')).body.mustChangePassword).toBe(true);
    expect((await change(fresh, password, 'Lantern-river-42')).status).toBe(204);
    expect((await fresh.get('/api/v1/auth/session')).body.mustChangePassword).toBe(false);
    // The old client's session ended long ago (idle).
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('gives a reset account a temporary password that must be changed', async () => {
    const { account, client } = await signedIn();
    const security = await securityAdmin();
    const reset = await security.post(`/api/v1/security/accounts/${account.id}/reset-password`);
    expect(reset.status).toBe(200);
    const temporary: string = reset.body.temporaryPassword;
    expect(temporary.length).toBeGreaterThanOrEqual(8);
    // Its sessions end at once.
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
    expect((await t.client().login(account.username, password)).status).toBe(401);
    const fresh = t.client();
    const login = await fresh.login(account.username, temporary);
    expect(login.body.mustChangePassword).toBe(true);
    expect((await change(fresh, temporary, 'Lantern-river-42')).status).toBe(204);
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'security.account.reset_password')
      .where('target_id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_username).toMatch(/^secadmin/);
    expect(JSON.stringify(audit)).not.toContain(temporary);
  });

  it('lets the security administrator unlock a locked account', async () => {
    const account = await createAccount(t.ownerDb, {
      username: 'lockme',
      password,
      passwordChangedAt: t.app.clock.now(),
    });
    const client = t.client();
    client.ip = '10.0.7.1';
    for (let i = 0; i < 5; i++) await client.login('lockme', `Wrong-${i}-password`);
    expect((await client.login('lockme', password)).status).toBe(423);
    const security = await securityAdmin();
    const list = await security.get('/api/v1/security/accounts?status=locked');
    expect(list.body.items.map((item: { username: string }) => item.username)).toContain('lockme');
    expect((await security.post(`/api/v1/security/accounts/${account.id}/unlock`)).status).toBe(
      204,
    );
    expect((await client.login('lockme', password)).status).toBe(200);
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'actor_username'])
      .where('action', '=', 'security.account.unlock')
      .where('target_id', '=', account.id)
      .execute();
    expect(audit).toEqual([
      { action: 'security.account.unlock', actor_username: expect.stringMatching(/^secadmin/) },
    ]);
  });
});
