import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title row (title, description, actions) over its content, with house spacing. */
export function PageContainer({
  title,
  description,
  extra,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="yw-page">
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="yw-page-head">
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {description && (
            <Typography.Text type="secondary" className="yw-page-desc">
              {description}
            </Typography.Text>
          )}
        </div>
        {extra && (
          <Flex gap={8} wrap>
            {extra}
          </Flex>
        )}
      </Flex>
      {children}
    </div>
  );
}
