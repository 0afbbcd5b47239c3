import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { appRoleName } from '../src/db/provision.ts';
import { withDatabase } from './global-setup.ts';

/** A fresh database cloned from the migrated template, for one test file. */
export interface TestDatabase {
  name: string;
  /** The owner (superuser) connection: can do anything, like a DBA. */
  ownerUrl: string;
  /** The application's own, less privileged role. */
  appUrl: string;
  drop(): Promise<void>;
}

/** Clones the template into a new database (fast: a file copy inside PostgreSQL). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const superuserUrl = inject('pgSuperuserUrl');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: superuserUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
  } finally {
    await admin.end();
  }
  return {
    name,
    ownerUrl: withDatabase(superuserUrl, name),
    appUrl: withDatabase(superuserUrl, name, {
      name: appRoleName,
      password: inject('pgAppPassword'),
    }),
    drop: async () => {
      const client = new pg.Client({ connectionString: superuserUrl });
      await client.connect();
      await client
        .query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        .finally(() => client.end());
    },
  };
}
