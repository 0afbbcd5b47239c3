import { useParams, useSearchParams } from 'react-router';
import { DesignerScreen } from '../../../modules/process-designer/index.ts';

/** 流程设计器 for `/workflow/design/:key` (`?name=` names a process that is new). */
export function ProcessDesignerPage() {
  const { key = '' } = useParams();
  const [search] = useSearchParams();
  return (
    <DesignerScreen
      key={key}
      processKey={key}
      newName={search.get('name')}
      categoryId={search.get('categoryId') ?? undefined}
    />
  );
}
