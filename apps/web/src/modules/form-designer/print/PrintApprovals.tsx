import dayjs from 'dayjs';
import { workflowMessages, type HistoryEntry } from '../../workflow/index.ts';
import { printMessages as m } from './printMessages.ts';

/** 审批记录 at the foot of the page: node, person, decision, time and comment, in order. */
export function PrintApprovals({ history }: { history: readonly HistoryEntry[] }) {
  const actions: Record<string, string> = workflowMessages.historyActions;
  return (
    <table className="pf-grid pf-approvals">
      <thead>
        <tr>
          <th colSpan={5} className="pf-section">
            {m.approvals}
          </th>
        </tr>
        <tr>
          <th>{m.node}</th>
          <th>{m.person}</th>
          <th>{m.action}</th>
          <th>{m.time}</th>
          <th>{m.comment}</th>
        </tr>
      </thead>
      <tbody>
        {history.length === 0 ? (
          <tr>
            <td colSpan={5} className="pf-empty">
              {m.none}
            </td>
          </tr>
        ) : (
          history.map((entry, index) => (
            <tr key={index}>
              <td>{entry.nodeName}</td>
              <td>{entry.personName ?? entry.person}</td>
              <td>{actions[entry.action] ?? entry.action}</td>
              <td className="pf-time">{dayjs(entry.at).format('YYYY-MM-DD HH:mm')}</td>
              <td className="pf-comment">{entry.comment ?? ''}</td>
            </tr>
          ))
        )}
      </tbody>
    </table>
  );
}
