import { useParams } from 'react-router';
import { FormDesignerScreen } from '../../../modules/form-designer/index.ts';

/** 表单设计 of one process (`/workflow/design/:key/form`). */
export function FormDesignerPage() {
  const { key = '' } = useParams();
  return <FormDesignerScreen key={key} processKey={key} />;
}
