import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import type { BenchDatabase } from './database.ts';
import type { Caller } from './load/http.ts';
import type { LoadWorld } from './load/world.ts';

const drivers = 16;

async function forSeconds(seconds: number, work: () => Promise<boolean>): Promise<number> {
  const until = performance.now() + seconds * 1000;
  let count = 0;
  await Promise.all(
    Array.from({ length: drivers }, async () => {
      while (performance.now() < until) if (await work()) count += 1;
    }),
  );
  return count / seconds;
}

/** The yardstick: one small write transaction per request through the same stack. */
export async function bareWriteRate(world: LoadWorld, seconds = 15): Promise<number> {
  return forSeconds(seconds, async () => {
    const user = world.users[Math.floor(Math.random() * world.users.length)];
    const answer = await world.http.call(
      'bare write',
      user ?? null,
      'POST',
      '/api/v1/bench/write',
      {},
    );
    return answer.status === 200;
  });
}

/**
 * The engine alone: 16 drivers each start a 3-step process and approve it to the end as
 * the three approvers; counts completed instances per second, and approvals per second.
 */
export async function engineThroughput(
  world: LoadWorld,
  admin: Caller,
  seconds = 20,
): Promise<{ instancesPerSecond: number; approvalsPerSecond: number }> {
  const [initiator, ...approvers] = world.users.slice(-4);
  if (initiator === undefined || approvers.length < 3) throw new Error('too few users');
  const definition = {
    key: 'bench_three_steps',
    name: '三级审批（基准）',
    form: { fields: [{ key: 'amount', label: '金额', type: 'money', required: true }] },
    nodes: [
      { id: 'start', type: 'start' },
      ...approvers.map((a, i) => ({
        id: `s${i + 1}`,
        type: 'approval',
        assignee: { people: [a.personId] },
      })),
      { id: 'end', type: 'end' },
    ],
    edges: ['start', 's1', 's2', 's3', 'end'].slice(1).map((to, i) => ({
      from: ['start', 's1', 's2', 's3'][i],
      to,
    })),
  };
  const deployed = await world.http.call(
    'engine: deploy',
    admin,
    'POST',
    '/api/v1/workflow/processes',
    definition,
  );
  if (deployed.status !== 201) throw new Error(`deploy failed: ${JSON.stringify(deployed.body)}`);
  const rate = await forSeconds(seconds, async () => {
    const started = await world.http.call<{ instance: { id: string } }>(
      'engine: start',
      initiator,
      'POST',
      '/api/v1/workflow/instances',
      { processKey: definition.key, form: { amount: 100 } },
      { 'idempotency-key': randomUUID() },
    );
    const id = started.body?.instance?.id;
    if (id === undefined) return false;
    for (const approver of approvers) {
      const answer = await world.http.call(
        'engine: approve',
        approver,
        'POST',
        `/api/v1/workflow/instances/${id}/approve`,
        {},
        {
          'idempotency-key': randomUUID(),
        },
      );
      if (answer.status !== 200) return false;
    }
    return true;
  });
  return { instancesPerSecond: rate, approvalsPerSecond: rate * 3 };
}

/** pgbench (TPC-B-like, 8 clients, 20 s) on a database of its own in the same cluster. */
export async function pgbenchTps(db: BenchDatabase): Promise<number | null> {
  if (db.cluster === null) return null;
  const probe = spawnSync('pgbench', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  await db.query('DROP DATABASE IF EXISTS bench_pgbench');
  await db.query('CREATE DATABASE bench_pgbench');
  const url = db.cluster.urlFor('bench_pgbench');
  const init = spawnSync('pgbench', ['-i', '-s', '10', '-q', url], { encoding: 'utf8' });
  if (init.status !== 0) return null;
  const run = spawnSync('pgbench', ['-c', '8', '-j', '2', '-T', '20', url], { encoding: 'utf8' });
  const tps = /tps = ([\d.]+)/.exec(run.stdout)?.[1];
  return tps === undefined ? null : Number(tps);
}
