import type { ColumnType, Generated, GeneratedAlways } from 'kysely';

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;

export interface CampusTable {
  id: string;
  code: string;
  name: string;
  address: Generated<string>;
  sort: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
}

export interface PositionTable {
  id: string;
  code: string;
  name: string;
  sort: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
}

export type DepartmentKind =
  | 'hospital'
  | 'clinical'
  | 'medical_technical'
  | 'nursing'
  | 'administrative'
  | 'logistics'
  | 'other';

export interface DepartmentTable {
  id: string;
  code: string;
  name: string;
  parent_id: string | null;
  campus_id: string | null;
  kind: Generated<DepartmentKind>;
  head_person_id: string | null;
  path: string;
  sort: Generated<number>;
  name_pinyin: Generated<string>;
  name_initials: Generated<string>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
}

export interface PersonTable {
  id: string;
  employee_no: string;
  name: string;
  gender: Generated<'male' | 'female' | 'unknown'>;
  phone: string | null;
  email: string | null;
  department_id: string;
  position_id: string | null;
  superior_id: string | null;
  status: Generated<'active' | 'disabled'>;
  name_pinyin: Generated<string>;
  name_initials: Generated<string>;
  /** The readings and initials as a tsvector, computed by PostgreSQL (the picker's search). */
  search_readings: GeneratedAlways<string>;
  sort: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
}

export interface PersonDepartmentTable {
  person_id: string;
  department_id: string;
  is_primary: Generated<boolean>;
}

export interface RoleGroupTable {
  id: string;
  name: string;
  sort: Generated<number>;
  created_at: CreatedAt;
  deleted_at: Date | null;
}

export interface RoleTable {
  id: string;
  code: string;
  name: string;
  description: Generated<string>;
  group_id: string | null;
  builtin: Generated<boolean>;
  sort: Generated<number>;
  created_at: CreatedAt;
  updated_at: UpdatedAt;
  deleted_at: Date | null;
}

export interface RoleMemberTable {
  role_id: string;
  person_id: string;
  created_at: CreatedAt;
}

export interface RolePermissionTable {
  role_id: string;
  permission: string;
  scope: Generated<'self' | 'department' | 'department_tree' | 'campus' | 'all'>;
}

export interface AppSettingTable {
  key: string;
  value: unknown;
  updated_at: UpdatedAt;
}
