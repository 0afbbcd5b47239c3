import { DotLoading, ErrorBlock, InfiniteScroll, SearchBar } from 'antd-mobile';
import { useState } from 'react';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { mobileWorkflowMessages as m } from './messages.ts';
import { useInfiniteList } from './queries.ts';
import { TaskCard } from './TaskCard.tsx';
import type { ListKind } from './types.ts';

/** One list (待办 …) with title search and infinite scroll over the server's pages. */
export function TaskListPanel({ kind }: { kind: ListKind }) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const list = useInfiniteList(kind, q);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="yw-mw-list" data-testid={`mobile-list-${kind}`}>
      <div className="yw-m-search">
        <SearchBar
          placeholder={m.searchTitle}
          value={text}
          onChange={setText}
          onClear={() => setText('')}
          style={{ '--background': '#ffffff', '--height': '38px' }}
        />
      </div>
      {list.isPending && (
        <div className="yw-m-loading">
          <DotLoading color="primary" />
        </div>
      )}
      {list.isSuccess && items.length === 0 && (
        <ErrorBlock status="empty" title={m.empty} description="" className="yw-mw-empty" />
      )}
      {items.map((item) => (
        <TaskCard key={`${item.instanceId}-${item.itemId ?? ''}`} item={item} kind={kind} />
      ))}
      {items.length > 0 && (
        <InfiniteScroll
          hasMore={list.hasNextPage}
          loadMore={async () => {
            await list.fetchNextPage();
          }}
        >
          {list.hasNextPage ? <DotLoading color="primary" /> : <span>{m.noMore}</span>}
        </InfiniteScroll>
      )}
    </div>
  );
}
