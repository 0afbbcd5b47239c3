import type { Value } from './value.ts';

/** What an expression can see when it runs. */
export interface ExpressionScope {
  /** Form values by key; a table is an array of row objects. */
  fields: Record<string, Value>;
  /** The person who started the form, as `initiator.id` and `initiator.dept`. */
  initiator?: { id: string; dept: string | null };
  /** The injected clock's current time. */
  now: Date;
  /** IANA zone for `today()` and `now()`, e.g. `Asia/Shanghai`. */
  timeZone: string;
}

/** The scope without form values: what the form operations add the fields to. */
export type ScopeWithoutFields = Omit<ExpressionScope, 'fields'>;
