import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Input, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import type { RoleLayout, WidgetSlot } from '../api/types.ts';
import { useRoleLayouts, useSaveRoleLayout } from '../hooks/queries.ts';
import { workbenchMessages } from '../messages.ts';
import '../workbench.css';
import { LayoutEditor } from './LayoutEditor.tsx';

const m = workbenchMessages.admin;

// Where a role without its own layout starts when the server names no default.
const fallbackLayout: WidgetSlot[] = [
  { widget: 'counts', span: 2 },
  { widget: 'todo', span: 2 },
  { widget: 'favourites', span: 1 },
  { widget: 'recent', span: 1 },
  { widget: 'notifications', span: 1 },
  { widget: 'started', span: 1 },
];

/** 工作台配置: per role, choose and order the widgets with the same editor people use. */
export function RoleLayoutsScreen() {
  const { message, modal } = App.useApp();
  const roles = useRoleLayouts();
  const save = useSaveRoleLayout();
  const [q, setQ] = useState('');
  const [code, setCode] = useState<string | null>(null);
  const startingLayout = roles.data?.defaultLayout ?? fallbackLayout;
  const [draft, setDraft] = useState<WidgetSlot[]>(startingLayout);
  const role: RoleLayout | undefined = roles.data?.items.find((r) => r.roleCode === code);

  useEffect(() => setDraft(role?.layout ?? startingLayout), [role, startingLayout]);
  const shown = useMemo(
    () =>
      (roles.data?.items ?? []).filter(
        (r) => !q.trim() || r.roleName.includes(q.trim()) || r.roleCode.includes(q.trim()),
      ),
    [roles.data, q],
  );

  const commit = (layout: WidgetSlot[] | null) => {
    if (!role) return;
    save.mutate(
      { roleCode: role.roleCode, layout },
      {
        onSuccess: () => void message.success(layout ? m.saved(role.roleName) : m.resetDone),
        onError: (error) => void message.error(error.message),
      },
    );
  };

  return (
    <PageContainer title={m.title} description={m.description}>
      <div
        className="yw-split"
        style={{ display: 'grid', gridTemplateColumns: '260px 1fr', gap: 16 }}
      >
        <Card variant="borderless" className="yw-panel" title={m.roles}>
          <Input.Search allowClear placeholder={m.search} onChange={(e) => setQ(e.target.value)} />
          {roles.isLoading ? (
            <Skeleton active style={{ marginTop: 12 }} />
          ) : shown.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noRoles} />
          ) : (
            <ul className="yw-role-pick">
              {shown.map((r) => (
                <li key={r.roleCode}>
                  <button
                    type="button"
                    data-active={r.roleCode === code}
                    onClick={() => setCode(r.roleCode)}
                  >
                    <span>{r.roleName}</span>
                    {r.layout ? (
                      <Tag color="blue">{m.configured}</Tag>
                    ) : (
                      <Tag>{m.notConfigured}</Tag>
                    )}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card
          variant="borderless"
          className="yw-panel"
          title={role ? role.roleName : m.pickRole}
          extra={
            role && (
              <Flex gap={8}>
                <Button
                  icon={<UndoOutlined />}
                  disabled={!role.layout}
                  onClick={() =>
                    modal.confirm({
                      title: m.reset,
                      content: m.resetConfirm,
                      onOk: () => commit(null),
                    })
                  }
                >
                  {m.reset}
                </Button>
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  loading={save.isPending}
                  onClick={() => commit(draft)}
                >
                  {m.save}
                </Button>
              </Flex>
            )
          }
        >
          {role ? (
            <>
              <Typography.Paragraph type="secondary">
                {workbenchMessages.customiseHint}
              </Typography.Paragraph>
              <LayoutEditor value={draft} onChange={setDraft} />
            </>
          ) : (
            <Empty description={m.pickRole} className="yw-empty-tall" />
          )}
        </Card>
      </div>
    </PageContainer>
  );
}
