import { ConfigProvider, Result } from 'antd';
import zhCN from 'antd/locale/zh_CN';

/** The application shell; routes and pages plug in here. */
export function App() {
  return (
    <ConfigProvider locale={zhCN}>
      <Result status="info" title="院务 · 医院综合办公平台" subTitle="正在建设中" />
    </ConfigProvider>
  );
}
