import { localized } from '../../ui/locale.ts';
import type { NotificationKind } from './api/types.ts';

// Words of notifications (消息).
const zh = {
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
};

const en: typeof zh = {
  bell: 'Notifications',
  latest: 'Latest',
  viewAll: 'View all notifications',
  markAllRead: 'Mark all as read',
  allReadDone: (count: number) =>
    `${count} ${count === 1 ? 'notification' : 'notifications'} marked as read`,
  emptyBell: 'No new notifications',
  title: 'Notifications',
  description:
    'Task reminders, copies, urges, overdue alerts and results. Click one to open its request.',
  filterAll: 'All',
  filterUnread: 'Unread',
  kindAll: 'All types',
  kindPlaceholder: 'Type',
  empty: 'No matching notifications',
  markRead: 'Mark as read',
  read: 'Read',
  unread: 'Unread',
  total: (total: number) => `${total} in all`,
  unreadCount: (count: number) => `${count} unread`,
  columns: { kind: 'Type', subject: 'Content', state: 'Status', at: 'Time' },
  kinds: {
    task: 'To do',
    cc: 'Copy',
    urge: 'Urge',
    timeout: 'Overdue',
    result: 'Result',
  },
  summaries: {
    task: 'You have a new task',
    cc: 'A request was copied to you',
    urge: 'The applicant asks you to act soon',
    timeout: 'A task is past its deadline',
    result: 'Your request has a result',
  },
};

export const notificationMessages = localized({ zh, en });

/** Tag colours per kind: urgent things warm, informative things calm. */
export const kindColours: Record<NotificationKind, string> = {
  task: 'blue',
  cc: 'cyan',
  urge: 'orange',
  timeout: 'red',
  result: 'green',
};
