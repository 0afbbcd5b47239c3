import type { OrgDirectory } from '../ports.ts';
import type { ScenarioOrg } from './scenario.ts';

/** The scenario's organisation as an OrgDirectory; `admin` always exists, in no department. */
export function memoryOrg(org: ScenarioOrg): OrgDirectory {
  const people = new Map(org.people.map((person) => [person.id, person]));
  const departments = new Map(org.departments.map((dept) => [dept.id, dept]));
  return {
    personExists: (id) => id === 'admin' || people.has(id),
    departmentOf: (id) => people.get(id)?.dept ?? null,
    departmentHead: (deptId, level) => {
      let dept = departments.get(deptId);
      for (let step = 1; step < level && dept !== undefined; step += 1) {
        dept = dept.parent === undefined ? undefined : departments.get(dept.parent);
      }
      return dept?.head ?? null;
    },
    superiorOf: (id) => people.get(id)?.superior ?? null,
    roleHolders: (role) =>
      org.people.filter((person) => person.roles?.includes(role)).map((p) => p.id),
    isKnownDepartment: (id) => departments.has(id),
  };
}
