import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { ChangePasswordPage } from '../pages/ChangePasswordPage.tsx';
import { LoginPage } from '../pages/LoginPage.tsx';
import { FullPageSpinner } from '../ui/FullPageSpinner.tsx';
import { DesktopLayout } from './DesktopLayout.tsx';
import { NotFound, RequirePermission, RequireSession } from './guards.tsx';

// Route-level code splitting: each screen is its own chunk, loaded when first opened.
function page<K extends string>(
  load: () => Promise<Record<K, ComponentType>>,
  name: K,
): ComponentType {
  return lazy(async () => {
    const loaded: ComponentType = (await load())[name];
    return { default: loaded };
  });
}

const HomePage = page(() => import('../pages/desktop/HomePage.tsx'), 'HomePage');
const AccountPasswordPage = page(
  () => import('../pages/desktop/AccountPasswordPage.tsx'),
  'AccountPasswordPage',
);
const ContactsPage = page(() => import('../pages/desktop/ContactsPage.tsx'), 'ContactsPage');
const DepartmentsPage = page(
  () => import('../pages/desktop/org/DepartmentsPage.tsx'),
  'DepartmentsPage',
);
const PeoplePage = page(() => import('../pages/desktop/org/PeoplePage.tsx'), 'PeoplePage');
const RolesPage = page(() => import('../pages/desktop/org/RolesPage.tsx'), 'RolesPage');
const ImportExportPage = page(
  () => import('../pages/desktop/org/ImportExportPage.tsx'),
  'ImportExportPage',
);
const SecurityPolicyPage = page(
  () => import('../pages/desktop/security/SecurityPolicyPage.tsx'),
  'SecurityPolicyPage',
);
const AccountsPage = page(
  () => import('../pages/desktop/security/AccountsPage.tsx'),
  'AccountsPage',
);
const RightsPage = page(() => import('../pages/desktop/security/RightsPage.tsx'), 'RightsPage');
const AuditEntriesPage = page(
  () => import('../pages/desktop/audit/AuditEntriesPage.tsx'),
  'AuditEntriesPage',
);
const LoginLogPage = page(() => import('../pages/desktop/audit/LoginLogPage.tsx'), 'LoginLogPage');

const InstancePage = page(
  () => import('../pages/desktop/workflow/InstancePage.tsx'),
  'InstancePage',
);
const ListPage = page(() => import('../pages/desktop/workflow/ListPage.tsx'), 'ListPage');

const NotificationsPage = page(
  () => import('../pages/desktop/workbench/NotificationsPage.tsx'),
  'NotificationsPage',
);
const WorkbenchAdminPage = page(
  () => import('../pages/desktop/workbench/WorkbenchAdminPage.tsx'),
  'WorkbenchAdminPage',
);
const DelegationPage = page(
  () => import('../pages/desktop/account/DelegationPage.tsx'),
  'DelegationPage',
);
const MonitorPage = page(
  () => import('../pages/desktop/monitoring/MonitorPage.tsx'),
  'MonitorPage',
);
const StatisticsPage = page(
  () => import('../pages/desktop/monitoring/StatisticsPage.tsx'),
  'StatisticsPage',
);

const ProcessManagementPage = page(
  () => import('../pages/desktop/design/ProcessManagementPage.tsx'),
  'ProcessManagementPage',
);
const ProcessDesignerPage = page(
  () => import('../pages/desktop/design/ProcessDesignerPage.tsx'),
  'ProcessDesignerPage',
);

const CataloguePage = page(
  () => import('../pages/desktop/workflow/CataloguePage.tsx'),
  'CataloguePage',
);
const StartPage = page(() => import('../pages/desktop/workflow/StartPage.tsx'), 'StartPage');

const FormDesignerPage = page(
  () => import('../pages/desktop/design/FormDesignerPage.tsx'),
  'FormDesignerPage',
);
const PrintPage = page(() => import('../pages/desktop/workflow/PrintPage.tsx'), 'PrintPage');

