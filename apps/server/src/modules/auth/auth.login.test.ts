import type { AdjustableClock } from '@yuanwu/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../../../test/factories/accounts.ts';
import { createPerson } from '../../../test/factories/directory.ts';

describe('password login', () => {
  let t: TestApp;
  const advance = (ms: number) => (t.app.clock as AdjustableClock).advance(ms);
  const minute = 60_000;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in and answers Me, the CSRF token and the session cookie', async () => {
    const person = await createPerson(t.ownerDb, {
      employeeNo: '10001',
      name: '张三',
      departmentName: '心内科',
      positionName: '主治医师',
    });
    await createAccount(t.ownerDb, {
      username: '10001',
      password: 'Harbour-lights7',
      personId: person.id,
      displayName: '张三',
    });
    const client = t.client();
    client.userAgent = 'Mozilla/5.0 test';
    const response = await client.login('10001', 'Harbour-lights7');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      me: {
        accountId: expect.any(String),
        username: '10001',
        displayName: '张三',
        adminKind: null,
        person: {
          id: person.id,
          employeeNo: '10001',
          name: '张三',
          departmentId: person.departmentId,
          departmentName: '心内科',
          positionName: '主治医师',
        },
        permissions: expect.any(Array),
        passwordExpiresAt: expect.any(String),
      },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      mustChangePassword: false,
    });
    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-yw_session=[\w-]{43};/);
    expect(cookie).toContain('Path=/');
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).not.toContain('Domain');

    const session = await client.get('/api/v1/auth/session');
    expect(session.status).toBe(200);
    expect(session.body.me.username).toBe('10001');
    expect(session.body.csrfToken).toBe(response.body.csrfToken);
    expect(session.headers['cache-control']).toBe('no-store');

    const log = await t.ownerDb
      .selectFrom('login_log')
      .selectAll()
      .where('username', '=', '10001')
      .execute();
    expect(log).toEqual([
      expect.objectContaining({ success: true, ip: '10.0.0.1', user_agent: 'Mozilla/5.0 test' }),
    ]);
    const stored = await t.ownerDb.selectFrom('session').selectAll().executeTakeFirstOrThrow();
    // Only the hash of the cookie's token is kept.
    expect(stored.id).toMatch(/^[0-9a-f]{64}$/);
    expect(cookie).not.toContain(stored.id);
  });

  it('answers 401 without a session, and Cache-Control no-store', async () => {
    const response = await t.client().get('/api/v1/auth/session');
    expect(response.status).toBe(401);
    expect(response.body.error.code).toBe('unauthenticated');
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('gives one message for an unknown user and a wrong password, and logs both', async () => {
    await createAccount(t.ownerDb, { username: 'lisi', password: 'Harbour-lights7' });
    const client = t.client();
    client.ip = '10.0.1.1';
    const wrong = await client.login('lisi', 'Wrong-password-1');
    const unknown = await client.login('nobody', 'Wrong-password-1');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error).toEqual({
      code: 'unauthenticated',
      message: '用户名或密码错误',
      details: [],
    });
    const log = await t.ownerDb
      .selectFrom('login_log')
      .select(['username', 'success', 'reason', 'ip'])
      .where('ip', '=', '10.0.1.1')
      .orderBy('id')
      .execute();
    expect(log).toEqual([
      { username: 'lisi', success: false, reason: 'wrong_password', ip: '10.0.1.1' },
      { username: 'nobody', success: false, reason: 'unknown_user', ip: '10.0.1.1' },
    ]);
    const audit = await t.ownerDb
      .selectFrom('audit_log')
      .select(['action', 'result', 'error_code', 'summary', 'ip'])
      .where('ip', '=', '10.0.1.1')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      expect.objectContaining({
        action: 'auth.login',
        result: 'failure',
        error_code: 'unauthenticated',
        summary: { username: 'lisi', reason: 'wrong_password' },
      }),
      expect.objectContaining({
        action: 'auth.login',
        result: 'failure',
        summary: { username: 'nobody', reason: 'unknown_user' },
      }),
    ]);
    // Passwords never reach a log (SECURITY.md 8).
    const everything = JSON.stringify([
      await t.ownerDb.selectFrom('audit_log').selectAll().execute(),
      await t.ownerDb.selectFrom('login_log').selectAll().execute(),
    ]);
    expect(everything).not.toContain('Wrong-password-1');
    expect(everything).not.toContain('Harbour-lights7');
  });

  it('matches the username in any case', async () => {
    await createAccount(t.ownerDb, { username: 'WangWu', password: 'Harbour-lights7' });
    expect((await t.client().login('wangwu', 'Harbour-lights7')).status).toBe(200);
  });

  it('locks after 5 failures within 15 minutes for 30 minutes, logged, then lets in', async () => {
    const account = await createAccount(t.ownerDb, {
      username: 'zhaoliu',
      password: 'Harbour-lights7',
    });
    const client = t.client();
    client.ip = '10.0.2.1';
    for (let i = 1; i <= 4; i++) {
      expect((await client.login('zhaoliu', `Wrong-${i}-password`)).status).toBe(401);
      advance(2 * minute);
    }
    const fifth = await client.login('zhaoliu', 'Wrong-5-password');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.code).toBe('account_locked');
    expect(fifth.body.error.message).toMatch(
      /已被锁定，请于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 后再试/,
    );

    // Even the right password is refused while locked.
    const locked = await client.login('zhaoliu', 'Harbour-lights7');
    expect(locked.status).toBe(423);

    const lock = await t.ownerDb
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.lock')
      .where('target_id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(lock.summary).toMatchObject({ username: 'zhaoliu', lockedUntil: expect.any(String) });
    const reasons = await t.ownerDb
      .selectFrom('login_log')
      .select('reason')
      .where('account_id', '=', account.id)
      .orderBy('id')
      .execute();
    expect(reasons.map((row) => row.reason)).toEqual([
      'wrong_password',
      'wrong_password',
      'wrong_password',
      'wrong_password',
      'wrong_password_locked',
      'locked',
    ]);

    advance(29 * minute);
    expect((await client.login('zhaoliu', 'Harbour-lights7')).status).toBe(423);
    advance(2 * minute);
    expect((await client.login('zhaoliu', 'Harbour-lights7')).status).toBe(200);
  });

  it('does not lock for 5 failures spread over more than 15 minutes', async () => {
    await createAccount(t.ownerDb, { username: 'sunqi', password: 'Harbour-lights7' });
    const client = t.client();
    client.ip = '10.0.3.1';
    for (let i = 1; i <= 5; i++) {
      expect((await client.login('sunqi', `Wrong-${i}-password`)).status).toBe(401);
      advance(4 * minute);
    }
    expect((await client.login('sunqi', 'Harbour-lights7')).status).toBe(200);
  });

  it('answers 429 after 100 failed attempts an hour from one IP', async () => {
    await createAccount(t.ownerDb, { username: 'zhouba', password: 'Harbour-lights7' });
    const attacker = t.client();
    attacker.ip = '10.0.4.1';
    for (let i = 0; i < 100; i++) {
      const response = await attacker.login(`guess${i}`, 'Harbour-lights7');
      expect(response.status).toBe(401);
    }
    const limited = await attacker.login('zhouba', 'Harbour-lights7');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('rate_limited');
    // The account itself is not blocked for other addresses.
    const user = t.client();
    user.ip = '10.0.4.2';
    expect((await user.login('zhouba', 'Harbour-lights7')).status).toBe(200);
    // An hour later the address may try again.
    advance(61 * minute);
    expect((await attacker.login('zhouba', 'Harbour-lights7')).status).toBe(200);
  });

  it('answers 429 after 100 failed attempts an hour for one account', async () => {
    await createAccount(t.ownerDb, { username: 'wujiu', password: 'Harbour-lights7' });
    const now = t.app.clock.now();
    await t.ownerDb
      .insertInto('login_log')
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          at: new Date(now.getTime() - i * 1000),
          account_id: null,
          username: 'WUJIU',
          ip: `10.9.${Math.floor(i / 200)}.${i % 200}`,
          success: false,
          reason: 'wrong_password',
        })),
      )
      .execute();
    const client = t.client();
    client.ip = '10.0.5.1';
    const response = await client.login('wujiu', 'Harbour-lights7');
    expect(response.status).toBe(429);
    expect(response.body.error.code).toBe('rate_limited');
  });

  it('refuses a disabled account even with the right password', async () => {
    await createAccount(t.ownerDb, {
      username: 'zhengshi',
      password: 'Harbour-lights7',
      status: 'disabled',
    });
    const response = await t.client().login('zhengshi', 'Harbour-lights7');
    expect(response.status).toBe(401);
    expect(response.body.error.message).toContain('停用');
  });

  it('gives a new session id at every login and ends the one presented', async () => {
    await createAccount(t.ownerDb, { username: 'chen', password: 'Harbour-lights7' });
    const client = t.client();
    const first = await client.login('chen', 'Harbour-lights7');
    const firstCookie = String(first.headers['set-cookie']);
    const second = await client.login('chen', 'Harbour-lights7');
    const secondCookie = String(second.headers['set-cookie']);
    expect(secondCookie.split(';')[0]).not.toBe(firstCookie.split(';')[0]);
    expect(second.body.csrfToken).not.toBe(first.body.csrfToken);

    const rows = await t.ownerDb
      .selectFrom('session')
      .innerJoin('account', 'account.id', 'session.account_id')
      .select(['session.id', 'session.ended_at', 'session.end_reason'])
      .where('account.username', '=', 'chen')
      .orderBy('session.created_at')
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.filter((row) => row.ended_at === null)).toHaveLength(1);
    expect(rows.map((row) => row.end_reason).sort()).toEqual([null, 'replaced'].sort());

    // The old token no longer opens anything.
    const stale = t.client();
    const oldToken = firstCookie.split(';')[0]!;
    const response = await stale.request('GET', '/api/v1/auth/session', undefined, {
      cookie: oldToken,
    });
    expect(response.status).toBe(401);
  });

  it('validates the login body', async () => {
    const response = await t.client().post('/api/v1/auth/login', { username: '' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('validation');
  });
});
