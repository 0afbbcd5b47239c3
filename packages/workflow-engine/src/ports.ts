import type { DeployedProcess } from './definition.ts';

/**
 * The organisation as the engine needs it. The server implements it over PostgreSQL
 * (a snapshot loaded for the transaction); tests implement it in memory. Synchronous
 * on purpose: the engine stays a pure function of state, command and these answers.
 */
export interface OrgDirectory {
  personExists(personId: string): boolean;
  departmentOf(personId: string): string | null;
  /** Level 1: the head of `departmentId`; level 2: the head of its parent; and so on. */
  departmentHead(departmentId: string, level: number): string | null;
  superiorOf(personId: string): string | null;
  /** Holders of a role in the organisation's order of people. */
  roleHolders(roleId: string): string[];
  isKnownDepartment(departmentId: string): boolean;
}

/** An active 授权代理 as the engine sees it when it creates a task. */
export interface ActiveDelegation {
  id: string;
  to: string;
}

/** Delegations are server data; the engine only asks whether one is active. */
export interface DelegationLookup {
  /** The delegation of `personId` active at `at` for `processKey` (from ≤ at < until). */
  activeDelegation(personId: string, processKey: string, at: Date): ActiveDelegation | null;
}

/** Who performs a command. `isAdmin` is the administrative right over instances. */
export interface Actor {
  id: string;
  isAdmin: boolean;
}

/** Everything a command needs besides the state and the command itself. */
export interface EngineEnv {
  /**
   * The definition to run: the instance's own version (`state.definitionRef`), except for
   * `start` and draft `submit`, which take the process's current version.
   */
  process: DeployedProcess;
  org: OrgDirectory;
  delegations: DelegationLookup;
  /** New ids for tasks and cc items (UUIDs on the server). */
  newId(): string;
  /** The logical time of the command (the injected clock). */
  now: Date;
  /** For `today()` and `now()` in expressions; default Asia/Shanghai. */
  timeZone?: string;
  /** The person who receives `ifEmpty: admin` tasks and failed-timer notices; default `admin`. */
  adminId?: string;
}
