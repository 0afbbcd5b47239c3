import { isCommonPassword } from './password.common.ts';
import type { SecurityPolicy } from './security-policy.ts';

const classTests: readonly RegExp[] = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** How many of the four classes (upper, lower, digit, symbol) the password uses. */
export function charClassCount(password: string): number {
  return classTests.filter((test) => test.test(password)).length;
}

/**
 * Every rule of the policy the password breaks, as messages for the user
 * (SECURITY.md 1–2). Reuse of earlier passwords needs their hashes and is
 * checked by the service.
 */
export function passwordProblems(
  password: string,
  username: string,
  policy: SecurityPolicy,
): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < policy.minLength || length > policy.maxLength) {
    problems.push(`密码长度须为 ${policy.minLength}–${policy.maxLength} 个字符`);
  }
  if (charClassCount(password) < policy.minCharClasses) {
    problems.push(`密码须包含大写字母、小写字母、数字、符号中的至少 ${policy.minCharClasses} 类`);
  }
  const name = username.trim().toLowerCase();
  if (policy.forbidUsername && name && password.toLowerCase().includes(name)) {
    problems.push('密码不能包含用户名');
  }
  if (policy.forbidCommon && isCommonPassword(password)) {
    problems.push('密码过于常见，请换一个');
  }
  return problems;
}
