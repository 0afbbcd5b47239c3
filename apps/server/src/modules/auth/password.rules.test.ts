import { describe, expect, it } from 'vitest';
import { temporaryPassword } from './password.hashing.ts';
import { charClassCount, passwordProblems } from './password.rules.ts';
import { isCommonPassword } from './password.common.ts';
import { defaultSecurityPolicy, passwordExpiresAt } from './security-policy.ts';

const policy = defaultSecurityPolicy;

describe('the password rules (SECURITY.md 1–3)', () => {
  it('accepts a long enough password of three classes', () => {
    expect(passwordProblems('Harbour-lights7', 'zhangsan', policy)).toEqual([]);
  });

  it('refuses fewer than 8 and more than 64 characters', () => {
    expect(passwordProblems('Ab1!xyz', 'zhangsan', policy)).toEqual([
      expect.stringContaining('8–64'),
    ]);
    expect(passwordProblems(`Ab1!${'x'.repeat(61)}`, 'zhangsan', policy)).toEqual([
      expect.stringContaining('8–64'),
    ]);
    expect(passwordProblems(`Ab1!${'x'.repeat(60)}`, 'zhangsan', policy)).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblems('院务Ab1!wxy', 'zhangsan', policy)).toEqual([]);
  });

  it('needs at least three of the four character classes', () => {
    expect(charClassCount('abcdefgh')).toBe(1);
    expect(charClassCount('Abcdefg1!')).toBe(4);
    expect(passwordProblems('harbourlights77', 'zhangsan', policy)).toEqual([
      expect.stringContaining('至少 3 类'),
    ]);
    expect(
      passwordProblems('harbourlights77', 'zhangsan', { ...policy, minCharClasses: 2 }),
    ).toEqual([]);
  });

  it('refuses a password containing the username, in any case', () => {
    expect(passwordProblems('xxZhangSan-2026', 'zhangsan', policy)).toEqual(['密码不能包含用户名']);
    expect(
      passwordProblems('xxZhangSan-2026', 'zhangsan', { ...policy, forbidUsername: false }),
    ).toEqual([]);
  });

  it('refuses the 10,000 most common passwords, ignoring case', () => {
    expect(isCommonPassword('password1')).toBe(true);
    expect(isCommonPassword('Qwerty123')).toBe(true);
    expect(passwordProblems('P@ssw0rd', 'zhangsan', policy)).toEqual(['密码过于常见，请换一个']);
    expect(passwordProblems('P@ssw0rd', 'zhangsan', { ...policy, forbidCommon: false })).toEqual(
      [],
    );
  });

  it('expires passwords after the policy days, or never with 0', () => {
    const set = new Date('2026-01-01T00:00:00Z');
    expect(passwordExpiresAt(set, policy)?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(passwordExpiresAt(set, { ...policy, expiryDays: 0 })).toBeNull();
  });

  it('makes temporary passwords that satisfy the policy', () => {
    for (let i = 0; i < 200; i++) {
      const password = temporaryPassword(16);
      expect(password).toHaveLength(16);
      expect(charClassCount(password)).toBe(4);
      expect(passwordProblems(password, 'zhangsan', policy)).toEqual([]);
    }
  });
});
