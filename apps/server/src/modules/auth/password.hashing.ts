import { randomBytes, randomInt } from 'node:crypto';
import { argon2id, hash, needsRehash, verify } from 'argon2';

/** argon2id parameters (memory in KiB). */
export interface PasswordHashCost {
  memoryCost: number;
  timeCost: number;
  parallelism: number;
}

/** OWASP's argon2id recommendation: 19 MiB, 2 passes, 1 lane (SECURITY.md 8). */
export const productionHashCost: PasswordHashCost = {
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

/** Cheap enough that tests hash hundreds of passwords quickly; never used in production. */
export const testHashCost: PasswordHashCost = { memoryCost: 1024, timeCost: 1, parallelism: 1 };

/** The cost for this server: low only in test mode. */
export function hashCostFor(config: { testMode: boolean }): PasswordHashCost {
  return config.testMode ? testHashCost : productionHashCost;
}

/** Hashes a password with argon2id. */
export function hashPassword(
  password: string,
  cost: PasswordHashCost = productionHashCost,
): Promise<string> {
  return hash(password, { type: argon2id, ...cost });
}

const unusablePrefix = '!unusable:';

/** A stored value no password matches: the account must have its password reset first. */
export function unusablePasswordHash(): string {
  return `${unusablePrefix}${randomBytes(16).toString('hex')}`;
}

/** Hashes, verifies and spends the same time on unknown accounts. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password or an unusable hash. */
  verify(storedHash: string, password: string): Promise<boolean>;
  /** True when the stored hash was made with a weaker cost than the current one. */
  needsRehash(storedHash: string): boolean;
  /** Does the work of one verification, so an unknown username takes as long as a known one. */
  spendVerifyTime(password: string): Promise<void>;
}

/** The hasher for a given cost; the dummy hash is made once, lazily. */
export function createPasswordHasher(cost: PasswordHashCost): PasswordHasher {
  let dummy: Promise<string> | null = null;
  const dummyHash = () => (dummy ??= hashPassword(randomBytes(16).toString('hex'), cost));
  const hasher: PasswordHasher = {
    hash: (password) => hashPassword(password, cost),
    async verify(storedHash, password) {
      if (!storedHash.startsWith('$argon2')) {
        await hasher.spendVerifyTime(password);
        return false;
      }
      return verify(storedHash, password);
    },
    needsRehash: (storedHash) => storedHash.startsWith('$argon2') && needsRehash(storedHash, cost),
    async spendVerifyTime(password) {
      await verify(await dummyHash(), password);
    },
  };
  return hasher;
}

const alphabet = {
  upper: 'ABCDEFGHJKLMNPQRSTUVWXYZ',
  lower: 'abcdefghijkmnpqrstuvwxyz',
  digit: '23456789',
  symbol: '@#$%&*+=?',
};

/**
 * A random temporary password with every character class, without look-alike
 * characters (0/O, 1/l/I), of the given length (at least 8).
 */
export function temporaryPassword(length = 16): string {
  const size = Math.max(8, length);
  const all = Object.values(alphabet).join('');
  const chars = Object.values(alphabet).map((set) => set[randomInt(set.length)] ?? 'x');
  while (chars.length < size) chars.push(all[randomInt(all.length)] ?? 'x');
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] ?? 'x', chars[i] ?? 'x'];
  }
  return chars.join('');
}
