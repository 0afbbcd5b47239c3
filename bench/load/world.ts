import type { VirtualUser } from '../seed/sessions.ts';
import type { fillForm, FillContext } from './forms.ts';
import type { Http } from './http.ts';

/** A process a simulated person can start, with a start form the filler can complete. */
export interface Startable {
  key: string;
  fields: Parameters<typeof fillForm>[0];
}

/** What every simulated person shares: the wire, the catalogue, the others. */
export interface LoadWorld {
  http: Http;
  users: VirtualUser[];
  startable: Startable[];
  /** Every budget line: requests spend from all of them, as the hospital's departments do. */
  budgetCodes: string[];
  demoPassword: string;
  today: string;
  /** Aborted when the run ends: people stop acting and leave their pauses at once. */
  ending: AbortController;
}

export function fillContext(world: LoadWorld, user: VirtualUser): FillContext {
  return {
    personId: user.personId,
    departmentId: user.departmentId,
    budgetCode: pick(world.budgetCodes) ?? null,
    today: world.today,
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A person's pause: `ms`, or until the run ends. Think times are exponential, so the
 * longest of 8,000 people's is minutes; nobody waits them out after the last step.
 *
 * One abort listener per run wakes them all. A listener per pause (`timers/promises` with the
 * signal) made each pause add and remove itself among thousands of others, which Node's
 * EventTarget does by walking its list: at 8,000 people the driver used 0.4–0.54 cores of
 * the two instead of about 0.2, taken from the server and the database it measures.
 */
export function pause(world: LoadWorld, ms: number): Promise<void> {
  const { signal } = world.ending;
  if (signal.aborted) return Promise.resolve();
  const asleep = sleepersOf(signal);
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer);
      asleep.delete(wake);
      resolve();
    };
    const timer = setTimeout(wake, ms);
    asleep.add(wake);
  });
}

/** The pauses of each run, all woken by one listener when the run ends. */
const sleepers = new WeakMap<AbortSignal, Set<() => void>>();

function sleepersOf(signal: AbortSignal): Set<() => void> {
  let asleep = sleepers.get(signal);
  if (asleep === undefined) {
    const all = new Set<() => void>();
    signal.addEventListener('abort', () => all.forEach((wake) => wake()), { once: true });
    sleepers.set(signal, all);
    asleep = all;
  }
  return asleep;
}

/** Exponentially distributed think time with the given mean (people pause unevenly). */
export function thinkTime(meanSeconds: number): number {
  return -Math.log(1 - Math.random()) * meanSeconds * 1000;
}

export function pick<T>(items: readonly T[]): T | undefined {
  return items[Math.floor(Math.random() * items.length)];
}
