import commonPasswordList from './common-passwords.json' with { type: 'json' };

// Shipped with the module (no download at run time); see the file's `source` for provenance.
const commonPasswords: ReadonlySet<string> = new Set(commonPasswordList.passwords);

/** True when the password, ignoring case, is among the 10,000 most common (SECURITY.md 2). */
export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.toLowerCase());
}
