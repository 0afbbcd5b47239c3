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

/** A fresh idempotency key for one click; randomUUID needs a secure context, hence the fallback. */
export function newRequestId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    try {
      return crypto.randomUUID();
    } catch {
      // Plain-http origins other than localhost refuse randomUUID.
    }
  }
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
