import { useQueryClient } from '@tanstack/react-query';
import type { Value } from '@yuanwu/form-engine';
import { Button, Toast } from 'antd-mobile';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import { api, isApiError } from '../../../app/api.ts';
import { useMe } from '../../../modules/auth/index.ts';
import { submittableValues, useFormState } from '../../../modules/forms/index.ts';
import { MobileFormRenderer } from '../../../modules/forms/mobile/index.ts';
import { mobileWorkflowMessages as m } from './messages.ts';
import type { InstanceView, ProcessForm } from './types.ts';
import { mobileWorkflowKeys, newRequestId, useStartInstance } from './queries.ts';

/** Which call sends the form: a new request, my draft, or a returned/withdrawn request again. */
function submitCall(
  process: ProcessForm,
  source: InstanceView | null,
  form: Record<string, Value>,
) {
  const requestId = newRequestId();
  if (!source)
    return api.post<{ instance: { id: string } }>('/workflow/instances', {
      processKey: process.key,
      form,
      requestId,
    });
  const action = source.status === 'draft' ? 'submit' : 'resubmit';
  return api.post<{ instance: { id: string } }>(`/workflow/instances/${source.id}/${action}`, {
    form,
    requestId,
  });
}

/** The start form on a phone: the fields, then 存草稿 / 提交 in a bar above the home bar. */
export function StartForm({
  process,
  source,
  initial,
}: {
  process: ProcessForm;
  source: InstanceView | null;
  initial: Record<string, Value>;
}) {
  const me = useMe();
  const navigate = useNavigate();
  const client = useQueryClient();
  const start = useStartInstance();
  const person = me.person;
  const initiator = useMemo(
    () => (person ? { id: person.id, dept: person.departmentId } : undefined),
    [person],
  );
  const state = useFormState(process.form, initial, { initiator });
  const canDraft = !source || source.status === 'draft';

  const send = async (asDraft: boolean) => {
    if (!state.validate({ requireRequired: !asDraft })) {
      Toast.show({ icon: 'fail', content: m.fixErrors });
      return;
    }
    const form = submittableValues(process.form, state.values);
    try {
      let id: string;
      if (asDraft && source) {
        id = (
          await api.put<{ instance: { id: string } }>(`/workflow/instances/${source.id}/draft`, {
            form,
          })
        ).instance.id;
      } else if (asDraft) {
        id = (await start.mutateAsync({ processKey: process.key, form, draft: true })).instance.id;
      } else {
        id = (await submitCall(process, source, form)).instance.id;
      }
      await client.invalidateQueries({ queryKey: mobileWorkflowKeys.all });
      Toast.show({ icon: 'success', content: asDraft ? m.draftSaved : m.submitted });
      await navigate(asDraft ? '/workflow/list/drafts' : `/workflow/instances/${id}`, {
        replace: true,
      });
    } catch (error) {
      if (isApiError(error) && error.details.length > 0) state.setServerErrors(error.details);
      Toast.show({ icon: 'fail', content: isApiError(error) ? error.message : String(error) });
    }
  };

  return (
    <div className="yw-mw-content" data-testid="mobile-start">
      <MobileFormRenderer
        schema={process.form}
        values={state.values}
        onChange={state.setValues}
        errors={state.errors}
      />
      <footer className="yw-mw-bar">
        {canDraft && (
          <Button fill="outline" onClick={() => void send(true)}>
            {m.saveDraft}
          </Button>
        )}
        <Button
          color="primary"
          className="yw-mw-bar-main"
          loading={start.isPending}
          onClick={() => void send(false)}
        >
          {source && source.status !== 'draft' ? m.actions.resubmit : m.submit}
        </Button>
      </footer>
    </div>
  );
}
