import { DownOutlined } from '@ant-design/icons';
import { Badge, Button, Dropdown, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { ManagedProcess } from '../api/types.ts';
import { designerMessages as m } from '../messages.ts';
import { exportDefinition } from './importExport.ts';

export type RowAction = 'copy' | 'versions' | 'rights' | 'category';

const design = (key: string) => `/workflow/design/${encodeURIComponent(key)}`;

/** The columns of 流程管理, with row actions. */
export function processColumns(
  onAction: (action: RowAction, row: ManagedProcess) => void,
): ColumnsType<ManagedProcess> {
  return [
    {
      title: m.list.name,
      dataIndex: 'name',
      render: (name: string, row) => (
        <Space>
          <Badge color={row.category?.colour ?? '#d9d9d9'} />
          <Link to={design(row.key)}>{name}</Link>
        </Space>
      ),
    },
    {
      title: m.list.key,
      dataIndex: 'key',
      render: (key: string) => <Typography.Text type="secondary">{key}</Typography.Text>,
    },
    {
      title: m.list.category,
      render: (_, row) =>
        row.category ? (
          <Tag color={row.category.colour}>{row.category.name}</Tag>
        ) : (
          <Typography.Text type="secondary">{m.list.uncategorised}</Typography.Text>
        ),
    },
    { title: m.list.version, dataIndex: 'version', width: 80, render: (v: number) => `v${v}` },
    {
      title: m.list.rights,
      render: (_, row) =>
        row.rights.start ? <Tag color="gold">{m.list.limited}</Tag> : <Tag>{m.list.everyone}</Tag>,
    },
    {
      title: m.list.updatedAt,
      dataIndex: 'updatedAt',
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm'),
    },
    {
      title: m.list.actions,
      key: 'actions',
      render: (_, row) => (
        <Space size={0}>
          <Link to={design(row.key)}>
            <Button type="link" size="small">
              {m.list.design}
            </Button>
          </Link>
          <Link to={`${design(row.key)}/form`}>
            <Button type="link" size="small">
              {m.list.form}
            </Button>
          </Link>
          <Dropdown
            menu={{
              items: [
                { key: 'copy', label: m.list.copy },
                { key: 'export', label: m.list.export },
                { key: 'versions', label: m.list.versions },
                { key: 'rights', label: m.list.editRights },
                { key: 'category', label: m.list.moveCategory },
              ],
              onClick: ({ key }) =>
                key === 'export' ? void exportDefinition(row.key) : onAction(key as RowAction, row),
            }}
          >
            <Button type="link" size="small">
              {m.list.more} <DownOutlined />
            </Button>
          </Dropdown>
        </Space>
      ),
    },
  ];
}
