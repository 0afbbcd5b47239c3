import { LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { changePassword } from '../api/auth.api.ts';
import { useSession } from '../hooks/session.tsx';
import { authMessages as m } from '../messages.ts';
import { PasswordPolicyHints } from './PasswordPolicyHints.tsx';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const fields = new Set(['currentPassword', 'newPassword']);

/** Current, new and repeated password; the server's policy refusals land on their field. */
export function ChangePasswordForm({ onDone }: { onDone: () => void }) {
  const { message } = App.useApp();
  const { state, refresh } = useSession();
  const username = state.status === 'signedIn' ? state.me.username : '';
  const [form] = Form.useForm<Values>();
  const newPassword = Form.useWatch('newPassword', form) ?? '';
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      await changePassword({
        currentPassword: values.currentPassword,
        newPassword: values.newPassword,
      });
      await refresh();
      void message.success(m.changed);
      onDone();
    } catch (error) {
      const onFields = isApiError(error)
        ? error.details.filter((detail) => fields.has(detail.path))
        : [];
      if (onFields.length > 0) {
        form.setFields(
          onFields.map((detail) => ({
            name: detail.path as keyof Values,
            errors: [detail.message],
          })),
        );
      } else {
        setFailure(error instanceof Error ? error.message : String(error));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<Values> form={form} layout="vertical" requiredMark={false} onFinish={submit}>
      {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} />}
      <Form.Item
        name="currentPassword"
        label={m.currentPassword}
        rules={[{ required: true, message: m.currentPasswordRequired }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={m.newPassword}
        dependencies={['currentPassword']}
        rules={[
          { required: true, message: m.newPasswordRequired },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              value && value === getFieldValue('currentPassword')
                ? Promise.reject(new Error(m.sameAsCurrent))
                : Promise.resolve(),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <PasswordPolicyHints password={newPassword} username={username} />
      <Form.Item
        name="confirmPassword"
        label={m.confirmPassword}
        dependencies={['newPassword']}
        rules={[
          { required: true, message: m.confirmPasswordRequired },
          ({ getFieldValue }) => ({
            validator: (_, value: string | undefined) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(m.confirmMismatch)),
          }),
        ]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="new-password" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy}>
        {m.changeSubmit}
      </Button>
    </Form>
  );
}
