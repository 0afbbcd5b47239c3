import { App, Button, Card, Empty, Popconfirm, Table } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import type { ListItem, ListKind, ListQuery } from '../api/types.ts';
import { useCounts, useList } from '../hooks/queries.ts';
import { useDiscardDraft } from '../hooks/useAction.ts';
import { listMessages as l, workflowMessages as m } from '../messages.ts';
import { listColumns } from './listColumns.tsx';
import { emptyFilters, filtersToQuery, ListFilters, type ListFilterState } from './ListFilters.tsx';
import { ListTabs } from './ListTabs.tsx';
import '../workflow.css';

type Sort = Pick<ListQuery, 'sort' | 'order'>;

function sortOf(sorter: SorterResult<ListItem> | SorterResult<ListItem>[]): Sort {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  if (!one?.order) return { sort: 'time', order: 'desc' };
  const key = one.columnKey === 'title' || one.columnKey === 'process' ? one.columnKey : 'time';
  return { sort: key, order: one.order === 'ascend' ? 'asc' : 'desc' };
}

/** Where a row leads: a draft continues on the start page, anything else opens the instance. */
export function itemLink(kind: ListKind, item: ListItem): string {
  return kind === 'drafts'
    ? `/workflow/start/${encodeURIComponent(item.processKey)}?draft=${item.instanceId}`
    : `/workflow/instances/${item.instanceId}`;
}

/** The personal lists as tabs: filters, server paging and sorting, overdue marked. */
export function ListScreen({ kind }: { kind: ListKind }) {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [filters, setFilters] = useState<ListFilterState>(emptyFilters);
  const [sort, setSort] = useState<Sort>({ sort: 'time', order: 'desc' });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query: ListQuery = { ...filtersToQuery(kind, filters), ...sort, ...paging };
  const list = useList(kind, query);
  const counts = useCounts();
  const discard = useDiscardDraft();
  const columns = listColumns(kind);
  if (kind === 'drafts') {
    columns.push({
      key: 'actions',
      title: l.columns.actions,
      width: 90,
      render: (_, item) => (
        <span onClick={(event) => event.stopPropagation()}>
          <Popconfirm
            title={l.discardConfirm}
            onConfirm={async () => {
              await discard.mutateAsync(item.instanceId);
              void message.success(l.discarded);
            }}
          >
            <Button type="link" danger size="small">
              {l.discard}
            </Button>
          </Popconfirm>
        </span>
      ),
    });
  }

  const switchTo = (next: ListKind) => {
    setFilters(emptyFilters);
    setSort({ sort: 'time', order: 'desc' });
    setPaging((p) => ({ ...p, page: 1 }));
    void navigate(`/workflow/list/${next}`);
  };

  return (
    <PageContainer title={l.title} description={m.listHints[kind]}>
      <Card styles={{ body: { paddingTop: 4 } }}>
        <ListTabs active={kind} counts={counts.data} onChange={switchTo} />
        <ListFilters
          key={kind}
          kind={kind}
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        <Table<ListItem>
          rowKey="itemId"
          size="middle"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          rowClassName={(item) => (item.itemState === 'unread' ? 'yw-row-unread' : 'yw-row-link')}
          onRow={(item) => ({
            onClick: () => void navigate(itemLink(kind, item)),
            style: { cursor: 'pointer' },
          })}
          onChange={(pagination, _filters, sorter) => {
            setSort(sortOf(sorter));
            setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
          }}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: l.total,
          }}
          locale={{ emptyText: <Empty description={l.empty[kind]} /> }}
        />
      </Card>
    </PageContainer>
  );
}
