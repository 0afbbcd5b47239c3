import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Col, Empty, Menu, Row, Skeleton, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import type { Role } from '../api/types.ts';
import { useRoles } from '../hooks/queries.ts';
import { orgMessages } from '../messages.ts';
import { RoleFormModal } from './RoleFormModal.tsx';
import { RoleMembersPanel } from './RoleMembersPanel.tsx';

const m = orgMessages.roles;
const staffRoleCode = 'staff';

function groupRoles(roles: Role[]): { key: string; label: string; roles: Role[] }[] {
  const groups = new Map<string, { key: string; label: string; roles: Role[] }>();
  for (const role of roles) {
    const key = role.groupId ?? '';
    const group = groups.get(key) ?? { key, label: role.groupName ?? m.ungrouped, roles: [] };
    group.roles.push(role);
    groups.set(key, group);
  }
  // Ungrouped roles last.
  return [...groups.values()].sort((a, b) => Number(a.key === '') - Number(b.key === ''));
}

/** 角色管理: roles by group on the left, the chosen role's members on the right. */
export function RolesScreen({ canManage }: { canManage: boolean }) {
  const roles = useRoles();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editor, setEditor] = useState<{ editing: Role | null } | null>(null);
  const grouped = useMemo(() => groupRoles(roles.data ?? []), [roles.data]);
  const selected =
    roles.data?.find((role) => role.id === selectedId) ?? grouped[0]?.roles[0] ?? null;

  return (
    <PageContainer
      title={m.title}
      description={m.description}
      extra={
        canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditor({ editing: null })}
          >
            {m.create}
          </Button>
        )
      }
    >
      <Row gutter={16} wrap={false} className="yw-split">
        <Col flex="280px">
          <Card variant="borderless" className="yw-panel yw-panel-flush">
            {roles.isLoading ? (
              <Skeleton active paragraph={{ rows: 10 }} style={{ padding: 16 }} />
            ) : roles.error ? (
              <ErrorState error={roles.error} onRetry={() => void roles.refetch()} />
            ) : (
              <Menu
                mode="inline"
                className="yw-role-menu"
                selectedKeys={selected ? [selected.id] : []}
                onClick={({ key }) => setSelectedId(key)}
                items={grouped.map((group) => ({
                  key: `group:${group.key}`,
                  type: 'group' as const,
                  label: group.label,
                  children: group.roles.map((role) => ({
                    key: role.id,
                    label: (
                      <span className="yw-role-item">
                        <span>{role.name}</span>
                        <Badge
                          count={role.memberCount}
                          showZero
                          color="#eef2f7"
                          className="yw-role-count"
                          overflowCount={9999}
                        />
                      </span>
                    ),
                  })),
                }))}
              />
            )}
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card variant="borderless" className="yw-panel">
            {selected ? (
              <>
                <div className="yw-detail-head">
                  <div>
                    <Typography.Title level={5} style={{ margin: 0 }}>
                      {selected.name}{' '}
                      <Typography.Text type="secondary" className="yw-mono">
                        {selected.code}
                      </Typography.Text>{' '}
                      {selected.builtin && <Tag variant="filled">{m.builtin}</Tag>}
                    </Typography.Title>
                    <Typography.Text type="secondary">
                      {selected.description || selected.groupName || m.ungrouped}
                    </Typography.Text>
                  </div>
                  {canManage && (
                    <Button
                      icon={<EditOutlined />}
                      onClick={() => setEditor({ editing: selected })}
                    >
                      {m.edit}
                    </Button>
                  )}
                </div>
                <RoleMembersPanel
                  key={selected.id}
                  role={selected}
                  // 员工 is held by everyone implicitly: there is nobody to add or remove.
                  canManage={canManage && selected.code !== staffRoleCode}
                />
              </>
            ) : (
              <Empty className="yw-empty-tall" description={m.selectHint} />
            )}
          </Card>
        </Col>
      </Row>
      <RoleFormModal
        open={editor !== null}
        editing={editor?.editing ?? null}
        onClose={() => setEditor(null)}
        onSaved={setSelectedId}
      />
    </PageContainer>
  );
}
