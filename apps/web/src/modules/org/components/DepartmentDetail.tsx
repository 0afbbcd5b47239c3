import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { orgApi } from '../api/org.api.ts';
import type { DepartmentNode, PersonSummary } from '../api/types.ts';
import { pathOf } from '../departmentTree.ts';
import { useCampuses, useDepartmentTree, usePeople } from '../hooks/queries.ts';
import { useOrgMutation } from '../hooks/useOrgMutation.ts';
import { orgMessages } from '../messages.ts';

const m = orgMessages.departments;
const p = orgMessages.people;

/** One department: its facts, the actions on it and the people in it. */
export function DepartmentDetail({
  department,
  canManage,
  onEdit,
  onCreateChild,
  onDeleted,
}: {
  department: DepartmentNode;
  canManage: boolean;
  onEdit: () => void;
  onCreateChild: () => void;
  onDeleted: () => void;
}) {
  const { modal } = App.useApp();
  const tree = useDepartmentTree();
  const campuses = useCampuses();
  const [page, setPage] = useState(1);
  const members = usePeople({ departmentId: department.id, subtree: false, page, pageSize: 10 });
  const remove = useOrgMutation(() => orgApi.deleteDepartment(department.id), m.deleted);
  const trail = pathOf(tree.data ?? [], department.id);
  const parent = trail.length > 1 ? trail[trail.length - 2] : null;
  const campus = campuses.data?.find((entry) => entry.id === department.campusId);

  const confirmDelete = () => {
    modal.confirm({
      title: m.deleteTitle(department.name),
      content: m.deleteHint,
      okText: m.delete,
      okButtonProps: { danger: true },
      onOk: async () => {
        await remove.mutateAsync(undefined);
        onDeleted();
      },
    });
  };

  return (
    <div>
      <div className="yw-detail-head">
        <div>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {department.name}{' '}
            <Tag color="blue" variant="filled">
              {orgMessages.departmentKinds[department.kind]}
            </Tag>
          </Typography.Title>
          <Typography.Text type="secondary">
            {trail.map((node) => node.name).join(' / ')}
          </Typography.Text>
        </div>
        {canManage && (
          <Space wrap>
            <Button icon={<PlusOutlined />} onClick={onCreateChild}>
              {m.createChild}
            </Button>
            <Button icon={<EditOutlined />} onClick={onEdit}>
              {m.edit}
            </Button>
            <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
              {m.delete}
            </Button>
          </Space>
        )}
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        className="yw-detail-facts"
        items={[
          { key: 'code', label: m.code, children: department.code },
          { key: 'parent', label: m.parent, children: parent?.name ?? m.root },
          { key: 'campus', label: m.campus, children: campus?.name ?? '—' },
          {
            key: 'head',
            label: m.head,
            children: department.headName ?? <span className="yw-muted">{m.noHead}</span>,
          },
          { key: 'count', label: m.memberCount, children: department.memberCount },
        ]}
      />
      <Typography.Title level={5} className="yw-section-title">
        {m.members}
      </Typography.Title>
      <Table<PersonSummary>
        size="middle"
        rowKey="id"
        loading={members.isFetching}
        dataSource={members.data?.items ?? []}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={p.empty} /> }}
        pagination={{
          current: page,
          pageSize: 10,
          total: members.data?.total ?? 0,
          onChange: setPage,
          hideOnSinglePage: true,
          showSizeChanger: false,
          showTotal: p.total,
        }}
        columns={[
          { key: 'no', title: p.employeeNo, dataIndex: 'employeeNo', width: 120 },
          { key: 'name', title: p.name, dataIndex: 'name', width: 120 },
          {
            key: 'position',
            title: p.position,
            dataIndex: 'positionName',
            render: (v?: string | null) => v ?? '—',
          },
          {
            key: 'status',
            title: p.status,
            dataIndex: 'status',
            width: 100,
            render: (status: PersonSummary['status']) => (
              <Tag color={status === 'active' ? 'green' : 'default'} variant="filled">
                {orgMessages.statuses[status]}
              </Tag>
            ),
          },
        ]}
      />
    </div>
  );
}
