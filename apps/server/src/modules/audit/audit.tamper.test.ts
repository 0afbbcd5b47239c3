import { newId } from '@yuanwu/kernel';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { runCommand } from '../../../test/commands.ts';
import { createAdministrators } from '../../../test/factories/accounts.ts';
import { loadAuditKey, verifyAuditChain } from './index.ts';

describe('tampering with the audit log', () => {
  let t: TestApp | null = null;
  afterEach(async () => {
    await t?.close();
    t = null;
  });

  /** A fresh app whose chain holds entries written through the API. */
  async function appWithHistory() {
    t = await startTestApp();
    const admins = await createAdministrators(t.ownerDb);
    const auditor = t.client();
    await auditor.login(admins.audit.username, admins.audit.password);
    await t.client().login(admins.system.username, 'not-the-password');
    const security = t.client();
    await security.login(admins.security.username, admins.security.password);
    await security.post('/api/v1/audit/verify'); // refused: a failure entry
    for (let i = 0; i < 3; i++)
      expect((await auditor.post('/api/v1/audit/verify')).status).toBe(200);
    const all = await t.ownerDb.selectFrom('audit_log').select('seq').execute();
    expect(all.length).toBeGreaterThanOrEqual(7);
    return Object.assign(t, { auditor });
  }

  /** What a DBA with the owner role could do: lift the trigger for a moment. */
  async function asOwnerWithoutTrigger(app: TestApp, change: ReturnType<typeof sql>) {
    await app.ownerDb.transaction().execute(async (trx) => {
      await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`.execute(trx);
      await change.execute(trx);
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update`.execute(trx);
    });
  }

  const entryAt = (app: TestApp, position: number) =>
    app.ownerDb
      .selectFrom('audit_log')
      .select(['seq', 'id'])
      .orderBy('seq')
      .offset(position)
      .limit(1)
      .executeTakeFirstOrThrow();

  const verifyCommand = (app: TestApp) =>
    runCommand('npm', ['run', '-s', 'audit:verify'], {
      DATABASE_URL: app.database.appUrl,
      AUDIT_KEY_FILE: app.config.auditKeyFile,
    });

  it('finds an altered summary and names exactly that entry', { timeout: 120_000 }, async () => {
    const app = await appWithHistory();
    const key = await loadAuditKey(app.config.auditKeyFile);
    expect((await verifyAuditChain(app.db, key)).intact).toBe(true);
    const intact = await verifyCommand(app);
    expect(intact.code).toBe(0);
    expect(intact.stdout).toMatch(/^Audit chain intact: \d+ entries verified\.\n$/);
    const target = await entryAt(app, 4);
    await asOwnerWithoutTrigger(
      app,
      sql`UPDATE audit_log SET summary = '{"operation": "nothing to see"}' WHERE seq = ${target.seq}`,
    );
    // The trigger is back: the owner is refused again.
    await expect(sql`DELETE FROM audit_log`.execute(app.ownerDb)).rejects.toThrow(/append-only/);

    const verdict = await verifyAuditChain(app.db, key);
    expect(verdict).toEqual({
      intact: false,
      entries: 4,
      brokenAt: {
        seq: Number(target.seq),
        id: target.id,
        reason: expect.stringMatching(/altered/),
      },
    });
    const command = await verifyCommand(app);
    expect(command.code).toBe(1);
    expect(command.stdout).toContain(`BROKEN at entry seq=${target.seq} id=${target.id}:`);
    expect(command.stdout).toContain('altered');

    expect((await app.auditor.post('/api/v1/audit/verify')).body).toEqual({
      intact: false,
      entries: 4,
      brokenAt: { seq: Number(target.seq), id: target.id, reason: expect.any(String) },
    });
  });

  it('finds a deleted entry at the one that followed it', async () => {
    const app = await appWithHistory();
    const removed = await entryAt(app, 3);
    const follower = await entryAt(app, 4);
    await asOwnerWithoutTrigger(app, sql`DELETE FROM audit_log WHERE seq = ${removed.seq}`);
    const verdict = await verifyAuditChain(app.db, await loadAuditKey(app.config.auditKeyFile));
    expect(verdict).toEqual({
      intact: false,
      entries: 3,
      brokenAt: {
        seq: Number(follower.seq),
        id: follower.id,
        reason: expect.stringMatching(/removed or reordered/),
      },
    });
    expect((await app.auditor.post('/api/v1/audit/verify')).body.brokenAt).toMatchObject({
      seq: Number(follower.seq),
      id: follower.id,
    });
  });

  it('finds a forged entry appended without the key', async () => {
    const app = await appWithHistory();
    const head = await app.db
      .selectFrom('audit_log')
      .select('mac')
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    const forgedId = newId();
    // The application role may append, but cannot compute a valid MAC.
    await app.db
      .insertInto('audit_log')
      .values({
        id: forgedId,
        at: new Date(),
        actor_account_id: null,
        action: 'security.policy.update',
        target_type: null,
        target_id: null,
        result: 'success',
        error_code: null,
        summary: '{}',
        prev_mac: head.mac,
        mac: 'f'.repeat(64),
      })
      .execute();
    const verdict = await verifyAuditChain(app.db, await loadAuditKey(app.config.auditKeyFile));
    expect(verdict.intact).toBe(false);
    expect(!verdict.intact && verdict.brokenAt.id).toBe(forgedId);
  });
});
