import { Spin } from 'antd';

/** Shown while the session is being read, before anything else can render. */
export function FullPageSpinner({ tip }: { tip?: string }) {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
      <Spin size="large" tip={tip}>
        <div style={{ width: 120, height: 60 }} />
      </Spin>
    </div>
  );
}
