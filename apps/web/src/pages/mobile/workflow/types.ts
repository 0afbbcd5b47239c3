// Shapes of the workflow API as the phone screens read them: the same definitions the desktop
// module and the server use (packages/contracts), under the names these screens know.
export type {
  GraphNode,
  HistoryEntry as HistoryView,
  InstanceStatus,
  InstanceTask as TaskView,
  InstanceView,
  ListItem,
  ListKind,
  NotificationItem,
  Paged,
  Phrase,
  ProcessForm,
  ProcessSummary,
  WorkflowCounts as Counts,
} from '@yuanwu/contracts';

/** The actions of the bottom bar, as `POST /workflow/instances/:id/<action>`. */
export type ActionName =
  | 'approve'
  | 'reject'
  | 'return'
  | 'transfer'
  | 'withdraw'
  | 'urge'
  | 'resubmit'
  | 'read'
  | 'submit';
