import { useQuery } from '@tanstack/react-query';
import type { TextField, Value } from '@yuanwu/form-engine';
import { Empty, Select, Spin } from 'antd';
import { useState } from 'react';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { formsApi, type BudgetLine } from '../api/forms.api.ts';
import { formatMoney } from '../format.ts';
import { formsMessages as m } from '../messages.ts';

interface Props {
  field: TextField;
  value: Value | undefined;
  /** The lookup's own value and its fill targets, as one change of the record. */
  onPatch: (patch: Record<string, Value>) => void;
  id?: string;
  invalid?: boolean;
}

/** What picking a line (or clearing) writes: the code here, the chosen columns to the targets. */
export function lookupPatch(field: TextField, line: BudgetLine | null): Record<string, Value> {
  const patch: Record<string, Value> = { [field.key]: line?.code ?? null };
  for (const [target, column] of Object.entries(field.lookup?.fill ?? {})) {
    patch[target] = line ? line[column] : null;
  }
  return patch;
}

/** A text field with `lookup: { source: 'budget' }`: search budget lines, pick one, fill the rest. */
export function LookupControl({ field, value, onPatch, id, invalid }: Props) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const search = useQuery({
    queryKey: ['forms', 'budget', q],
    queryFn: () => formsApi.budget(q),
    staleTime: 30_000,
  });
  const lines = search.data?.items ?? [];
  const code = typeof value === 'string' && value ? value : undefined;
  const options: { value: string; label: string; line: BudgetLine | null }[] = lines.map(
    (line) => ({ value: line.code, label: `${line.code} ${line.name}`, line }),
  );
  // The saved code stays readable before (or without) a search that lists it.
  if (code && !options.some((option) => option.value === code)) {
    options.unshift({ value: code, label: code, line: null });
  }

  return (
    <Select<string>
      id={id}
      status={invalid ? 'error' : undefined}
      style={{ width: '100%' }}
      value={code}
      allowClear
      placeholder={field.placeholder ?? m.lookupPlaceholder}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      onChange={(next) => {
        setText('');
        onPatch(lookupPatch(field, lines.find((line) => line.code === next) ?? null));
      }}
      options={options}
      optionRender={(option) => {
        const line = (option.data as { line: BudgetLine | null }).line;
        if (!line) return option.label;
        return (
          <div className="yw-form-lookup-option">
            <span className="yw-form-lookup-name">
              {line.code} · {line.name}
            </span>
            <span className="yw-form-lookup-meta">
              {line.department ?? ''} {line.year} · {m.lookupRemaining}{' '}
              {formatMoney(line.remaining)}
            </span>
          </div>
        );
      }}
      notFoundContent={
        search.isFetching ? (
          <Spin size="small" />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.lookupNone} />
        )
      }
    />
  );
}
