/** A form value as JSON carries it: tables are arrays of row objects. */
export type Value = null | boolean | number | string | Value[] | { [key: string]: Value };

/** A JSON object of values: a form, or one row of a table. */
export type ValueRecord = { [key: string]: Value };

/** True for a plain JSON object (not null, not an array). */
export function isRecord(value: unknown): value is ValueRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an own property only, so names such as `constructor` or `__proto__` never reach
 * the prototype, and coerces anything that is not JSON (undefined, functions, NaN) to null:
 * expressions run on data that callers did not always check.
 */
export function ownValue(record: object, key: string): Value {
  if (!Object.hasOwn(record, key)) return null;
  return asValue((record as Record<string, unknown>)[key]);
}

/** Coerces one unknown thing to a Value without looking inside containers. */
export function asValue(value: unknown): Value {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'object':
      return value === null ? null : (value as Value);
    case 'undefined':
    case 'bigint':
    case 'function':
    case 'symbol':
      return null;
  }
}

/** Truthiness in conditions: null, false, 0, "" and [] are false; everything else is true. */
export function truthy(value: Value): boolean {
  if (value === null || value === false || value === '') return false;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (Array.isArray(value)) return value.length > 0;
  return true;
}

/** Deep structural equality of two values; types never coerce (1 != "1"). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => valuesEqual(asValue(item), asValue(b[index])));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every(
      (key) => Object.hasOwn(b, key) && valuesEqual(ownValue(a, key), ownValue(b, key)),
    );
  }
  return false;
}
