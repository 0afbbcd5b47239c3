import { PlusOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Empty, Input, Select, Table } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { orgApi } from '../api/org.api.ts';
import type { PersonStatus, PersonSummary } from '../api/types.ts';
import { usePeople } from '../hooks/queries.ts';
import { useOrgMutation } from '../hooks/useOrgMutation.ts';
import { orgMessages } from '../messages.ts';
import { DepartmentPicker } from './DepartmentPicker.tsx';
import { MovePersonModal } from './MovePersonModal.tsx';
import { peopleColumns } from './peopleColumns.tsx';
import { PersonFormDrawer } from './PersonFormDrawer.tsx';

const m = orgMessages.people;
const pageSize = 20;

/** 人员管理: search by 工号/姓名/拼音/首字母, filter by department subtree and status, page on the server. */
export function PeopleScreen({ canManage }: { canManage: boolean }) {
  const { modal } = App.useApp();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [subtree, setSubtree] = useState(true);
  const [status, setStatus] = useState<PersonStatus | undefined>(undefined);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<{ id: string | null } | null>(null);
  const [moving, setMoving] = useState<PersonSummary | null>(null);
  const people = usePeople({
    q: q || undefined,
    departmentId: departmentId ?? undefined,
    subtree: departmentId ? subtree : undefined,
    status,
    page,
    pageSize,
  });
  const setStatusOf = useOrgMutation(
    ({ person, enable }: { person: PersonSummary; enable: boolean }) =>
      enable ? orgApi.enablePerson(person.id) : orgApi.disablePerson(person.id),
    (_output, { enable }) => (enable ? m.enabled : m.disabled),
  );

  const filterChanged =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setPage(1);
    };

  const confirmStatus = (person: PersonSummary, enable: boolean) => {
    modal.confirm({
      title: enable ? m.enableTitle(person.name) : m.disableTitle(person.name),
      content: enable ? undefined : m.disableHint,
      okText: enable ? m.enable : m.disable,
      okButtonProps: { danger: !enable },
      onOk: () => setStatusOf.mutateAsync({ person, enable }),
    });
  };

  const columns = peopleColumns(
    canManage
      ? {
          edit: (person) => setEditing({ id: person.id }),
          move: setMoving,
          setStatus: confirmStatus,
        }
      : null,
  );

  return (
    <PageContainer
      title={m.title}
      description={m.description}
      extra={
        canManage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ id: null })}>
            {m.create}
          </Button>
        )
      }
    >
      <Card variant="borderless" className="yw-panel">
        <div className="yw-toolbar">
          <Input
            allowClear
            prefix={<SearchOutlined className="yw-muted" />}
            placeholder={m.searchPlaceholder}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setPage(1);
            }}
            style={{ width: 260 }}
            aria-label={m.searchPlaceholder}
          />
          <DepartmentPicker
            value={departmentId}
            onChange={filterChanged(setDepartmentId)}
            placeholder={m.allDepartments}
            style={{ width: 240 }}
          />
          <Checkbox
            checked={subtree}
            disabled={!departmentId}
            onChange={(event) => filterChanged(setSubtree)(event.target.checked)}
          >
            {m.includeSubtree}
          </Checkbox>
          <Select<PersonStatus>
            allowClear
            placeholder={m.allStatuses}
            value={status}
            onChange={filterChanged(setStatus)}
            style={{ width: 140 }}
            options={(['active', 'disabled'] as const).map((value) => ({
              value,
              label: orgMessages.statuses[value],
            }))}
          />
        </div>
        <Table<PersonSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={people.data?.items ?? []}
          loading={people.isFetching}
          scroll={{ x: 960 }}
          locale={{
            emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.empty} />,
          }}
          pagination={{
            current: page,
            pageSize,
            total: people.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: m.total,
          }}
        />
      </Card>
      <PersonFormDrawer
        open={editing !== null}
        personId={editing?.id ?? null}
        defaultDepartmentId={departmentId ?? undefined}
        onClose={() => setEditing(null)}
      />
      <MovePersonModal person={moving} onClose={() => setMoving(null)} />
    </PageContainer>
  );
}
