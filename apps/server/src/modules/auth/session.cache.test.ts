import type { AdjustableClock } from '@yuanwu/kernel';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../../../test/factories/accounts.ts';
import { buildPerson, buildRole } from '../../../test/factories/org.ts';
import { signIn, startCountedApp, statusOf } from './session.cache.world.ts';
import { sessionDataGeneration } from './session.invalidation.ts';

describe('the session cache on one server', () => {
  let t: TestApp;
  let server: Awaited<ReturnType<typeof startCountedApp>>;
  const password = 'Harbour-lights7';
  let serial = 0;
  const account = (options: { mustChangePassword?: boolean; personId?: string } = {}) =>
    createAccount(t.ownerDb, { username: `cache${++serial}`, password, ...options });

  beforeAll(async () => {
    t = await startTestApp();
    server = await startCountedApp(t.database, t.config);
  });
  afterAll(async () => {
    await server.close();
    await t.close();
  });

  it('answers a second request from memory: no session statement', async () => {
    const { username } = await account();
    const signed = await signIn(server.app, username, password);
    const before = server.counts.reads;
    expect(await statusOf(server.app, signed)).toBe(200);
    expect(server.counts.reads).toBe(before + 1);
    expect(await statusOf(server.app, signed)).toBe(200);
    expect(await statusOf(server.app, signed)).toBe(200);
    expect(server.counts.reads).toBe(before + 1);
  });

  it('reads a session once for the parallel requests of one page', async () => {
    const { username } = await account();
    const signed = await signIn(server.app, username, password);
    const before = server.counts.reads;
    const statuses = await Promise.all(
      Array.from({ length: 4 }, () => statusOf(server.app, signed)),
    );
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(server.counts.reads).toBe(before + 1);
  });

  it('refuses the cookie at once after logout', async () => {
    const { username } = await account();
    const signed = await signIn(server.app, username, password);
    expect(await statusOf(server.app, signed)).toBe(200);
    expect(await statusOf(server.app, signed, 'POST', '/api/v1/auth/logout')).toBe(204);
    expect(await statusOf(server.app, signed)).toBe(401);
  });

  it('lets the very next request through once the initial password is changed', async () => {
    const { username } = await account({ mustChangePassword: true });
    const signed = await signIn(server.app, username, password);
    const campuses = '/api/v1/org/campuses';
    expect(await statusOf(server.app, signed, 'GET', campuses)).toBe(403);
    const change = { currentPassword: password, newPassword: 'Lantern-river-42' };
    expect(await statusOf(server.app, signed, 'POST', '/api/v1/auth/password', change)).toBe(204);
    expect(await statusOf(server.app, signed, 'GET', campuses)).toBe(200);
  });

  it('applies a changed role right on the next request', async () => {
    const person = await buildPerson(t.ownerDb);
    const role = await buildRole(t.ownerDb, { members: [person.id] });
    const { username } = await account({ personId: person.id });
    const signed = await signIn(server.app, username, password);
    const templates = '/api/v1/workflow/templates';
    expect(await statusOf(server.app, signed, 'GET', templates)).toBe(403);
    const admin = await createAccount(t.ownerDb, {
      username: `security${serial}`,
      password,
      adminKind: 'security',
    });
    const security = await signIn(t.app, admin.username, password);
    const grant = { grants: [{ permission: 'workflow.design', scope: 'all' }] };
    const rights = `/api/v1/security/roles/${role.id}/permissions`;
    expect(await statusOf(t.app, security, 'PUT', rights, grant)).toBe(200);
    expect(await statusOf(server.app, signed, 'GET', templates)).toBe(200);
    expect(await statusOf(t.app, security, 'PUT', rights, { grants: [] })).toBe(200);
    expect(await statusOf(server.app, signed, 'GET', templates)).toBe(403);
  });

  it('counts a write of this process as soon as it is sent, but not a login or activity', async () => {
    const { id } = await account();
    const bumped = async (write: () => Promise<unknown>) => {
      const before = sessionDataGeneration();
      await write();
      return sessionDataGeneration() > before;
    };
    const accounts = () => t.ownerDb.updateTable('account').where('id', '=', id);
    const sessions = () => t.ownerDb.updateTable('session').where('account_id', '=', id);
    expect(await bumped(() => accounts().set({ status: 'active' }).execute())).toBe(true);
    expect(await bumped(() => accounts().set({ last_login_at: new Date() }).execute())).toBe(false);
    expect(await bumped(() => sessions().set({ last_seen_at: new Date() }).execute())).toBe(false);
    expect(await bumped(() => sessions().set({ ended_at: new Date() }).execute())).toBe(true);
    const roles = sql`UPDATE role SET sort = sort WHERE false`;
    expect(await bumped(() => roles.execute(t.ownerDb))).toBe(true);
  });

  it('keeps a session in use alive past the idle limit with batched activity, written on close', async () => {
    const { id, username } = await account();
    const other = await startCountedApp(t.database, t.config);
    const clock = other.app.clock as AdjustableClock;
    const signed = await signIn(other.app, username, password);
    const writesBefore = other.counts.writes;
    // 40 minutes of a request every 20 seconds: past the 30-minute idle limit.
    let lastRequest = clock.now();
    for (let i = 0; i < 120; i++) {
      clock.advance(20_000);
      lastRequest = clock.now();
      expect(await statusOf(other.app, signed)).toBe(200);
    }
    // No request wrote its own activity: at most the periodic batches ran meanwhile.
    expect(other.counts.writes - writesBefore).toBeLessThan(5);
    await other.close();
    const [row] = await t.ownerDb
      .selectFrom('session')
      .select(['last_seen_at', 'ended_at'])
      .where('account_id', '=', id)
      .execute();
    expect(row?.ended_at).toBeNull();
    const written = row?.last_seen_at.getTime() ?? 0;
    expect(written - lastRequest.getTime()).toBeGreaterThanOrEqual(0);
    expect(written - lastRequest.getTime()).toBeLessThan(1_000);
  });
});
