import { SearchOutlined } from '@ant-design/icons';
import { Card, Empty, Input, Skeleton, Tag } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { groupByCategory } from '../groups.ts';
import { useCatalogue, useFavourites, useRecentProcesses, useStar } from '../hooks/queries.ts';
import { catalogueMessages as m } from '../messages.ts';
import '../catalogue.css';
import { ProcessCard } from './ProcessCard.tsx';

/** 发起流程: favourites and recent ones first, then every startable process by category. */
export function CatalogueScreen() {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const processes = useCatalogue(q);
  const favourites = useFavourites();
  const recent = useRecentProcesses();
  const star = useStar();

  const all = useMemo(() => processes.data ?? [], [processes.data]);
  const colourOf = useMemo(() => {
    const byKey = new Map(all.map((p) => [p.key, p.category?.colour ?? '#8c96a5']));
    return (key: string) => byKey.get(key) ?? '#1a6fe0';
  }, [all]);
  const starred = new Set((favourites.data ?? []).map((f) => f.processKey));
  const groups = groupByCategory(all, m.uncategorised);
  const onStar = (processKey: string) => (on: boolean) => star.mutate({ processKey, on });
  const searching = q !== '';

  const top = !searching && (
    <div className="yw-cat-top">
      {(favourites.data ?? []).length > 0 && (
        <Card size="small" title={m.favourites} className="yw-cat-block">
          <div className="yw-cat-grid">
            {(favourites.data ?? []).map((f) => (
              <ProcessCard
                key={f.processKey}
                processKey={f.processKey}
                name={f.name}
                hint={f.category ?? undefined}
                colour={colourOf(f.processKey)}
                starred
                onStar={onStar(f.processKey)}
              />
            ))}
          </div>
        </Card>
      )}
      {(recent.data ?? []).length > 0 && (
        <Card size="small" title={m.recent} className="yw-cat-block">
          <div className="yw-cat-grid">
            {(recent.data ?? []).map((r) => (
              <ProcessCard
                key={r.processKey}
                processKey={r.processKey}
                name={r.name}
                hint={m.lastStarted(dayjs(r.lastStartedAt).format('MM-DD HH:mm'))}
                colour={colourOf(r.processKey)}
                starred={starred.has(r.processKey)}
                onStar={onStar(r.processKey)}
              />
            ))}
          </div>
        </Card>
      )}
    </div>
  );

  return (
    <PageContainer
      title={m.title}
      description={m.description}
      extra={
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={m.search}
          value={text}
          onChange={(e) => setText(e.target.value)}
          style={{ width: 300 }}
          aria-label={m.search}
        />
      }
    >
      {top}
      {processes.isError ? (
        <ErrorState error={processes.error} onRetry={() => void processes.refetch()} />
      ) : processes.isLoading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : groups.length === 0 ? (
        <Card>
          <Empty description={searching ? m.noMatch(q) : m.none} />
        </Card>
      ) : (
        groups.map((group) => (
          <Card
            key={group.id || 'other'}
            size="small"
            className="yw-cat-block"
            title={
              <span className="yw-cat-group-title">
                <span className="yw-cat-dot" style={{ background: group.colour }} />
                {group.name}
                <Tag bordered={false}>{m.count(group.processes.length)}</Tag>
              </span>
            }
          >
            <div className="yw-cat-grid">
              {group.processes.map((p) => (
                <ProcessCard
                  key={p.key}
                  processKey={p.key}
                  name={p.name}
                  colour={group.colour}
                  starred={starred.has(p.key)}
                  onStar={onStar(p.key)}
                />
              ))}
            </div>
          </Card>
        ))
      )}
    </PageContainer>
  );
}
