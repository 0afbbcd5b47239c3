import { useNavigate } from 'react-router';
import { mobileWorkflowMessages as m } from './messages.ts';
import { useCounts } from './queries.ts';
import type { Counts } from './types.ts';

const cells: { key: keyof typeof m.counts; to: string }[] = [
  { key: 'todo', to: '/workflow/list/todo' },
  { key: 'ccUnread', to: '/workflow/list/cc' },
  { key: 'running', to: '/workflow/list/started' },
  { key: 'drafts', to: '/workflow/list/drafts' },
];

/** The four numbers of the workbench; each opens its list. */
export function CountsGrid() {
  const navigate = useNavigate();
  const counts: Partial<Counts> = useCounts().data ?? {};
  return (
    <section className="yw-mw-counts" data-testid="mobile-counts">
      {cells.map((cell) => (
        <button
          key={cell.key}
          type="button"
          className={`yw-mw-count${cell.key === 'todo' && (counts.todo ?? 0) > 0 ? ' is-hot' : ''}`}
          onClick={() => void navigate(cell.to)}
        >
          <span className="yw-mw-count-value">{counts[cell.key] ?? '–'}</span>
          <span className="yw-mw-count-label">{m.counts[cell.key]}</span>
        </button>
      ))}
    </section>
  );
}
