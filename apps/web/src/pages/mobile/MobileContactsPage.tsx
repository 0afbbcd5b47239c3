import { TeamOutlined } from '@ant-design/icons';
import { DotLoading, ErrorBlock, List, SearchBar } from 'antd-mobile';
import { useState } from 'react';
import { usePeopleSearch } from '../../modules/org/index.ts';
import { mobileMessages as m } from './messages.ts';

/** 通讯录: find colleagues by 姓名, 全拼, 首字母 (e.g. "zs") or 工号. */
export function MobileContactsPage() {
  const [text, setText] = useState('');
  const search = usePeopleSearch(text, 50);
  const people = text.trim() ? (search.data ?? []) : [];
  const waiting = text.trim() !== '' && (search.isFetching || search.settledText !== text.trim());

  return (
    <div className="yw-m-page" data-testid="mobile-contacts">
      <div className="yw-m-search">
        <SearchBar
          placeholder={m.contactsSearch}
          value={text}
          onChange={setText}
          onClear={() => setText('')}
          style={{ '--background': '#ffffff', '--height': '40px' }}
        />
      </div>
      {!text.trim() && (
        <div className="yw-m-hint">
          <TeamOutlined className="yw-m-hint-icon" />
          <p>{m.contactsHint}</p>
        </div>
      )}
      {waiting && people.length === 0 && (
        <div className="yw-m-loading">
          <DotLoading color="primary" />
        </div>
      )}
      {!waiting && text.trim() && people.length === 0 && (
        <ErrorBlock status="empty" title={m.contactsNone} description="" />
      )}
      {people.length > 0 && (
        <List mode="card" className="yw-m-list">
          {people.map((person) => (
            <List.Item
              key={person.id}
              prefix={<span className="yw-m-avatar">{person.name.slice(-2)}</span>}
              description={[person.departmentName, person.positionName].filter(Boolean).join(' · ')}
              extra={<span className="yw-m-no">{person.employeeNo}</span>}
            >
              {person.name}
            </List.Item>
          ))}
        </List>
      )}
    </div>
  );
}
