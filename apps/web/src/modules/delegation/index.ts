// 授权代理: delegate my future tasks to a colleague, revoke, see what was handled as a delegate.
export type { Delegation, DelegateInput } from './api/types.ts';
export { delegationApi } from './api/delegation.api.ts';
export { DelegationScreen } from './components/DelegationScreen.tsx';
export { delegationMessages } from './messages.ts';