const MobileShell = page(() => import('../pages/mobile/MobileShell.tsx'), 'MobileShell');
const MobileHomePage = page(() => import('../pages/mobile/MobileHomePage.tsx'), 'MobileHomePage');
const MobileContactsPage = page(
  () => import('../pages/mobile/MobileContactsPage.tsx'),
  'MobileContactsPage',
);
const MobileMePage = page(() => import('../pages/mobile/MobileMePage.tsx'), 'MobileMePage');
const MobilePasswordPage = page(
  () => import('../pages/mobile/MobilePasswordPage.tsx'),
  'MobilePasswordPage',
);
const MobileWorkflowListPage = page(
  () => import('../pages/mobile/workflow/MobileWorkflowListPage.tsx'),
  'MobileWorkflowListPage',
);
const MobileCataloguePage = page(
  () => import('../pages/mobile/workflow/MobileCataloguePage.tsx'),
  'MobileCataloguePage',
);
const MobileStartPage = page(
  () => import('../pages/mobile/workflow/MobileStartPage.tsx'),
  'MobileStartPage',
);
const MobileInstancePage = page(
  () => import('../pages/mobile/workflow/MobileInstancePage.tsx'),
  'MobileInstancePage',
);
const MobileNotificationsPage = page(
  () => import('../pages/mobile/workflow/MobileNotificationsPage.tsx'),
  'MobileNotificationsPage',
);
const MobileUnsupportedPage = page(
  () => import('../pages/mobile/MobileUnsupportedPage.tsx'),
  'MobileUnsupportedPage',
);

function guarded(permission: string, element: ReactNode): ReactNode {
  return <RequirePermission permission={permission}>{element}</RequirePermission>;
}

/** The desktop screens, each behind the right the menu checks too. */
export function DesktopRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route path="/change-password" element={<ChangePasswordPage />} />
      <Route element={<RequireSession />}>
        <Route path="workflow/instances/:id/print" element={<PrintPage />} />
        <Route element={<DesktopLayout />}>
          <Route index element={<HomePage />} />
          <Route path="account/password" element={<AccountPasswordPage />} />
          <Route path="contacts" element={<ContactsPage />} />
          <Route path="notifications" element={<NotificationsPage />} />
          <Route path="account/delegation" element={<DelegationPage />} />
          <Route
            path="admin/workbench"
            element={guarded('workbench.configure', <WorkbenchAdminPage />)}
          />
          <Route
            path="workflow/admin/monitor"
            element={guarded('workflow.admin', <MonitorPage />)}
          />
          <Route
            path="workflow/admin/statistics"
            element={guarded('workflow.admin', <StatisticsPage />)}
          />
          <Route path="workflow/catalogue" element={guarded('workflow.start', <CataloguePage />)} />
          <Route
            path="workflow/start/:processKey"
            element={guarded('workflow.start', <StartPage />)}
          />
          <Route path="workflow/instances/:id" element={<InstancePage />} />
          <Route path="workflow/list/:kind" element={<ListPage />} />
          <Route
            path="workflow/design"
            element={guarded('workflow.design', <ProcessManagementPage />)}
          />
          <Route
            path="workflow/design/:key"
            element={guarded('workflow.design', <ProcessDesignerPage />)}
          />
          <Route
            path="workflow/design/:key/form"
            element={guarded('workflow.design', <FormDesignerPage />)}
          />
          <Route path="org/departments" element={guarded('org.read', <DepartmentsPage />)} />
          <Route path="org/people" element={guarded('org.read', <PeoplePage />)} />
          <Route path="org/roles" element={guarded('role.read', <RolesPage />)} />
          <Route path="org/import" element={guarded('org.import', <ImportExportPage />)} />
          <Route
            path="security/policy"
            element={guarded('security.policy', <SecurityPolicyPage />)}
          />
          <Route
            path="security/accounts"
            element={guarded('security.accounts', <AccountsPage />)}
          />
          <Route path="security/rights" element={guarded('security.rights', <RightsPage />)} />
          <Route path="audit/entries" element={guarded('audit.read', <AuditEntriesPage />)} />
          <Route path="audit/logins" element={guarded('audit.read', <LoginLogPage />)} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}

/** The phone shell: home, address book and 我的; desktop-only screens say so. */
export function MobileRoutes() {
  return (
    <Suspense fallback={<FullPageSpinner />}>
      <Routes>
        <Route path="/login" element={<LoginPage />} />
        <Route path="/change-password" element={<ChangePasswordPage />} />
        <Route element={<RequireSession />}>
          <Route element={<MobileShell />}>
            <Route index element={<MobileHomePage />} />
            <Route path="contacts" element={<MobileContactsPage />} />
            <Route path="me" element={<MobileMePage />} />
            <Route path="workflow/list/:kind" element={<MobileWorkflowListPage />} />
            <Route path="workflow/catalogue" element={<MobileCataloguePage />} />
          </Route>
          <Route path="me/password" element={<MobilePasswordPage />} />
          <Route path="workflow/instances/:id/print" element={<PrintPage />} />
          <Route path="workflow/start/:processKey" element={<MobileStartPage />} />
          <Route path="workflow/instances/:id" element={<MobileInstancePage />} />
          <Route path="notifications" element={<MobileNotificationsPage />} />
          <Route path="*" element={<MobileUnsupportedPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
