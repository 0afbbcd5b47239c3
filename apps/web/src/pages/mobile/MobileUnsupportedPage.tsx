import { Button, ErrorBlock } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { mobileMessages as m } from './messages.ts';

/** Desktop-only screens opened on a phone. */
export function MobileUnsupportedPage() {
  const navigate = useNavigate();
  return (
    <div className="yw-m-page yw-m-center">
      <ErrorBlock status="default" title={m.desktopOnly} description={m.desktopOnlyHint}>
        <Button color="primary" onClick={() => void navigate('/', { replace: true })}>
          {m.backHome}
        </Button>
      </ErrorBlock>
    </div>
  );
}
