import {
  applyDefaults,
  computeFormulas,
  validateFormValues,
  type FormSchema,
  type ScopeWithoutFields,
  type Value,
} from '@yuanwu/form-engine';
import type { ErrorDetail } from '@yuanwu/kernel';
import { useCallback, useMemo, useState } from 'react';
import { rootKey, uniqueByPath } from '../paths.ts';

export type FormValues = Record<string, Value>;

/** What a desktop form keeps: live values (formulas computed), messages and a submit check. */
export interface FormState {
  values: FormValues;
  setValues: (values: FormValues) => void;
  /** Client messages for the fields touched so far (all after `validate`), then the server's. */
  errors: ErrorDetail[];
  /** The server's `validation` details; each one goes away when its field changes. */
  setServerErrors: (errors: ErrorDetail[]) => void;
  /** Checks everything (drafts: `requireRequired: false`); true when the form may be sent. */
  validate: (options?: { requireRequired?: boolean }) => boolean;
  /** Starts over from other values (a loaded draft, a copied request). */
  reset: (values: FormValues) => void;
}

interface Options {
  initiator?: { id: string; dept: string | null };
  timeZone?: string;
}

/**
 * Form state on @yuanwu/form-engine, the same rules as the server: defaults for absent
 * fields once, formulas on every change, messages as the user types (for the fields touched,
 * so an untouched required field does not shout before the first submit).
 */
export function useFormState(
  schema: FormSchema,
  initial: FormValues,
  options: Options = {},
): FormState {
  const { initiator, timeZone = 'Asia/Shanghai' } = options;
  const scope = useCallback(
    (): ScopeWithoutFields => ({ initiator, now: new Date(), timeZone }),
    [initiator, timeZone],
  );
  const prepare = useCallback(
    (raw: FormValues) => computeFormulas(schema, applyDefaults(schema, raw, scope()), scope()),
    [schema, scope],
  );
  const [values, setRaw] = useState<FormValues>(() => prepare(initial));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [checkAll, setCheckAll] = useState<{ requireRequired: boolean } | null>(null);
  const [server, setServer] = useState<ErrorDetail[]>([]);

  const setValues = useCallback(
    (next: FormValues) => {
      // Defaults again, for new table rows; fields the user emptied hold null or "", not absent.
      const computed = computeFormulas(schema, applyDefaults(schema, next, scope()), scope());
      const changed = Object.keys({ ...values, ...computed }).filter(
        (key) => JSON.stringify(values[key]) !== JSON.stringify(computed[key]),
      );
      setRaw(computed);
      setTouched((old) => new Set([...old, ...changed]));
      setServer((old) => old.filter((error) => !changed.includes(rootKey(error.path))));
    },
    [schema, scope, values],
  );

  const errors = useMemo(() => {
    const requireRequired = checkAll?.requireRequired ?? true;
    const client = validateFormValues(schema, values, { requireRequired }).filter(
      (error) => checkAll !== null || touched.has(rootKey(error.path)),
    );
    return uniqueByPath([...server, ...client]);
  }, [schema, values, touched, checkAll, server]);

  const validate = useCallback(
    (opts: { requireRequired?: boolean } = {}) => {
      const requireRequired = opts.requireRequired ?? true;
      setCheckAll({ requireRequired });
      return validateFormValues(schema, values, { requireRequired }).length === 0;
    },
    [schema, values],
  );

  const reset = useCallback(
    (next: FormValues) => {
      setRaw(prepare(next));
      setTouched(new Set());
      setCheckAll(null);
      setServer([]);
    },
    [prepare],
  );

  return { values, setValues, errors, setServerErrors: setServer, validate, reset };
}
