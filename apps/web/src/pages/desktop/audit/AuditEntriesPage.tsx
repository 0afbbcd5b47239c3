import { AuditEntriesScreen } from '../../../modules/audit/index.ts';
import { useCan } from '../../../modules/auth/index.ts';

/** 审计日志: export needs `audit.export`. */
export function AuditEntriesPage() {
  const can = useCan();
  return <AuditEntriesScreen canExport={can('audit.export')} />;
}
