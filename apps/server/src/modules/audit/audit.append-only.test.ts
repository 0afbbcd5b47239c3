import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import type { TestClient } from '../../../test/client.ts';
import { createAdministrators } from '../../../test/factories/accounts.ts';
import { loadAuditKey, verifyAuditChain } from './index.ts';

describe('the audit log is append-only', () => {
  let t: TestApp;
  let auditor: TestClient;
  let admins: Awaited<ReturnType<typeof createAdministrators>>;

  beforeAll(async () => {
    t = await startTestApp();
    admins = await createAdministrators(t.ownerDb);
    auditor = t.client();
    expect((await auditor.login(admins.audit.username, admins.audit.password)).status).toBe(200);
  });
  afterAll(() => t.close());

  const attempts = [
    sql`UPDATE audit_log SET summary = '{"forged": true}'`,
    sql`DELETE FROM audit_log`,
    sql`TRUNCATE audit_log`,
  ];

  it('refuses UPDATE, DELETE and TRUNCATE to the application role (no privilege)', async () => {
    for (const attempt of attempts) {
      await expect(attempt.execute(t.db)).rejects.toMatchObject({
        code: '42501',
        message: expect.stringMatching(/permission denied for table audit_log/),
      });
    }
  });

  it('refuses them to the owner too (trigger)', async () => {
    for (const attempt of attempts) {
      await expect(attempt.execute(t.ownerDb)).rejects.toMatchObject({
        code: '42501',
        message: 'audit_log is append-only',
      });
    }
    const rows = await t.ownerDb.selectFrom('audit_log').select('summary').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => JSON.stringify(row.summary).includes('forged'))).toBe(false);
  });

  it('lets the application role only read and append', async () => {
    const grants = await sql<{ privilege_type: string }>`
      SELECT privilege_type FROM information_schema.role_table_grants
      WHERE table_name = 'audit_log' AND grantee = 'yuanwu_app' ORDER BY privilege_type`.execute(
      t.ownerDb,
    );
    const privileges = grants.rows.map((row) => row.privilege_type);
    expect(privileges).toEqual(expect.arrayContaining(['INSERT', 'SELECT']));
    for (const refused of ['UPDATE', 'DELETE', 'TRUNCATE'])
      expect(privileges).not.toContain(refused);
  });

  it('keeps one intact chain under 20 parallel audited writes', async () => {
    const system = t.client();
    await system.login(admins.system.username, admins.system.password);
    const key = await loadAuditKey(t.config.auditKeyFile);
    const before = await verifyAuditChain(t.db, key);
    expect(before.intact).toBe(true);
    // Half are recorded by the handler in its transaction, half by the hook on its own.
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0 ? auditor.post('/api/v1/audit/verify') : system.post('/api/v1/audit/verify'),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([
      ...Array<number>(10).fill(200),
      ...Array<number>(10).fill(403),
    ]);
    const after = await verifyAuditChain(t.db, key);
    expect(after).toEqual({ intact: true, entries: before.entries + 20 });
    const seqs = await t.ownerDb.selectFrom('audit_log').select('seq').orderBy('seq').execute();
    expect(new Set(seqs.map((row) => row.seq)).size).toBe(seqs.length);
  });
});
