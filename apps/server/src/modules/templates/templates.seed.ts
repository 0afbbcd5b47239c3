import { sql } from 'kysely';
import type { Trx } from '../../db/database.ts';
import type { ServiceContext } from '../../platform/service-context.ts';
import { installTemplate, listTemplates } from './templates.service.ts';

/**
 * The demo hospital starts with every template installed: each key that has
 * no process yet is installed (so a demo database made before a template
 * existed gets it on its next start). Seeding is not a user's act, so, like
 * the organisation's seed, it leaves no audit entries. A template the engine
 * refuses is rolled back to its savepoint and reported, never allowed to stop
 * the server from starting.
 */
export async function seedDemoTemplates(
  trx: Trx,
  now: Date,
): Promise<{ installed: string[]; failed: string[] }> {
  const ctx: ServiceContext = { trx, actor: null, now, audit: async () => {} };
  const installed: string[] = [];
  const failed: string[] = [];
  for (const { template, installedVersion } of await listTemplates(ctx)) {
    if (installedVersion !== null) continue;
    await sql`SAVEPOINT template_install`.execute(trx);
    try {
      await installTemplate(ctx, template.key);
      await sql`RELEASE SAVEPOINT template_install`.execute(trx);
      installed.push(template.key);
    } catch {
      await sql`ROLLBACK TO SAVEPOINT template_install`.execute(trx);
      failed.push(template.key);
    }
  }
  return { installed, failed };
}
