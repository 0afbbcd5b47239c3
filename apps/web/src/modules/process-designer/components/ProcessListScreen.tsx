import { AppstoreOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Input, Modal, Select, Table, Tabs, Upload } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { designerApi } from '../api/designer.api.ts';
import type { ManagedProcess } from '../api/types.ts';
import { designerKeys, useCategories, useManagedProcesses } from '../hooks/queries.ts';
import { designerMessages as m } from '../messages.ts';
import { CategoryModal } from './CategoryModal.tsx';
import { readDefinitionFile } from './importExport.ts';
import { processColumns, type RowAction } from './processColumns.tsx';
import { ProcessFormModal, type ProcessFormValues } from './ProcessFormModal.tsx';
import { RightsModal } from './RightsModal.tsx';
import { VersionsDrawer } from './VersionsDrawer.tsx';

/** 流程管理: processes I manage by category; create, copy, import/export, versions, rights. */
export function ProcessListScreen() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const processes = useManagedProcesses(q);
  const categories = useCategories();
  const [tab, setTab] = useState('all');
  const [creating, setCreating] = useState<{ copyOf: string | null } | null>(null);
  const [versionsOf, setVersionsOf] = useState<string | null>(null);
  const [rightsOf, setRightsOf] = useState<string | null>(null);
  const [moving, setMoving] = useState<ManagedProcess | null>(null);
  const [categoriesOpen, setCategoriesOpen] = useState(false);
  const refresh = () => client.invalidateQueries({ queryKey: designerKeys.all });

  const onAction = (action: RowAction, row: ManagedProcess) => {
    if (action === 'copy') setCreating({ copyOf: row.key });
    else if (action === 'versions') setVersionsOf(row.key);
    else if (action === 'rights') setRightsOf(row.key);
    else if (action === 'category') setMoving(row);
  };
  const columns = processColumns(onAction);
  const rows = (processes.data ?? []).filter(
    (row) => tab === 'all' || (row.category?.id ?? 'none') === tab,
  );

  const submit = async (values: ProcessFormValues) => {
    if (creating?.copyOf) {
      await designerApi.copy(creating.copyOf, { key: values.key, name: values.name });
      void message.success(m.create.copied);
      setCreating(null);
      await refresh();
      return;
    }
    setCreating(null);
    const params = new URLSearchParams({ name: values.name });
    if (values.categoryId) params.set('categoryId', values.categoryId);
    void navigate(`/workflow/design/${encodeURIComponent(values.key)}?${params.toString()}`);
  };

  const importFile = async (file: File) => {
    const definition = await readDefinitionFile(file);
    if (!definition) {
      void message.error(m.list.importFailed);
      return;
    }
    try {
      const done = await designerApi.deploy(definition);
      void message.success(m.list.imported(done.process.name));
      await refresh();
    } catch (error) {
      void message.error(error instanceof Error ? error.message : m.list.importFailed);
    }
  };

  return (
    <PageContainer
      title={m.list.title}
      description={m.list.description}
      extra={
        <>
          <Input.Search
            allowClear
            placeholder={m.list.search}
            value={text}
            onChange={(e) => setText(e.target.value)}
            style={{ width: 260 }}
          />
          <Button icon={<AppstoreOutlined />} onClick={() => setCategoriesOpen(true)}>
            {m.list.categories}
          </Button>
          <Upload
            accept=".json,application/json"
            showUploadList={false}
            beforeUpload={(file) => {
              void importFile(file);
              return false;
            }}
          >
            <Button icon={<ImportOutlined />} data-testid="import-process">
              {m.list.import}
            </Button>
          </Upload>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating({ copyOf: null })}
          >
            {m.list.create}
          </Button>
        </>
      }
    >
      {processes.error ? (
        <ErrorState error={processes.error} onRetry={() => void processes.refetch()} />
      ) : (
        <>
          <Tabs
            activeKey={tab}
            onChange={setTab}
            items={[
              { key: 'all', label: m.list.all },
              ...(categories.data ?? []).map((c) => ({ key: c.id, label: c.name })),
              { key: 'none', label: m.list.uncategorised },
            ]}
          />
          <Table<ManagedProcess>
            rowKey="key"
            loading={processes.isLoading}
            dataSource={rows}
            columns={columns}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            locale={{ emptyText: m.list.empty }}
          />
        </>
      )}
      <ProcessFormModal
        open={creating !== null}
        copyOf={creating?.copyOf ?? null}
        onSubmit={(values) => void submit(values)}
        onCancel={() => setCreating(null)}
      />
      <VersionsDrawer processKey={versionsOf} onClose={() => setVersionsOf(null)} />
      <RightsModal
        processKey={rightsOf}
        onClose={() => setRightsOf(null)}
        onSave={async (key, rights) => {
          await designerApi.setRights(key, rights);
          void message.success(m.rights.saved);
          setRightsOf(null);
          await refresh();
        }}
      />
      <CategoryModal open={categoriesOpen} onClose={() => setCategoriesOpen(false)} />
      <Modal
        open={moving !== null}
        title={m.category.move}
        footer={null}
        onCancel={() => setMoving(null)}
        destroyOnHidden
      >
        <Select
          style={{ width: '100%' }}
          allowClear
          defaultValue={moving?.category?.id}
          options={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          onChange={async (categoryId: string | undefined) => {
            if (!moving) return;
            await designerApi.categorise(moving.key, categoryId ?? null);
            void message.success(m.category.saved);
            setMoving(null);
            await refresh();
          }}
        />
      </Modal>
    </PageContainer>
  );
}
