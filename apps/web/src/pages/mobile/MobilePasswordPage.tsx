import { NavBar } from 'antd-mobile';
import { useNavigate } from 'react-router';
import { ChangePasswordForm } from '../../modules/auth/index.ts';
import { mobileMessages as m } from './messages.ts';

/** Changing one's own password on a phone. */
export function MobilePasswordPage() {
  const navigate = useNavigate();
  return (
    <div className="yw-m-shell">
      <NavBar className="yw-m-navbar" onBack={() => void navigate(-1)}>
        {m.changePassword}
      </NavBar>
      <div className="yw-m-page">
        <div className="yw-m-form-card">
          <ChangePasswordForm onDone={() => void navigate('/me', { replace: true })} />
        </div>
      </div>
    </div>
  );
}
