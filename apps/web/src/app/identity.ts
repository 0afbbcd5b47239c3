import type { Me } from '../modules/auth/index.ts';
import { appMessages as m } from './messages.ts';

/** How the shell names the user: the person's name and department, or the administrator kind. */
export function identityOf(me: Me): { name: string; unit: string; position: string | null } {
  const adminLabel = me.adminKind ? m.adminKinds[me.adminKind] : null;
  return {
    name: me.person?.name ?? me.displayName,
    unit: me.person?.departmentName ?? adminLabel ?? me.username,
    position: me.person?.positionName ?? null,
  };
}
