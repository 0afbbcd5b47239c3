import { Button, Result } from 'antd';
import { uiMessages } from './messages.ts';

function statusOf(error: unknown): number | null {
  if (typeof error === 'object' && error !== null && 'status' in error) {
    return typeof error.status === 'number' ? error.status : null;
  }
  return null;
}

/** A failed load: the server's message and a retry button. */
export function ErrorState({
  title = uiMessages.loadFailed,
  error,
  onRetry,
}: {
  title?: string;
  error: unknown;
  onRetry?: () => void;
}) {
  const message = error instanceof Error ? error.message : String(error);
  const forbidden = statusOf(error) === 403;
  return (
    <Result
      status={forbidden ? '403' : 'error'}
      title={forbidden ? uiMessages.noAccess : title}
      subTitle={message}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {uiMessages.retry}
          </Button>
        )
      }
    />
  );
}
