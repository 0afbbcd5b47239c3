import { Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import type { AuditEntry } from '../api/types.ts';
import { auditMessages } from '../messages.ts';

const m = auditMessages.entries;

/** The audit table's columns: time, who, what (label and code), record, result, IP. */
export const auditColumns: ColumnsType<AuditEntry> = [
  {
    key: 'at',
    title: m.time,
    dataIndex: 'at',
    width: 170,
    render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
  },
  {
    key: 'actor',
    title: m.actor,
    width: 150,
    render: (_: unknown, entry) => (
      <div>
        <div>{entry.actorName || entry.actorUsername || '—'}</div>
        {entry.actorName && (
          <Typography.Text type="secondary" className="yw-mono">
            {entry.actorUsername}
          </Typography.Text>
        )}
      </div>
    ),
  },
  {
    key: 'action',
    title: m.action,
    width: 200,
    render: (_: unknown, entry) => (
      <div>
        <div>{auditMessages.actionLabels[entry.action] ?? entry.action}</div>
        <Typography.Text type="secondary" className="yw-mono">
          {entry.action}
        </Typography.Text>
      </div>
    ),
  },
  {
    key: 'target',
    title: m.target,
    ellipsis: true,
    render: (_: unknown, entry) =>
      entry.targetType ? (
        <span>
          {auditMessages.targetTypes[entry.targetType] ?? entry.targetType}
          {entry.targetId && (
            <Typography.Text type="secondary" className="yw-mono">
              {' '}
              {entry.targetId}
            </Typography.Text>
          )}
        </span>
      ) : (
        '—'
      ),
  },
  {
    key: 'result',
    title: m.result,
    width: 150,
    render: (_: unknown, entry) =>
      entry.result === 'success' ? (
        <Tag color="green" variant="filled">
          {m.success}
        </Tag>
      ) : (
        <Tooltip title={entry.errorCode}>
          <Tag color="red" variant="filled">
            {m.failure}
            {entry.errorCode
              ? ` · ${auditMessages.errorCodes[entry.errorCode] ?? entry.errorCode}`
              : ''}
          </Tag>
        </Tooltip>
      ),
  },
  {
    key: 'ip',
    title: m.ip,
    dataIndex: 'ip',
    width: 130,
    render: (ip: string) => <span className="yw-mono">{ip}</span>,
  },
];
