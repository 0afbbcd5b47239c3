import { useParams } from 'react-router';
import { InstanceScreen } from '../../../modules/workflow/index.ts';

/** `/workflow/instances/:id`: view and handle one request. */
export function InstancePage() {
  const { id = '' } = useParams();
  return <InstanceScreen key={id} id={id} />;
}
