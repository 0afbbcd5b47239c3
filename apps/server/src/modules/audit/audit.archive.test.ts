import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { newId, type AdjustableClock } from '@yuanwu/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/app.ts';
import { runCommand } from '../../../test/commands.ts';
import { chainMac, genesisMac } from './audit.chain.ts';
import type { ArchiveManifest } from './index.ts';
import { loadAuditKey, verifyAuditChain } from './index.ts';

describe('npm run audit:archive', () => {
  let t: TestApp;
  let dir: string;
  let cutoff: Date;
  let out: string;
  const day = 86_400_000;

  const archive = (...args: string[]) =>
    runCommand('npm', ['run', '-s', 'audit:archive', '--', ...args], {
      DATABASE_URL: t.database.appUrl,
      AUDIT_KEY_FILE: t.config.auditKeyFile,
    });
  const record = (action: string) =>
    t.app.deps.audit.recordAlone(
      { accountId: null, username: 'u', name: '用户', ip: '', userAgent: '', requestId: newId() },
      { action, summary: { note: `第 ${action} 条`, nested: { b: 1, a: [1, 'x'] } } },
    );

  beforeAll(async () => {
    t = await startTestApp();
    dir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-archive-'));
    out = path.join(dir, 'audit-old.jsonl');
    for (let i = 1; i <= 5; i++) await record(`old.${i}`);
    // Two hundred days later, more entries: the archive takes only the old ones.
    cutoff = (t.app.clock as AdjustableClock).advance(100 * day);
    (t.app.clock as AdjustableClock).advance(100 * day);
    for (let i = 1; i <= 3; i++) await record(`new.${i}`);
  });
  afterAll(() => t.close());

  it('copies the entries before the date with their MACs, and a manifest', async () => {
    const stored = await t.ownerDb.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    const run = await archive('--before', cutoff.toISOString(), '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Archived 5 audit entries');

    const text = await readFile(out, 'utf8');
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => line.action)).toEqual(['old.1', 'old.2', 'old.3', 'old.4', 'old.5']);
    // Anyone holding the key can re-check the copy off the machine.
    const key = await loadAuditKey(t.config.auditKeyFile);
    let prevMac = genesisMac;
    for (const { seq: _seq, prevMac: linked, mac, ...content } of lines) {
      expect(linked).toBe(prevMac);
      expect(chainMac(key, linked, { ...content, at: new Date(content.at) })).toBe(mac);
      prevMac = mac;
    }

    const manifest = JSON.parse(await readFile(`${out}.manifest.json`, 'utf8')) as ArchiveManifest;
    const head = stored.at(-1)!;
    expect(manifest).toEqual({
      format: 'yuanwu-audit-archive/1',
      createdAt: expect.any(String),
      before: cutoff.toISOString(),
      file: 'audit-old.jsonl',
      sha256: createHash('sha256').update(text).digest('hex'),
      entries: 5,
      firstSeq: Number(stored[0]!.seq),
      lastSeq: Number(stored[4]!.seq),
      lastMac: stored[4]!.mac,
      chainHead: { seq: Number(head.seq), id: head.id, at: head.at.toISOString(), mac: head.mac },
      intact: true,
    });
  }, 120_000);

  it('deletes nothing, records the archive, and keeps the chain intact', async () => {
    const rows = await t.ownerDb.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    expect(rows.map((row) => row.action)).toEqual([
      'old.1',
      'old.2',
      'old.3',
      'old.4',
      'old.5',
      'new.1',
      'new.2',
      'new.3',
      'audit.archive',
    ]);
    expect(rows.at(-1)).toMatchObject({
      actor_username: expect.stringMatching(/^cli:/),
      target_type: 'audit_log',
      summary: expect.objectContaining({ file: 'audit-old.jsonl', entries: 5, intact: true }),
    });
    const key = await loadAuditKey(t.config.auditKeyFile);
    expect(await verifyAuditChain(t.db, key)).toEqual({ intact: true, entries: 9 });
  });

  it('never overwrites an archive', async () => {
    const again = await archive('--before', cutoff.toISOString(), '--out', out);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    expect((await readFile(out, 'utf8')).trim().split('\n')).toHaveLength(5);
  }, 120_000);

  it('refuses an unreadable date with usage', async () => {
    const bad = await archive('--before', '2026-02-30', '--out', path.join(dir, 'y.jsonl'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--before "2026-02-30" is neither');
    expect(bad.stderr).toContain('Usage: npm run audit:archive');
  }, 120_000);
});
