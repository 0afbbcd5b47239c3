import { isAppError, type ErrorCode, type ErrorDetail } from '@yuanwu/kernel';
import type { ErrorBody } from '@yuanwu/contracts';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ZodError } from 'zod';

/** The one place error codes become HTTP statuses. */
export const httpStatusOf: Record<ErrorCode, number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  password_change_required: 403,
  not_found: 404,
  conflict: 409,
  suspended: 409,
  no_route: 422,
  no_assignee: 422,
  account_locked: 423,
  rate_limited: 429,
  internal: 500,
};

/** Builds the error body every endpoint returns. */
export function errorBody(
  code: ErrorCode,
  message: string,
  details: ErrorDetail[] = [],
): ErrorBody {
  return { error: { code, message, details } };
}

/** Turns `/items/1/amount` into `items[1].amount`, the path style clients see. */
export function toFieldPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number' || /^\d+$/.test(String(segment))) return `${path}[${segment}]`;
    return path ? `${path}.${segment}` : String(segment);
  }, '');
}

function validationDetails(error: FastifyError): ErrorDetail[] {
  if (hasZodFastifySchemaValidationErrors(error)) {
    return error.validation.map((issue) => {
      const segments = issue.instancePath.split('/').filter(Boolean);
      return { path: toFieldPath(segments), message: issue.message ?? '格式不正确' };
    });
  }
  return [];
}

/** Maps any thrown error to the catalogue's body and status, and remembers the code for audit. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  if (isAppError(error)) {
    request.failureCode = error.code;
    return reply
      .status(httpStatusOf[error.code])
      .send(errorBody(error.code, error.message, error.details));
  }
  if (error instanceof ZodError) {
    request.failureCode = 'validation';
    const details = error.issues.map((issue) => ({
      path: toFieldPath(issue.path.filter((p): p is string | number => typeof p !== 'symbol')),
      message: issue.message,
    }));
    return reply.status(400).send(errorBody('validation', '提交的数据不正确', details));
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) {
    request.failureCode = 'validation';
    return reply
      .status(400)
      .send(errorBody('validation', '提交的数据不正确', validationDetails(fastifyError)));
  }
  if (fastifyError.statusCode === 429) {
    request.failureCode = 'rate_limited';
    return reply.status(429).send(errorBody('rate_limited', '请求过于频繁，请稍后再试'));
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    request.failureCode = 'validation';
    return reply
      .status(fastifyError.statusCode)
      .send(errorBody('validation', fastifyError.message || '请求格式不正确'));
  }
  request.failureCode = 'internal';
  request.log.error({ err: error }, 'unhandled error');
  return reply.status(500).send(errorBody('internal', '服务器内部错误，请稍后再试'));
}
