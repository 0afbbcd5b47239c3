import { CloseOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';

/** A card of the vertical flow: coloured title bar, one line of summary, hover × to remove. */
export function NodeCard({
  title,
  colour,
  summary,
  empty,
  selected,
  error,
  onClick,
  onRemove,
  className,
  testId,
}: {
  title: ReactNode;
  colour: string;
  summary: ReactNode;
  empty?: boolean;
  selected?: boolean;
  error?: boolean;
  onClick?: () => void;
  onRemove?: () => void;
  className?: string;
  testId?: string;
}) {
  const classes = ['yw-pd-card', className, selected && 'is-selected', error && 'has-error'];
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      onClick={onClick}
      role="button"
      tabIndex={0}
      data-testid={testId}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onClick?.();
      }}
    >
      <div className="yw-pd-card-head" style={{ background: colour }}>
        <span>{title}</span>
        {onRemove && (
          <CloseOutlined
            className="yw-pd-card-remove"
            onClick={(event) => {
              event.stopPropagation();
              onRemove();
            }}
          />
        )}
      </div>
      <div className="yw-pd-card-body">
        <span className={empty ? 'is-empty' : undefined}>{summary}</span>
      </div>
    </div>
  );
}
