import { RightOutlined } from '@ant-design/icons';
import { DotLoading, ErrorBlock, SearchBar } from 'antd-mobile';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '../../../ui/useDebouncedValue.ts';
import { mobileWorkflowMessages as m } from './messages.ts';
import './mobileWorkflow.css';
import { useProcesses } from './queries.ts';
import type { ProcessSummary } from './types.ts';

interface Group {
  name: string;
  colour: string;
  items: ProcessSummary[];
}

function groupByCategory(items: ProcessSummary[]): Group[] {
  const groups = new Map<string, Group>();
  for (const item of items) {
    const name = item.category?.name ?? m.uncategorised;
    const group = groups.get(name) ?? {
      name,
      colour: item.category?.colour ?? '#8c99ad',
      items: [],
    };
    group.items.push(item);
    groups.set(name, group);
  }
  // Uncategorised last, so the hospital's own grouping leads.
  return [...groups.values()].sort(
    (a, b) => Number(a.name === m.uncategorised) - Number(b.name === m.uncategorised),
  );
}

/** 发起: the processes I may start, by category, with search. */
export function MobileCataloguePage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const processes = useProcesses(q);
  const groups = groupByCategory(processes.data?.items ?? []);
  return (
    <div className="yw-m-page yw-mw-page" data-testid="mobile-catalogue">
      <div className="yw-m-search">
        <SearchBar
          placeholder={m.catalogueSearch}
          value={text}
          onChange={setText}
          style={{ '--background': '#ffffff', '--height': '40px' }}
        />
      </div>
      {processes.isPending && (
        <div className="yw-m-loading">
          <DotLoading color="primary" />
        </div>
      )}
      {processes.isSuccess && groups.length === 0 && (
        <ErrorBlock status="empty" title={m.noProcesses} description="" />
      )}
      {groups.map((group) => (
        <section key={group.name} className="yw-mw-cat">
          <div className="yw-mw-cat-title">
            <span className="yw-mw-cat-dot" style={{ background: group.colour }} />
            {group.name}
          </div>
          <div className="yw-mw-cat-grid">
            {group.items.map((item) => (
              <button
                key={item.key}
                type="button"
                className="yw-mw-process"
                onClick={() => void navigate(`/workflow/start/${item.key}`)}
              >
                <span className="yw-mw-process-icon" style={{ background: group.colour }}>
                  {item.name.slice(0, 1)}
                </span>
                <span className="yw-mw-process-name">{item.name}</span>
                <RightOutlined className="yw-mw-process-arrow" />
              </button>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
