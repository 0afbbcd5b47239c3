import { PageContainer } from '../../../ui/PageContainer.tsx';

/** Placeholder while the screen is written. */
export function LoginLogPage() {
  return <PageContainer title="LoginLogPage">…</PageContainer>;
}
