import { SearchOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AdminKind } from '@yuanwu/kernel';
import { App, Card, Empty, Input, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { securityApi } from '../api/security.api.ts';
import type { AccountStatusFilter, AccountSummary } from '../api/types.ts';
import { securityMessages } from '../messages.ts';
import { accountColumns } from './accountColumns.tsx';
import { AdminKindModal } from './AdminKindModal.tsx';

const m = securityMessages.accounts;
const pageSize = 20;

/** 账号管理: unlock, reset password (shown once), and the 三员 assignment. */
export function AccountsScreen({ canSetAdminKind }: { canSetAdminKind: boolean }) {
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const [status, setStatus] = useState<AccountStatusFilter | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [adminFor, setAdminFor] = useState<AccountSummary | null>(null);
  const accounts = useQuery({
    queryKey: ['security', 'accounts', q, status, page],
    queryFn: () => securityApi.accounts({ q: q || undefined, status, page, pageSize }),
    placeholderData: (previous) => previous,
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['security', 'accounts'] });
  const onError = (error: Error) => void message.error(error.message);
  const unlock = useMutation({ mutationFn: securityApi.unlock, onSuccess: refresh, onError });
  const reset = useMutation({ mutationFn: securityApi.resetPassword, onSuccess: refresh, onError });
  const setKind = useMutation({
    mutationFn: ({ id, kind }: { id: string; kind: AdminKind | null }) =>
      securityApi.setAdminKind(id, kind),
    onSuccess: async () => {
      await refresh();
      void message.success(m.adminKindSaved);
      setAdminFor(null);
    },
    onError,
  });

  const confirmUnlock = (account: AccountSummary) =>
    modal.confirm({
      title: m.unlockTitle(account.displayName),
      okText: m.unlock,
      onOk: async () => {
        await unlock.mutateAsync(account.id);
        void message.success(m.unlocked);
      },
    });

  const confirmReset = (account: AccountSummary) =>
    modal.confirm({
      title: m.resetTitle(account.displayName),
      content: m.resetHint,
      okText: m.resetPassword,
      okButtonProps: { danger: true },
      onOk: async () => {
        const { temporaryPassword } = await reset.mutateAsync(account.id);
        modal.success({
          title: m.resetDone,
          content: (
            <div>
              <Typography.Paragraph type="secondary">{m.temporaryHint}</Typography.Paragraph>
              <Typography.Text
                code
                copyable={{ text: temporaryPassword }}
                className="yw-temp-password"
              >
                {temporaryPassword}
              </Typography.Text>
            </div>
          ),
        });
      },
    });

  const columns = accountColumns({
    // The confirm dialogs are thenables; the table only needs the click handled.
    unlock: (account) => void confirmUnlock(account),
    reset: (account) => void confirmReset(account),
    setAdminKind: canSetAdminKind ? setAdminFor : undefined,
  });

  return (
    <PageContainer title={m.title} description={m.description}>
      <Card variant="borderless" className="yw-panel">
        <div className="yw-toolbar">
          <Input
            allowClear
            prefix={<SearchOutlined className="yw-muted" />}
            placeholder={m.searchPlaceholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setPage(1);
            }}
            style={{ width: 240 }}
          />
          <Select<AccountStatusFilter>
            allowClear
            placeholder={m.allStatuses}
            value={status}
            onChange={(value) => {
              setStatus(value);
              setPage(1);
            }}
            style={{ width: 140 }}
            options={[
              { value: 'active', label: m.statusActive },
              { value: 'locked', label: m.statusLocked },
              { value: 'disabled', label: m.statusDisabled },
            ]}
          />
        </div>
        <Table<AccountSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={accounts.data?.items ?? []}
          loading={accounts.isFetching}
          scroll={{ x: 1080 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: accounts.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: m.total,
          }}
        />
      </Card>
      <AdminKindModal
        account={adminFor}
        saving={setKind.isPending}
        onClose={() => setAdminFor(null)}
        onSave={(kind) => adminFor && setKind.mutate({ id: adminFor.id, kind })}
      />
    </PageContainer>
  );
}
