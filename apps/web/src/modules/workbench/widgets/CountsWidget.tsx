import { CheckSquareOutlined, CopyOutlined, FormOutlined, SyncOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useLiveCounts } from '../../notifications/index.ts';
import { workbenchMessages as m } from '../messages.ts';
import { WidgetCard } from './WidgetCard.tsx';

interface Tile {
  key: keyof typeof m.counts;
  to: string;
  icon: ReactNode;
  tone: string;
}

const tiles: Tile[] = [
  { key: 'todo', to: '/workflow/list/todo', icon: <CheckSquareOutlined />, tone: 'blue' },
  { key: 'ccUnread', to: '/workflow/list/cc', icon: <CopyOutlined />, tone: 'teal' },
  { key: 'drafts', to: '/workflow/list/drafts', icon: <FormOutlined />, tone: 'amber' },
  { key: 'running', to: '/workflow/list/started', icon: <SyncOutlined />, tone: 'violet' },
];

/** 待办 / 抄送未读 / 草稿 / 进行中 as four tiles, refreshed live on `counts` events. */
export function CountsWidget() {
  const counts = useLiveCounts();
  return (
    <WidgetCard widget="counts" loading={counts.isLoading} failed={counts.isError}>
      <div className="yw-count-grid">
        {tiles.map((tile) => (
          <Link
            key={tile.key}
            to={tile.to}
            className={`yw-count-tile yw-tone-${tile.tone}`}
            data-testid={`count-${tile.key}`}
          >
            <span className="yw-count-icon">{tile.icon}</span>
            <span className="yw-count-text">
              <span className="yw-count-value">{counts.data?.[tile.key] ?? 0}</span>
              <span className="yw-count-label">{m.counts[tile.key]}</span>
            </span>
          </Link>
        ))}
      </div>
    </WidgetCard>
  );
}
