import {
  ApartmentOutlined,
  AuditOutlined,
  BranchesOutlined,
  PlusOutlined,
  SendOutlined,
  ShareAltOutlined,
} from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import type { NewBlockKind } from '../model/factory.ts';
import { designerMessages as m } from '../messages.ts';

const items: { key: NewBlockKind; label: string; icon: React.ReactNode }[] = [
  {
    key: 'approval',
    label: m.blocks.approval,
    icon: <AuditOutlined style={{ color: '#ff943e' }} />,
  },
  { key: 'notify', label: m.blocks.notify, icon: <SendOutlined style={{ color: '#3296fa' }} /> },
  {
    key: 'exclusive',
    label: m.blocks.exclusive,
    icon: <BranchesOutlined style={{ color: '#15bc83' }} />,
  },
  {
    key: 'parallel',
    label: m.blocks.parallel,
    icon: <ShareAltOutlined style={{ color: '#718dff' }} />,
  },
  {
    key: 'inclusive',
    label: m.blocks.inclusive,
    icon: <ApartmentOutlined style={{ color: '#13c2c2' }} />,
  },
];

/** The line between two cards with its "+" menu (审批人, 抄送人, 条件/并行/包容分支). */
export function AddButton({
  onAdd,
  testId,
}: {
  onAdd: (kind: NewBlockKind) => void;
  testId?: string;
}) {
  return (
    <div className="yw-pd-add">
      <div className="yw-pd-link" />
      <Dropdown
        trigger={['click']}
        menu={{ items, onClick: ({ key }) => onAdd(key as NewBlockKind) }}
      >
        <Button
          type="primary"
          shape="circle"
          size="small"
          icon={<PlusOutlined />}
          aria-label={m.blocks.add}
          data-testid={testId}
        />
      </Dropdown>
      <div className="yw-pd-link" />
    </div>
  );
}
