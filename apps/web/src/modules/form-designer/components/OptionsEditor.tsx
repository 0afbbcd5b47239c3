import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { formDesignerMessages as m } from '../messages.ts';

/** The choices of a select: edit, add, remove (duplicates are reported by the check). */
export function OptionsEditor({
  options,
  onChange,
}: {
  options: string[];
  onChange: (options: string[]) => void;
}) {
  const set = (index: number, value: string) =>
    onChange(options.map((option, i) => (i === index ? value : option)));
  return (
    <Space direction="vertical" size={6} style={{ width: '100%' }}>
      {options.map((option, index) => (
        <Space.Compact key={index} style={{ width: '100%' }}>
          <Input
            value={option}
            placeholder={m.props.optionPlaceholder(index + 1)}
            onChange={(event) => set(index, event.target.value)}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={m.remove}
            onClick={() => onChange(options.filter((_, i) => i !== index))}
          />
        </Space.Compact>
      ))}
      <Button
        type="dashed"
        block
        icon={<PlusOutlined />}
        onClick={() => onChange([...options, m.props.optionPlaceholder(options.length + 1)])}
      >
        {m.props.optionAdd}
      </Button>
    </Space>
  );
}
