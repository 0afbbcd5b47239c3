import { useQueryClient } from '@tanstack/react-query';
import type { FormSchema } from '@yuanwu/form-engine';
import type { ErrorDetail } from '@yuanwu/kernel';
import { App } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../../app/api.ts';
import { submittableValues, type FormState } from '../../forms/index.ts';
import { workflowApi } from '../../workflow/index.ts';
import { startApi } from '../api/start.api.ts';
import { catalogueMessages as m } from '../messages.ts';

// Server paths may name the form itself (`form.items[1].amount`); the renderer wants field paths.
function fieldDetails(details: readonly ErrorDetail[]): ErrorDetail[] {
  return details.map((d) => ({ ...d, path: d.path.replace(/^form\./, '') }));
}

/**
 * 保存草稿 and 提交 of the start page. The first save creates the draft (then the URL names
 * it, so a reload continues it); later saves replace its form. Server messages go to fields.
 */
export function useStartActions(
  processKey: string,
  schema: FormSchema,
  state: FormState,
  title: string,
  initialDraftId: string | null,
  onDraftCreated: (id: string) => void,
) {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [draftId, setDraftId] = useState(initialDraftId);
  const [busy, setBusy] = useState<'draft' | 'submit' | null>(null);
  const form = () => submittableValues(schema, state.values);
  const titleOrNothing = title.trim() ? title.trim() : undefined;

  const failed = (error: unknown) => {
    if (isApiError(error, 'validation') && error.details.length > 0) {
      state.setServerErrors(fieldDetails(error.details));
      void message.error(m.fixErrors(error.details.length));
    } else {
      void message.error(error instanceof Error ? error.message : String(error));
    }
  };

  const saveDraft = async () => {
    if (!state.validate({ requireRequired: false })) return void message.warning(m.checkFields);
    setBusy('draft');
    try {
      if (draftId) {
        await workflowApi.saveDraft(draftId, { form: form(), title: titleOrNothing });
      } else {
        const body = { processKey, form: form(), draft: true, title: titleOrNothing };
        const { instance } = await startApi.start(body);
        setDraftId(instance.id);
        onDraftCreated(instance.id);
      }
      void client.invalidateQueries({ queryKey: ['workflow'] });
      void message.success(m.draftSaved);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    if (!state.validate()) return void message.warning(m.checkFields);
    setBusy('submit');
    try {
      let id: string;
      if (draftId) {
        if (titleOrNothing)
          await workflowApi.saveDraft(draftId, { form: form(), title: titleOrNothing });
        await workflowApi.act(draftId, { action: 'submit', body: { form: form() } });
        id = draftId;
      } else {
        id = (await startApi.start({ processKey, form: form(), title: titleOrNothing })).instance
          .id;
      }
      void client.invalidateQueries({ queryKey: ['workflow'] });
      void client.invalidateQueries({ queryKey: ['workbench'] });
      void message.success(m.submitted);
      void navigate(`/workflow/instances/${encodeURIComponent(id)}`);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(null);
    }
  };

  return { saveDraft, submit, busy, draftId };
}
