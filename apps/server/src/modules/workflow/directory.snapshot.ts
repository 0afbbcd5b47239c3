import type { OrgDirectory } from '@yuanwu/workflow-engine';
import type { Executor } from '../../db/database.ts';
import {
  activePeople,
  liveDepartments,
  orgVersion,
  roleMembers,
  workflowAdminPerson,
  type DirectoryDepartmentRow,
  type DirectoryPersonRow,
} from './directory.repository.ts';

/** The organisation in memory: the engine's synchronous OrgDirectory plus names for presenters. */
export interface DirectorySnapshot extends OrgDirectory {
  version: number;
  /** The person behind `ifEmpty: admin`, or null when no administrator has a person. */
  adminPersonId: string | null;
  personName(personId: string): string | null;
  departmentName(departmentId: string): string | null;
}

/** Builds the snapshot from loaded rows (pure, so it is easy to test). */
export function buildSnapshot(data: {
  version: number;
  people: DirectoryPersonRow[];
  departments: DirectoryDepartmentRow[];
  members: { code: string; person_id: string }[];
  adminPersonId: string | null;
}): DirectorySnapshot {
  const people = new Map(data.people.map((person, index) => [person.id, { ...person, index }]));
  const departments = new Map(data.departments.map((d) => [d.id, d]));
  const holders = new Map<string, string[]>();
  for (const member of data.members) {
    if (!people.has(member.person_id)) continue;
    const list = holders.get(member.code) ?? [];
    list.push(member.person_id);
    holders.set(member.code, list);
  }
  const order = (id: string) => people.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  for (const list of holders.values()) list.sort((a, b) => order(a) - order(b));
  return {
    version: data.version,
    adminPersonId: data.adminPersonId,
    personExists: (id) => people.has(id),
    departmentOf: (id) => people.get(id)?.department_id ?? null,
    // README: level 1 is the head of the department itself, level 2 of its parent, and so on.
    departmentHead(departmentId, level) {
      let department = departments.get(departmentId);
      for (let step = 1; step < level && department; step++) {
        department = department.parent_id ? departments.get(department.parent_id) : undefined;
      }
      const head = department?.head_person_id ?? null;
      return head !== null && people.has(head) ? head : null;
    },
    superiorOf(id) {
      const superior = people.get(id)?.superior_id ?? null;
      return superior !== null && people.has(superior) ? superior : null;
    },
    roleHolders: (code) => [...(holders.get(code) ?? [])],
    isKnownDepartment: (id) => departments.has(id),
    personName: (id) => people.get(id)?.name ?? null,
    departmentName: (id) => departments.get(id)?.name ?? null,
  };
}

/**
 * One snapshot per server process, reloaded when the organisation's change
 * counter moves (one tiny query per use). The counter is read before the data,
 * so a snapshot is never older than the version it is cached under.
 */
export function createDirectoryCache() {
  let cached: DirectorySnapshot | null = null;
  return {
    async current(db: Executor): Promise<DirectorySnapshot> {
      const version = await orgVersion(db);
      if (cached?.version === version) return cached;
      const [people, departments, members, adminPersonId] = await Promise.all([
        activePeople(db),
        liveDepartments(db),
        roleMembers(db),
        workflowAdminPerson(db),
      ]);
      const snapshot = buildSnapshot({ version, people, departments, members, adminPersonId });
      if (cached === null || cached.version < version) cached = snapshot;
      return snapshot;
    },
  };
}

export type DirectoryCache = ReturnType<typeof createDirectoryCache>;
