import type { Value } from '@yuanwu/form-engine';
import { writeForm } from './forms.ts';
import { requireInitiator, requireNotSuspended } from './guards.ts';
import { newToken } from './movement.ts';
import type { Actor, EngineEnv } from './ports.ts';
import { runTokens } from './routing.ts';
import type { InstanceState } from './state.ts';
import { clearActivity } from './tasks.ts';
import { nowIso, refuse, transact, type Transition, type Tx } from './tx.ts';

export interface StartInput {
  /** The new instance's id (chosen by the server). */
  id: string;
  initiator: string;
  form?: Record<string, Value>;
  /** Save a draft: no tasks, and the required-field check waits until `submit`. */
  draft?: boolean;
}

/** Starts an instance of `env.process` (or saves a draft of one). */
export function startInstance(input: StartInput, env: EngineEnv): Transition {
  const now = env.now.toISOString();
  const state: InstanceState = {
    id: input.id,
    processKey: env.process.definition.key,
    definitionRef: env.process.ref,
    status: 'draft',
    initiator: { id: input.initiator, dept: env.org.departmentOf(input.initiator) },
    form: {},
    tokens: [],
    activations: [],
    runs: [],
    tasks: [],
    history: [],
    cc: [],
    participants: [],
    awaitingResubmit: null,
    suspendedAt: null,
    createdAt: now,
    submittedAt: null,
    endedAt: null,
    seq: 0,
  };
  return transact(state, env, (tx) => {
    const draft = input.draft === true;
    tx.state.form = writeForm(tx, {}, input.form, { requireRequired: !draft, fillDefaults: true });
    if (!draft) runFromStart(tx, 'submitted');
  });
}

/** Submits a draft on the process's current version (`env.process`). */
export function submitDraft(tx: Tx, actor: Actor, form: Record<string, Value> | undefined): void {
  requireInitiator(tx, actor);
  if (tx.state.status !== 'draft') refuse('conflict', '只有草稿可以提交');
  tx.state.definitionRef = tx.env.process.ref;
  tx.state.initiator.dept = tx.env.org.departmentOf(actor.id);
  tx.state.form = writeForm(tx, tx.state.form, form, { requireRequired: true, fillDefaults: true });
  runFromStart(tx, 'submitted');
}

/**
 * 保存草稿: the editor's whole form replaces the draft's (a cleared field disappears), on
 * the process's current version like `submit`; required fields wait until submit.
 */
export function saveDraft(tx: Tx, actor: Actor, form: Record<string, Value> | undefined): void {
  requireInitiator(tx, actor);
  if (tx.state.status !== 'draft') refuse('conflict', '只有草稿可以保存');
  tx.state.definitionRef = tx.env.process.ref;
  tx.state.initiator.dept = tx.env.org.departmentOf(actor.id);
  if (form === undefined) return;
  tx.state.form = writeForm(tx, {}, form, { requireRequired: false, fillDefaults: false });
}

function runFromStart(tx: Tx, action: 'submitted' | 'resubmitted'): void {
  const state = tx.state;
  state.status = 'running';
  state.awaitingResubmit = null;
  state.submittedAt ??= nowIso(tx);
  state.history.push({
    node: tx.graph.start,
    person: state.initiator.id,
    action,
    comment: null,
    at: nowIso(tx),
  });
  newToken(tx, tx.graph.start, [], []);
  runTokens(tx);
}

/** 重新提交 after a return to start or a withdrawal; `direct` (直送) only after a return. */
export function resubmit(
  tx: Tx,
  actor: Actor,
  form: Record<string, Value> | undefined,
  direct: boolean,
): void {
  requireInitiator(tx, actor);
  requireNotSuspended(tx);
  const point = tx.state.awaitingResubmit;
  const allowed = tx.state.status === 'withdrawn' || (tx.state.status === 'running' && point);
  if (!allowed || point === null) refuse('conflict', '当前状态不能重新提交');
  if (direct && (point.reason !== 'returned' || point.from === null)) {
    refuse('validation', '只有退回后才能直送');
  }
  tx.state.form = writeForm(tx, tx.state.form, form, { requireRequired: true, fillDefaults: true });
  if (!direct || point.from === null) {
    runFromStart(tx, 'resubmitted');
    return;
  }
  tx.state.status = 'running';
  tx.state.awaitingResubmit = null;
  tx.state.history.push({
    node: tx.graph.start,
    person: actor.id,
    action: 'resubmitted',
    comment: null,
    at: nowIso(tx),
  });
  newToken(tx, point.from.node, [...point.from.frames], structuredClone(point.from.path));
  runTokens(tx);
}

/** 撤回: the initiator takes a running instance back; it may be resubmitted. */
export function withdraw(tx: Tx, actor: Actor): void {
  requireInitiator(tx, actor);
  requireNotSuspended(tx);
  if (tx.state.status !== 'running') refuse('conflict', '只有审批中的流程可以撤回');
  clearActivity(tx);
  tx.state.status = 'withdrawn';
  tx.state.awaitingResubmit = { reason: 'withdrawn', from: null };
  tx.state.history.push({
    node: tx.graph.start,
    person: actor.id,
    action: 'withdrawn',
    comment: null,
    at: nowIso(tx),
  });
}
