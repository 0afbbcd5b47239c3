import { LockOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { dataScopeOrder, type DataScope } from '@yuanwu/kernel';
import { App, Button, Checkbox, Select, Skeleton, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { securityApi } from '../api/security.api.ts';
import type { PermissionEntry, RoleGrant } from '../api/types.ts';
import { securityMessages } from '../messages.ts';

const m = securityMessages.rights;
const scopeOptions = dataScopeOrder.map((scope) => ({
  value: scope,
  label: securityMessages.scopes[scope],
}));

function sameGrants(a: RoleGrant[], b: RoleGrant[]): boolean {
  const key = (grants: RoleGrant[]) =>
    grants
      .map((grant) => `${grant.permission}:${grant.scope}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}

const grantsKey = (roleId: string) => ['security', 'grants', roleId] as const;

/** Loads one role's grants, then hands them to the editor as its starting draft. */
export function RoleGrantsEditor({
  roleId,
  catalogue,
}: {
  roleId: string;
  catalogue: PermissionEntry[];
}) {
  const saved = useQuery({
    queryKey: grantsKey(roleId),
    queryFn: () => securityApi.roleGrants(roleId),
  });
  if (saved.isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (!saved.data) return <ErrorState error={saved.error} onRetry={() => void saved.refetch()} />;
  return <GrantsTable roleId={roleId} catalogue={catalogue} saved={saved.data.grants} />;
}

/** The grants of one role, edited as a table: tick a right, choose how far it reaches. */
function GrantsTable({
  roleId,
  catalogue,
  saved,
}: {
  roleId: string;
  catalogue: PermissionEntry[];
  saved: RoleGrant[];
}) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<RoleGrant[]>(saved);
  const save = useMutation({
    mutationFn: (grants: RoleGrant[]) => securityApi.saveRoleGrants(roleId, grants),
    onSuccess: (result) => {
      queryClient.setQueryData(grantsKey(roleId), result);
      setDraft(result.grants);
      void message.success(m.saved);
    },
    onError: (error) => void message.error(error.message),
  });

  const grantOf = (permission: string) => draft.find((grant) => grant.permission === permission);
  const toggle = (permission: string, on: boolean) =>
    setDraft((current) =>
      on
        ? [...current, { permission, scope: 'department_tree' }]
        : current.filter((grant) => grant.permission !== permission),
    );
  const setScope = (permission: string, scope: DataScope) =>
    setDraft((current) =>
      current.map((grant) => (grant.permission === permission ? { ...grant, scope } : grant)),
    );
  const dirty = !sameGrants(draft, saved);

  return (
    <>
      <Table<PermissionEntry>
        rowKey="permission"
        size="middle"
        pagination={false}
        dataSource={catalogue}
        columns={[
          {
            key: 'label',
            title: m.permission,
            render: (_: unknown, entry) => (
              <div>
                <div>{entry.label}</div>
                <Typography.Text type="secondary" className="yw-mono">
                  {entry.permission}
                </Typography.Text>
              </div>
            ),
          },
          {
            key: 'granted',
            title: m.granted,
            width: 100,
            render: (_: unknown, entry) =>
              entry.grantable ? (
                <Checkbox
                  checked={grantOf(entry.permission) !== undefined}
                  onChange={(event) => toggle(entry.permission, event.target.checked)}
                  aria-label={entry.label}
                />
              ) : (
                <Tooltip title={m.reservedHint}>
                  <Tag icon={<LockOutlined />} variant="filled">
                    {m.reserved}
                  </Tag>
                </Tooltip>
              ),
          },
          {
            key: 'scope',
            title: m.scope,
            width: 200,
            render: (_: unknown, entry) => {
              const grant = grantOf(entry.permission);
              return (
                <Select<DataScope>
                  size="small"
                  style={{ width: 160 }}
                  disabled={!grant}
                  value={grant?.scope}
                  placeholder="—"
                  options={scopeOptions}
                  onChange={(scope) => setScope(entry.permission, scope)}
                />
              );
            },
          },
        ]}
      />
      <div className="yw-form-footer">
        {dirty && <Typography.Text type="warning">{m.unsaved}</Typography.Text>}
        <Button disabled={!dirty} onClick={() => setDraft(saved)}>
          {securityMessages.reset}
        </Button>
        <Button
          type="primary"
          disabled={!dirty}
          loading={save.isPending}
          onClick={() => save.mutate(draft)}
        >
          {securityMessages.save}
        </Button>
      </div>
    </>
  );
}
