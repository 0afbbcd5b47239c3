/**
 * The one error catalogue. Codes are stable: clients and the conformance
 * runner match on them. HTTP statuses are mapped in one place on the server.
 */
export const errorCodes = [
  'validation',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'suspended',
  'no_route',
  'no_assignee',
  'rate_limited',
  'account_locked',
  'password_change_required',
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one input, named by its path (e.g. `items[1].amount`). */
export interface ErrorDetail {
  path: string;
  message: string;
}

/** An expected failure that the client should see with its code. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** Shorthands so call sites read like the rule they enforce. */
export const fail = {
  validation: (message: string, details: ErrorDetail[] = []) =>
    new AppError('validation', message, details),
  forbidden: (message = '没有权限执行此操作') => new AppError('forbidden', message),
  notFound: (what: string) => new AppError('not_found', `${what}不存在`),
  conflict: (message: string) => new AppError('conflict', message),
};

/** Narrowing helper for catch blocks. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
