import { KeyOutlined, TeamOutlined } from '@ant-design/icons';
import { List } from 'antd-mobile';
import dayjs from 'dayjs';
import { useNavigate } from 'react-router';
import { identityOf } from '../../app/identity.ts';
import { useMe } from '../../modules/auth/index.ts';
import { greetingFor, homeMessages } from '../../modules/home/index.ts';
import { mobileMessages as m } from './messages.ts';

/** The phone home: greeting with today's date, shortcuts, the person's details. */
export function MobileHomePage() {
  const me = useMe();
  const navigate = useNavigate();
  const who = identityOf(me);
  const now = dayjs();
  const shortcuts = [
    { key: 'contacts', label: m.contacts, icon: <TeamOutlined />, to: '/contacts' },
    { key: 'password', label: m.changePassword, icon: <KeyOutlined />, to: '/me/password' },
  ];
  return (
    <div className="yw-m-page" data-testid="mobile-home">
      <section className="yw-m-hero">
        <div className="yw-m-hero-date">{now.format(homeMessages.dateFormat)}</div>
        <h2>
          {greetingFor(now.hour())}，{who.name}
        </h2>
        <div className="yw-m-hero-unit">{[who.unit, who.position].filter(Boolean).join(' · ')}</div>
      </section>
      <section className="yw-m-section">
        <div className="yw-m-section-title">{m.shortcuts}</div>
        <div className="yw-m-grid">
          {shortcuts.map((shortcut) => (
            <button
              key={shortcut.key}
              type="button"
              className="yw-m-grid-item"
              onClick={() => void navigate(shortcut.to)}
            >
              <span className="yw-m-grid-icon">{shortcut.icon}</span>
              <span>{shortcut.label}</span>
            </button>
          ))}
        </div>
        <p className="yw-m-soon">{me.adminKind ? m.adminOnDesktop : m.moreSoon}</p>
      </section>
      <List header={m.myInfo} mode="card" className="yw-m-list">
        {me.person && <List.Item extra={me.person.employeeNo}>{m.employeeNo}</List.Item>}
        {me.person && <List.Item extra={me.person.departmentName}>{m.department}</List.Item>}
        {who.position && <List.Item extra={who.position}>{m.position}</List.Item>}
        <List.Item extra={me.username}>{m.account}</List.Item>
      </List>
    </div>
  );
}
