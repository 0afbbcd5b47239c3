import { DelegationScreen } from '../../../modules/delegation/index.ts';

/** 授权代理: every signed-in person with a person record. */
export function DelegationPage() {
  return <DelegationScreen />;
}
