import { newId } from '@yuanwu/kernel';
import type { Value } from '@yuanwu/form-engine';

/** The body of each instance action (docs/api-v1.md "Workflow"); `requestId` is added by the client. */
export interface ActionBodies {
  submit: { form?: Record<string, Value> };
  approve: { node?: string; comment?: string; form?: Record<string, Value> };
  reject: { node?: string; comment?: string };
  return: { to?: string; node?: string; comment?: string };
  resubmit: { form?: Record<string, Value>; direct?: boolean };
  withdraw: Record<string, never>;
  transfer: { to: string; node?: string; comment?: string };
  'add-sign': { to: string[]; position: 'before' | 'after'; node?: string; comment?: string };
  urge: Record<string, never>;
  read: Record<string, never>;
  /** The lead's administrator actions (workflow.admin). */
  reassign: { task: string; to: string; comment?: string };
  suspend: Record<string, never>;
  resume: Record<string, never>;
  terminate: { comment?: string };
  jump: { to: string; comment?: string };
}

export type ActionName = keyof ActionBodies;

/** One action as a value, so a single mutation can carry any of them. */
export type ActionRequest = {
  [K in ActionName]: { action: K; body: ActionBodies[K] };
}[ActionName];

/** The body of `PUT /workflow/instances/:id/draft`. */
export interface DraftBody {
  form?: Record<string, Value>;
  title?: string;
}

/**
 * A fresh idempotency key for one click: time-ordered like every record id (UUID v7), so
 * one person's keys sit together in the server's index of them instead of each insert
 * touching a random page of it.
 */
export function newRequestId(): string {
  return newId();
}
