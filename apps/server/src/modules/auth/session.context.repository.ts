import { sql } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { DataScope } from '@yuanwu/kernel';
import { compiledOnce } from '../../db/compiled-once.ts';
import type { Executor } from '../../db/database.ts';
import { genericPlan } from '../../db/prepared.ts';
import {
  personProfileQuery,
  profileFromRow,
  roleGrantsQuery,
  type PersonProfile,
} from './auth.directory.repository.ts';
import type { AccountRow } from './auth.repository.ts';
import { policyFromRow, securityPolicyQuery } from './security-policy.repository.ts';
import type { SecurityPolicy } from './security-policy.ts';
import { openSessionQuery, splitSessionRow, type SessionRow } from './session.repository.ts';

/** Everything a request's session check needs, read together. */
export interface SessionContext {
  session: SessionRow;
  account: AccountRow;
  policy: SecurityPolicy;
  /** The account's person (null without one, or when it is deleted). */
  person: PersonProfile | null;
  grants: { permission: string; scope: DataScope }[];
}

// One text for every request: built and compiled once, and given its generic plan at once
// (prepared.ts): planning this six-table statement costs several milliseconds, and each
// connection planned it afresh for its first five runs and after every ANALYZE of the
// tables it reads, most of all while a server warms up.
const sessionContextQuery = compiledOnce((db, values: { id: string }) => {
  const personId = sql<string | null>`account.person_id`;
  return openSessionQuery(db, values.id)
    .select([
      jsonObjectFrom(securityPolicyQuery(db)).as('policy_row'),
      jsonObjectFrom(personProfileQuery(db, personId)).as('person_row'),
      jsonArrayFrom(roleGrantsQuery(db, personId)).as('grant_rows'),
    ])
    .modifyEnd(genericPlan);
});

/**
 * The open session, its account, the account's person and role grants and the security
 * policy in one statement: what the authenticator keeps in memory for a few seconds
 * (session.cache.ts) and reads again whenever any of it changes or the session is about
 * to be refused. As four round trips it was about half of the statements of a list
 * request.
 */
export async function findSessionContext(
  db: Executor,
  id: string,
): Promise<SessionContext | undefined> {
  const [row] = (await sessionContextQuery.execute(db, { id })).rows;
  if (!row) return undefined;
  const { policy_row, person_row, grant_rows, ...rest } = row;
  return {
    ...splitSessionRow(rest),
    policy: policyFromRow(policy_row),
    person: person_row ? profileFromRow(person_row) : null,
    grants: grant_rows,
  };
}
