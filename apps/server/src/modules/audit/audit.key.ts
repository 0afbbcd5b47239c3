import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads the audit MAC key from its file outside the repository, creating a
 * random one on first start (SECURITY.md 23). Losing the file makes the old
 * chain unverifiable, so operators back it up with the database.
 */
export async function loadAuditKey(file: string): Promise<Buffer> {
  if (!existsSync(file)) await createKeyFile(file);
  const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  if (key.length < 16) throw new Error(`Audit key file ${file} holds fewer than 16 bytes.`);
  return key;
}

// Servers started together (WORKERS, several app servers) may all find no key: the file
// appears whole or not at all (written aside, then linked into place, which fails if it
// exists), so none reads another's half-written file and all use the first one's key.
async function createKeyFile(file: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  const aside = `${file}.${process.pid}.${randomBytes(6).toString('hex')}`;
  await writeFile(aside, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  try {
    await link(aside, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(aside, { force: true });
  }
}
