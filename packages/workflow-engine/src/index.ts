/**
 * @yuanwu/workflow-engine — process definitions (the conformance interchange format) and
 * the approval state machine, pure: no database, no HTTP, no Node built-ins.
 *
 * Every command is `state + command → new state + effects`, or an AppError and no change:
 *
 * ```ts
 * const t = applyAction(state, { type: 'approve', actor, comment }, env);
 * if (!t.ok) throw t.error;                 // forbidden, validation, conflict, suspended, …
 * save(t.value.state);                      // one JSON document per instance
 * send(t.value.effects.notifications);      // task, cc, urge, timeout, result
 * schedule(t.value.effects.timers);         // durable jobs → fireDueTimers(state, env)
 * ```
 *
 * `env` carries the definition version to run, the ports (OrgDirectory, DelegationLookup),
 * id generation and the logical time. Joins merge by split activation: a token records the
 * activations it is inside, and a join fires once per activation when no other branch of
 * it can still arrive.
 */
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
  type NodeReference,
  type DeployedProcess,
} from './definition.ts';
export { checkDefinition } from './check-definition.ts';
export {
  designProblems,
  structureWarnings,
  assigneeProblems,
  type DesignProblem,
  type DesignOrg,
} from './design-check.ts';
export { simulate, type Simulation, type SimulatedStep } from './simulate.ts';
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
