import { SearchOutlined, TeamOutlined } from '@ant-design/icons';
import { Avatar, Card, Empty, Input, List, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { PageContainer } from '../../../ui/PageContainer.tsx';
import { usePeopleSearch } from '../hooks/queries.ts';
import { orgMessages } from '../messages.ts';

const m = orgMessages.contacts;

/** 通讯录 for everyone: find a colleague by 姓名, 全拼, 首字母 or 工号. */
export function ContactsScreen() {
  const [text, setText] = useState('');
  const search = usePeopleSearch(text, 50);
  const typed = text.trim() !== '';
  const people = typed ? (search.data ?? []) : [];
  const waiting = typed && (search.isFetching || search.settledText !== text.trim());

  return (
    <PageContainer title={m.title} description={m.description}>
      <Card variant="borderless" className="yw-panel">
        <Input
          size="large"
          allowClear
          autoFocus
          prefix={<SearchOutlined className="yw-muted" />}
          placeholder={m.searchPlaceholder}
          value={text}
          onChange={(event) => setText(event.target.value)}
          className="yw-contacts-search"
        />
        {!typed ? (
          <Empty
            className="yw-empty-tall"
            image={<TeamOutlined className="yw-empty-icon" />}
            description={m.hint}
          />
        ) : waiting && people.length === 0 ? (
          <Skeleton active avatar paragraph={{ rows: 2 }} style={{ marginTop: 24 }} />
        ) : people.length === 0 ? (
          <Empty className="yw-empty-tall" description={m.none} />
        ) : (
          <List
            className="yw-contacts-list"
            grid={{ gutter: 12, xs: 1, sm: 2, lg: 3, xxl: 4 }}
            dataSource={people}
            renderItem={(person) => (
              <List.Item>
                <div className="yw-contact-card">
                  <Avatar size={44} className="yw-avatar">
                    {person.name.slice(-2)}
                  </Avatar>
                  <div className="yw-contact-text">
                    <Typography.Text strong>{person.name}</Typography.Text>
                    <Typography.Text type="secondary" ellipsis>
                      {[person.departmentName, person.positionName].filter(Boolean).join(' · ')}
                    </Typography.Text>
                  </div>
                  <span className="yw-contact-no">{person.employeeNo}</span>
                </div>
              </List.Item>
            )}
          />
        )}
      </Card>
    </PageContainer>
  );
}
