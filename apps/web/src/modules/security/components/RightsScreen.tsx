import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Menu, Row, Skeleton } from 'antd';
import { useMemo, useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { useRoles } from '../../org/index.ts';
import { securityApi } from '../api/security.api.ts';
import { securityMessages } from '../messages.ts';
import { RoleGrantsEditor } from './RoleGrantsEditor.tsx';

const m = securityMessages.rights;

/** 角色授权: a role on the left, its rights and data scopes on the right. */
export function RightsScreen() {
  const roles = useRoles();
  const catalogue = useQuery({
    queryKey: ['security', 'permissions'],
    queryFn: securityApi.permissions,
    staleTime: Infinity,
  });
  const [roleId, setRoleId] = useState<string | null>(null);
  const selected = useMemo(
    () => roles.data?.find((role) => role.id === roleId) ?? roles.data?.[0] ?? null,
    [roles.data, roleId],
  );
  const error = roles.error ?? catalogue.error;

  return (
    <PageContainer title={m.title} description={m.description}>
      {error ? (
        <ErrorState
          error={error}
          onRetry={() => void Promise.all([roles.refetch(), catalogue.refetch()])}
        />
      ) : (
        <Row gutter={16} wrap={false} className="yw-split">
          <Col flex="260px">
            <Card variant="borderless" className="yw-panel yw-panel-flush" title={m.roles}>
              {roles.isLoading ? (
                <Skeleton active paragraph={{ rows: 8 }} style={{ padding: 16 }} />
              ) : (roles.data ?? []).length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty} />
              ) : (
                <Menu
                  mode="inline"
                  className="yw-role-menu"
                  selectedKeys={selected ? [selected.id] : []}
                  onClick={({ key }) => setRoleId(key)}
                  items={(roles.data ?? []).map((role) => ({
                    key: role.id,
                    label: (
                      <span className="yw-role-item">
                        <span>{role.name}</span>
                        <span className="yw-muted">{m.members(role.memberCount)}</span>
                      </span>
                    ),
                  }))}
                />
              )}
            </Card>
          </Col>
          <Col flex="auto" style={{ minWidth: 0 }}>
            <Card
              variant="borderless"
              className="yw-panel"
              title={selected ? `${selected.name}` : undefined}
            >
              {selected && catalogue.data ? (
                <RoleGrantsEditor
                  key={selected.id}
                  roleId={selected.id}
                  catalogue={catalogue.data}
                />
              ) : catalogue.isLoading ? (
                <Skeleton active paragraph={{ rows: 8 }} />
              ) : (
                <Empty className="yw-empty-tall" description={m.pickRole} />
              )}
            </Card>
          </Col>
        </Row>
      )}
    </PageContainer>
  );
}
