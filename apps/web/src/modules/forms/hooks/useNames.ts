import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { flattenTree, orgApi, useDepartmentTree } from '../../org/index.ts';

/**
 * Names for person ids in read-only forms. The directory search is open to everyone (the
 * person detail is not), and it finds a person by id or 工号; unknown ids keep showing the id.
 */
export function usePersonNames(ids: readonly string[]): Map<string, string> {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['forms', 'person-name', id],
      queryFn: () => orgApi.searchPeople(id, 5),
      staleTime: 5 * 60_000,
    })),
  });
  // Cheap to rebuild on each render; results is a new array every time anyway.
  const names = new Map<string, string>();
  results.forEach((result, index) => {
    const id = ids[index];
    const hit = result.data?.find((person) => person.id === id || person.employeeNo === id);
    if (id && hit) names.set(id, hit.name);
  });
  return names;
}

/** Names for department ids, from the department tree everyone may read. */
export function useDepartmentNames(): Map<string, string> {
  const tree = useDepartmentTree();
  return useMemo(
    () => new Map(flattenTree(tree.data ?? []).map((node) => [node.id, node.name])),
    [tree.data],
  );
}
