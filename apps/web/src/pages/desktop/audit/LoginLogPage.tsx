import { LoginLogScreen } from '../../../modules/audit/index.ts';

/** 登录日志 (`audit.read`, checked by the route). */
export function LoginLogPage() {
  return <LoginLogScreen />;
}
