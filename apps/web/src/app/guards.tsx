import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useCan, useSession } from '../modules/auth/index.ts';
import { FullPageSpinner } from '../ui/FullPageSpinner.tsx';
import { appMessages as m } from './messages.ts';

/** Where the login page returns to after signing in. */
export interface LoginState {
  from?: string;
  signedOut?: boolean;
}

/** Lets signed-in users through; others go to login, a forced password change comes first. */
export function RequireSession() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpinner />;
  if (state.status === 'anonymous') {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from } satisfies LoginState} />;
  }
  if (state.mustChangePassword) return <Navigate to="/change-password" replace />;
  return <Outlet />;
}

/** Shows the page only to holders of the right; the menu already hides it from others. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: string;
  children: ReactNode;
}) {
  const can = useCan();
  if (can(permission)) return children;
  return (
    <Result
      status="403"
      title={m.forbidden}
      subTitle={m.forbiddenHint}
      extra={
        <Link to="/">
          <Button type="primary">{m.backHome}</Button>
        </Link>
      }
    />
  );
}

/** Unknown paths inside the app. */
export function NotFound() {
  return (
    <Result
      status="404"
      title={m.notFound}
      subTitle={m.notFoundHint}
      extra={
        <Link to="/">
          <Button type="primary">{m.backHome}</Button>
        </Link>
      }
    />
  );
}
