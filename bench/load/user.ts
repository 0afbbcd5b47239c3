import type { VirtualUser } from '../seed/sessions.ts';
import {
  handleTask,
  logIn,
  openStarted,
  openWorkbench,
  pageDone,
  readNotifications,
  searchPerson,
  startProcess,
} from './actions.ts';
import { pause, thinkTime, type LoadWorld } from './world.ts';

type Action = (world: LoadWorld, user: VirtualUser, pageSize: number) => Promise<void>;

/**
 * What people do in a hospital OA, and how often (weights per action). Heads decide far
 * more than they start; staff start more and mostly look. Phone users do the same with
 * the phone pages' smaller pages.
 *
 * Logins: a session lasts until 30 idle minutes or 12 hours (SECURITY.md 9), so people who
 * keep working log in a few times a shift: once in 450 actions at one action every ~16 s and
 * a login every two hours. 0.5% (once an hour each, the rate of a morning when everyone
 * arrives within the hour) keeps a margin. The earlier 2% had every person log in every 13
 * minutes: at 8,000 people, 7 password checks a second, 0.22 of the two cores in argon2
 * (docs/benchmarks.md).
 */
const staffMix: [number, Action][] = [
  [30, openWorkbench],
  [8, handleTask],
  [10, startProcess],
  [14, openStarted],
  [12, pageDone],
  [12, readNotifications],
  [12, searchPerson],
  [0.5, logIn],
];
const headMix: [number, Action][] = [
  [25, openWorkbench],
  [35, handleTask],
  [3, startProcess],
  [8, openStarted],
  [10, pageDone],
  [8, readNotifications],
  [9, searchPerson],
  [0.5, logIn],
];

function choose(mix: [number, Action][]): Action {
  const total = mix.reduce((sum, [weight]) => sum + weight, 0);
  let roll = Math.random() * total;
  for (const [weight, action] of mix) {
    roll -= weight;
    if (roll <= 0) return action;
  }
  return openWorkbench;
}

/** One simulated person: act, think, act… until the run stops or the person leaves. */
export async function simulate(
  world: LoadWorld,
  user: VirtualUser,
  options: { thinkSeconds: number; phone: boolean; active: () => boolean },
): Promise<void> {
  await pause(world, Math.random() * options.thinkSeconds * 1000);
  const pageSize = options.phone ? 10 : 20;
  while (!world.ending.signal.aborted && options.active()) {
    await choose(user.isHead ? headMix : staffMix)(world, user, pageSize);
    await pause(world, thinkTime(options.thinkSeconds));
  }
}
