import type { Value } from '@yuanwu/form-engine';

/** The conformance scenario format (`workflow-scenario/1`), as the in-memory runner reads it. */
export interface ScenarioOrg {
  departments: { id: string; name: string; parent?: string; head?: string }[];
  people: { id: string; name: string; dept: string; superior?: string; roles?: string[] }[];
  roles: { id: string; name: string }[];
}

export interface Expectation {
  status?: string;
  tasks?: Record<string, string[]>;
  history?: [string, string, string][];
  cc?: Record<string, 'read' | 'unread'>;
  notifications?: { to: string; kind: string }[];
  form?: Record<string, Value>;
  visibleForm?: { as: string; hidden: string[] };
  outcomes?: string[];
}

export interface ScenarioStep {
  as?: string;
  do?: string;
  instance?: string;
  ref?: string;
  process?: unknown;
  form?: Record<string, Value>;
  draft?: boolean;
  node?: string;
  comment?: string;
  to?: string | string[];
  position?: 'before' | 'after';
  direct?: boolean;
  processKeys?: string[];
  from?: string;
  until?: string;
  advance?: string;
  concurrently?: ScenarioStep[];
  expect?: Expectation;
  error?: string;
}

export interface Scenario {
  format: string;
  name: string;
  org: ScenarioOrg;
  process: unknown;
  steps: ScenarioStep[];
}
