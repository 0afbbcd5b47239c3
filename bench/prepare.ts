import { newId } from '@yuanwu/kernel';
import type { BenchDatabase } from './database.ts';
import { fillForm } from './load/forms.ts';
import { fillContext, pick, type LoadWorld, type Startable } from './load/world.ts';

/**
 * Every installed process whose start form the generic filler can complete and that
 * starts for a typical person: those are what the simulated people start.
 */
export async function findStartable(world: LoadWorld): Promise<Startable[]> {
  const catalogue = await world.http.call<{ items: { key: string }[] }>(
    'preflight',
    world.users[0] ?? null,
    'GET',
    '/api/v1/workflow/processes',
  );
  const startable: Startable[] = [];
  for (const { key } of catalogue.body?.items ?? []) {
    const user = world.users.find((u) => !u.isHead) ?? world.users[0];
    if (user === undefined) break;
    const form = await world.http.call<{ form: { fields: Startable['fields'] } }>(
      'preflight',
      user,
      'GET',
      `/api/v1/workflow/processes/${key}/form`,
    );
    const fields = form.body?.form?.fields ?? [];
    const values = fillForm(fields, fillContext(world, user));
    if (values === null) continue;
    const started = await world.http.call('preflight', user, 'POST', '/api/v1/workflow/instances', {
      processKey: key,
      form: values,
    });
    if (started.status === 201) startable.push({ key, fields });
  }
  return startable;
}

/** The running instances: started through the API by the simulated people themselves. */
export async function startRunning(world: LoadWorld, count: number, concurrency = 16) {
  let done = 0;
  let failed = 0;
  const started = performance.now();
  const worker = async () => {
    while (done + failed < count) {
      const user = pick(world.users);
      const process = pick(world.startable);
      if (user === undefined || process === undefined) return;
      const form = fillForm(process.fields, fillContext(world, user));
      const answer = await world.http.call(
        'seed: start',
        user,
        'POST',
        '/api/v1/workflow/instances',
        { processKey: process.key, form },
        { 'idempotency-key': newId() },
      );
      if (answer.status === 201) done += 1;
      else failed += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { started: done, failed, perSecond: done / ((performance.now() - started) / 1000) };
}

/**
 * The budget lines spending requests draw on. All of them: with one line for everyone, every
 * request that spends would queue on that line's row lock, which no hospital does.
 */
export async function budgetCodes(db: BenchDatabase): Promise<string[]> {
  const found = await db
    .query<{ code: string }>(`SELECT code FROM budget WHERE deleted_at IS NULL ORDER BY code`)
    .catch(() => ({ rows: [] as { code: string }[] }));
  return found.rows.map((row) => row.code);
}
