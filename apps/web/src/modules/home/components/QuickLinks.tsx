import { RightOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface QuickLink {
  path: string;
  label: string;
  hint: string;
  icon: ReactNode;
}

/** A grid of tiles to the screens the person may open. */
export function QuickLinks({ links }: { links: QuickLink[] }) {
  return (
    <div className="yw-quick-grid">
      {links.map((link) => (
        <Link key={link.path} to={link.path} className="yw-quick-tile">
          <span className="yw-quick-icon">{link.icon}</span>
          <span className="yw-quick-text">
            <span className="yw-quick-label">{link.label}</span>
            <span className="yw-quick-hint">{link.hint}</span>
          </span>
          <RightOutlined className="yw-quick-arrow" />
        </Link>
      ))}
    </div>
  );
}
