import { useParams } from 'react-router';
import { PrintScreen } from '../../../modules/form-designer/index.ts';

/** 打印 of one request (`/workflow/instances/:id/print`), on desktop and phone alike. */
export function PrintPage() {
  const { id = '' } = useParams();
  return <PrintScreen instanceId={id} />;
}
