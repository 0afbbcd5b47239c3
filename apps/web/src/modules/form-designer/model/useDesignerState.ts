import type { FieldDefinition } from '@yuanwu/form-engine';
import { useCallback, useMemo, useState } from 'react';
import { keyForType, keysOf } from './keys.ts';
import { newField, type PaletteType } from './palette.ts';

/** The form being designed: its fields, the selected one, and whether it changed. */
export interface DesignerState {
  fields: FieldDefinition[];
  selectedKey: string | null;
  dirty: boolean;
  select: (key: string | null) => void;
  /** Adds a new field of the type at `index` (default: the end) and selects it. */
  add: (type: PaletteType, label: string, index?: number) => FieldDefinition;
  move: (from: number, to: number) => void;
  /** Replaces the field that had `key` (its key may change). */
  update: (key: string, field: FieldDefinition) => void;
  remove: (key: string) => void;
  duplicate: (key: string) => void;
  /** Starts over from other fields (loaded definition, Excel proposal). */
  replaceAll: (fields: FieldDefinition[], dirty?: boolean) => void;
}

/** State of the designer's canvas; every change marks the form as not yet published. */
export function useDesignerState(
  initial: FieldDefinition[] = [],
  initiallyDirty = false,
): DesignerState {
  const [fields, setFields] = useState<FieldDefinition[]>(initial);
  const [selectedKey, select] = useState<string | null>(null);
  const [dirty, setDirty] = useState(initiallyDirty);
  const change = useCallback((next: (current: FieldDefinition[]) => FieldDefinition[]) => {
    setFields(next);
    setDirty(true);
  }, []);

  const add = useCallback(
    (type: PaletteType, label: string, index?: number) => {
      const field = newField(type, keyForType(type, keysOf(fields)), label);
      change((current) => {
        const at = index ?? current.length;
        return [...current.slice(0, at), field, ...current.slice(at)];
      });
      select(field.key);
      return field;
    },
    [change, fields],
  );

  // Stable, so a screen may call it from an effect without looping.
  const replaceAll = useCallback((next: FieldDefinition[], isDirty = true) => {
    setFields(next);
    setDirty(isDirty);
    select(null);
  }, []);

  return useMemo(
    () => ({
      fields,
      selectedKey,
      dirty,
      select,
      add,
      move: (from, to) =>
        change((current) => {
          const next = [...current];
          const [moved] = next.splice(from, 1);
          if (moved) next.splice(to, 0, moved);
          return next;
        }),
      update: (key, field) => {
        change((current) => current.map((f) => (f.key === key ? field : f)));
        if (selectedKey === key) select(field.key);
      },
      remove: (key) => {
        change((current) => current.filter((f) => f.key !== key));
        if (selectedKey === key) select(null);
      },
      duplicate: (key) => {
        const index = fields.findIndex((f) => f.key === key);
        const original = fields[index];
        if (!original) return;
        const copy = { ...structuredClone(original), key: keyForType(key, keysOf(fields)) };
        change((current) => [...current.slice(0, index + 1), copy, ...current.slice(index + 1)]);
        select(copy.key);
      },
      replaceAll,
    }),
    [fields, selectedKey, dirty, add, change, replaceAll],
  );
}
