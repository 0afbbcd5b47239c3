import { Empty, Select, Spin } from 'antd';
import { useMemo, useState, type CSSProperties } from 'react';
import type { PersonHit } from '../api/types.ts';
import { usePeopleByIds, usePeopleSearch } from '../hooks/queries.ts';
import { orgMessages as m } from '../messages.ts';

/** A person the picker already knows how to name (the current value, say). */
export interface KnownPerson {
  id: string;
  label: string;
}

interface Props {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  known?: KnownPerson[];
  placeholder?: string;
  style?: CSSProperties;
  allowClear?: boolean;
  disabled?: boolean;
  id?: string;
}

function labelOf(person: PersonHit): string {
  return [person.name, person.departmentName, person.employeeNo].filter(Boolean).join(' · ');
}

/**
 * Picks people by remote search on `/org/people/search` (debounced): 姓名 · 科室 · 工号.
 * Works as a form control (`value`/`onChange`), single or multiple.
 */
export function PersonPicker({
  value,
  onChange,
  multiple = false,
  known = [],
  placeholder = m.pickPerson,
  style,
  allowClear = true,
  disabled,
  id,
}: Props) {
  const [text, setText] = useState('');
  const [picked, setPicked] = useState<KnownPerson[]>([]);
  const search = usePeopleSearch(text);
  const hits = useMemo(() => (text.trim() ? (search.data ?? []) : []), [text, search.data]);
  const chosen = useMemo(
    () => (value == null ? [] : Array.isArray(value) ? value : [value]),
    [value],
  );
  const nameless = chosen.filter(
    (id) => !picked.some((entry) => entry.id === id) && !known.some((entry) => entry.id === id),
  );
  const named = usePeopleByIds(nameless);

  const options = useMemo(() => {
    const seen = new Set<string>();
    const all = [
      ...hits.map((person) => ({
        value: person.id,
        label: labelOf(person),
        person,
      })),
      ...[...picked, ...known].map((entry) => ({
        value: entry.id,
        label: entry.label,
        person: null,
      })),
      ...named.map((person) => ({ value: person.id, label: labelOf(person), person: null })),
    ];
    return all.filter((option) => !seen.has(option.value) && seen.add(option.value));
  }, [hits, picked, known, named]);

  const remember = (ids: string[]) => {
    const labelled = options.filter((option) => ids.includes(option.value));
    setPicked((previous) => [
      ...previous.filter((entry) => !ids.includes(entry.id)),
      ...labelled.map((option) => ({ id: option.value, label: option.label })),
    ]);
  };

  const loading = search.isFetching || (text.trim() !== search.settledText && text.trim() !== '');

  return (
    <Select<string | string[]>
      id={id}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? (multiple ? [] : undefined)}
      onChange={(next) => {
        const ids = Array.isArray(next) ? next : next ? [next] : [];
        remember(ids);
        onChange?.(next ?? null);
        setText('');
      }}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      placeholder={placeholder}
      style={{ width: '100%', ...style }}
      allowClear={allowClear}
      disabled={disabled}
      options={options}
      optionRender={(option) => {
        const person = (option.data as { person: PersonHit | null }).person;
        if (!person) return option.label;
        return (
          <div className="yw-person-option">
            <span className="yw-person-option-name">{person.name}</span>
            <span className="yw-person-option-meta">
              {person.departmentName}
              {person.positionName ? ` · ${person.positionName}` : ''}
            </span>
            <span className="yw-person-option-no">{person.employeeNo}</span>
          </div>
        );
      }}
      notFoundContent={
        loading ? (
          <Spin size="small" />
        ) : (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={text.trim() ? m.noPeopleFound : m.typeToSearch}
          />
        )
      }
    />
  );
}
