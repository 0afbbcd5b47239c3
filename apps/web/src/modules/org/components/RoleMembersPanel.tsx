import { SearchOutlined, UserAddOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Empty, Input, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { orgApi } from '../api/org.api.ts';
import type { Role, RoleMember } from '../api/types.ts';
import { orgKeys } from '../hooks/queries.ts';
import { useOrgMutation } from '../hooks/useOrgMutation.ts';
import { orgMessages } from '../messages.ts';
import { PersonPicker } from './PersonPicker.tsx';

const m = orgMessages.roles;
const p = orgMessages.people;
const pageSize = 10;

/** The members of one role: search, page, add through the person picker, remove with a confirm. */
export function RoleMembersPanel({ role, canManage }: { role: Role; canManage: boolean }) {
  const { modal } = App.useApp();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const [page, setPage] = useState(1);
  const [picked, setPicked] = useState<string[]>([]);
  const members = useQuery({
    queryKey: orgKeys.roleMembers(role.id, q, page),
    queryFn: () => orgApi.roleMembers(role.id, { q: q || undefined, page, pageSize }),
    placeholderData: (previous) => previous,
  });
  const add = useOrgMutation(
    (personIds: string[]) => orgApi.addRoleMembers(role.id, personIds),
    (result) => m.added(result.added),
  );
  const remove = useOrgMutation(
    (member: RoleMember) => orgApi.removeRoleMember(role.id, member.id),
    m.removed,
  );

  const confirmRemove = (member: RoleMember) => {
    modal.confirm({
      title: m.removeTitle(member.name, role.name),
      okText: m.remove,
      okButtonProps: { danger: true },
      onOk: () => remove.mutateAsync(member),
    });
  };

  return (
    <div>
      <div className="yw-toolbar">
        <Input
          allowClear
          prefix={<SearchOutlined className="yw-muted" />}
          placeholder={m.searchMembers}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setPage(1);
          }}
          style={{ width: 220 }}
        />
        {canManage && (
          <div className="yw-add-members">
            <PersonPicker
              multiple
              value={picked}
              onChange={(value) => setPicked(Array.isArray(value) ? value : [])}
              placeholder={m.pickMembers}
              style={{ minWidth: 300 }}
            />
            <Button
              type="primary"
              icon={<UserAddOutlined />}
              disabled={picked.length === 0}
              loading={add.isPending}
              onClick={() =>
                void add.mutateAsync(picked).then(
                  () => setPicked([]),
                  () => undefined,
                )
              }
            >
              {m.add}
            </Button>
          </div>
        )}
      </div>
      <Table<RoleMember>
        rowKey="id"
        size="middle"
        loading={members.isFetching}
        dataSource={members.data?.items ?? []}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noMembers} />,
        }}
        pagination={{
          current: page,
          pageSize,
          total: members.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
          showSizeChanger: false,
          showTotal: p.total,
        }}
        columns={[
          { key: 'no', title: p.employeeNo, dataIndex: 'employeeNo', width: 110 },
          { key: 'name', title: p.name, dataIndex: 'name', width: 110 },
          { key: 'dept', title: p.department, dataIndex: 'departmentName', ellipsis: true },
          {
            key: 'position',
            title: p.position,
            dataIndex: 'positionName',
            render: (value: string | null) => value ?? '—',
          },
          {
            key: 'status',
            title: p.status,
            dataIndex: 'status',
            width: 90,
            render: (status: RoleMember['status']) => (
              <Tag color={status === 'active' ? 'green' : 'default'} variant="filled">
                {orgMessages.statuses[status]}
              </Tag>
            ),
          },
          {
            key: 'added',
            title: m.addedAt,
            dataIndex: 'addedAt',
            width: 120,
            render: (value: string | null) => (value ? dayjs(value).format('YYYY-MM-DD') : '—'),
          },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: p.actions,
                  width: 80,
                  render: (_: unknown, member: RoleMember) =>
                    member.addedAt && (
                      <Button type="link" size="small" danger onClick={() => confirmRemove(member)}>
                        {m.remove}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
    </div>
  );
}
