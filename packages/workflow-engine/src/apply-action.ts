import { addSign, transferTask } from './handover.ts';
import { reassignTask } from './reassign.ts';
import { jump, resume, suspend, terminate } from './admin.ts';
import type { WorkflowAction } from './commands.ts';
import { approveTask, rejectTask } from './decide.ts';
import { writeForm } from './forms.ts';
import { findMyTask } from './guards.ts';
import { resubmit, saveDraft, submitDraft, withdraw } from './lifecycle.ts';
import { readCc, urge } from './attention.ts';
import type { EngineEnv } from './ports.ts';
import { returnTask } from './return.ts';
import type { InstanceState } from './state.ts';
import { refuse, transact, type Transition, type Tx } from './tx.ts';

/**
 * Applies one command to an instance: the new state and its effects, or an AppError
 * and no change at all. `env.process` must be the instance's own version, except for
 * `submit` of a draft, which takes the process's current version.
 */
export function applyAction(
  state: InstanceState,
  action: WorkflowAction,
  env: EngineEnv,
): Transition {
  return transact(state, env, (tx) => dispatch(tx, action));
}

function dispatch(tx: Tx, action: WorkflowAction): void {
  const actor = action.actor;
  switch (action.type) {
    case 'submit':
      return submitDraft(tx, actor, action.form);
    case 'saveDraft':
      return saveDraft(tx, actor, action.form);
    case 'approve':
      return approve(tx, action);
    case 'reject':
      return rejectTask(tx, findMyTask(tx, actor, action.node), actor.id, action.comment ?? null);
    case 'return':
      return returnTask(tx, memberTask(tx, action), actor.id, action.to, action.comment ?? null);
    case 'resubmit':
      return resubmit(tx, actor, action.form, action.direct === true);
    case 'withdraw':
      return withdraw(tx, actor);
    case 'transfer': {
      const task = findMyTask(tx, actor, action.node);
      return transferTask(tx, task, actor, action.to, action.comment ?? null);
    }
    case 'addSign': {
      const task = findMyTask(tx, actor, action.node);
      return addSign(tx, task, actor, action.to, action.position, action.comment ?? null);
    }
    case 'urge':
      return urge(tx, actor);
    case 'read':
      return readCc(tx, actor);
    case 'suspend':
      return suspend(tx, actor);
    case 'resume':
      return resume(tx, actor);
    case 'terminate':
      return terminate(tx, actor, action.comment ?? null);
    case 'jump':
      return jump(tx, actor, action.to, action.comment ?? null);
    case 'reassign':
      return reassignTask(tx, actor, action.task, action.to, action.comment ?? null);
  }
}

function memberTask(tx: Tx, action: Extract<WorkflowAction, { type: 'return' }>) {
  const task = findMyTask(tx, action.actor, action.node);
  if (task.kind !== 'member') refuse('forbidden', '加签人不能退回');
  return task;
}

/** 同意: field writes are checked against the node's permissions before anything else. */
function approve(tx: Tx, action: Extract<WorkflowAction, { type: 'approve' }>): void {
  const task = findMyTask(tx, action.actor, action.node);
  const node = tx.graph.nodes.get(task.node);
  if (node?.type !== 'approval') refuse('conflict', '当前任务不能审批');
  if (action.form !== undefined && Object.keys(action.form).length > 0) {
    tx.state.form = writeForm(tx, tx.state.form, action.form, {
      requireRequired: true,
      fillDefaults: false,
      permissions: node.fieldPermissions ?? {},
    });
  }
  const comment = action.comment?.trim() ?? '';
  if (node.requireComment === true && comment === '') refuse('validation', '请填写审批意见');
  approveTask(tx, task, action.actor.id, 'approved', comment === '' ? null : comment);
}
