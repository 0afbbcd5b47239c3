import { Select, Spin } from 'antd';
import { useState } from 'react';
import { usePeopleSearch } from '../../org/index.ts';
import { rememberName } from '../hooks/personNames.ts';
import { delegationMessages as m } from '../messages.ts';

interface Props {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
}

/** Finds a colleague by name, pinyin or number; remembers the name for the delegation card. */
export function DelegatePicker({ id, value, onChange }: Props) {
  const [text, setText] = useState('');
  const search = usePeopleSearch(text);
  const hits = text.trim() ? (search.data ?? []) : [];
  return (
    <Select<string>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      placeholder={m.pickDelegate}
      notFoundContent={search.isFetching ? <Spin size="small" /> : null}
      options={hits.map((person) => ({
        value: person.id,
        label: [person.name, person.departmentName, person.employeeNo].filter(Boolean).join(' · '),
      }))}
      onChange={(next) => {
        const person = hits.find((hit) => hit.id === next);
        if (person) rememberName(person.id, person.name);
        onChange?.(next);
      }}
      data-testid="delegate-picker"
    />
  );
}
