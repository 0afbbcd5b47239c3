import type { WorkflowCommand } from '@yuanwu/workflow-engine';
import type { ApiApp, AppDeps } from '../../http/context.ts';
import { performAction } from './actions.http.ts';
import {
  addSignBody,
  approveBody,
  instanceParams,
  jumpBody,
  plainBody,
  reassignBody,
  rejectBody,
  resubmitBody,
  returnBody,
  saveDraftBody,
  startBody,
  submitBody,
  terminateBody,
  transferBody,
} from './actions.schema.ts';
import { actOnInstance, startProcess } from './instances.service.ts';
import type { WorkflowRuntime } from './workflow.runtime.ts';

const base = '/api/v1/workflow/instances';

// Each action's URL segment, its body schema and whether it is an administrator's (监控干预).
const actions = [
  ['submit', 'submit', submitBody, false],
  ['approve', 'approve', approveBody, false],
  ['reject', 'reject', rejectBody, false],
  ['return', 'return', returnBody, false],
  ['resubmit', 'resubmit', resubmitBody, false],
  ['withdraw', 'withdraw', plainBody, false],
  ['transfer', 'transfer', transferBody, false],
  ['add-sign', 'addSign', addSignBody, false],
  ['urge', 'urge', plainBody, false],
  ['read', 'read', plainBody, false],
  ['suspend', 'suspend', plainBody, true],
  ['resume', 'resume', plainBody, true],
  ['terminate', 'terminate', terminateBody, true],
  ['jump', 'jump', jumpBody, true],
  ['reassign', 'reassign', reassignBody, true],
] as const;

/** Starting instances and every action on one (审批、退回、转办、加签、催办、挂起…). */
export function registerActionRoutes(app: ApiApp, deps: AppDeps, runtime: WorkflowRuntime): void {
  app.post(
    base,
    {
      config: { access: 'workflow.start', auditAction: 'workflow.instance.start' },
      schema: { body: startBody },
    },
    (request, reply) => {
      const { requestId: _requestId, ...input } = request.body;
      return performAction(
        request,
        reply,
        deps,
        runtime,
        (ctx) => startProcess(ctx, runtime, input),
        201,
      );
    },
  );

  // 保存草稿: the start page's editor saves the whole form (and title) without submitting.
  app.put(
    `${base}/:id/draft`,
    {
      config: { access: 'authenticated', auditAction: 'workflow.instance.saveDraft' },
      schema: { params: instanceParams, body: saveDraftBody },
    },
    (request, reply) => {
      const { form, title } = request.body;
      const command: WorkflowCommand =
        form === undefined ? { type: 'saveDraft' } : { type: 'saveDraft', form };
      return performAction(request, reply, deps, runtime, (ctx) =>
        actOnInstance(ctx, runtime, request.params.id, command, title),
      );
    },
  );

  for (const [segment, type, body, admin] of actions) {
    app.post(
      `${base}/:id/${segment}`,
      {
        config: {
          access: admin ? 'workflow.admin' : 'authenticated',
          auditAction: `workflow.instance.${type}`,
        },
        schema: { params: instanceParams, body },
      },
      (request, reply) => {
        const { requestId: _requestId, ...fields } = (request.body ?? {}) as Record<
          string,
          unknown
        >;
        // The body schema above has checked exactly the fields of this command type.
        const command = { ...fields, type } as WorkflowCommand;
        return performAction(request, reply, deps, runtime, (ctx) =>
          actOnInstance(ctx, runtime, request.params.id, command),
        );
      },
    );
  }
}
