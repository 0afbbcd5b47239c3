import type { NotificationKind } from './api/types.ts';

// Words of notifications (消息); Chinese now, English later with the same keys.
export const notificationMessages = {
  bell: '消息通知',
  latest: '最新消息',
  viewAll: '查看全部消息',
  markAllRead: '全部已读',
  allReadDone: (count: number) => `已将 ${count} 条消息标为已读`,
  emptyBell: '暂无新消息',
  title: '消息通知',
  description: '待办提醒、抄送、催办、超时与办理结果，点击可打开对应流程',
  filterAll: '全部',
  filterUnread: '未读',
  kindAll: '全部类型',
  kindPlaceholder: '消息类型',
  empty: '没有符合条件的消息',
  markRead: '标为已读',
  read: '已读',
  unread: '未读',
  total: (total: number) => `共 ${total} 条`,
  unreadCount: (count: number) => `${count} 条未读`,
  columns: { kind: '类型', subject: '内容', state: '状态', at: '时间' },
  kinds: {
    task: '待办',
    cc: '抄送',
    urge: '催办',
    timeout: '超时',
    result: '办理结果',
  } satisfies Record<NotificationKind, string>,
  summaries: {
    task: '您有一项新的待办',
    cc: '一份流程抄送给了您',
    urge: '发起人催您尽快办理',
    timeout: '待办已超过办理时限',
    result: '您发起的流程有了结果',
  } satisfies Record<NotificationKind, string>,
} as const;

/** Tag colours per kind: urgent things warm, informative things calm. */
export const kindColours: Record<NotificationKind, string> = {
  task: 'blue',
  cc: 'cyan',
  urge: 'orange',
  timeout: 'red',
  result: 'green',
};
