import { useQuery } from '@tanstack/react-query';
import { holdsValue, type FormSchema, type Value } from '@yuanwu/form-engine';
import { Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState.tsx';
import { usePageName } from '../../../ui/pageName.ts';
import { workflowApi, workflowKeys } from '../../workflow/index.ts';
import { useProcessForm } from '../hooks/queries.ts';
import { startMessages as s } from '../messages.ts';
import { StartEditor } from './StartEditor.tsx';

/** The values of an old instance that this form can take: fields it has, formulas left out. */
function carriedOver(schema: FormSchema, form: Record<string, Value>): Record<string, Value> {
  const result: Record<string, Value> = {};
  for (const field of schema.fields) {
    if (!holdsValue(field) || field.type === 'formula') continue;
    const value = form[field.key];
    if (value !== undefined) result[field.key] = value;
  }
  return result;
}

/**
 * 发起 `/workflow/start/:processKey`: a new request, a draft to continue (`?draft=`) or a copy
 * of an old request (`?copyOf=`). Loads what it needs, then hands over to the editor.
 */
export function StartScreen({ processKey }: { processKey: string }) {
  const [params, setParams] = useSearchParams();
  const draftId = params.get('draft');
  const copyOf = params.get('copyOf');
  // A draft this page just created is already in the editor: do not reload or remount for it.
  const [created, setCreated] = useState<{ id: string; key: string } | null>(null);
  const ownDraft = created !== null && draftId === created.id;
  const sourceId = ownDraft ? null : (draftId ?? copyOf);
  const process = useProcessForm(processKey);
  usePageName(process.data?.name);
  const source = useQuery({
    queryKey: workflowKeys.instance(sourceId ?? ''),
    queryFn: () => workflowApi.instance(sourceId ?? ''),
    enabled: sourceId !== null,
  });

  if (process.isError) {
    return (
      <ErrorState title={s.notFound} error={process.error} onRetry={() => void process.refetch()} />
    );
  }
  if (source.isError) {
    return (
      <ErrorState title={s.draftGone} error={source.error} onRetry={() => void source.refetch()} />
    );
  }
  if (!process.data || (sourceId !== null && !source.data)) {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  const schema = process.data.form;
  const editorKey = `${processKey}:${draftId ?? ''}:${copyOf ?? ''}`;
  const initial = source.data ? carriedOver(schema, source.data.form) : {};
  return (
    <StartEditor
      // A new source (another draft, a copy) starts a fresh editor and form state.
      key={ownDraft ? created.key : editorKey}
      process={process.data}
      initial={initial}
      initialTitle={draftId && source.data ? source.data.title : ''}
      draftId={draftId}
      copied={copyOf !== null}
      onDraftCreated={(id) => {
        setCreated({ id, key: editorKey });
        setParams({ draft: id }, { replace: true });
      }}
    />
  );
}
