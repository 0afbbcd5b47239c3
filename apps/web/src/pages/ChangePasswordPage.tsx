import { Button, Typography } from 'antd';
import { Navigate, useNavigate } from 'react-router';
import { authMessages as m, ChangePasswordForm, useSession } from '../modules/auth/index.ts';
import { BrandMark } from '../ui/BrandMark.tsx';
import { FullPageSpinner } from '../ui/FullPageSpinner.tsx';

/** The forced first change (or after an administrator's reset), before anything else opens. */
export function ChangePasswordPage() {
  const { state, signOut } = useSession();
  const navigate = useNavigate();
  if (state.status === 'loading') return <FullPageSpinner />;
  if (state.status === 'anonymous') return <Navigate to="/login" replace />;
  if (!state.mustChangePassword) return <Navigate to="/" replace />;

  return (
    <div className="yw-login yw-login-single">
      <main className="yw-login-main">
        <div className="yw-login-card yw-password-card">
          <div className="yw-login-mobile-brand is-always">
            <BrandMark size={40} />
            <div>
              <div className="yw-login-mobile-name">{m.productName}</div>
              <div className="yw-login-mobile-sub">{m.productSubtitle}</div>
            </div>
          </div>
          <Typography.Title level={4} className="yw-login-title">
            {m.forcedChangeTitle}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{m.forcedChangeHint}</Typography.Paragraph>
          <ChangePasswordForm onDone={() => void navigate('/', { replace: true })} />
          <Button
            type="link"
            block
            className="yw-password-signout"
            onClick={() => void signOut().then(() => navigate('/login', { replace: true }))}
          >
            {m.logoutInstead}
          </Button>
        </div>
      </main>
    </div>
  );
}
