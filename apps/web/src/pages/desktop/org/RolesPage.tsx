import { PageContainer } from '../../../ui/PageContainer.tsx';

/** Placeholder while the screen is written. */
export function RolesPage() {
  return <PageContainer title="RolesPage">…</PageContainer>;
}
