/** @yuanwu/workflow-engine: process definitions and the pure approval state machine. */
export {
  processDefinition,
  processNode,
  processEdge,
  assigneeRule,
  fieldPermission,
  type ProcessDefinition,
  type ProcessNode,
  type ProcessEdge,
  type ApprovalNode,
  type NotifyNode,
  type AssigneeRule,
  type FieldPermission,
  type NodeType,
  type DeployedProcess,
} from './definition.ts';
export { checkDefinition } from './check-definition.ts';
export { parseProcessDefinition, formatPath } from './parse-definition.ts';
export { parseDuration, addDuration, addIsoDuration, type Duration } from './duration.ts';
export type {
  OrgDirectory,
  DelegationLookup,
  ActiveDelegation,
  Actor,
  EngineEnv,
} from './ports.ts';
export type {
  InstanceState,
  InstanceStatus,
  HistoryEntry,
  HistoryAction,
  Task,
  TaskState,
  CcItem,
  Token,
  Activation,
  ApprovalRun,
  ApprovalMode,
  PathEntry,
  ResubmitPoint,
} from './state.ts';
export type { Notification, TimerRequest, Effects } from './effects.ts';
export type { Transition } from './tx.ts';
export { workflowCommand, type WorkflowCommand, type WorkflowAction } from './commands.ts';
export { startInstance, type StartInput } from './lifecycle.ts';
export { applyAction } from './apply-action.ts';
export { fireDueTimers, openTasks, nextTimerDue } from './queries.ts';
export { reclaimDelegation, holdsDelegatedTasks } from './delegation.ts';
export { visibleForm, hiddenFields } from './visible-form.ts';
