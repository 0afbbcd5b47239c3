import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { designerApi } from '../api/designer.api.ts';
import type { ProcessDefinition } from '../model/definition.ts';
import { blankProcess } from '../model/factory.ts';
import { fromGraph } from '../model/fromGraph.ts';
import type { Block, NestedProcess } from '../model/nested.ts';
import { toGraph } from '../model/toGraph.ts';
import { createKeptEdits } from './keptEdits.ts';
import { designerKeys } from './queries.ts';

/** What the designer edits: the nested model, or the graph itself when it cannot nest. */
interface Edits {
  nested: NestedProcess | null;
  graph: ProcessDefinition | null;
  dirty: boolean;
}

const keptEdits = createKeptEdits<Edits>((key) => `/workflow/design/${encodeURIComponent(key)}`);

function editsOf(loaded: ProcessDefinition | null, key: string, newName: string | null): Edits {
  if (loaded === null) {
    return { nested: blankProcess(key, newName ?? key, { fields: [] }), graph: null, dirty: true };
  }
  const nested = fromGraph(loaded);
  return { nested, graph: nested ? null : loaded, dirty: false };
}

/**
 * The process being designed: the nested model when the definition can be shown that way,
 * otherwise the graph itself (read-only). A key that does not exist yet starts blank.
 */
export function useDesigner(key: string, newName: string | null) {
  const loaded = useQuery({
    queryKey: designerKeys.definition(key),
    queryFn: async () => {
      try {
        return await designerApi.definition(key);
      } catch (error) {
        if (isApiError(error, 'not_found')) return null;
        throw error;
      }
    },
    // Read afresh whenever the designer opens (the form designer may have published a
    // version since), then never replaced under the user's edits by a later answer.
    staleTime: Infinity,
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
  const [edits, setEdits] = useState<Edits | null>(() => keptEdits.take(key));
  keptEdits.useKeep(key, edits, edits?.dirty ?? false);

  useEffect(() => {
    if (!loaded.isFetchedAfterMount || loaded.data === undefined) return;
    setEdits((current) => {
      if (current === null) return editsOf(loaded.data, key, newName);
      // Edits kept from before a trip to the form designer take the form published there.
      const form = loaded.data?.form;
      if (!current.nested || !form || sameJson(current.nested.form, form)) return current;
      return { ...current, nested: { ...current.nested, form } };
    });
  }, [loaded.isFetchedAfterMount, loaded.data, key, newName]);

  const setBlocks = useCallback((change: (blocks: Block[]) => Block[]) => {
    setEdits((current) =>
      current?.nested
        ? {
            ...current,
            nested: { ...current.nested, blocks: change(current.nested.blocks) },
            dirty: true,
          }
        : current,
    );
  }, []);

  const setProcess = useCallback((change: (process: NestedProcess) => NestedProcess) => {
    setEdits((current) =>
      current?.nested ? { ...current, nested: change(current.nested), dirty: true } : current,
    );
  }, []);

  const nested = edits?.nested ?? null;
  const graph = edits?.graph ?? null;
  const definition = useMemo(() => (nested ? toGraph(nested) : graph), [nested, graph]);

  return {
    loading: loaded.isLoading,
    error: loaded.error,
    isNew: loaded.data === null,
    nested,
    definition,
    dirty: edits?.dirty ?? false,
    setBlocks,
    setProcess,
    markPublished: () => setEdits((current) => (current ? { ...current, dirty: false } : current)),
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export type DesignerState = ReturnType<typeof useDesigner>;
