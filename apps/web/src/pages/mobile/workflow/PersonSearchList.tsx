import { CheckOutlined } from '@ant-design/icons';
import { List, SearchBar } from 'antd-mobile';
import { useState } from 'react';
import { usePeopleSearch } from '../../../modules/org/index.ts';
import { mobileWorkflowMessages as m } from './messages.ts';

export interface PickedPerson {
  id: string;
  name: string;
}

/** Finds a colleague by 姓名, 全拼, 首字母 or 工号 and picks one. */
export function PersonSearchList({
  value,
  onChange,
}: {
  value: PickedPerson | null;
  onChange: (person: PickedPerson) => void;
}) {
  const [text, setText] = useState('');
  const people = usePeopleSearch(text, 20).data ?? [];
  return (
    <div className="yw-mw-person-search">
      <SearchBar placeholder={m.personSearch} value={text} onChange={setText} />
      <List className="yw-mw-person-list">
        {(text.trim() ? people : []).map((person) => (
          <List.Item
            key={person.id}
            onClick={() => onChange({ id: person.id, name: person.name })}
            description={[person.departmentName, person.positionName].filter(Boolean).join(' · ')}
            extra={value?.id === person.id ? <CheckOutlined className="yw-mw-check" /> : null}
            arrowIcon={false}
          >
            {person.name} <span className="yw-m-no">{person.employeeNo}</span>
          </List.Item>
        ))}
      </List>
    </div>
  );
}
