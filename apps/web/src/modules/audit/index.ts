// The audit administrator's feature: the audit log and the login log (审计管理员).
export { AuditEntriesScreen } from './components/AuditEntriesScreen.tsx';
export { LoginLogScreen } from './components/LoginLogScreen.tsx';
export { auditMessages } from './messages.ts';
