import { Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import type { GraphNode } from '../api/types.ts';
import { actionMessages as a } from '../actionMessages.ts';

/** Where a return may go: the start (the initiator) and approval nodes already passed. */
export function returnTargets(nodes: GraphNode[]): GraphNode[] {
  return nodes.filter(
    (n) => n.progress === 'passed' && (n.type === 'start' || n.type === 'approval'),
  );
}

/** 退回: pick the node to send the request back to. */
export function ReturnModal({
  open,
  nodes,
  confirming,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  nodes: GraphNode[];
  confirming: boolean;
  onCancel: () => void;
  onConfirm: (to: string) => void;
}) {
  const targets = returnTargets(nodes);
  const [picked, setPicked] = useState<string | null>(null);
  const value = picked ?? targets[0]?.id ?? null;
  return (
    <Modal
      open={open}
      title={a.returnTo}
      okText={a.return}
      cancelText={a.cancel}
      okButtonProps={{ disabled: !value, danger: true }}
      confirmLoading={confirming}
      onCancel={onCancel}
      onOk={() => value && onConfirm(value)}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{a.returnToHint}</Typography.Paragraph>
      <Radio.Group value={value} onChange={(event) => setPicked(String(event.target.value))}>
        <Space orientation="vertical">
          {targets.map((node) => (
            <Radio key={node.id} value={node.id}>
              {node.type === 'start' ? a.startNode : node.name}
            </Radio>
          ))}
        </Space>
      </Radio.Group>
    </Modal>
  );
}
