import { Button, Space, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { PersonStatus, PersonSummary } from '../api/types.ts';
import { orgMessages } from '../messages.ts';

const m = orgMessages.people;

/** What the row buttons do; absent for readers without `org.manage`. */
export interface PersonActions {
  edit: (person: PersonSummary) => void;
  move: (person: PersonSummary) => void;
  setStatus: (person: PersonSummary, enable: boolean) => void;
}

/** The people table's columns, with 编辑 / 调整科室 / 停用·启用 for managers. */
export function peopleColumns(actions: PersonActions | null): ColumnsType<PersonSummary> {
  const columns: ColumnsType<PersonSummary> = [
    { key: 'no', title: m.employeeNo, dataIndex: 'employeeNo', width: 110 },
    {
      key: 'name',
      title: m.name,
      dataIndex: 'name',
      width: 110,
      render: (name: string) => <span className="yw-strong">{name}</span>,
    },
    {
      key: 'gender',
      title: m.gender,
      dataIndex: 'gender',
      width: 64,
      render: (gender: PersonSummary['gender']) => orgMessages.genders[gender],
    },
    { key: 'dept', title: m.department, dataIndex: 'departmentName', ellipsis: true },
    {
      key: 'position',
      title: m.position,
      dataIndex: 'positionName',
      ellipsis: true,
      render: (value: string | null) => value ?? '—',
    },
    {
      key: 'phone',
      title: m.phone,
      dataIndex: 'phone',
      width: 130,
      render: (value: string | null) => value ?? '—',
    },
    {
      key: 'status',
      title: m.status,
      dataIndex: 'status',
      width: 90,
      render: (value: PersonStatus) => (
        <Tag color={value === 'active' ? 'green' : 'default'} variant="filled">
          {orgMessages.statuses[value]}
        </Tag>
      ),
    },
  ];
  if (actions) {
    columns.push({
      key: 'actions',
      title: m.actions,
      width: 200,
      fixed: 'right',
      render: (_: unknown, person) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => actions.edit(person)}>
            {m.edit}
          </Button>
          <Button type="link" size="small" onClick={() => actions.move(person)}>
            {m.move}
          </Button>
          {person.status === 'active' ? (
            <Button
              type="link"
              size="small"
              danger
              onClick={() => actions.setStatus(person, false)}
            >
              {m.disable}
            </Button>
          ) : (
            <Button type="link" size="small" onClick={() => actions.setStatus(person, true)}>
              {m.enable}
            </Button>
          )}
        </Space>
      ),
    });
  }
  return columns;
}
