import { PageContainer } from '../../../ui/PageContainer.tsx';

/** Placeholder while the screen is written. */
export function SecurityPolicyPage() {
  return <PageContainer title="SecurityPolicyPage">…</PageContainer>;
}
