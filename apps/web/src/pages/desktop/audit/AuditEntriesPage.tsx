import { PageContainer } from '../../../ui/PageContainer.tsx';

/** Placeholder while the screen is written. */
export function AuditEntriesPage() {
  return <PageContainer title="AuditEntriesPage">…</PageContainer>;
}
