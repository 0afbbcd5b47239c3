import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import type { NodeReference } from '../model/definition.ts';
import { designerMessages as m } from '../messages.ts';

/** 参考资料: name + link pairs shown to whoever handles the node. */
export function ReferencesEditor({
  value,
  onChange,
}: {
  value: NodeReference[] | undefined;
  onChange: (references: NodeReference[]) => void;
}) {
  const list = value ?? [];
  const set = (index: number, change: Partial<NodeReference>) =>
    onChange(list.map((item, i) => (i === index ? { ...item, ...change } : item)));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {list.map((item, index) => (
        <Space.Compact key={index} style={{ width: '100%' }}>
          <Input
            style={{ width: '40%' }}
            placeholder={m.node.referenceName}
            value={item.name}
            onChange={(event) => set(index, { name: event.target.value })}
          />
          <Input
            placeholder={m.node.referenceUrl}
            value={item.url}
            onChange={(event) => set(index, { url: event.target.value })}
          />
          <Button
            icon={<DeleteOutlined />}
            onClick={() => onChange(list.filter((_, i) => i !== index))}
          />
        </Space.Compact>
      ))}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => onChange([...list, { name: '', url: '' }])}
        block
      >
        {m.node.addReference}
      </Button>
    </Space>
  );
}
