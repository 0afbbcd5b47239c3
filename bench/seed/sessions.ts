import { createHash, randomBytes } from 'node:crypto';
import type { BenchDatabase } from '../database.ts';
import type { Caller } from '../load/http.ts';

/** A simulated person: a real account with its own session, as after a login. */
export interface VirtualUser extends Caller {
  personId: string;
  departmentId: string;
  username: string;
  /** Pinyin initials of the name, as colleagues type them to find this person. */
  initials: string;
  isHead: boolean;
}

/**
 * Opens a session for each of `count` people straight in the database. Logging 8,000
 * people in through argon2 would measure the password hash, not the product (logins are
 * measured separately, at a realistic rate); the sessions are exactly what a login writes.
 */
export async function openSessions(db: BenchDatabase, count: number): Promise<VirtualUser[]> {
  const people = (
    await db.query<{
      account_id: string;
      person_id: string;
      department_id: string;
      username: string;
      initials: string;
      head: boolean;
    }>(
      `SELECT a.id AS account_id, a.person_id, p.department_id, a.username,
              split_part(p.name_initials, ' ', 1) AS initials,
              EXISTS (SELECT 1 FROM department d WHERE d.head_person_id = a.person_id) AS head
         FROM account a JOIN person p ON p.id = a.person_id
        WHERE a.admin_kind IS NULL AND p.deleted_at IS NULL
        ORDER BY md5(a.id::text) LIMIT $1`,
      [count],
    )
  ).rows;
  // Only the rows that need it: a reused database would otherwise rewrite every account.
  await db.query(
    `UPDATE account SET must_change_password = false
      WHERE person_id IS NOT NULL AND must_change_password`,
  );
  const users: VirtualUser[] = [];
  const batch = 2_000;
  for (let start = 0; start < people.length; start += batch) {
    const slice = people.slice(start, start + batch);
    const callers = await insertSessions(
      db,
      slice.map((p) => p.account_id),
    );
    slice.forEach((person, i) =>
      users.push({
        personId: person.person_id,
        departmentId: person.department_id,
        username: person.username,
        initials: person.initials,
        isHead: person.head,
        cookie: callers[i]?.cookie ?? '',
        csrf: callers[i]?.csrf ?? '',
      }),
    );
  }
  return users;
}

/** A signed-in administrator (`sysadmin`), whatever its password has become. */
export async function openAdminSession(db: BenchDatabase, username: string): Promise<Caller> {
  const found = await db.query<{ id: string }>(
    `UPDATE account SET must_change_password = false WHERE username = $1 RETURNING id`,
    [username],
  );
  const id = found.rows[0]?.id;
  if (id === undefined) throw new Error(`no account ${username}`);
  const [caller] = await insertSessions(db, [id]);
  if (caller === undefined) throw new Error(`no session for ${username}`);
  return caller;
}

/** One session per account, exactly as a login writes it; their cookies and CSRF tokens. */
async function insertSessions(db: BenchDatabase, accountIds: string[]): Promise<Caller[]> {
  const tokens = accountIds.map(() => randomBytes(32).toString('base64url'));
  const csrfs = accountIds.map(() => randomBytes(32).toString('base64url'));
  await db.query(
    `INSERT INTO session (id, account_id, csrf_token, created_at, last_seen_at,
                          idle_timeout_seconds, expires_at)
     SELECT id, account, csrf, now(), now(), 86400, now() + interval '1 day'
       FROM unnest($1::text[], $2::uuid[], $3::text[]) AS t(id, account, csrf)`,
    [tokens.map((token) => createHash('sha256').update(token).digest('hex')), accountIds, csrfs],
  );
  return tokens.map((token, i) => ({ cookie: `yw_session=${token}`, csrf: csrfs[i] ?? '' }));
}
