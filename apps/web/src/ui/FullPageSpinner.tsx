import { Spin } from 'antd';

/** Shown while the session is being read, before anything else can render. */
export function FullPageSpinner() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" />
    </div>
  );
}
