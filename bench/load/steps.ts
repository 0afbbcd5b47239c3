import type { ResourceMeter } from './resources.ts';
import type { Recorder, WindowSummary } from './stats.ts';
import { simulate } from './user.ts';
import { sleep, type LoadWorld } from './world.ts';

export interface StepResult extends WindowSummary {
  users: number;
  /** The window in which the step's new people made their first requests (not measured below). */
  arrival: WindowSummary;
  serverCores: number;
  databaseCores: number;
  driverCores: number;
  serverRssMiB: number;
}

/**
 * Ramps the simulated people up in steps. Each step runs `beforeStep` (a checkpoint), adds
 * its people (30% on phones), who make their first requests within one think time (that
 * window is recorded as the step's `arrival`), waits one more think time for the queue of
 * their arrival to drain, then measures for `stepSeconds`.
 */
export async function runSteps(
  world: LoadWorld,
  recorder: Recorder,
  meter: ResourceMeter,
  options: { steps: number[]; stepSeconds: number; thinkSeconds: number },
  log: (line: string) => void,
  beforeStep: () => Promise<void> = () => Promise.resolve(),
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  const running: Promise<void>[] = [];
  let active = 0;
  for (const users of options.steps) {
    const target = Math.min(users, world.users.length);
    recorder.recording = false;
    await beforeStep();
    recorder.reset();
    recorder.recording = true;
    log(`  step ${target} users: ${target - active} arriving over ${options.thinkSeconds} s`);
    for (; active < target; active += 1) {
      const user = world.users[active];
      if (user === undefined) break;
      running.push(
        simulate(world, user, {
          thinkSeconds: options.thinkSeconds,
          phone: active % 10 < 3,
          active: () => true,
        }),
      );
    }
    await sleep(options.thinkSeconds * 1000);
    const arrival = recorder.summary();
    recorder.recording = false;
    log(`  step ${target} users: settling for ${options.thinkSeconds} s`);
    await sleep(options.thinkSeconds * 1000);
    recorder.reset();
    recorder.recording = true;
    await meter.start();
    const cpuBefore = process.cpuUsage();
    await sleep(options.stepSeconds * 1000);
    const cpu = process.cpuUsage(cpuBefore);
    const summary = recorder.summary();
    const resources = await meter.read();
    const driverCores = Math.round(((cpu.user + cpu.system) / 1e6 / summary.seconds) * 100) / 100;
    results.push({ users: target, arrival, ...summary, ...resources, driverCores });
    log(
      `  step ${target} users: ${summary.rps.toFixed(0)} req/s, ${summary.errors} errors, ` +
        `server ${resources.serverCores} cores, database ${resources.databaseCores} cores`,
    );
  }
  // Every pause ends at once (people in a long think time kept the finished run alive for
  // minutes); requests in flight get a moment to finish.
  world.ending.abort();
  await Promise.race([Promise.all(running), sleep(3_000)]);
  return results;
}
