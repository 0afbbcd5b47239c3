import { BellOutlined, EditOutlined, KeyOutlined, TeamOutlined } from '@ant-design/icons';
import { Badge } from 'antd-mobile';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { identityOf } from '../../app/identity.ts';
import { useMe } from '../../modules/auth/index.ts';
import { greetingFor, homeMessages } from '../../modules/home/index.ts';
import { mobileMessages as m } from './messages.ts';
import { CountsGrid } from './workflow/CountsGrid.tsx';
import { mobileWorkflowMessages as wm } from './workflow/messages.ts';
import './workflow/mobileWorkflow.css';
import { useCounts } from './workflow/queries.ts';
import type { ListKind } from './workflow/types.ts';
import { WorkflowTabs } from './workflow/WorkflowTabs.tsx';

/** The phone's 工作台: greeting, the counts, shortcuts, then 待办/已办/我发起的/抄送我的. */
export function MobileHomePage() {
  const me = useMe();
  const navigate = useNavigate();
  const who = identityOf(me);
  const now = dayjs();
  const notifications = useCounts().data?.notifications ?? 0;
  const [kind, setKind] = useState<ListKind>('todo');
  const shortcuts = [
    {
      key: 'start',
      label: wm.startShortcut,
      icon: <EditOutlined />,
      to: '/workflow/catalogue',
      badge: 0,
    },
    {
      key: 'messages',
      label: wm.messagesShortcut,
      icon: <BellOutlined />,
      to: '/notifications',
      badge: notifications,
    },
    { key: 'contacts', label: m.contacts, icon: <TeamOutlined />, to: '/contacts', badge: 0 },
    {
      key: 'password',
      label: m.changePassword,
      icon: <KeyOutlined />,
      to: '/me/password',
      badge: 0,
    },
  ];
  return (
    <div className="yw-m-page" data-testid="mobile-home">
      <section className="yw-m-hero">
        <div className="yw-m-hero-date">{now.format(homeMessages.dateFormat)}</div>
        <h2>{homeMessages.greet(greetingFor(now.hour()), who.name)}</h2>
        <div className="yw-m-hero-unit">{[who.unit, who.position].filter(Boolean).join(' · ')}</div>
      </section>
      {me.person && <CountsGrid />}
      <section className="yw-m-section">
        <div className="yw-m-grid">
          {shortcuts.map((shortcut) => (
            <button
              key={shortcut.key}
              type="button"
              className="yw-m-grid-item"
              onClick={() => void navigate(shortcut.to)}
            >
              <Badge content={shortcut.badge > 0 ? String(shortcut.badge) : null}>
                <span className="yw-m-grid-icon">{shortcut.icon}</span>
              </Badge>
              <span>{shortcut.label}</span>
            </button>
          ))}
        </div>
        {me.adminKind && <p className="yw-m-soon">{m.adminOnDesktop}</p>}
      </section>
      {me.person && (
        <section className="yw-m-section yw-mw-home-lists">
          <WorkflowTabs kind={kind} onChange={setKind} />
        </section>
      )}
    </div>
  );
}
