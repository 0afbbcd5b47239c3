import type { AdminKind } from '@yuanwu/kernel';
import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { AccountSummary } from '../api/types.ts';
import { securityMessages } from '../messages.ts';

const m = securityMessages.accounts;
const adminColors: Record<AdminKind, string> = {
  system: 'blue',
  security: 'gold',
  audit: 'purple',
};

/** What the row buttons do; `setAdminKind` is absent without `security.rights`. */
export interface AccountActions {
  unlock: (account: AccountSummary) => void;
  reset: (account: AccountSummary) => void;
  setAdminKind?: (account: AccountSummary) => void;
}

/** The accounts table's columns, with 解锁 / 重置密码 / 设置三员 per row. */
export function accountColumns(actions: AccountActions): ColumnsType<AccountSummary> {
  const { setAdminKind } = actions;
  return [
    { key: 'username', title: m.username, dataIndex: 'username', width: 130 },
    { key: 'name', title: m.name, dataIndex: 'displayName', width: 120 },
    {
      key: 'dept',
      title: m.department,
      dataIndex: 'departmentName',
      ellipsis: true,
      render: (value: string | null) => value ?? '—',
    },
    {
      key: 'admin',
      title: m.adminKind,
      dataIndex: 'adminKind',
      width: 120,
      render: (kind: AdminKind | null) =>
        kind ? (
          <Tag color={adminColors[kind]} variant="filled">
            {securityMessages.adminKinds[kind]}
          </Tag>
        ) : (
          '—'
        ),
    },
    {
      key: 'status',
      title: m.status,
      width: 200,
      render: (_: unknown, account) => (
        <Space size={4} wrap>
          {account.status === 'active' ? (
            <Tag color="green" variant="filled">
              {m.statusActive}
            </Tag>
          ) : (
            <Tag variant="filled">{m.statusDisabled}</Tag>
          )}
          {account.lockedUntil && (
            <Tag color="red" variant="filled">
              {m.lockedUntil(dayjs(account.lockedUntil).format('MM-DD HH:mm'))}
            </Tag>
          )}
          {account.mustChangePassword && (
            <Tag color="orange" variant="filled">
              {m.mustChange}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'last',
      title: m.lastLogin,
      dataIndex: 'lastLoginAt',
      width: 150,
      render: (value: string | null) =>
        value ? (
          dayjs(value).format('YYYY-MM-DD HH:mm')
        ) : (
          <span className="yw-muted">{m.never}</span>
        ),
    },
    {
      key: 'actions',
      title: m.actions,
      // Room for all three links in English too (解锁 / 重置密码 / 设置三员).
      width: 300,
      fixed: 'right',
      render: (_: unknown, account) => (
        <Space size={4}>
          {account.lockedUntil && (
            <Button type="link" size="small" onClick={() => actions.unlock(account)}>
              {m.unlock}
            </Button>
          )}
          <Button type="link" size="small" danger onClick={() => actions.reset(account)}>
            {m.resetPassword}
          </Button>
          {setAdminKind && (
            <Button type="link" size="small" onClick={() => setAdminKind(account)}>
              {m.setAdminKind}
            </Button>
          )}
        </Space>
      ),
    },
  ];
}
