import { TabBar } from 'antd-mobile';
import { AppstoreOutlined, FormOutlined, TeamOutlined, UserOutlined } from '@ant-design/icons';
import { Suspense } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { BrandMark } from '../../ui/BrandMark.tsx';
import { ErrorBoundary } from '../../ui/ErrorBoundary.tsx';
import { FullPageSpinner } from '../../ui/FullPageSpinner.tsx';
import { mobileMessages as m } from './messages.ts';
import { useCounts } from './workflow/queries.ts';

const tabs = [
  { key: '/', title: m.tabs.home, icon: <AppstoreOutlined /> },
  { key: '/workflow/catalogue', title: m.tabs.start, icon: <FormOutlined /> },
  { key: '/contacts', title: m.tabs.contacts, icon: <TeamOutlined /> },
  { key: '/me', title: m.tabs.me, icon: <UserOutlined /> },
];

// The lists belong to 工作台; anything else under a tab's path belongs to that tab.
function activeTab(pathname: string): string {
  return tabs.find((tab) => tab.key !== '/' && pathname.startsWith(tab.key))?.key ?? '/';
}

/*
 * Tablets: checked at 820×1180 (e2e/mobile-workflow.e2e.ts). Above 768 px the desktop layout,
 * with its sider folded to icons, uses the width for two-column cards and tables, so tablets
 * get the desktop app; this shell stays for phones (≤ 768 px, useIsMobile).
 */
/** The phone shell: a slim header, the page, and the tab bar 工作台 / 发起 / 通讯录 / 我的. */
export function MobileShell() {
  const location = useLocation();
  const navigate = useNavigate();
  const todo = useCounts().data?.todo ?? 0;
  const active = activeTab(location.pathname);
  const title = tabs.find((tab) => tab.key === active)?.title;
  return (
    <div className="yw-m-shell">
      <header className="yw-m-header">
        {location.pathname === '/' ? (
          <span className="yw-m-brand">
            <BrandMark size={24} />
            <span>{m.brand}</span>
          </span>
        ) : (
          <span className="yw-m-title">{title}</span>
        )}
      </header>
      <main className="yw-m-body">
        <ErrorBoundary resetKey={location.pathname}>
          <Suspense fallback={<FullPageSpinner />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      <nav className="yw-m-tabbar">
        <TabBar activeKey={active} onChange={(key) => void navigate(key)} safeArea>
          {tabs.map((tab) => (
            <TabBar.Item
              key={tab.key}
              icon={tab.icon}
              title={tab.title}
              badge={tab.key === '/' && todo > 0 ? String(todo) : undefined}
            />
          ))}
        </TabBar>
      </nav>
    </div>
  );
}
