import { ArrowLeftOutlined, EyeOutlined, FileExcelOutlined, SendOutlined } from '@ant-design/icons';
import { DndContext, DragOverlay, closestCenter } from '@dnd-kit/core';
import { checkFormSchema, type FieldDefinition } from '@yuanwu/form-engine';
import type { ErrorDetail } from '@yuanwu/kernel';
import { App, Button, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import { useProcessSummary, usePublish } from '../hooks/queries.ts';
import { useAutoKey } from '../hooks/useAutoKey.ts';
import { useFormDraft } from '../hooks/useFormDraft.ts';
import { formDesignerMessages as m } from '../messages.ts';
import { defaultLabel } from '../model/palette.ts';
import '../formDesigner.css';
import { Canvas } from './Canvas.tsx';
import { ExcelImportModal } from './ExcelImportModal.tsx';
import { fieldIcon } from './fieldIcons.tsx';
import { Palette } from './Palette.tsx';
import { PreviewDrawer } from './PreviewDrawer.tsx';
import { PropertiesPanel } from './PropertiesPanel.tsx';
import { PublishProblems } from './PublishProblems.tsx';
import { useCanvasDrag } from './useCanvasDrag.ts';

const labelOf = (type: string) => defaultLabel(type as never, m.types);

/** 表单设计: palette, canvas and properties for one process's form; publishing makes a version. */
export function FormDesignerScreen({ processKey }: { processKey: string }) {
  const { message, modal } = App.useApp();
  const draft = useFormDraft(processKey);
  const summary = useProcessSummary(draft.isNew ? null : processKey);
  const publish = usePublish(processKey);
  const { state } = draft;
  const drag = useCanvasDrag(state, labelOf);
  const onLabelChange = useAutoKey(state.fields, state.update);
  const [problems, setProblems] = useState<ErrorDetail[]>([]);
  const [preview, setPreview] = useState(false);
  const [excel, setExcel] = useState(false);
  const { replaceAll } = state;

  if (draft.loading) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (!draft.definition) {
    return <Result status="warning" title={m.loadFailed} subTitle={draft.error?.message ?? ''} />;
  }
  const loaded = draft.definition;
  const selected = state.fields.find((f) => f.key === state.selectedKey);

  const send = async () => {
    try {
      const deployed = await publish.mutateAsync({
        definition: { ...loaded, form: { fields: state.fields } },
        categoryId: draft.categoryId,
      });
      replaceAll(state.fields, false);
      setProblems([]);
      void message.success(m.published(deployed.process.version));
    } catch (caught) {
      if (isApiError(caught, 'validation'))
        setProblems(
          caught.details.length > 0 ? caught.details : [{ path: '', message: caught.message }],
        );
      else void message.error(isApiError(caught) ? caught.message : String(caught));
    }
  };
  const onPublish = () => {
    const found = checkFormSchema({ fields: state.fields }).map((p) => ({
      ...p,
      path: `form.${p.path}`,
    }));
    if (found.length > 0) return setProblems(found);
    modal.confirm({ title: m.publish, content: m.publishConfirm, onOk: send });
  };
  const accept = (fields: FieldDefinition[], mode: 'replace' | 'append') => {
    setExcel(false);
    if (mode === 'replace') return replaceAll(fields);
    const taken = new Set(state.fields.map((f) => f.key));
    replaceAll([
      ...state.fields,
      ...fields.map((f) => (taken.has(f.key) ? { ...f, key: `${f.key}_x` } : f)),
    ]);
  };

  return (
    <div className="fd-screen">
      <header className="fd-header">
        <Space size={12} align="center">
          <Link to={`/workflow/design/${encodeURIComponent(processKey)}`}>
            <Button type="text" icon={<ArrowLeftOutlined />} aria-label={m.back} />
          </Link>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {m.title} · {loaded.name}
          </Typography.Title>
          {summary.data && <Tag>{m.version(summary.data.version)}</Tag>}
          {state.dirty && <Tag color="orange">{m.unsaved}</Tag>}
        </Space>
        <Space>
          <Button icon={<FileExcelOutlined />} onClick={() => setExcel(true)}>
            {m.importExcel}
          </Button>
          <Button icon={<EyeOutlined />} onClick={() => setPreview(true)}>
            {m.preview}
          </Button>
          <Button
            type="primary"
            icon={<SendOutlined />}
            loading={publish.isPending}
            onClick={onPublish}
          >
            {m.publish}
          </Button>
        </Space>
      </header>
      <PublishProblems problems={problems} fields={state.fields} onClose={() => setProblems([])} />
      <DndContext
        sensors={drag.sensors}
        collisionDetection={closestCenter}
        onDragStart={drag.onDragStart}
        onDragEnd={drag.onDragEnd}
        onDragCancel={drag.onDragCancel}
      >
        <div className="fd-body">
          <Palette onAdd={(type) => state.add(type, labelOf(type))} />
          <main className="fd-main">
            <div className="fd-panel-title">
              {m.canvasTitle}
              <span className="fd-count">{state.fields.length}</span>
            </div>
            <Canvas state={state} />
          </main>
          <aside className="fd-side">
            <div className="fd-panel-title">{m.properties}</div>
            <PropertiesPanel
              // By position, so renaming the key while typing keeps the inputs (and their focus).
              key={state.fields.findIndex((f) => f.key === state.selectedKey)}
              field={selected}
              siblings={state.fields}
              onChange={(field) => selected && state.update(selected.key, field)}
              onLabelChange={onLabelChange}
            />
          </aside>
        </div>
        <DragOverlay dropAnimation={null}>
          {drag.dragging && (
            <div className="fd-palette-item is-overlay">
              <span className="fd-palette-icon">{fieldIcon(drag.dragging)}</span>
              {m.types[drag.dragging]}
            </div>
          )}
        </DragOverlay>
      </DndContext>
      <PreviewDrawer
        open={preview}
        onClose={() => setPreview(false)}
        fields={state.fields}
        title={loaded.name}
      />
      <ExcelImportModal open={excel} onClose={() => setExcel(false)} onAccept={accept} />
    </div>
  );
}
