import { DownloadOutlined } from '@ant-design/icons';
import { Button, Drawer, List, Skeleton, Tag } from 'antd';
import dayjs from 'dayjs';
import { useProcessDetail } from '../hooks/queries.ts';
import { designerMessages as m } from '../messages.ts';
import { exportDefinition } from './importExport.ts';

/** The versions of one process, newest first; each can be exported. */
export function VersionsDrawer({
  processKey,
  onClose,
}: {
  processKey: string | null;
  onClose: () => void;
}) {
  const detail = useProcessDetail(processKey);
  return (
    <Drawer open={processKey !== null} title={m.versions.title} width={420} onClose={onClose}>
      {detail.isLoading || !detail.data ? (
        <Skeleton active />
      ) : (
        <List
          dataSource={detail.data.versions}
          renderItem={(version) => (
            <List.Item
              actions={[
                <Button
                  key="export"
                  type="link"
                  icon={<DownloadOutlined />}
                  onClick={() => void exportDefinition(detail.data.key, version.version)}
                >
                  {m.list.export}
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={
                  <>
                    {m.versions.version(version.version)}{' '}
                    {version.version === detail.data.version && (
                      <Tag color="blue">{m.versions.current}</Tag>
                    )}
                  </>
                }
                description={dayjs(version.createdAt).format('YYYY-MM-DD HH:mm')}
              />
            </List.Item>
          )}
        />
      )}
    </Drawer>
  );
}
