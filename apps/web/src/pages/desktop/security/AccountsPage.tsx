import { PageContainer } from '../../../ui/PageContainer.tsx';

/** Placeholder while the screen is written. */
export function AccountsPage() {
  return <PageContainer title="AccountsPage">…</PageContainer>;
}
