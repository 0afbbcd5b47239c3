import { newId, systemClock } from '@yuanwu/kernel';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { inTransaction } from '../../db/transaction.ts';
import { createAuditRecorder, loadAuditKey, verifyAuditChain } from './index.ts';

describe('sealing waiting audit entries into the chain', () => {
  let t: TestApp;
  let key: Buffer;
  const actor = {
    accountId: null,
    username: 'u',
    name: '用户',
    ip: '',
    userAgent: '',
    requestId: '',
  };

  beforeAll(async () => {
    t = await startTestApp();
    key = await loadAuditKey(t.config.auditKeyFile);
  });
  afterAll(() => t.close());

  const pendingCount = async () =>
    Number(
      (
        await t.ownerDb
          .selectFrom('audit_pending')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('chains every waiting entry exactly once when two servers seal at the same time', async () => {
    const servers = [0, 1].map(() => createAuditRecorder(t.db, key, systemClock));
    const before = await verifyAuditChain(t.db, key);
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        inTransaction(t.db, (trx) =>
          servers[i % 2]!.record(trx, { ...actor, requestId: `req-${i}` }, { action: 'probe' }),
        ),
      ),
    );
    // The app's own periodic sealer may take some of them too: a third server.
    await Promise.all([servers[0]!.seal(), servers[1]!.seal(), servers[0]!.seal()]);
    expect(await pendingCount()).toBe(0);
    const probes = await t.ownerDb
      .selectFrom('audit_log')
      .select('request_id')
      .where('action', '=', 'probe')
      .execute();
    expect(probes.map((row) => row.request_id).sort()).toEqual(
      Array.from({ length: 40 }, (_, i) => `req-${i}`).sort(),
    );
    const after = await verifyAuditChain(t.db, key);
    expect(after.intact).toBe(true);
    expect(after.entries).toBeGreaterThanOrEqual(before.entries + 40);
  });

  it('chains an entry appended without the key as a rejected forgery, not as itself', async () => {
    const forgedId = newId();
    // The application role may append a waiting entry, but cannot compute its MAC.
    await t.db
      .insertInto('audit_pending')
      .values({
        id: forgedId,
        at: new Date(),
        actor_account_id: null,
        actor_username: 'secadmin',
        actor_name: '安全管理员',
        ip: '',
        user_agent: '',
        request_id: 'forged',
        action: 'security.policy.update',
        target_type: null,
        target_id: null,
        result: 'success',
        error_code: null,
        summary: '{}',
        mac: 'f'.repeat(64),
      })
      .execute();
    await t.app.deps.audit.seal();
    const chained = await t.ownerDb
      .selectFrom('audit_log')
      .selectAll()
      .where('request_id', '=', 'forged')
      .execute();
    expect(chained).toEqual([
      expect.objectContaining({
        action: 'audit.pending.rejected',
        result: 'failure',
        error_code: 'bad_mac',
        target_id: forgedId,
        summary: expect.objectContaining({
          entry: expect.objectContaining({ action: 'security.policy.update' }),
        }),
      }),
    ]);
    expect((await verifyAuditChain(t.db, key)).intact).toBe(true);
  });

  it('refuses changes to waiting entries, to the application role and the owner', async () => {
    const update = sql`UPDATE audit_pending SET action = 'forged'`;
    await expect(update.execute(t.db)).rejects.toMatchObject({ code: '42501' });
    // In one transaction, so no sealer can move the entry before the owner tries.
    await expect(
      t.ownerDb.transaction().execute(async (trx) => {
        await t.app.deps.audit.record(trx, actor, { action: 'wait' });
        await update.execute(trx);
      }),
    ).rejects.toMatchObject({ code: '42501', message: 'audit_pending rows cannot be changed' });
  });
});
