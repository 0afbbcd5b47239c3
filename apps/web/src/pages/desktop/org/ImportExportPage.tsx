import { PageContainer } from '../../../ui/PageContainer.tsx';

/** Placeholder while the screen is written. */
export function ImportExportPage() {
  return <PageContainer title="ImportExportPage">…</PageContainer>;
}
