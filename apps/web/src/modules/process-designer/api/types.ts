import type { ProcessDefinition } from '../model/definition.ts';

export interface Category {
  id: string;
  name: string;
  colour: string;
  sort: number;
}

export interface StartScope {
  departments: string[];
  roles: string[];
  people: string[];
}

export interface ManageScope {
  roles: string[];
  people: string[];
}

export interface ProcessRights {
  start: StartScope | null;
  manage: ManageScope | null;
}

export interface ManagedProcess {
  key: string;
  name: string;
  version: number;
  category: { id: string; name: string; colour: string } | null;
  updatedAt: string;
  rights: ProcessRights;
}

export interface ProcessVersion {
  id: string;
  version: number;
  createdAt: string;
  createdBy: string | null;
}

export interface ProcessDetail {
  key: string;
  name: string;
  version: number;
  categoryId: string | null;
  versions: ProcessVersion[];
}

export interface DesignProblem {
  path: string;
  nodeId?: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface SimulatedStep {
  nodeId: string;
  name: string;
  type: string;
  assignees: { id: string; name: string }[];
  outcome?: 'skipped' | 'auto_approved';
}

export interface Simulation {
  path: SimulatedStep[];
  end: boolean;
  problem?: string;
}

export interface Deployed {
  process: { key: string; name: string; version: number; definitionId: string };
}

export type { ProcessDefinition };
