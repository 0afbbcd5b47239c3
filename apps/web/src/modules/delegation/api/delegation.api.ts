import { api } from '../../../app/api.ts';
import type { DelegateInput, Delegation } from './types.ts';

/** 授权代理 calls: my delegations, set (replacing), revoke. */
export const delegationApi = {
  mine: () => api.get<{ items: Delegation[] }>('/workflow/delegations'),
  delegate: (input: DelegateInput) =>
    api.post<{ delegation: Delegation }>('/workflow/delegations', input),
  revoke: () => api.post<{ delegation: Delegation }>('/workflow/delegations/revoke', {}),
};
