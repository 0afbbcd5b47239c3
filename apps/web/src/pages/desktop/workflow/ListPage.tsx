import { Navigate, useParams } from 'react-router';
import { listKinds, ListScreen } from '../../../modules/workflow/index.ts';

/** `/workflow/list/:kind`: 待办, 已办, 我发起的, 抄送我的, 草稿. */
export function ListPage() {
  const { kind } = useParams();
  const known = listKinds.find((k) => k === kind);
  if (!known) return <Navigate to="/workflow/list/todo" replace />;
  return <ListScreen kind={known} />;
}
