import type { FormInstance } from 'antd';
import { useCallback, useRef } from 'react';
import { designerApi } from '../api/designer.api.ts';

/**
 * A field key (shenQingRiQi) as a process key (shen_qing_ri_qi), written like the processes
 * that ship with the product; numbered when `taken` has it already.
 */
export function processKeyOf(fieldKey: string, taken: readonly string[]): string {
  const base =
    fieldKey
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .replace(/[^a-z0-9_]/g, '')
      .replace(/^_+|_+$/g, '')
      .slice(0, 90) || 'process';
  let key = base;
  for (let n = 2; taken.includes(key); n += 1) key = `${base}_${n}`;
  return key;
}

/**
 * Fills a new process's key from its name (its pinyin, unique among `taken`) until the
 * user types a key of their own: a first-time administrator need not invent an identifier.
 */
export function useKeySuggestion(
  form: Pick<FormInstance, 'isFieldTouched' | 'setFieldValue'>,
  taken: readonly string[],
): (name: string) => void {
  const asked = useRef(0);
  return useCallback(
    (name: string) => {
      if (form.isFieldTouched('key') || name.trim() === '') return;
      asked.current += 1;
      const ask = asked.current;
      designerApi
        .keySuggestion(name.trim())
        .then(({ key }) => {
          if (ask !== asked.current || form.isFieldTouched('key')) return;
          form.setFieldValue('key', processKeyOf(key, taken));
        })
        // Only a convenience: the user can still type the key.
        .catch(() => undefined);
    },
    [form, taken],
  );
}
