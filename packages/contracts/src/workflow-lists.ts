import type { FormSchema } from '@yuanwu/form-engine';
import type { InstanceStatus, NamedRef } from './workflow-instance.ts';

// The personal lists, badges and process pickers of the workflow API (docs/api-v1.md
// "Workflow"), as the server presents them and desktop and phone read them.

/** The tabs: 待办, 已办, 我发起的, 抄送我的, 草稿. */
export type ListKind = 'todo' | 'done' | 'started' | 'cc' | 'drafts';
/** Every personal list the server answers: the tabs, and 代我办理 shown under 授权代理. */
export type ListSource = ListKind | 'delegated';

/** One row of a personal list: the instance and the task, cc item or draft it is about. */
export interface ListItem {
  instanceId: string;
  title: string;
  processKey: string;
  processName: string;
  status: InstanceStatus;
  initiator: NamedRef;
  instanceCreatedAt: string;
  itemId: string;
  node: string | null;
  nodeName: string | null;
  itemState: string | null;
  onBehalfOf: string | null;
  at: string;
  dueAt: string | null;
}

/** One page of a list paged on the server. */
export interface Paged<T> {
  items: T[];
  total: number;
  /** True when there are more than `total` (personal lists count to a cap). */
  totalCapped?: boolean;
  page: number;
  pageSize: number;
}

/** `GET /workflow/counts`: the badge numbers. */
export interface WorkflowCounts {
  todo: number;
  ccUnread: number;
  drafts: number;
  running: number;
  notifications: number;
}

/** A deployed process in the catalogue and the filter pickers. */
export interface ProcessSummary {
  key: string;
  name: string;
  version: number;
  category: { id: string; name: string | null; colour: string | null } | null;
  updatedAt: string;
}

/** `GET /workflow/processes/:key/form`: the start form of the current version. */
export interface ProcessForm {
  key: string;
  name: string;
  version: number;
  form: FormSchema;
}

/** What a notification is about (消息类型). */
export type NotificationKind = 'task' | 'cc' | 'urge' | 'timeout' | 'result';

/** One in-app notification of the signed-in person. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  instanceId: string;
  instanceTitle: string;
  processKey: string;
  taskId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** `GET /workflow/notifications`: a page plus how many are unread in all. */
export interface NotificationPage extends Paged<NotificationItem> {
  unread: number;
}

/** One delegation (授权代理) as `GET /workflow/delegations` shows it. */
export interface Delegation {
  id: string;
  delegatorId: string;
  delegateId: string;
  delegateName: string | null;
  /** null: every process. */
  processKeys: string[] | null;
  from: string;
  until: string | null;
  createdAt: string;
  revokedAt: string | null;
  endedAt: string | null;
  active: boolean;
}
