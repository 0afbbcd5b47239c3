import {
  BarChartOutlined,
  BellOutlined,
  CheckCircleOutlined,
  CheckSquareOutlined,
  FundViewOutlined,
  PlusCircleOutlined,
  SendOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../auth/index.ts';
import { workbenchMessages as m } from '../messages.ts';
import { WidgetCard } from './WidgetCard.tsx';

interface Shortcut {
  key: keyof typeof m.shortcuts;
  to: string;
  icon: ReactNode;
  permission: string | null;
}

const shortcuts: Shortcut[] = [
  {
    key: 'catalogue',
    to: '/workflow/catalogue',
    icon: <PlusCircleOutlined />,
    permission: 'workflow.start',
  },
  { key: 'todo', to: '/workflow/list/todo', icon: <CheckSquareOutlined />, permission: null },
  { key: 'done', to: '/workflow/list/done', icon: <CheckCircleOutlined />, permission: null },
  { key: 'started', to: '/workflow/list/started', icon: <SendOutlined />, permission: null },
  { key: 'notifications', to: '/notifications', icon: <BellOutlined />, permission: null },
  { key: 'delegation', to: '/account/delegation', icon: <UserSwitchOutlined />, permission: null },
  {
    key: 'monitor',
    to: '/workflow/admin/monitor',
    icon: <FundViewOutlined />,
    permission: 'workflow.admin',
  },
  {
    key: 'statistics',
    to: '/workflow/admin/statistics',
    icon: <BarChartOutlined />,
    permission: 'workflow.admin',
  },
];

/** 快捷入口: the everyday screens, those I have the right for. */
export function ShortcutsWidget() {
  const can = useCan();
  const visible = shortcuts.filter((entry) => entry.permission === null || can(entry.permission));
  return (
    <WidgetCard widget="shortcuts">
      <div className="yw-shortcut-grid">
        {visible.map((entry) => (
          <Link key={entry.key} to={entry.to} className="yw-shortcut">
            <span className="yw-shortcut-icon">{entry.icon}</span>
            <span>{m.shortcuts[entry.key]}</span>
          </Link>
        ))}
      </div>
    </WidgetCard>
  );
}
