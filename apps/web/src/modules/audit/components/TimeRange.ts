import type { Dayjs } from 'dayjs';

/** A picked range as the API's `from` (inclusive) and `to` (exclusive) instants. */
export function rangeToQuery(range: [Dayjs | null, Dayjs | null] | null | undefined): {
  from?: string;
  to?: string;
} {
  const [start, end] = range ?? [null, null];
  return {
    from: start ? start.toISOString() : undefined,
    to: end ? end.toISOString() : undefined,
  };
}
