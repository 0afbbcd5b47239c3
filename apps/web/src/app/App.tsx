import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { ConfigProvider as MobileConfigProvider } from 'antd-mobile';
import mobileEnUS from 'antd-mobile/es/locales/en-US';
import mobileZhCN from 'antd-mobile/es/locales/zh-CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { BrowserRouter } from 'react-router';
import { SessionProvider } from '../modules/auth/index.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { locale } from '../ui/locale.ts';
import { useIsMobile } from '../ui/useIsMobile.ts';
import './global.css';
import { queryClient } from './queryClient.ts';
import { DesktopRoutes, MobileRoutes } from './routes.tsx';
import { theme } from './theme.ts';

const english = locale === 'en-US';
dayjs.locale(english ? 'en' : 'zh-cn');
document.documentElement.lang = locale;

/** The application: providers, then the desktop or the phone shell by screen width. */
export function App() {
  const isMobile = useIsMobile();
  return (
    <ConfigProvider locale={english ? enUS : zhCN} theme={theme}>
      <MobileConfigProvider locale={english ? mobileEnUS : mobileZhCN}>
        <AntApp>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <SessionProvider>
                <ErrorBoundary>{isMobile ? <MobileRoutes /> : <DesktopRoutes />}</ErrorBoundary>
              </SessionProvider>
            </BrowserRouter>
          </QueryClientProvider>
        </AntApp>
      </MobileConfigProvider>
    </ConfigProvider>
  );
}
