import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Reads the audit MAC key from its file outside the repository, creating a
 * random one on first start (SECURITY.md 23). Losing the file makes the old
 * chain unverifiable, so operators back it up with the database.
 */
export async function loadAuditKey(file: string): Promise<Buffer> {
  if (!existsSync(file)) {
    await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' }).catch(
      (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      },
    );
  }
  const key = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  if (key.length < 16) throw new Error(`Audit key file ${file} holds fewer than 16 bytes.`);
  return key;
}
