import type { OrgDirectory } from '@yuanwu/workflow-engine';
import type { Executor } from '../../db/database.ts';
import type { CacheFreshness } from './cache.freshness.ts';
import { organisationSnapshot, type OrganisationSnapshot } from '../org/index.ts';
import { orgVersion, workflowAdminPerson } from './directory.repository.ts';

/** The organisation in memory: the engine's synchronous OrgDirectory plus names for presenters. */
export interface DirectorySnapshot extends OrgDirectory {
  version: number;
  /** The person behind `ifEmpty: admin`, or null when no administrator has a person. */
  adminPersonId: string | null;
  personName(personId: string): string | null;
  departmentName(departmentId: string): string | null;
}

/** Builds the directory from org's snapshot (pure, so it is easy to test). */
export function buildSnapshot(
  org: OrganisationSnapshot,
  options: { version: number; adminPersonId: string | null },
): DirectorySnapshot {
  const people = new Map(org.people.map((person, index) => [person.id, { ...person, index }]));
  const departments = new Map(org.departments.map((d) => [d.id, d]));
  const holders = new Map<string, string[]>();
  for (const member of org.roleMembers) {
    if (!people.has(member.personId)) continue;
    const list = holders.get(member.roleCode) ?? [];
    list.push(member.personId);
    holders.set(member.roleCode, list);
  }
  const order = (id: string) => people.get(id)?.index ?? Number.MAX_SAFE_INTEGER;
  for (const list of holders.values()) list.sort((a, b) => order(a) - order(b));
  return {
    version: options.version,
    adminPersonId: options.adminPersonId,
    personExists: (id) => people.has(id),
    departmentOf: (id) => people.get(id)?.departmentId ?? null,
    // README: level 1 is the head of the department itself, level 2 of its parent, and so on.
    departmentHead(departmentId, level) {
      let department = departments.get(departmentId);
      for (let step = 1; step < level && department; step++) {
        department = department.parentId ? departments.get(department.parentId) : undefined;
      }
      const head = department?.headPersonId ?? null;
      return head !== null && people.has(head) ? head : null;
    },
    superiorOf(id) {
      const superior = people.get(id)?.superiorId ?? null;
      return superior !== null && people.has(superior) ? superior : null;
    },
    roleHolders: (code) => [...(holders.get(code) ?? [])],
    isKnownDepartment: (id) => departments.has(id),
    personName: (id) => people.get(id)?.name ?? null,
    departmentName: (id) => departments.get(id)?.name ?? null,
  };
}

/**
 * One snapshot per server process. While `freshness` vouches for it (no change to the
 * organisation anywhere since it was read) it is used as it is; otherwise the
 * organisation's change counter is read (one tiny query) and the snapshot rebuilt only
 * when the counter moved. The counter is read before the data, so a snapshot is never
 * older than the version it is cached under.
 */
export function createDirectoryCache(freshness: CacheFreshness) {
  let cached: DirectorySnapshot | null = null;
  let cachedStamp: number | null = null;
  // Builds under way by version. After a change every command of the moment finds the copy
  // stale; they share one build instead of each reading the whole organisation (sixteen
  // concurrent approvals read it sixteen times, 0.4 s of database time each).
  const building = new Map<number, Promise<DirectorySnapshot>>();
  const build = async (db: Executor, version: number): Promise<DirectorySnapshot> => {
    const [org, adminPersonId] = await Promise.all([
      organisationSnapshot(db),
      workflowAdminPerson(db),
    ]);
    return buildSnapshot(org, { version, adminPersonId });
  };
  return {
    async current(db: Executor): Promise<DirectorySnapshot> {
      if (cached && freshness.isCurrent('org', cachedStamp)) return cached;
      const stamp = freshness.stamp('org');
      const version = await orgVersion(db);
      if (cached?.version === version) {
        cachedStamp = stamp;
        return cached;
      }
      let shared = building.get(version);
      if (shared === undefined) {
        shared = build(db, version).finally(() => building.delete(version));
        building.set(version, shared);
      }
      const snapshot = await shared;
      if (cached === null || cached.version < version) {
        cached = snapshot;
        cachedStamp = stamp;
      }
      return snapshot;
    },
  };
}

export type DirectoryCache = ReturnType<typeof createDirectoryCache>;
