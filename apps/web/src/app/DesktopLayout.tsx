import { HomeOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Breadcrumb, Button, Layout, Menu, Skeleton, type MenuProps } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { useCan } from '../modules/auth/index.ts';
import { NotificationBell } from '../modules/notifications/index.ts';
import { BrandMark } from '../ui/BrandMark.tsx';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { useShownPageName } from '../ui/pageName.ts';
import { appMessages as m } from './messages.ts';
import { locate, visibleNavigation } from './navigation.tsx';
import { pageCrumbs } from './pageCrumb.tsx';
import { UserMenu } from './UserMenu.tsx';

function PageSkeleton() {
  return (
    <div className="yw-page">
      <Skeleton active title={{ width: 200 }} paragraph={{ rows: 1 }} />
      <div className="yw-card" style={{ marginTop: 16 }}>
        <Skeleton active paragraph={{ rows: 8 }} />
      </div>
    </div>
  );
}

/** The desktop shell: header with product and account, menu by permission, breadcrumbs. */
export function DesktopLayout() {
  const can = useCan();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const groups = useMemo(() => visibleNavigation(can), [can]);
  const here = locate(location.pathname);
  const pageName = useShownPageName();

  // Collapsed, the icons stand alone: group titles would be cut to "组织…", so dividers replace them.
  const items: MenuProps['items'] = [
    { key: '/', icon: <HomeOutlined />, label: m.home },
    ...groups.flatMap((group): NonNullable<MenuProps['items']> => {
      const children = group.items.map((entry) => ({
        key: entry.path,
        icon: entry.icon,
        label: entry.label,
      }));
      return collapsed
        ? [{ key: `divider:${group.key}`, type: 'divider' as const }, ...children]
        : [{ key: group.key, type: 'group' as const, label: group.label, children }];
    }),
  ];

  const crumbs = [
    { key: 'home', title: <Link to="/">{m.home}</Link> },
    ...(pageCrumbs(location.pathname, pageName) ??
      (here
        ? [
            { key: here.group.key, title: here.group.label },
            { key: here.item.key, title: here.item.label },
          ]
        : location.pathname === '/account/password'
          ? [{ key: 'password', title: m.account.changePassword }]
          : [])),
  ];

  return (
    <Layout className="yw-shell">
      <Layout.Header className="yw-header">
        <Link to="/" className="yw-brand">
          <BrandMark size={30} />
          <span className="yw-brand-name">{m.productName}</span>
          <span className="yw-brand-divider" />
          <span className="yw-brand-sub">{m.productSubtitle}</span>
        </Link>
        <div className="yw-header-actions" style={{ display: 'flex', alignItems: 'center' }}>
          <NotificationBell />
          <UserMenu />
        </div>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          className="yw-sider"
          theme="light"
          width={220}
          collapsedWidth={64}
          collapsed={collapsed}
          breakpoint="lg"
          onBreakpoint={setCollapsed}
          trigger={null}
        >
          <nav aria-label={m.mainMenu} className="yw-sider-inner">
            <Menu
              mode="inline"
              selectedKeys={[here?.item.path ?? location.pathname]}
              items={items}
              onClick={({ key }) => void navigate(key)}
            />
            <Button
              type="text"
              className="yw-collapse"
              icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
              onClick={() => setCollapsed(!collapsed)}
              aria-label={collapsed ? m.expand : m.collapse}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="yw-content">
          {location.pathname !== '/' && <Breadcrumb className="yw-breadcrumb" items={crumbs} />}
          <ErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageSkeleton />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
