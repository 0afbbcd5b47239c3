import type { DeployedProcess } from '../definition.ts';
import type { EngineEnv, OrgDirectory } from '../ports.ts';
import type { Notification } from '../effects.ts';
import type { InstanceState } from '../state.ts';
import type { Transition } from '../tx.ts';
import { delegationLookup, type StoredDelegation } from './memory-delegations.ts';

/** Everything a scenario changes, as plain data so `concurrently` can snapshot it. */
export interface WorldData {
  clock: string;
  versions: Record<string, DeployedProcess[]>;
  instances: Record<string, InstanceState>;
  lastRef: string | null;
  notifications: Notification[];
  delegations: StoredDelegation[];
  seq: number;
}

/** An in-memory stand-in for the server: stores instances, versions, delegations, notifications. */
export class World {
  data: WorldData;

  constructor(
    readonly org: OrgDirectory,
    readonly processKey: string,
    start: Date,
  ) {
    this.data = {
      clock: start.toISOString(),
      versions: {},
      instances: {},
      lastRef: null,
      notifications: [],
      delegations: [],
      seq: 0,
    };
  }

  get now(): Date {
    return new Date(this.data.clock);
  }

  nextId(prefix: string): string {
    this.data.seq += 1;
    return `${prefix}-${this.data.seq}`;
  }

  current(key = this.processKey): DeployedProcess | undefined {
    return this.data.versions[key]?.at(-1);
  }

  versionOf(state: InstanceState): DeployedProcess {
    const found = this.data.versions[state.processKey]?.find((v) => v.ref === state.definitionRef);
    if (found === undefined) throw new Error(`no deployed version ${state.definitionRef}`);
    return found;
  }

  env(process: DeployedProcess, now = this.now): EngineEnv {
    return {
      process,
      org: this.org,
      delegations: delegationLookup(() => this.data.delegations),
      newId: () => this.nextId('id'),
      now,
      timeZone: 'Asia/Shanghai',
    };
  }

  /** Stores a successful transition's state and effects; returns the outcome name. */
  commit(ref: string, transition: Transition): string {
    if (!transition.ok) return transition.error.code;
    this.data.instances[ref] = transition.value.state;
    this.data.notifications.push(...transition.value.effects.notifications);
    return 'ok';
  }

  instance(ref: string | undefined): [string, InstanceState] {
    const key = ref ?? this.data.lastRef;
    const state = key === null ? undefined : this.data.instances[key];
    if (key === null || state === undefined) throw new Error(`no instance ${ref ?? '(implied)'}`);
    return [key, state];
  }
}
