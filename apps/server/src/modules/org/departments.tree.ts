import type { DepartmentListRow } from './departments.repository.ts';

/** A department in the tree the web app shows. */
export interface DepartmentNode {
  id: string;
  code: string;
  name: string;
  kind: DepartmentListRow['kind'];
  campusId: string | null;
  parentId: string | null;
  headPersonId: string | null;
  headName: string | null;
  memberCount: number;
  children: DepartmentNode[];
}

/**
 * Builds the tree from flat rows already in display order. A department
 * whose parent is missing (deleted) is shown as a root rather than lost.
 */
export function buildDepartmentTree(rows: readonly DepartmentListRow[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  for (const row of rows) {
    nodes.set(row.id, {
      id: row.id,
      code: row.code,
      name: row.name,
      kind: row.kind,
      campusId: row.campus_id,
      parentId: row.parent_id,
      headPersonId: row.head_person_id,
      headName: row.head_name,
      memberCount: row.member_count,
      children: [],
    });
  }
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The kind a new department takes from its parent: the hospital's own kind is not inherited. */
export function inheritedKind(parent: { kind: DepartmentNode['kind'] } | null | undefined) {
  return parent && parent.kind !== 'hospital' ? parent.kind : 'other';
}
