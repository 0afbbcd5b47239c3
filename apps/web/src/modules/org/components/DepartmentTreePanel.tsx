import { ApartmentOutlined, SearchOutlined } from '@ant-design/icons';
import { Empty, Input, List, Skeleton, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState, type Key } from 'react';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import type { DepartmentNode } from '../api/types.ts';
import { pathOf } from '../departmentTree.ts';
import { useDepartmentSearch, useDepartmentTree } from '../hooks/queries.ts';
import { orgMessages } from '../messages.ts';

const m = orgMessages.departments;

function toTreeData(nodes: DepartmentNode[]): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.id,
    title: (
      <span className="yw-tree-title">
        <span>{node.name}</span>
        {node.memberCount > 0 && <span className="yw-tree-count">{node.memberCount}</span>}
      </span>
    ),
    children: toTreeData(node.children),
  }));
}

/** The department tree with a search box (name, 全拼, 首字母, code) that lists hits with their path. */
export function DepartmentTreePanel({
  selectedId,
  onSelect,
}: {
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const tree = useDepartmentTree();
  const [text, setText] = useState('');
  const search = useDepartmentSearch(text);
  const [expanded, setExpanded] = useState<Key[] | null>(null);
  const treeData = useMemo(() => toTreeData(tree.data ?? []), [tree.data]);
  // The hospital and its first level open; deeper levels on demand.
  const defaultExpanded = useMemo(
    () => (tree.data ?? []).flatMap((root) => [root.id, ...root.children.map((child) => child.id)]),
    [tree.data],
  );

  const pick = (id: string) => {
    const ancestors = pathOf(tree.data ?? [], id)
      .slice(0, -1)
      .map((node) => node.id);
    setExpanded((current) => [...new Set([...(current ?? defaultExpanded), ...ancestors])]);
    onSelect(id);
  };

  if (tree.isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (tree.error) return <ErrorState error={tree.error} onRetry={() => void tree.refetch()} />;

  const searching = text.trim().length > 0;
  return (
    <div className="yw-tree-panel">
      <Input
        allowClear
        prefix={<SearchOutlined className="yw-muted" />}
        placeholder={m.searchPlaceholder}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="yw-tree-scroll">
        {searching ? (
          <List
            size="small"
            loading={search.isFetching}
            dataSource={search.data ?? []}
            locale={{
              emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.noResults} />,
            }}
            renderItem={(hit) => {
              const trail = pathOf(tree.data ?? [], hit.id).map((node) => node.name);
              return (
                <List.Item
                  className={hit.id === selectedId ? 'yw-hit is-selected' : 'yw-hit'}
                  onClick={() => pick(hit.id)}
                >
                  <ApartmentOutlined className="yw-muted" />
                  <div className="yw-hit-text">
                    <div>{hit.name}</div>
                    <Typography.Text type="secondary" className="yw-hit-path">
                      {trail.slice(0, -1).join(' / ') || hit.code}
                    </Typography.Text>
                  </div>
                </List.Item>
              );
            }}
          />
        ) : treeData.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty} />
        ) : (
          <Tree
            blockNode
            showLine={{ showLeafIcon: false }}
            treeData={treeData}
            selectedKeys={selectedId ? [selectedId] : []}
            expandedKeys={expanded ?? defaultExpanded}
            onExpand={(keys) => setExpanded(keys)}
            onSelect={(keys) => {
              const key = keys[0];
              if (typeof key === 'string') onSelect(key);
            }}
          />
        )}
      </div>
    </div>
  );
}
