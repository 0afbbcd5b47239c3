import type { FieldDefinition } from '@yuanwu/form-engine';
import type { IdMap } from './ids.ts';
import type { ActionStep } from './scenario.ts';
import type { Answer, Session } from './session.ts';

/** What an action needs to know about the scenario's state. */
export interface ActionContext {
  ids: IdMap;
  processKey: string;
  /** The form fields of the process's current version (for new instances and drafts). */
  currentFields: FieldDefinition[];
  /** The instance a step names (or the latest one), if any. */
  instance: { id: string; fields: FieldDefinition[] } | null;
  /** Deploys a definition (translated to system keys). */
  deploy(session: Session, definition: unknown): Promise<Answer>;
}

const base = '/api/v1/workflow';

/** Copies the optional fields a step gives (and only those) into a request body. */
function pick(step: ActionStep, keys: readonly string[]): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const key of keys) if (step[key] !== undefined) body[key] = step[key];
  return body;
}

const instanceActions: Record<string, { segment: string; keys: readonly string[] }> = {
  submit: { segment: 'submit', keys: ['form'] },
  approve: { segment: 'approve', keys: ['node', 'comment', 'form'] },
  reject: { segment: 'reject', keys: ['node', 'comment'] },
  return: { segment: 'return', keys: ['node', 'to', 'comment'] },
  resubmit: { segment: 'resubmit', keys: ['form', 'direct'] },
  withdraw: { segment: 'withdraw', keys: [] },
  transfer: { segment: 'transfer', keys: ['node', 'to', 'comment'] },
  addSign: { segment: 'add-sign', keys: ['node', 'to', 'position', 'comment'] },
  urge: { segment: 'urge', keys: [] },
  read: { segment: 'read', keys: [] },
  suspend: { segment: 'suspend', keys: [] },
  resume: { segment: 'resume', keys: [] },
  terminate: { segment: 'terminate', keys: ['comment'] },
  jump: { segment: 'jump', keys: ['to', 'comment'] },
};

/** Performs one action step over HTTP as its person; a thrown Error means the runner could not. */
export async function perform(
  step: ActionStep,
  session: Session,
  context: ActionContext,
): Promise<Answer> {
  const { ids } = context;
  switch (step.do) {
    case 'deploy':
      return context.deploy(session, step.process);
    case 'start':
      return session.post(`${base}/instances`, {
        processKey: context.processKey,
        ...pick(step, ['draft']),
        ...(step.form === undefined
          ? {}
          : { form: ids.formToSystem(context.currentFields, step.form) }),
      });
    case 'delegate': {
      const body = pick(step, ['processKeys', 'from', 'until']);
      if (typeof step.to === 'string') body.to = ids.person(step.to);
      return session.post(`${base}/delegations`, body);
    }
    case 'revokeDelegation':
      return session.post(`${base}/delegations/revoke`, {});
  }
  const action = instanceActions[step.do];
  if (!action) throw new Error(`unknown action ${JSON.stringify(step.do)}`);
  const instance = context.instance;
  if (!instance) throw new Error(`no instance for ${step.do}`);
  const body = pick(step, action.keys);
  if (step.do === 'transfer' && typeof body.to === 'string') body.to = ids.person(body.to);
  if (step.do === 'addSign' && Array.isArray(body.to)) {
    body.to = body.to.map((p: unknown) => (typeof p === 'string' ? ids.person(p) : p));
  }
  if (body.form !== undefined) {
    const fields = step.do === 'submit' ? context.currentFields : instance.fields;
    body.form = ids.formToSystem(fields, body.form);
  }
  return session.post(`${base}/instances/${instance.id}/${action.segment}`, body);
}
