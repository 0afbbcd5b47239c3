import type { ThemeConfig } from 'antd';

/** The house look: a calm clinical blue, soft radii, system CJK fonts (no web fonts). */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1a6fe0',
    colorInfo: '#1a6fe0',
    colorSuccess: '#18a058',
    colorWarning: '#e8a23a',
    colorError: '#e04848',
    colorBgLayout: '#f3f6fa',
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', siderBg: '#ffffff', headerHeight: 56, headerPadding: '0 20px' },
    Menu: { itemBorderRadius: 8, itemMarginInline: 8, groupTitleFontSize: 12 },
    Table: { headerBg: '#f7f9fc' },
    Card: { borderRadiusLG: 12 },
  },
};
