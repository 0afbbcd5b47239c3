import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../modules/auth/index.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { useIsMobile } from '../ui/useIsMobile.ts';
import './global.css';
import { queryClient } from './queryClient.ts';
import { DesktopRoutes, MobileRoutes } from './routes.tsx';
import { theme } from './theme.ts';

dayjs.locale('zh-cn');

/** The application: providers, then the desktop or the phone shell by screen width. */
export function App() {
  const isMobile = useIsMobile();
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionProvider>
              <ErrorBoundary>{isMobile ? <MobileRoutes /> : <DesktopRoutes />}</ErrorBoundary>
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
