// The auth feature's public surface for pages and other modules.
export type { Me, SessionBody } from './api/types.ts';
export { SessionProvider, useSession, useMe, useCan, type SessionState } from './hooks/session.tsx';
export { LoginForm } from './components/LoginForm.tsx';
export { ChangePasswordForm } from './components/ChangePasswordForm.tsx';
export { authMessages } from './messages.ts';
