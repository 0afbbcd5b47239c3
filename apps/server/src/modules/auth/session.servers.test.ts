import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { createAccount } from '../../../test/factories/accounts.ts';
import { buildPerson, buildRole } from '../../../test/factories/org.ts';
import { eventually, signIn, startCountedApp, statusOf } from './session.cache.world.ts';

/*
 * Two app servers on one database. Server B keeps a session check for a whole minute, so
 * within these tests only an invalidation can make it read again. Writes through this
 * process's Kysely instances drop its caches at once (session.invalidation.ts); to stand
 * for another server's write, `elsewhere` writes on a bare pg connection this process does
 * not watch, and only the NOTIFY triggers can tell B.
 */
describe('the session cache across servers', () => {
  let t: TestApp;
  let b: Awaited<ReturnType<typeof startCountedApp>>;
  let raw: pg.Client;
  const password = 'Harbour-lights7';
  let serial = 0;
  const elsewhere = (text: string, values: unknown[]) => raw.query(text, values);

  /** An account signed in on B, its check cached there (a second request reads nothing). */
  async function cachedOnB(personId?: string) {
    const account = await createAccount(t.ownerDb, {
      username: `servers${++serial}`,
      password,
      ...(personId ? { personId } : {}),
    });
    const signed = await signIn(b.app, account.username, password);
    expect(await statusOf(b.app, signed)).toBe(200);
    // The setup's own writes (the person, the role) may reach B's listener only now and drop
    // the check once; what matters is that it is cached once they have been heard.
    const readsNothing = async () => {
      const reads = b.counts.reads;
      expect(await statusOf(b.app, signed)).toBe(200);
      return b.counts.reads === reads;
    };
    expect(await eventually(readsNothing)).toBe(true);
    return { account, signed };
  }

  beforeAll(async () => {
    t = await startTestApp();
    b = await startCountedApp(t.database, { ...t.config, sessionCacheSeconds: 60 });
    raw = new pg.Client({ connectionString: t.database.ownerUrl });
    await raw.connect();
  });
  afterAll(async () => {
    await raw.end();
    await b.close();
    await t.close();
  });

  it('refuses on B a session whose password server A reset', async () => {
    const { account, signed } = await cachedOnB();
    const admin = await createAccount(t.ownerDb, {
      username: `security${serial}`,
      password,
      adminKind: 'security',
    });
    const security = await signIn(t.app, admin.username, password);
    const reset = `/api/v1/security/accounts/${account.id}/reset-password`;
    expect(await statusOf(t.app, security, 'POST', reset)).toBe(200);
    expect(await statusOf(b.app, signed)).toBe(401);
  });

  it('hears that another server disabled the account', async () => {
    const { account, signed } = await cachedOnB();
    await elsewhere(`UPDATE account SET status = 'disabled' WHERE id = $1`, [account.id]);
    expect(await eventually(async () => (await statusOf(b.app, signed)) === 401)).toBe(true);
    const [ended] = await t.ownerDb
      .selectFrom('session')
      .select('end_reason')
      .where('account_id', '=', account.id)
      .execute();
    expect(ended?.end_reason).toBe('account_disabled');
  });

  it('hears that another server ended the session', async () => {
    const { account, signed } = await cachedOnB();
    await elsewhere(
      `UPDATE session SET ended_at = now(), end_reason = 'logout' WHERE account_id = $1`,
      [account.id],
    );
    expect(await eventually(async () => (await statusOf(b.app, signed)) === 401)).toBe(true);
  });

  it('hears that another server took a right away', async () => {
    const person = await buildPerson(t.ownerDb);
    const grants = [{ permission: 'workflow.design', scope: 'all' as const }];
    const role = await buildRole(t.ownerDb, { members: [person.id], grants });
    const { signed } = await cachedOnB(person.id);
    const templates = '/api/v1/workflow/templates';
    expect(await statusOf(b.app, signed, 'GET', templates)).toBe(200);
    await elsewhere(`DELETE FROM role_permission WHERE role_id = $1`, [role.id]);
    const refused = async () => (await statusOf(b.app, signed, 'GET', templates)) === 403;
    expect(await eventually(refused)).toBe(true);
  });

  it('reads from the database while its listener is away, and caches again once back', async () => {
    const { signed } = await cachedOnB();
    await sql`
      SELECT pg_terminate_backend(pid) FROM pg_stat_activity
      WHERE datname = current_database() AND query = 'LISTEN yuanwu_sessions'
    `.execute(t.ownerDb);
    const readsEach = async () => {
      const reads = b.counts.reads;
      expect(await statusOf(b.app, signed)).toBe(200);
      return b.counts.reads > reads;
    };
    expect(await eventually(readsEach)).toBe(true);
    // Back (after a short pause): one read, then memory again.
    expect(await eventually(async () => !(await readsEach()) && !(await readsEach()))).toBe(true);
  });
});
