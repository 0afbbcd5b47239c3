import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useMe } from '../../auth/index.ts';
import { flattenTree, orgApi, useDepartmentTree } from '../../org/index.ts';

/**
 * Names for person and department ids (a default such as `initiator.id`, a draft, a read-only
 * form): the session, names the caller already knows (an instance's people), the department
 * tree, and the people search; an id none of them knows stays unnamed.
 */
export function usePartyNames(
  personIds: readonly string[],
  known: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const me = useMe();
  const people = useQueries({
    queries: personIds.map((id) => ({
      queryKey: ['forms', 'person-name', id],
      queryFn: () => orgApi.searchPeople(id, 5),
      staleTime: 5 * 60_000,
    })),
  });
  const tree = useDepartmentTree();
  const departments = useMemo(
    () => flattenTree(tree.data ?? []).map((node): [string, string] => [node.id, node.name]),
    [tree.data],
  );
  const names = new Map<string, string>([...departments, ...known]);
  // The search does not look up ids, so the reader's own id (a default) is named from the session.
  if (me.person) names.set(me.person.id, me.person.name);
  people.forEach((result, index) => {
    const id = personIds[index];
    const hit = result.data?.find((person) => person.id === id);
    if (id && hit) names.set(id, hit.name);
  });
  return names;
}
