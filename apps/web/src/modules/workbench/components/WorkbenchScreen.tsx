import { AppstoreAddOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import type { WidgetSlot } from '../api/types.ts';
import { useMyWorkbench, useSaveMyLayout } from '../hooks/queries.ts';
import { workbenchMessages as m } from '../messages.ts';
import { renderWidget } from '../widgets/renderWidget.tsx';
import { defaultSpans } from '../widgets/widgetIcons.tsx';
import '../workbench.css';
import { LayoutEditor } from './LayoutEditor.tsx';

const sourceText = { user: m.sourceUser, role: m.sourceRole, default: m.sourceDefault };

/** 工作台: my widgets in my order; "自定义工作台" edits, saves or resets the arrangement. */
export function WorkbenchScreen() {
  const { message, modal } = App.useApp();
  const mine = useMyWorkbench();
  const save = useSaveMyLayout();
  const [draft, setDraft] = useState<WidgetSlot[] | null>(null);

  if (mine.isLoading) return <Skeleton active paragraph={{ rows: 8 }} style={{ marginTop: 16 }} />;
  const layout = mine.data?.layout ?? [];

  const commit = (next: WidgetSlot[] | null) =>
    save.mutate(next, {
      onSuccess: () => {
        setDraft(null);
        void message.success(next ? m.saved : m.resetDone);
      },
      onError: (error) => void message.error(error.message),
    });
  const confirmReset = () =>
    modal.confirm({ title: m.reset, content: m.resetConfirm, onOk: () => commit(null) });

  return (
    <div className="yw-workbench">
      <Flex className="yw-workbench-bar" justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">
          {draft ? m.customiseHint : mine.data ? sourceText[mine.data.source] : ''}
        </Typography.Text>
        {draft ? (
          <Flex gap={8}>
            <Button onClick={() => setDraft(null)}>{m.cancel}</Button>
            <Button icon={<UndoOutlined />} onClick={confirmReset}>
              {m.reset}
            </Button>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={save.isPending}
              onClick={() => commit(draft)}
            >
              {m.save}
            </Button>
          </Flex>
        ) : (
          <Button icon={<AppstoreAddOutlined />} onClick={() => setDraft(layout)}>
            {m.customise}
          </Button>
        )}
      </Flex>
      {draft ? (
        <LayoutEditor value={draft} onChange={setDraft} />
      ) : layout.length === 0 ? (
        <Empty description={m.emptyLayout} className="yw-empty-tall" />
      ) : (
        <div className="yw-widget-grid" data-testid="workbench-grid">
          {layout.map((slot) => (
            <div
              key={slot.widget}
              className="yw-widget-cell"
              data-span={slot.span ?? defaultSpans[slot.widget]}
            >
              {renderWidget(slot.widget)}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
