import { randomInt } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const letters = 'abcdefghjkmnpqrstuvwxyz';

/** A fresh initial password that meets the default policy (4 character classes, 14 long). */
export function generateDemoPassword(): string {
  const pick = (alphabet: string, count: number) =>
    Array.from({ length: count }, () => alphabet[randomInt(alphabet.length)]).join('');
  return `Yw-${pick(letters, 6)}${pick('0123456789', 4)}${pick('ABCDEFGHJKMNPQRSTUVWXYZ', 1)}`;
}

/** Where the demo's initial password is kept for the operator (readable by root only). */
export function demoLoginFile(dataDir: string): string {
  return path.join(dataDir, 'demo-login.txt');
}

/** The demo password from DEMO_PASSWORD, the file of an earlier start, or a new random one. */
export async function demoPassword(
  dataDir: string,
  fromEnvironment: string | undefined,
): Promise<string> {
  if (fromEnvironment) return fromEnvironment;
  const file = demoLoginFile(dataDir);
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = generateDemoPassword();
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}
