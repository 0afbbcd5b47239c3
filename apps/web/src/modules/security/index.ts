// The security administrator's feature: policy, accounts and role rights (安全管理员).
export { SecurityPolicyScreen } from './components/SecurityPolicyScreen.tsx';
export { AccountsScreen } from './components/AccountsScreen.tsx';
export { RightsScreen } from './components/RightsScreen.tsx';
export { securityMessages } from './messages.ts';
