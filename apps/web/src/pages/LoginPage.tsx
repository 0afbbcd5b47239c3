import { CheckCircleOutlined, SafetyOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { Navigate, useLocation } from 'react-router';
import type { LoginState } from '../app/guards.tsx';
import { authMessages as m, LoginForm, useSession } from '../modules/auth/index.ts';
import { BrandMark } from '../ui/BrandMark.tsx';
import { FullPageSpinner } from '../ui/FullPageSpinner.tsx';

/** The sign-in page: the hospital's brand panel beside the form (stacked on phones). */
export function LoginPage() {
  const { state } = useSession();
  const location = useLocation();
  const from = (location.state as LoginState | null)?.from;
  const signedOut = (location.state as LoginState | null)?.signedOut;

  if (state.status === 'loading') return <FullPageSpinner />;
  if (state.status === 'signedIn') {
    const target = state.mustChangePassword ? '/change-password' : (from ?? '/');
    return <Navigate to={target} replace />;
  }
  const notice = state.expired ? m.expired : signedOut ? m.signedOut : undefined;

  return (
    <div className="yw-login">
      <aside className="yw-login-brand">
        <div className="yw-login-brand-top">
          <BrandMark size={44} />
          <span className="yw-login-brand-name">{m.productName}</span>
        </div>
        <div className="yw-login-brand-body">
          <h1>{m.productTitle}</h1>
          <p>
            {m.productTagline[0]}
            <br />
            {m.productTagline[1]}
          </p>
          <ul>
            {m.features.map((feature) => (
              <li key={feature}>
                <CheckCircleOutlined /> {feature}
              </li>
            ))}
          </ul>
        </div>
        <div className="yw-login-brand-foot">{m.footer}</div>
      </aside>
      <main className="yw-login-main">
        <div className="yw-login-card">
          <div className="yw-login-mobile-brand">
            <BrandMark size={40} />
            <div>
              <div className="yw-login-mobile-name">{m.productName}</div>
              <div className="yw-login-mobile-sub">{m.productSubtitle}</div>
            </div>
          </div>
          <Typography.Title level={3} className="yw-login-title">
            {m.loginTitle}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{m.loginSubtitle}</Typography.Paragraph>
          <LoginForm notice={notice} />
          <div className="yw-login-note">
            <SafetyOutlined /> {m.securityNote}
          </div>
        </div>
        <div className="yw-login-browser">{m.browserHint}</div>
      </main>
    </div>
  );
}
