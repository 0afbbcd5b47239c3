/** Shapes of the organisation API (docs/api-v1.md, `modules/org`). */

export type DepartmentKind =
  | 'hospital'
  | 'clinical'
  | 'medical_technical'
  | 'nursing'
  | 'administrative'
  | 'logistics'
  | 'other';

export type Gender = 'male' | 'female' | 'unknown';
export type PersonStatus = 'active' | 'disabled';

export interface Paged<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Campus {
  id: string;
  code?: string;
  name: string;
}

export interface DepartmentNode {
  id: string;
  code: string;
  name: string;
  kind: DepartmentKind;
  campusId: string | null;
  parentId: string | null;
  headPersonId: string | null;
  headName: string | null;
  memberCount: number;
  children: DepartmentNode[];
}

/** One hit of `GET /org/departments/search`. */
export interface DepartmentHit {
  id: string;
  code: string;
  name: string;
  path?: string;
  parentId?: string | null;
}

export interface DepartmentInput {
  code: string;
  name: string;
  parentId: string | null;
  campusId: string | null;
  kind: DepartmentKind;
  headPersonId: string | null;
  sort?: number;
}

export interface Position {
  id: string;
  code?: string;
  name: string;
}

export interface PersonSummary {
  id: string;
  employeeNo: string;
  name: string;
  gender: Gender;
  phone: string | null;
  email: string | null;
  departmentId: string;
  departmentName: string;
  positionName: string | null;
  status: PersonStatus;
  superiorName: string | null;
}

/** `GET /org/people/:id`. */
export interface PersonDetail extends PersonSummary {
  positionId: string | null;
  superiorId: string | null;
  extraDepartmentIds?: string[];
}

/** One hit of `GET /org/people/search` (pickers, address book). */
export interface PersonHit {
  id: string;
  employeeNo: string;
  name: string;
  departmentName: string;
  positionName: string | null;
}

export interface PersonInput {
  employeeNo: string;
  name: string;
  gender: Gender;
  phone: string | null;
  email: string | null;
  departmentId: string;
  positionId: string | null;
  superiorId: string | null;
}

export interface PeopleQuery {
  q?: string;
  departmentId?: string;
  subtree?: boolean;
  status?: PersonStatus;
  roleId?: string;
  page: number;
  pageSize: number;
}

export interface Role {
  id: string;
  code: string;
  name: string;
  description: string;
  groupId: string | null;
  groupName: string | null;
  memberCount: number;
  builtin: boolean;
}

export interface RoleGroup {
  id: string;
  name: string;
  roleCount: number;
}

export interface RoleInput {
  code: string;
  name: string;
  description: string;
  groupId: string | null;
}

/** A member of a role; `addedAt` is null for 员工, which everyone holds implicitly. */
export interface RoleMember {
  id: string;
  employeeNo: string;
  name: string;
  departmentId: string;
  departmentName: string;
  positionName: string | null;
  status: PersonStatus;
  addedAt: string | null;
}

export type ImportMode = 'dry-run' | 'all-or-nothing' | 'valid-only';
export type ImportKind = 'people' | 'departments';

export interface ImportProblem {
  row: number;
  column: string;
  message: string;
}

export interface ImportReport {
  mode: ImportMode;
  totalRows: number;
  validRows: number;
  invalidRows: number;
  written: number;
  problems: ImportProblem[];
}
