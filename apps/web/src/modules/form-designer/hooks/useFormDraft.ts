import type { FieldDefinition } from '@yuanwu/form-engine';
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { createKeptEdits, newProcessDefinition } from '../../process-designer/index.ts';
import type { ProcessDefinition } from '../api/types.ts';
import { useDesignerState } from '../model/useDesignerState.ts';
import { useDefinition } from './queries.ts';

const keptFields = createKeptEdits<FieldDefinition[]>(
  (key) => `/workflow/design/${encodeURIComponent(key)}/form`,
);

/**
 * The form being designed and the definition it belongs to. The definition is read afresh
 * when the screen opens and loaded into the canvas once; unpublished fields survive the
 * screen being mounted again. A process created a moment ago (`?name=` on the address,
 * no version yet) starts from the designer's default flow, so the form can come first.
 */
export function useFormDraft(processKey: string) {
  const [search] = useSearchParams();
  const newName = search.get('name');
  const categoryId = search.get('categoryId') ?? undefined;
  const loaded = useDefinition(processKey);
  const [kept] = useState(() => keptFields.take(processKey));
  const state = useDesignerState(kept ?? [], kept !== null);
  const [ready, setReady] = useState(kept !== null);
  keptFields.useKeep(processKey, state.fields, state.dirty);

  const { replaceAll } = state;
  useEffect(() => {
    if (ready || !loaded.isFetchedAfterMount || loaded.data === undefined) return;
    setReady(true);
    replaceAll(loaded.data?.form.fields ?? [], false);
  }, [ready, loaded.isFetchedAfterMount, loaded.data, replaceAll]);

  const isNew = loaded.data === null;
  const definition = useMemo((): ProcessDefinition | null => {
    if (loaded.data) return loaded.data;
    return isNew && newName ? { ...newProcessDefinition(processKey, newName) } : null;
  }, [loaded.data, isNew, newName, processKey]);

  return {
    state,
    /** Null while loading, or when the process does not exist and no name was given. */
    definition: ready ? definition : null,
    loading: !ready && !loaded.isError,
    error: loaded.error,
    isNew,
    categoryId: isNew ? categoryId : undefined,
  };
}
