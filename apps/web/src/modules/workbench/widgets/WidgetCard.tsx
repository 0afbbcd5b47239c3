import { RightOutlined } from '@ant-design/icons';
import { Card, Empty, Skeleton } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { WidgetName } from '../api/types.ts';
import { workbenchMessages as m } from '../messages.ts';
import { widgetIcons } from './widgetIcons.tsx';

interface Props {
  widget: WidgetName;
  /** "查看全部" goes here. */
  more?: string;
  extra?: ReactNode;
  loading?: boolean;
  failed?: boolean;
  empty?: string | false;
  children?: ReactNode;
}

/** The frame of every widget: icon and title, a "查看全部" link, loading, failure and empty states. */
export function WidgetCard({ widget, more, extra, loading, failed, empty, children }: Props) {
  const body = loading ? (
    <Skeleton active paragraph={{ rows: 3 }} title={false} />
  ) : failed ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={m.loadFailed} />
  ) : empty ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
  ) : (
    children
  );
  return (
    <Card
      variant="borderless"
      className="yw-widget"
      data-widget={widget}
      title={
        <span className="yw-widget-title">
          <span className="yw-widget-icon">{widgetIcons[widget]}</span>
          {m.widgets[widget]}
        </span>
      }
      extra={
        <span className="yw-widget-extra">
          {extra}
          {more && (
            <Link to={more} className="yw-widget-more">
              {m.viewAll} <RightOutlined />
            </Link>
          )}
        </span>
      }
    >
      {body}
    </Card>
  );
}
