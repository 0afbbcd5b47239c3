import { useParams } from 'react-router';
import { StartScreen } from '../../../modules/catalogue/index.ts';

/** `/workflow/start/:processKey` (`?draft=`, `?copyOf=`): fill in and submit a request. */
export function StartPage() {
  const { processKey = '' } = useParams();
  return <StartScreen key={processKey} processKey={processKey} />;
}
