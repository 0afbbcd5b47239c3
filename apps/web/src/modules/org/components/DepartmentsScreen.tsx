import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Row } from 'antd';
import { useMemo, useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import type { DepartmentNode } from '../api/types.ts';
import { flattenTree } from '../departmentTree.ts';
import { useDepartmentTree } from '../hooks/queries.ts';
import { orgMessages } from '../messages.ts';
import { DepartmentDetail } from './DepartmentDetail.tsx';
import { DepartmentFormModal } from './DepartmentFormModal.tsx';
import { DepartmentTreePanel } from './DepartmentTreePanel.tsx';

const m = orgMessages.departments;

type Editor =
  { open: false } | { open: true; editing: DepartmentNode | null; parentId: string | null };

/** 组织架构: the tree on the left, the chosen department on the right, editors in modals. */
export function DepartmentsScreen({ canManage }: { canManage: boolean }) {
  const tree = useDepartmentTree();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editor, setEditor] = useState<Editor>({ open: false });
  const byId = useMemo(
    () => new Map(flattenTree(tree.data ?? []).map((node) => [node.id, node])),
    [tree.data],
  );
  // Until the user picks one, the hospital itself (the first root) is shown.
  const selected = (selectedId && byId.get(selectedId)) || tree.data?.[0] || null;

  return (
    <PageContainer
      title={m.title}
      description={m.description}
      extra={
        canManage && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditor({ open: true, editing: null, parentId: selectedId })}
          >
            {m.create}
          </Button>
        )
      }
    >
      <Row gutter={16} wrap={false} className="yw-split">
        <Col flex="320px">
          <Card variant="borderless" className="yw-panel">
            <DepartmentTreePanel selectedId={selected?.id ?? null} onSelect={setSelectedId} />
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          <Card variant="borderless" className="yw-panel">
            {selected ? (
              <DepartmentDetail
                department={selected}
                canManage={canManage}
                onEdit={() =>
                  setEditor({ open: true, editing: selected, parentId: selected.parentId })
                }
                onCreateChild={() =>
                  setEditor({ open: true, editing: null, parentId: selected.id })
                }
                onDeleted={() => setSelectedId(selected.parentId)}
              />
            ) : (
              <Empty className="yw-empty-tall" description={m.selectHint} />
            )}
          </Card>
        </Col>
      </Row>
      <DepartmentFormModal
        open={editor.open}
        editing={editor.open ? editor.editing : null}
        parentId={editor.open ? editor.parentId : null}
        onClose={() => setEditor({ open: false })}
        onSaved={setSelectedId}
      />
    </PageContainer>
  );
}
