import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { useSession } from '../hooks/session.tsx';
import { authMessages as m } from '../messages.ts';

interface LoginValues {
  username: string;
  password: string;
}

type Problem = { kind: 'error' | 'warning'; title: string; text?: string };

function problemOf(error: unknown): Problem {
  if (!isApiError(error)) return { kind: 'error', title: m.networkError };
  if (error.code === 'validation') return { kind: 'error', title: m.wrongCredentials };
  // One sentence for a wrong username or password; a disabled account says so.
  if (error.code === 'unauthenticated') {
    return { kind: 'error', title: error.message || m.wrongCredentials };
  }
  // The server's sentence says until when the account stays locked.
  if (error.code === 'account_locked')
    return { kind: 'warning', title: m.locked, text: error.message };
  if (error.code === 'rate_limited') {
    return { kind: 'warning', title: m.rateLimited, text: error.message };
  }
  return { kind: 'error', title: error.message || m.networkError };
}

/** Username and password, with the server's refusals said plainly. */
export function LoginForm({ notice }: { notice?: string }) {
  const { signIn } = useSession();
  const [form] = Form.useForm<LoginValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);

  const submit = async (values: LoginValues) => {
    setBusy(true);
    setProblem(null);
    try {
      await signIn(values.username.trim(), values.password);
    } catch (error) {
      setProblem(problemOf(error));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form<LoginValues>
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={submit}
      onValuesChange={() => problem?.kind === 'error' && setProblem(null)}
      autoComplete="on"
    >
      {problem ? (
        <Alert
          className="yw-login-alert"
          type={problem.kind}
          showIcon
          title={problem.title}
          description={problem.text && problem.text !== problem.title ? problem.text : undefined}
          role="alert"
        />
      ) : (
        notice && <Alert className="yw-login-alert" type="info" showIcon title={notice} />
      )}
      <Form.Item
        name="username"
        label={m.username}
        rules={[{ required: true, whitespace: true, message: m.usernameRequired }]}
      >
        <Input
          prefix={<UserOutlined />}
          placeholder={m.usernamePlaceholder}
          autoComplete="username"
          autoFocus
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={m.password}
        rules={[{ required: true, message: m.passwordRequired }]}
      >
        <Input.Password
          prefix={<LockOutlined />}
          placeholder={m.passwordPlaceholder}
          autoComplete="current-password"
        />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} className="yw-login-submit">
        {m.submit}
      </Button>
    </Form>
  );
}
