import { PageContainer } from '../../../ui/PageContainer.tsx';

/** Placeholder while the screen is written. */
export function RightsPage() {
  return <PageContainer title="RightsPage">…</PageContainer>;
}
