import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAuditKey } from './audit.key.ts';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the audit key file', () => {
  // A reader that found the file created but not yet written saw fewer than 16 bytes.
  it('is created once, whole, when many servers start together', async () => {
    for (let round = 0; round < 5; round += 1) {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-key-'));
      dirs.push(dir);
      const file = path.join(dir, 'keys', 'audit.key');
      const keys = await Promise.all(Array.from({ length: 16 }, () => loadAuditKey(file)));
      expect(keys[0]?.length).toBe(32);
      for (const key of keys) expect(key.equals(keys[0]!)).toBe(true);
      expect(await readdir(path.dirname(file))).toEqual(['audit.key']);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await loadAuditKey(file)).equals(keys[0]!)).toBe(true);
    }
  });
});
