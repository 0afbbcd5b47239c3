import type { FieldDefinition } from '@yuanwu/form-engine';
import { useCallback, useEffect, useRef } from 'react';
import { formDesignerApi } from '../api/formDesigner.api.ts';
import { keysOf } from '../model/keys.ts';

/** Keys the designer made up (from the type or a label's pinyin), which may follow the label. */
function isAutomatic(field: FieldDefinition, suggested: ReadonlySet<string>): boolean {
  return new RegExp(`^${field.type}\\d*$`).test(field.key) || suggested.has(field.key);
}

/**
 * Renames a field after the pinyin of its label while its key is still one the designer
 * made up (申请日期 → shenQingRiQi); a key the user typed is left alone.
 */
export function useAutoKey(
  fields: readonly FieldDefinition[],
  update: (key: string, field: FieldDefinition) => void,
) {
  const suggested = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(fields);
  useEffect(() => {
    latest.current = fields;
  }, [fields]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return useCallback(
    (field: FieldDefinition, label: string) => {
      const renamed = { ...field, label };
      update(field.key, renamed);
      if (!isAutomatic(field, suggested.current) || label.trim() === '') return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        const taken = keysOf(latest.current).filter((key) => key !== field.key);
        formDesignerApi
          .keySuggestion(label, taken)
          .then(({ key }) => {
            const current = latest.current.find((f) => f.key === field.key);
            if (!current || current.label !== label) return;
            suggested.current.add(key);
            update(field.key, { ...current, key });
          })
          .catch(() => undefined); // the type-based key stays; nothing is lost
      }, 350);
    },
    [update],
  );
}
