import { localized } from './locale.ts';

// Words of the shared building blocks.
export const uiMessages = localized({
  zh: {
    loadFailed: '加载失败',
    noAccess: '没有权限访问',
    retry: '重试',
    empty: '暂无数据',
    loading: '加载中…',
    searchPlaceholder: '搜索',
    noMatch: '没有匹配的结果',
    cancel: '取消',
    crashed: '页面加载失败',
    crashedHint: '可能是系统刚刚更新，请刷新页面后重试。',
    reload: '刷新页面',
    confirm: '确定',
  },
  en: {
    loadFailed: 'Failed to load',
    noAccess: 'You do not have access',
    retry: 'Retry',
    empty: 'No data',
    loading: 'Loading…',
    searchPlaceholder: 'Search',
    noMatch: 'No matches',
    cancel: 'Cancel',
    crashed: 'The page failed to load',
    crashedHint: 'The system may have just been updated. Reload the page and try again.',
    reload: 'Reload',
    confirm: 'OK',
  },
});
