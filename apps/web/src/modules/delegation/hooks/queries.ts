import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { delegationApi } from '../api/delegation.api.ts';
import type { DelegateInput } from '../api/types.ts';

const keys = { mine: ['workflow', 'delegations'] as const };

export function useDelegations() {
  return useQuery({ queryKey: keys.mine, queryFn: delegationApi.mine });
}

/** Sets or revokes my delegation; tasks move, so the lists and counts refresh too. */
export function useDelegationChange() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DelegateInput | 'revoke') =>
      input === 'revoke' ? delegationApi.revoke() : delegationApi.delegate(input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['workflow'] }),
  });
}
