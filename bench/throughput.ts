import { spawnSync } from 'node:child_process';
import type { BenchDatabase } from './database.ts';
import type { ResourceMeter } from './load/resources.ts';
import type { LoadWorld } from './load/world.ts';

const drivers = 16;

/** How many operations succeeded in how many seconds. */
export interface Driven {
  count: number;
  seconds: number;
}

/**
 * Runs `work` on 16 drivers for `seconds` or until `done`; `work` answers how many
 * operations it completed.
 */
export async function drive(
  seconds: number,
  work: () => Promise<number>,
  done: () => boolean = () => false,
): Promise<Driven> {
  const started = performance.now();
  const until = started + seconds * 1000;
  let count = 0;
  await Promise.all(
    Array.from({ length: drivers }, async () => {
      while (performance.now() < until && !done()) {
        // Not `count += await work()`: that reads the count before the wait and loses the
        // operations other drivers completed meanwhile.
        const completed = await work();
        count += completed;
      }
    }),
  );
  return { count, seconds: (performance.now() - started) / 1000 };
}

export const perSecond = (driven: Driven) => driven.count / Math.max(driven.seconds, 1e-9);

/** Milliseconds of CPU one operation used, in the server and in PostgreSQL. */
export interface OperationCost {
  serverMs: number;
  databaseMs: number;
}

/** Operations done and the CPU the server and PostgreSQL used meanwhile (core-seconds). */
export interface Metered extends Driven {
  serverSeconds: number;
  databaseSeconds: number;
}

/** Drives `run` with the meter running: the CPU its operations used. */
export async function metered(meter: ResourceMeter, run: () => Promise<Driven>): Promise<Metered> {
  await meter.start();
  const driven = await run();
  const used = await meter.read();
  return {
    ...driven,
    serverSeconds: used.serverCores * driven.seconds,
    databaseSeconds: used.databaseCores * driven.seconds,
  };
}

export function costOf(total: Metered): OperationCost {
  const perOperation = (seconds: number) =>
    Math.round((seconds / Math.max(total.count, 1)) * 1e5) / 100;
  return {
    serverMs: perOperation(total.serverSeconds),
    databaseMs: perOperation(total.databaseSeconds),
  };
}

/**
 * The yardstick: one small write transaction per request through the same stack. Made by 16
 * people (as many as drivers), whose session checks stay cached as any active user's do:
 * one of 8,000 at random would mostly be read from the database, and the yardstick would
 * measure that read instead of the write.
 */
export async function bareWrite(world: LoadWorld): Promise<number> {
  const user = world.users[Math.floor(Math.random() * Math.min(drivers, world.users.length))];
  const answer = await world.http.call(
    'bare write',
    user ?? null,
    'POST',
    '/api/v1/bench/write',
    {},
  );
  return answer.status === 200 ? 1 : 0;
}

/** The bare write route's rate over `seconds`. */
export async function bareWriteRate(world: LoadWorld, seconds = 15): Promise<number> {
  return perSecond(await drive(seconds, () => bareWrite(world)));
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
