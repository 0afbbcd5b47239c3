import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Drawer, List, Space, Tag, Typography } from 'antd';
import type { DesignProblem } from '../api/types.ts';
import { designerMessages as m } from '../messages.ts';

/** The check result: each problem clickable to its node. */
export function CheckPanel({
  open,
  problems,
  loading,
  onRun,
  onPublish,
  onPick,
  onClose,
}: {
  open: boolean;
  problems: DesignProblem[] | null;
  loading: boolean;
  onRun: () => void;
  onPublish: () => void;
  onPick: (nodeId: string) => void;
  onClose: () => void;
}) {
  return (
    <Drawer
      open={open}
      width={440}
      mask={false}
      title={m.check.title}
      onClose={onClose}
      extra={
        <Space>
          <Button size="small" loading={loading} onClick={onRun}>
            {m.check.run}
          </Button>
          {problems && !problems.some((p) => p.severity === 'error') && (
            <Button size="small" type="primary" onClick={onPublish}>
              {m.designer.publish}
            </Button>
          )}
        </Space>
      }
    >
      {problems && problems.length === 0 && (
        <Alert type="success" showIcon icon={<CheckCircleFilled />} message={m.check.ok} />
      )}
      {problems && problems.length > 0 && (
        <List
          dataSource={problems}
          data-testid="check-problems"
          renderItem={(problem) => (
            <List.Item
              className="yw-pd-problem"
              onClick={() => problem.nodeId && onPick(problem.nodeId)}
            >
              <List.Item.Meta
                avatar={
                  <Tag color={problem.severity === 'error' ? 'error' : 'warning'}>
                    {problem.severity === 'error' ? m.check.error : m.check.warning}
                  </Tag>
                }
                title={problem.message}
                description={<Typography.Text type="secondary">{problem.path}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
