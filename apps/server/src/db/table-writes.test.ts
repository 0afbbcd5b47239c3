import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { compileOnlyDb } from '../../test/compile-only-db.ts';
import { observeTableWrites, type TableWrite } from './table-writes.ts';

// Compiles only: the plugin sees a statement when it is built, before it is sent.
const db = compileOnlyDb();

let seen: TableWrite[] = [];
const stop = observeTableWrites((write) => seen.push(write));
afterEach(() => {
  seen = [];
});

describe('the table writes plugin', () => {
  it('names the table and, for updates, the columns set', () => {
    db.updateTable('session').set({ last_seen_at: new Date() }).where('id', '=', 'x').compile();
    db.updateTable('account as a').set({ status: 'disabled' }).compile();
    db.insertInto('role_member').values({ role_id: 'r', person_id: 'p' }).compile();
    db.deleteFrom('role_permission').where('role_id', '=', 'r').compile();
    expect(seen).toEqual([
      { table: 'session', kind: 'update', columns: ['last_seen_at'] },
      { table: 'account', kind: 'update', columns: ['status'] },
      { table: 'role_member', kind: 'insert' },
      { table: 'role_permission', kind: 'delete' },
    ]);
  });

  it('sees writes inside CTEs and in raw SQL, and no reads', () => {
    db.selectFrom('account').selectAll().forUpdate().compile();
    db.with('gone', (q) =>
      q.deleteFrom('role_member').where('person_id', '=', 'p').returning('role_id'),
    )
      .selectFrom('gone')
      .selectAll()
      .compile();
    sql`UPDATE role SET sort = 1 WHERE code = 'x'`.compile(db);
    sql`INSERT INTO "person_department" (person_id) VALUES (1) ON CONFLICT DO UPDATE SET x = 1`.compile(
      db,
    );
    expect(seen.map((write) => `${write.kind} ${write.table}`)).toEqual([
      'delete role_member',
      'raw role',
      'raw person_department',
      'raw set',
    ]);
  });

  it('stops telling a listener that stopped listening', () => {
    stop();
    db.deleteFrom('role').compile();
    expect(seen).toEqual([]);
  });
});
