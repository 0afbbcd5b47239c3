import type { AdminKind } from '@yuanwu/kernel';
import { Alert, Modal, Radio, Space } from 'antd';
import { useEffect, useState } from 'react';
import type { AccountSummary } from '../api/types.ts';
import { securityMessages } from '../messages.ts';

const m = securityMessages.accounts;
const kinds: (AdminKind | null)[] = [null, 'system', 'security', 'audit'];

/** Chooses an account's administrator kind (三员); the server refuses a second kind. */
export function AdminKindModal({
  account,
  saving,
  onSave,
  onClose,
}: {
  account: AccountSummary | null;
  saving: boolean;
  onSave: (kind: AdminKind | null) => void;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<AdminKind | null>(null);
  useEffect(() => setKind(account?.adminKind ?? null), [account]);
  return (
    <Modal
      open={account !== null}
      title={account ? m.adminKindTitle(account.displayName) : ''}
      onCancel={onClose}
      onOk={() => onSave(kind)}
      confirmLoading={saving}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={m.adminKindHint} style={{ marginBottom: 16 }} />
      <Radio.Group
        value={kind ?? 'none'}
        onChange={(event) =>
          setKind(event.target.value === 'none' ? null : (event.target.value as AdminKind))
        }
      >
        <Space orientation="vertical">
          {kinds.map((value) => (
            <Radio key={value ?? 'none'} value={value ?? 'none'}>
              {value ? securityMessages.adminKinds[value] : m.adminKindNone}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Modal>
  );
}
