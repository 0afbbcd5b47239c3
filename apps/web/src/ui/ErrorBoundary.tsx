import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { uiMessages } from './messages.ts';

interface State {
  error: Error | null;
}

/**
 * Catches a screen that failed to render or whose code could not be loaded (a new
 * version was deployed meanwhile, say) and offers a reload instead of a blank page.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; resetKey?: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey?: string }): void {
    // Navigating elsewhere gives the next screen a fresh chance.
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <Result
        status="warning"
        title={uiMessages.crashed}
        subTitle={uiMessages.crashedHint}
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            {uiMessages.reload}
          </Button>
        }
      />
    );
  }
}
