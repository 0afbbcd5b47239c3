import { CheckCircleFilled, InfoCircleOutlined } from '@ant-design/icons';
import { defaultSecurityPolicy as policy } from '@yuanwu/contracts';
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
    {
      text: m.policyLength(policy.minLength, policy.maxLength),
      met: password.length >= policy.minLength && password.length <= policy.maxLength,
    },
    {
      text: m.policyClasses(policy.minCharClasses),
      met: classCount(password) >= policy.minCharClasses,
    },
    {
      text: m.policyUsername,
      met: password.length > 0 && !password.toLowerCase().includes(username.toLowerCase()),
    },
    { text: m.policyCommon(policy.historyCount), met: null },
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
