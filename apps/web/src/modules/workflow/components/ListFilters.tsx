import { DatePicker, Input, Segmented, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { ListKind, ListQuery } from '../api/types.ts';
import { useProcessOptions } from '../hooks/queries.ts';
import { listMessages as l } from '../messages.ts';
import { PersonPicker } from '../../org/index.ts';

export interface ListFilterState {
  q: string;
  processKey?: string;
  initiator?: string;
  range: [Dayjs, Dayjs] | null;
  unread?: boolean;
}

export const emptyFilters: ListFilterState = { q: '', range: null };

/** The filters as the server's query: whole days, from midnight to the next midnight. */
export function filtersToQuery(kind: ListKind, filters: ListFilterState): ListQuery {
  return {
    q: filters.q.trim() || undefined,
    processKey: filters.processKey,
    initiator: kind === 'started' || kind === 'drafts' ? undefined : filters.initiator,
    unread: kind === 'cc' ? filters.unread : undefined,
    from: filters.range?.[0].startOf('day').toISOString(),
    to: filters.range?.[1].add(1, 'day').startOf('day').toISOString(),
  };
}

/** 搜索、流程、发起人、时间 (and 未读 for 抄送): applied as they change. */
export function ListFilters({
  kind,
  value,
  onChange,
}: {
  kind: ListKind;
  value: ListFilterState;
  onChange: (next: ListFilterState) => void;
}) {
  const processes = useProcessOptions();
  const others = kind !== 'started' && kind !== 'drafts';
  return (
    <div className="yw-list-filters">
      <Input.Search
        allowClear
        placeholder={l.search}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q })}
        style={{ width: 220 }}
        aria-label={l.search}
      />
      <Select
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={l.process}
        value={value.processKey}
        onChange={(processKey?: string) => onChange({ ...value, processKey })}
        options={(processes.data?.items ?? []).map((p) => ({ value: p.key, label: p.name }))}
        style={{ width: 180 }}
      />
      {others && (
        <PersonPicker
          value={value.initiator ?? null}
          onChange={(picked) =>
            onChange({ ...value, initiator: typeof picked === 'string' ? picked : undefined })
          }
          placeholder={l.initiator}
          style={{ width: 180 }}
        />
      )}
      <DatePicker.RangePicker
        value={value.range}
        placeholder={[l.rangeFrom, l.rangeTo]}
        onChange={(range) =>
          onChange({ ...value, range: range?.[0] && range[1] ? [range[0], range[1]] : null })
        }
      />
      {kind === 'cc' && (
        <Segmented
          value={value.unread === undefined ? 'all' : value.unread ? 'unread' : 'read'}
          onChange={(picked) =>
            onChange({ ...value, unread: picked === 'all' ? undefined : picked === 'unread' })
          }
          options={[
            { value: 'all', label: l.all },
            { value: 'unread', label: l.unread },
            { value: 'read', label: l.read },
          ]}
        />
      )}
    </div>
  );
}
