import { sql } from 'kysely';
import type { Clock } from '@yuanwu/kernel';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';
import { demoAdministrators, hashCostFor, seedDemoAccounts } from '../modules/auth/index.ts';
import { seedDemoBudgets } from '../modules/budget/index.ts';
import { demoPeople, seedDemoOrganisation } from '../modules/org/index.ts';
import { seedDemoTemplates } from '../modules/templates/index.ts';

/** What the operator needs to sign in to the demo hospital. */
export interface DemoLogins {
  seededNow: boolean;
  password: string;
  accounts: { username: string; who: string }[];
}

// Two servers starting at once must not both seed.
const seedLockKey = 727003;

/**
 * Seeds the demo hospital into an empty database (organisation, then an
 * account for every person and the three administrators, all with one
 * initial password that must be changed at first login).
 */
export async function seedDemoHospital(
  db: Db,
  options: { clock: Clock; password: string; testMode: boolean },
): Promise<DemoLogins> {
  const seededNow = await inTransaction(db, async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${seedLockKey})`.execute(trx);
    const now = options.clock.now();
    const organisation = await seedDemoOrganisation(trx, { now });
    // Templates first: a demo database seeded before a template existed gets it on next start.
    await seedDemoTemplates(trx, now);
    await seedDemoBudgets(trx, now);
    if (!organisation.seeded) return false;
    await seedDemoAccounts(trx, {
      password: options.password,
      now,
      cost: hashCostFor({ testMode: options.testMode }),
    });
    return true;
  });
  const { cardiologyDoctor, cardiologyHead, president } = demoPeople;
  return {
    seededNow,
    password: options.password,
    accounts: [
      ...demoAdministrators.map((admin) => ({ username: admin.username, who: admin.name })),
      {
        username: cardiologyDoctor.employeeNo,
        who: `${cardiologyDoctor.name}（${cardiologyDoctor.department}${cardiologyDoctor.position}）`,
      },
      {
        username: cardiologyHead.employeeNo,
        who: `${cardiologyHead.name}（${cardiologyHead.department}${cardiologyHead.position}）`,
      },
      { username: president.employeeNo, who: `${president.name}（${president.position}）` },
    ],
  };
}

/** The lines `npm start` prints so a new user can sign in. */
export function describeDemoLogins(logins: DemoLogins): string {
  const rows = logins.accounts.map(
    (account) => `    ${account.username.padEnd(12)} ${account.who}`,
  );
  return [
    '  Demo hospital logins (initial password, to be changed at first login):',
    `    password     ${logins.password}`,
    ...rows,
    '  Every demo person signs in with their employee number (工号) and the same initial password.',
  ].join('\n');
}
