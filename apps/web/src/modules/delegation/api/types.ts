/** One delegation (授权代理) as `GET /workflow/delegations` shows it. */
export interface Delegation {
  id: string;
  delegatorId: string;
  delegateId: string;
  /** Present once the server names the delegate; older servers send only the id. */
  delegateName?: string | null;
  /** null: every process. */
  processKeys: string[] | null;
  from: string;
  until: string | null;
  createdAt: string;
  revokedAt: string | null;
  endedAt: string | null;
  active: boolean;
}

/** `POST /workflow/delegations`: replaces my earlier delegation. */
export interface DelegateInput {
  to: string;
  processKeys?: string[];
  from?: string;
  until?: string;
}
