import { AppError, err, ok, type ErrorDetail, type Result } from '@yuanwu/kernel';
import type { z } from 'zod';
import { checkDefinition } from './check-definition.ts';
import { processDefinition, type ProcessDefinition } from './definition.ts';

/** `['nodes', 2, 'assignee']` → `nodes[2].assignee`, the path style of every error detail. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Turns zod issues into error details. */
export function zodDetails(error: z.ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/**
 * Reads a definition in the interchange format (import or deploy): its shape, then
 * every rule of `checkDefinition`. Fails with `validation` naming each problem.
 */
export function parseProcessDefinition(input: unknown): Result<ProcessDefinition, AppError> {
  const parsed = processDefinition.safeParse(input);
  if (!parsed.success) {
    return err(new AppError('validation', '流程定义格式不正确', zodDetails(parsed.error)));
  }
  const details = checkDefinition(parsed.data);
  if (details.length > 0) return err(new AppError('validation', '流程定义不正确', details));
  return ok(parsed.data);
}
