import type { DepartmentKind } from '../../db/tables/organisation.ts';

export type { DepartmentKind };
export type Gender = 'male' | 'female' | 'unknown';
export type PersonStatus = 'active' | 'disabled';

export const departmentKinds: readonly DepartmentKind[] = [
  'hospital',
  'clinical',
  'medical_technical',
  'nursing',
  'administrative',
  'logistics',
  'other',
];

/** A person as other modules address them (assignees, approvers, authors). */
export interface PersonRef {
  id: string;
  employeeNo: string;
  name: string;
  departmentId: string;
  departmentName: string;
}

/** Everything other modules may need to know about one person. */
export interface PersonProfile extends PersonRef {
  gender: Gender;
  phone: string | null;
  email: string | null;
  status: PersonStatus;
  /** Materialised path of the primary department ('/root/…/dept/'). */
  departmentPath: string;
  campusId: string | null;
  positionId: string | null;
  positionName: string | null;
  superiorId: string | null;
  superiorName: string | null;
  /** Departments besides the primary one (兼职科室). */
  extraDepartmentIds: string[];
}

/** A role as other modules address it. */
export interface RoleRef {
  id: string;
  code: string;
  name: string;
}

/** The built-in role everyone holds implicitly (员工). */
export const staffRoleCode = 'staff';

/** Codes of the standard roles the workflow templates address (migration 1933). */
export const orgRoleCodes = {
  staff: 'staff',
  president: 'president',
  vicePresident: 'vice_president',
  departmentDirector: 'department_director',
  headNurse: 'head_nurse',
  partyOfficeDirector: 'party_office_director',
  financeReviewer: 'finance_reviewer',
  sealKeeper: 'seal_keeper',
  archivist: 'archivist',
  itReviewer: 'it_reviewer',
  procurementReviewer: 'procurement_reviewer',
  equipmentManager: 'equipment_manager',
} as const;
