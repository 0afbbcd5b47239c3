import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, ColorPicker, Input, List, Modal, Space } from 'antd';
import { useState } from 'react';
import { designerApi } from '../api/designer.api.ts';
import { designerKeys, useCategories } from '../hooks/queries.ts';
import { designerMessages as m } from '../messages.ts';

const hex = (value: { toHexString(): string }) => value.toHexString().slice(0, 7);

/** 分类管理: name and colour of each category; add and remove. */
export function CategoryModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const categories = useCategories();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [colour, setColour] = useState('#1677ff');
  const refresh = () => client.invalidateQueries({ queryKey: designerKeys.all });
  return (
    <Modal open={open} title={m.category.title} footer={null} onCancel={onClose} width={520}>
      <List
        dataSource={categories.data ?? []}
        renderItem={(category) => (
          <List.Item
            actions={[
              <Button
                key="remove"
                type="text"
                danger
                icon={<DeleteOutlined />}
                onClick={async () => {
                  await designerApi.deleteCategory(category.id);
                  await refresh();
                }}
              />,
            ]}
          >
            <Space>
              <ColorPicker
                size="small"
                value={category.colour}
                onChangeComplete={async (value) => {
                  await designerApi.updateCategory(category.id, { colour: hex(value) });
                  await refresh();
                }}
              />
              <Input
                variant="borderless"
                defaultValue={category.name}
                onBlur={async (event) => {
                  const next = event.target.value.trim();
                  if (next && next !== category.name) {
                    await designerApi.updateCategory(category.id, { name: next });
                    await refresh();
                  }
                }}
              />
            </Space>
          </List.Item>
        )}
      />
      <Space.Compact style={{ width: '100%', marginTop: 12 }}>
        <ColorPicker value={colour} onChangeComplete={(value) => setColour(hex(value))} />
        <Input
          placeholder={m.category.name}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Button
          type="primary"
          icon={<PlusOutlined />}
          disabled={!name.trim()}
          onClick={async () => {
            await designerApi.createCategory({ name: name.trim(), colour });
            setName('');
            await refresh();
          }}
        >
          {m.category.add}
        </Button>
      </Space.Compact>
    </Modal>
  );
}
