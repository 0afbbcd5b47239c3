import { CheckCircleFilled, InfoCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { authMessages as m } from '../messages.ts';

function classCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((pattern) => pattern.test(password))
    .length;
}

/**
 * The default policy (SECURITY.md 1–3), ticked as the person types. The server
 * holds the real policy and has the last word; its refusal is shown on the field.
 */
export function PasswordPolicyHints({
  password,
  username,
}: {
  password: string;
  username: string;
}) {
  const rules = [
    { text: m.policyLength, met: password.length >= 8 && password.length <= 64 },
    { text: m.policyClasses, met: classCount(password) >= 3 },
    {
      text: m.policyUsername,
      met: password.length > 0 && !password.toLowerCase().includes(username.toLowerCase()),
    },
    { text: m.policyCommon, met: null },
  ];
  return (
    <div className="yw-policy" aria-label={m.policyTitle}>
      <Typography.Text strong>{m.policyTitle}</Typography.Text>
      <ul>
        {rules.map((rule) => (
          <li key={rule.text} className={rule.met ? 'is-met' : undefined}>
            {rule.met ? <CheckCircleFilled /> : <InfoCircleOutlined />}
            <span>{rule.text}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
