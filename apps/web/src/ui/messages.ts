// Words of the shared building blocks; Chinese now, English later with the same keys.
export const uiMessages = {
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
} as const;
