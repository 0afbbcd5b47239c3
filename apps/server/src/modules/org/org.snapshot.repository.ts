import type { Executor } from '../../db/database.ts';

/** The whole live organisation in three queries, for modules that resolve people in bulk. */
export interface OrganisationSnapshot {
  /** Active, live people in display order. */
  people: {
    id: string;
    employeeNo: string;
    name: string;
    departmentId: string;
    superiorId: string | null;
  }[];
  /** Live departments. */
  departments: {
    id: string;
    code: string;
    name: string;
    parentId: string | null;
    headPersonId: string | null;
    path: string;
  }[];
  /** Explicit members of live roles (the built-in 员工 role has none: everyone holds it). */
  roleMembers: { roleCode: string; personId: string }[];
}

/**
 * Loads the organisation at once: a workflow engine or a rights check that
 * asks often answers from this in memory instead of one query per person.
 */
export async function organisationSnapshot(db: Executor): Promise<OrganisationSnapshot> {
  const people = await db
    .selectFrom('person')
    .select(['id', 'employee_no', 'name', 'department_id', 'superior_id'])
    .where('deleted_at', 'is', null)
    .where('status', '=', 'active')
    .orderBy('sort')
    .orderBy('employee_no')
    .execute();
  const departments = await db
    .selectFrom('department')
    .select(['id', 'code', 'name', 'parent_id', 'head_person_id', 'path'])
    .where('deleted_at', 'is', null)
    .orderBy('sort')
    .orderBy('code')
    .execute();
  const members = await db
    .selectFrom('role_member as rm')
    .innerJoin('role as r', 'r.id', 'rm.role_id')
    .innerJoin('person as p', 'p.id', 'rm.person_id')
    .select(['r.code', 'rm.person_id'])
    .where('r.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .execute();
  return {
    people: people.map((p) => ({
      id: p.id,
      employeeNo: p.employee_no,
      name: p.name,
      departmentId: p.department_id,
      superiorId: p.superior_id,
    })),
    departments: departments.map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      parentId: d.parent_id,
      headPersonId: d.head_person_id,
      path: d.path,
    })),
    roleMembers: members.map((m) => ({ roleCode: m.code, personId: m.person_id })),
  };
}
