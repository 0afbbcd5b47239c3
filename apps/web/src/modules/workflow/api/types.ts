import type { InstanceStatus } from '@yuanwu/contracts';

/** Shapes of the workflow API (docs/api-v1.md "Workflow"): one definition, shared with the server. */
export type {
  ActionResponse,
  CcEntry,
  GraphEdge,
  GraphNode,
  HistoryAction,
  HistoryEntry,
  InstanceCan,
  InstanceStatus,
  InstanceTask,
  InstanceView,
  ListItem,
  ListKind,
  ListSource,
  NamedRef,
  NodeGuidance,
  NodeProgress,
  NodeType,
  Paged,
  ProcessForm,
  ProcessGraph,
  ProcessSummary,
  WorkflowCounts,
} from '@yuanwu/contracts';

/** The filters, sorting and paging the personal lists accept (query parameters). */
export interface ListQuery {
  q?: string;
  processKey?: string;
  initiator?: string;
  status?: Exclude<InstanceStatus, 'draft'>;
  unread?: boolean;
  /** ISO 8601 with offset. */
  from?: string;
  to?: string;
  sort?: 'time' | 'title' | 'process';
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}
