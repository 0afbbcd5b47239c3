import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { firstClosedDirectory, refuseUnreachableCluster } from './embedded.access.ts';

describe('whether the embedded PostgreSQL user can reach its programs and data', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'yuanwu-access-'));
    await chmod(root, 0o755);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('finds the outermost directory others may not pass through', async () => {
    const closed = path.join(root, 'home');
    await mkdir(path.join(closed, 'yuanwu', 'data'), { recursive: true });
    await chmod(closed, 0o700);

    expect(await firstClosedDirectory(path.join(closed, 'yuanwu', 'data'))).toEqual({
      dir: closed,
      mode: '700',
    });
  });

  it('lets a path through when every directory on the way is open, or not there yet', async () => {
    await mkdir(path.join(root, 'opt', 'yuanwu'), { recursive: true });

    expect(await firstClosedDirectory(path.join(root, 'opt', 'yuanwu'))).toBeUndefined();
    expect(await firstClosedDirectory(path.join(root, 'opt', 'new', 'data'))).toBeUndefined();
  });

  it('refuses a data directory under a closed one, saying which and what to do', async () => {
    const closed = path.join(root, 'root');
    await mkdir(path.join(closed, 'yuanwu'), { recursive: true });
    await chmod(closed, 0o700);

    await expect(refuseUnreachableCluster(path.join(closed, 'yuanwu', 'data'))).rejects.toThrow(
      `may not enter ${closed} (mode 700)`,
    );
    await expect(refuseUnreachableCluster(path.join(root, 'data'))).resolves.toBeUndefined();
  });
});
