import type { CampusRow, PositionRow } from './campuses.repository.ts';
import type { DepartmentRow } from './departments.repository.ts';
import type { PersonProfile } from './org.types.ts';
import type { PersonViewRow } from './people.repository.ts';
import type { RoleGroupRow, RoleListRow, RoleMemberRow } from './roles.repository.ts';

/** Campus as the API shows it. */
export function presentCampus(row: CampusRow) {
  return { id: row.id, code: row.code, name: row.name, address: row.address, sort: row.sort };
}

/** Position (职务) as the API shows it. */
export function presentPosition(row: PositionRow) {
  return { id: row.id, code: row.code, name: row.name, sort: row.sort };
}

/** Department (without children) as the API shows it. */
export function presentDepartment(row: DepartmentRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    kind: row.kind,
    campusId: row.campus_id,
    parentId: row.parent_id,
    headPersonId: row.head_person_id,
    sort: row.sort,
  };
}

/** PersonSummary of api-v1.md. */
export function presentPersonSummary(row: PersonViewRow) {
  return {
    id: row.id,
    employeeNo: row.employee_no,
    name: row.name,
    gender: row.gender,
    phone: row.phone,
    email: row.email,
    departmentId: row.department_id,
    departmentName: row.department_name,
    positionName: row.position_name,
    status: row.status,
    superiorName: row.superior_name,
  };
}

/** A person for the edit form: the summary plus the ids it edits. */
export function presentPersonDetail(profile: PersonProfile) {
  return {
    id: profile.id,
    employeeNo: profile.employeeNo,
    name: profile.name,
    gender: profile.gender,
    phone: profile.phone,
    email: profile.email,
    departmentId: profile.departmentId,
    departmentName: profile.departmentName,
    positionId: profile.positionId,
    positionName: profile.positionName,
    status: profile.status,
    superiorId: profile.superiorId,
    superiorName: profile.superiorName,
    campusId: profile.campusId,
    extraDepartmentIds: profile.extraDepartmentIds,
  };
}

/** Role as the roles page lists it. */
export function presentRole(row: RoleListRow) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    groupId: row.group_id,
    groupName: row.group_name,
    memberCount: row.member_count,
    builtin: row.builtin,
  };
}

/** Role group (角色组) as the API shows it. */
export function presentRoleGroup(row: RoleGroupRow & { role_count: number }) {
  return { id: row.id, name: row.name, sort: row.sort, roleCount: row.role_count };
}

/** A role member: who they are and when they joined (null for 员工, held implicitly). */
export function presentRoleMember(row: RoleMemberRow) {
  return {
    id: row.id,
    employeeNo: row.employee_no,
    name: row.name,
    departmentId: row.department_id,
    departmentName: row.department_name,
    positionName: row.position_name,
    status: row.status,
    addedAt: row.added_at ? row.added_at.toISOString() : null,
  };
}
