import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Result, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { shortNumber } from '@yuanwu/kernel';
import { Link } from 'react-router';
import { useInstance, workflowMessages } from '../../workflow/index.ts';
import { PrintApprovals } from './PrintApprovals.tsx';
import { PrintForm } from './PrintForm.tsx';
import { printMessages as m } from './printMessages.ts';
import './print.css';

const time = (at: string | null) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '—');

/** 打印: one A4 page that reads like the paper form, with the approvals at its foot. */
export function PrintScreen({ instanceId }: { instanceId: string }) {
  const instance = useInstance(instanceId);
  if (instance.isError)
    return <Result status="warning" title={m.notFound} subTitle={instance.error.message} />;
  if (!instance.data) return <Skeleton active className="pf-loading" />;
  const view = instance.data;
  return (
    <div className="pf-desk">
      <div className="pf-toolbar">
        <Link to={`/workflow/instances/${encodeURIComponent(view.id)}`}>
          <Button icon={<ArrowLeftOutlined />}>{m.back}</Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {m.print}
        </Button>
      </div>
      <article className="pf-page" data-testid="print-page">
        <h1 className="pf-title">{view.processName}</h1>
        <div className="pf-meta">
          <span>
            {m.serial}
            {m.colon}
            {shortNumber(view.id)}
          </span>
          <span>
            {m.initiator}
            {m.colon}
            {view.initiator.name ?? view.initiator.id}
          </span>
          <span>
            {m.department}
            {m.colon}
            {view.department?.name ?? '—'}
          </span>
          <span>
            {m.submittedAt}
            {m.colon}
            {time(view.submittedAt ?? view.createdAt)}
          </span>
          <span>
            {m.status}
            {m.colon}
            {workflowMessages.statuses[view.status]}
          </span>
        </div>
        <div className="pf-subject">{view.title}</div>
        <PrintForm fields={view.fields} values={view.form} />
        <PrintApprovals history={view.history} />
        <footer className="pf-footer">{m.printedAt(dayjs().format('YYYY-MM-DD HH:mm'))}</footer>
      </article>
    </div>
  );
}
