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
  confirm: '确定',
} as const;
