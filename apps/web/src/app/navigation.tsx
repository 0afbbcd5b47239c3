import {
  ApartmentOutlined,
  AppstoreAddOutlined,
  BarChartOutlined,
  BellOutlined,
  FundViewOutlined,
  ContactsOutlined,
  AuditOutlined,
  CheckSquareOutlined,
  CopyOutlined,
  FileDoneOutlined,
  FormOutlined,
  SendOutlined,
  CloudUploadOutlined,
  HistoryOutlined,
  KeyOutlined,
  SafetyCertificateOutlined,
  SolutionOutlined,
  TeamOutlined,
  UserSwitchOutlined,
  SwapOutlined,
  PlusSquareOutlined,
  NodeIndexOutlined,
} from '@ant-design/icons';
import type { Permission } from '@yuanwu/contracts';
import type { ReactNode } from 'react';
import { appMessages as m } from './messages.ts';

/** One screen the menu, the breadcrumbs and the home page's quick links point at. */
export interface NavItem {
  key: keyof typeof m.nav;
  path: string;
  label: string;
  hint: string;
  icon: ReactNode;
  /** null: every signed-in person. */
  permission: Permission | null;
}

export interface NavGroup {
  key: keyof typeof m.groups;
  label: string;
  items: NavItem[];
}

function item(
  key: NavItem['key'],
  path: string,
  icon: ReactNode,
  permission: Permission | null,
): NavItem {
  return { key, path, label: m.nav[key], hint: m.navHints[key], icon, permission };
}

/** The desktop menu; items the user lacks the right for are hidden. */
export const navigation: NavGroup[] = [
  {
    key: 'tasks',
    label: m.groups.tasks,
    items: [
      item('listTodo', '/workflow/list/todo', <CheckSquareOutlined />, null),
      item('listDone', '/workflow/list/done', <FileDoneOutlined />, null),
      item('listStarted', '/workflow/list/started', <SendOutlined />, null),
      item('listCc', '/workflow/list/cc', <CopyOutlined />, null),
      item('listDrafts', '/workflow/list/drafts', <FormOutlined />, null),
    ],
  },
  {
    key: 'personal',
    label: m.groups.personal,
    items: [
      item('catalogue', '/workflow/catalogue', <PlusSquareOutlined />, 'workflow.start'),
      item('contacts', '/contacts', <ContactsOutlined />, null),
      item('notifications', '/notifications', <BellOutlined />, null),
      item('delegation', '/account/delegation', <SwapOutlined />, null),
    ],
  },
  {
    key: 'org',
    label: m.groups.org,
    items: [
      item('departments', '/org/departments', <ApartmentOutlined />, 'org.read'),
      item('people', '/org/people', <TeamOutlined />, 'org.read'),
      item('roles', '/org/roles', <SolutionOutlined />, 'role.read'),
      item('importExport', '/org/import', <CloudUploadOutlined />, 'org.import'),
    ],
  },
  {
    key: 'security',
    label: m.groups.security,
    items: [
      item('securityPolicy', '/security/policy', <SafetyCertificateOutlined />, 'security.policy'),
      item('accounts', '/security/accounts', <UserSwitchOutlined />, 'security.accounts'),
      item('rights', '/security/rights', <KeyOutlined />, 'security.rights'),
    ],
  },
  {
    key: 'audit',
    label: m.groups.audit,
    items: [
      item('auditEntries', '/audit/entries', <AuditOutlined />, 'audit.read'),
      item('loginLog', '/audit/logins', <HistoryOutlined />, 'audit.read'),
    ],
  },
  {
    key: 'workflowAdmin',
    label: m.groups.workflowAdmin,
    items: [
      item('monitor', '/workflow/admin/monitor', <FundViewOutlined />, 'workflow.admin'),
      item('statistics', '/workflow/admin/statistics', <BarChartOutlined />, 'workflow.admin'),
      item('processDesign', '/workflow/design', <NodeIndexOutlined />, 'workflow.design'),
    ],
  },
  {
    key: 'platform',
    label: m.groups.platform,
    items: [
      item('workbenchConfig', '/admin/workbench', <AppstoreAddOutlined />, 'workbench.configure'),
    ],
  },
];

/** The groups and items the user may open. */
export function visibleNavigation(can: (permission: string) => boolean): NavGroup[] {
  return navigation
    .map((group) => ({
      ...group,
      items: group.items.filter((entry) => entry.permission === null || can(entry.permission)),
    }))
    .filter((group) => group.items.length > 0);
}

/** Pages outside the menu that belong under an entry of it (the start page under 发起流程). */
const underEntry: Record<string, string> = { '/workflow/start': '/workflow/catalogue' };

/** The group and item a path belongs to, for breadcrumbs and the selected menu entry. */
export function locate(path: string): { group: NavGroup; item: NavItem } | null {
  const prefix = Object.keys(underEntry).find((key) => path.startsWith(`${key}/`));
  const pathname = (prefix && underEntry[prefix]) ?? path;
  for (const group of navigation) {
    for (const entry of group.items) {
      if (pathname === entry.path || pathname.startsWith(`${entry.path}/`)) {
        return { group, item: entry };
      }
    }
  }
  return null;
}
