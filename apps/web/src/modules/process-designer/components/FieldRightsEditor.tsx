import { Radio, Table } from 'antd';
import { holdsValue, type FormSchema } from '@yuanwu/form-engine';
import type { FieldPermission } from '../model/definition.ts';
import { designerMessages as m } from '../messages.ts';

/** Per field: editable / read-only / hidden at this node (default read-only). */
export function FieldRightsEditor({
  form,
  value,
  onChange,
}: {
  form: FormSchema;
  value: Record<string, FieldPermission> | undefined;
  onChange: (rights: Record<string, FieldPermission>) => void;
}) {
  const fields = form.fields.filter(holdsValue);
  const rights = value ?? {};
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={fields}
      locale={{ emptyText: m.designer.noForm }}
      columns={[
        { title: m.condition.field, dataIndex: 'label' },
        {
          title: m.node.fieldRights,
          render: (_, field) => (
            <Radio.Group
              size="small"
              value={rights[field.key] ?? 'readonly'}
              onChange={(event) =>
                onChange({ ...rights, [field.key]: event.target.value as FieldPermission })
              }
              options={(['editable', 'readonly', 'hidden'] as const).map((p) => ({
                value: p,
                label: m.node[p],
              }))}
            />
          ),
        },
      ]}
    />
  );
}
