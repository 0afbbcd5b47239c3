import { createHash, randomBytes } from 'node:crypto';
import type { BenchDatabase } from '../database.ts';

/** A simulated person: a real account with its own session, as after a login. */
export interface VirtualUser {
  personId: string;
  departmentId: string;
  username: string;
  /** Pinyin initials of the name, as colleagues type them to find this person. */
  initials: string;
  isHead: boolean;
  cookie: string;
  csrf: string;
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
  await db.query(`UPDATE account SET must_change_password = false WHERE person_id IS NOT NULL`);
  const users: VirtualUser[] = [];
  const batch = 2_000;
  for (let start = 0; start < people.length; start += batch) {
    const slice = people.slice(start, start + batch);
    const tokens = slice.map(() => randomBytes(32).toString('base64url'));
    const csrfs = slice.map(() => randomBytes(32).toString('base64url'));
    await db.query(
      `INSERT INTO session (id, account_id, csrf_token, created_at, last_seen_at,
                            idle_timeout_seconds, expires_at)
       SELECT id, account, csrf, now(), now(), 86400, now() + interval '1 day'
         FROM unnest($1::text[], $2::uuid[], $3::text[]) AS t(id, account, csrf)`,
      [
        tokens.map((token) => createHash('sha256').update(token).digest('hex')),
        slice.map((p) => p.account_id),
        csrfs,
      ],
    );
    slice.forEach((person, i) =>
      users.push({
        personId: person.person_id,
        departmentId: person.department_id,
        username: person.username,
        initials: person.initials,
        isHead: person.head,
        cookie: `yw_session=${tokens[i] ?? ''}`,
        csrf: csrfs[i] ?? '',
      }),
    );
  }
  return users;
}
