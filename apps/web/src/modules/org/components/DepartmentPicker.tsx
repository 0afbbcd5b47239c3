import { TreeSelect } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import type { DepartmentNode } from '../api/types.ts';
import { pruneTree } from '../departmentTree.ts';
import { useDepartmentSearch, useDepartmentTree } from '../hooks/queries.ts';
import { orgMessages as m } from '../messages.ts';

interface TreeOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: TreeOption[];
}

function toOptions(nodes: DepartmentNode[], excluded: string | undefined): TreeOption[] {
  return nodes.map((node) => ({
    value: node.id,
    title: node.name,
    disabled: node.id === excluded,
    children: node.id === excluded ? [] : toOptions(node.children, excluded),
  }));
}

interface Props {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** A department that may not be chosen with its subtree (a department's own parent field). */
  exclude?: string;
  id?: string;
  style?: CSSProperties;
}

/**
 * Picks a department from the tree. Typing searches on the server (name, 全拼, 首字母,
 * code) and narrows the tree to the hits and their ancestors.
 */
export function DepartmentPicker({
  value,
  onChange,
  placeholder = m.pickDepartment,
  allowClear = true,
  exclude,
  id,
  style,
}: Props) {
  const tree = useDepartmentTree();
  const [text, setText] = useState('');
  const search = useDepartmentSearch(text);

  const treeData = useMemo(() => {
    const nodes = tree.data ?? [];
    const hits = text.trim() && search.data ? new Set(search.data.map((hit) => hit.id)) : null;
    const needle = text.trim().toLowerCase();
    const shown = hits
      ? pruneTree(
          nodes,
          (node) =>
            hits.has(node.id) ||
            node.name.toLowerCase().includes(needle) ||
            node.code.toLowerCase().includes(needle),
        )
      : nodes;
    return toOptions(shown, exclude);
  }, [tree.data, search.data, text, exclude]);

  return (
    <TreeSelect<string>
      id={id}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      treeData={treeData}
      loading={tree.isLoading}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ searchValue: text, onSearch: setText, filterTreeNode: () => true }}
      treeDefaultExpandedKeys={(tree.data ?? []).map((node) => node.id)}
      style={{ width: '100%', ...style }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxHeight: 420, minWidth: 260 } } }}
    />
  );
}
