import { mayChangeColumns, observeTableWrites, type TableWrite } from '../../db/table-writes.ts';

/*
 * When may a cached session check be stale? Another server's change reaches us by NOTIFY
 * (session.listener.ts), milliseconds later. A change made by this process must count for
 * the very next request, notification or not: a user who logs out or changes an initial
 * password, an administrator who disables an account. Calling an invalidation from each
 * write path would miss the ones we do not own (org's roles and people, the test and
 * conformance fixtures that write rows directly), so instead every Kysely instance of the
 * process reports its writes (db/table-writes.ts), and a write to anything a cached check
 * holds bumps one process-wide generation: entries read before it are stale. The bump
 * happens as the statement is sent, before its commit; a check read meanwhile by a
 * concurrent request is dropped by the commit's notification.
 */

let generation = 0;
let watching = false;

/** Bumped by every write in this process that may change a cached session check. */
export function sessionDataGeneration(): number {
  return generation;
}

/** Starts watching this process's writes (idempotent: one watch for all apps). */
export function watchSessionData(): void {
  if (watching) return;
  watching = true;
  observeTableWrites((write) => {
    if (changesSessionData(write)) generation++;
  });
}

// What a cached check holds besides the session (session.context.repository.ts).
const anyChange = new Set([
  'person',
  'person_department',
  'department',
  'role',
  'role_member',
  'role_permission',
  'security_policy',
]);

// The account columns that identityOf and toCurrentUser read; a login's own update
// (last_login_at, failure counts) changes none of them.
const accountColumns = new Set([
  'status',
  'person_id',
  'admin_kind',
  'username',
  'display_name',
  'password_hash',
  'password_changed_at',
  'must_change_password',
]);

function changesSessionData(write: TableWrite): boolean {
  if (anyChange.has(write.table)) return true;
  if (write.table === 'account')
    return write.kind !== 'insert' && mayChangeColumns(write, accountColumns);
  // A session's activity (last_seen_at) is kept current by the cache itself.
  if (write.table === 'session') {
    return write.kind !== 'insert' && mayChangeColumns(write, sessionEndColumns);
  }
  return false;
}

const sessionEndColumns = new Set(['ended_at', 'end_reason', 'idle_timeout_seconds', 'expires_at']);
