/** One delegation (授权代理) as `GET /workflow/delegations` shows it: shared with the server. */
export type { Delegation } from '@yuanwu/contracts';

/** `POST /workflow/delegations`: replaces my earlier delegation. */
export interface DelegateInput {
  to: string;
  processKeys?: string[];
  from?: string;
  until?: string;
}
