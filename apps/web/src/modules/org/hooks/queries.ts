import { useQueries, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { orgApi } from '../api/org.api.ts';
import type { PeopleQuery } from '../api/types.ts';

/** Query keys of the organisation data, so writes can refresh what they changed. */
export const orgKeys = {
  all: ['org'] as const,
  tree: ['org', 'departments', 'tree'] as const,
  departmentSearch: (q: string) => ['org', 'departments', 'search', q] as const,
  campuses: ['org', 'campuses'] as const,
  positions: ['org', 'positions'] as const,
  people: (query: PeopleQuery) => ['org', 'people', 'list', query] as const,
  peopleSearch: (q: string) => ['org', 'people', 'search', q] as const,
  person: (id: string) => ['org', 'people', 'one', id] as const,
  roles: ['org', 'roles'] as const,
  roleGroups: ['org', 'role-groups'] as const,
  roleMembers: (id: string, q: string, page: number) => ['org', 'roles', id, q, page] as const,
};

export function useDepartmentTree() {
  return useQuery({ queryKey: orgKeys.tree, queryFn: orgApi.departmentTree, staleTime: 60_000 });
}

export function useCampuses() {
  return useQuery({ queryKey: orgKeys.campuses, queryFn: orgApi.campuses, staleTime: 300_000 });
}

export function usePositions() {
  return useQuery({ queryKey: orgKeys.positions, queryFn: orgApi.positions, staleTime: 300_000 });
}

/** Server-side search by name, pinyin, initials or code, once typing pauses. */
export function useDepartmentSearch(text: string) {
  const q = useDebouncedValue(text.trim(), 250);
  return useQuery({
    queryKey: orgKeys.departmentSearch(q),
    queryFn: () => orgApi.searchDepartments(q, 50),
    enabled: q.length > 0,
  });
}

/**
 * Names the people a picker holds but has not seen in a search (a formula default such as
 * the applicant, a saved draft): the picker search also matches a person's id, and is open
 * to everyone who may pick people, unlike the managers' person detail.
 */
export function usePeopleByIds(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: orgKeys.peopleSearch(id),
      queryFn: () => orgApi.searchPeople(id, 1),
      staleTime: 300_000,
    })),
    combine: (results) =>
      results.flatMap((result) => result.data ?? []).filter((person) => ids.includes(person.id)),
  });
}

/** People for pickers and the address book: 工号, 姓名, 全拼, 首字母. */
export function usePeopleSearch(text: string, limit = 20) {
  const q = useDebouncedValue(text.trim(), 250);
  const query = useQuery({
    queryKey: orgKeys.peopleSearch(q),
    queryFn: () => orgApi.searchPeople(q, limit),
    enabled: q.length > 0,
    placeholderData: (previous) => previous,
  });
  return { ...query, settledText: q };
}

export function usePeople(query: PeopleQuery) {
  return useQuery({
    queryKey: orgKeys.people(query),
    queryFn: () => orgApi.people(query),
    placeholderData: (previous) => previous,
  });
}

export function useRoles(enabled = true) {
  return useQuery({ queryKey: orgKeys.roles, queryFn: orgApi.roles, enabled });
}

export function useRoleGroups() {
  return useQuery({ queryKey: orgKeys.roleGroups, queryFn: orgApi.roleGroups, staleTime: 60_000 });
}
