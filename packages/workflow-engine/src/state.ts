import type { Value } from '@yuanwu/form-engine';

/**
 * The whole runtime state of one instance: plain JSON, stored by the server as one
 * document (jsonb) and changed only by the engine's commands under a row lock.
 * Times are ISO 8601 strings.
 */
export type InstanceStatus =
  'draft' | 'running' | 'suspended' | 'completed' | 'rejected' | 'withdrawn' | 'terminated';

export type HistoryAction =
  | 'submitted'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'resubmitted'
  | 'withdrawn'
  | 'transferred'
  | 'add_signed'
  | 'skipped'
  | 'auto_approved'
  | 'timeout_approved'
  | 'terminated'
  | 'jumped'
  | 'reassigned';

/** One decision, in order. `person` is `system` for automatic ones. */
export interface HistoryEntry {
  node: string;
  person: string;
  action: HistoryAction;
  comment: string | null;
  at: string;
  /** Set when a delegate decided for someone (授权代理). */
  onBehalfOf?: string | null;
  /** For transfer, add-sign and reassign: who received it. */
  targets?: string[];
  /** For reassign (改派): whose task the administrator took away. */
  from?: string;
}

/** A completed approval node (or `start`) on a token's way; `join` marks a merge. */
export type PathEntry = { node: string; frames: string[]; skipped?: boolean } | { join: string };

/**
 * A position in the graph. `moving` only exists inside a command; `waiting` sits at an
 * approval node (its run has tasks); `parked` has arrived at a join and waits for the
 * rest of its activation.
 */
export interface Token {
  id: string;
  node: string;
  state: 'moving' | 'waiting' | 'parked';
  /** Split activations this token is inside, outermost first. */
  frames: string[];
  path: PathEntry[];
  /** For a parked token: the activation it merges. */
  activation?: string;
}

/**
 * One firing of a split. `join` is the join that closes it in the graph's structure (its
 * immediate post-dominator), or null when no join does: then the first join its
 * branches reach merges whatever of them can still get there.
 */
export interface Activation {
  id: string;
  split: string;
  join: string | null;
  branches: number;
  parentFrames: string[];
  path: PathEntry[];
  state: 'open' | 'joined';
}

export type ApprovalMode = 'all' | 'any' | 'sequence';

/** One activation of an approval node: its tasks come and go until it passes. */
export interface ApprovalRun {
  id: string;
  node: string;
  token: string;
  mode: ApprovalMode;
  /** `sequence`: people still to come, in order (before delegation). */
  queue: string[];
  state: 'open' | 'passed' | 'cancelled';
}

export type TaskState =
  | 'open'
  | 'waiting'
  | 'approved'
  | 'rejected'
  | 'returned'
  | 'transferred'
  | 'reclaimed'
  | 'cancelled';

/** An approval task. `member` comes from the node's rule; `before`/`after` from 加签. */
export interface Task {
  id: string;
  run: string;
  node: string;
  assignee: string;
  onBehalfOf: string | null;
  delegation: string | null;
  kind: 'member' | 'before' | 'after';
  /** For added tasks: the task whose holder asked for them. */
  parent: string | null;
  state: TaskState;
  createdAt: string;
  dueAt: string | null;
  timerFired: boolean;
  /** People who must approve after this task's holder (加签 after). */
  afterSigners: string[];
  closedAt: string | null;
  /** Who closed it (the approver, or `system`). */
  closedBy: string | null;
}

/** A 抄送 item from a notify node. */
export interface CcItem {
  id: string;
  node: string;
  person: string;
  state: 'unread' | 'read';
  createdAt: string;
  readAt: string | null;
}

/** Where a `resubmit` goes back to. */
export interface ResubmitPoint {
  reason: 'returned' | 'withdrawn';
  /** For a return to start: the node that returned it, for `direct`. */
  from: { node: string; frames: string[]; path: PathEntry[] } | null;
}

export interface InstanceState {
  id: string;
  processKey: string;
  definitionRef: string;
  status: InstanceStatus;
  initiator: { id: string; dept: string | null };
  form: Record<string, Value>;
  tokens: Token[];
  activations: Activation[];
  runs: ApprovalRun[];
  tasks: Task[];
  history: HistoryEntry[];
  cc: CcItem[];
  /** Everyone who has ever held a task here: they get `conflict`, others `forbidden`. */
  participants: string[];
  awaitingResubmit: ResubmitPoint | null;
  suspendedAt: string | null;
  createdAt: string;
  submittedAt: string | null;
  endedAt: string | null;
  /** Counter for internal ids (tokens, runs, activations). */
  seq: number;
}
