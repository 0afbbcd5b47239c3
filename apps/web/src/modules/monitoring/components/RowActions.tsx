import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, Space } from 'antd';
import type { Intervention, MonitorRow } from '../api/types.ts';
import { monitoringMessages as m } from '../messages.ts';

/** What an administrator may do to an instance in its present state. */
function available(row: MonitorRow): Intervention[] {
  if (row.status === 'running') return ['suspend', 'jump', 'reassign', 'terminate'];
  if (row.status === 'suspended') return ['resume', 'terminate'];
  return [];
}

/** The first intervention as a button, the rest in a "更多" menu. */
export function RowActions({
  row,
  onPick,
}: {
  row: MonitorRow;
  onPick: (action: Intervention) => void;
}) {
  const [first, ...rest] = available(row);
  if (!first) return null;
  return (
    <Space size={4}>
      <Button size="small" onClick={() => onPick(first)} data-testid={`act-${first}-${row.id}`}>
        {m.actions[first]}
      </Button>
      {rest.length > 0 && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: rest.map((action) => ({
              key: action,
              label: m.actions[action],
              danger: action === 'terminate',
            })),
            onClick: ({ key }) => {
              const action = rest.find((candidate) => candidate === key);
              if (action) onPick(action);
            },
          }}
        >
          <Button size="small" type="text">
            {m.more} <DownOutlined />
          </Button>
        </Dropdown>
      )}
    </Space>
  );
}
