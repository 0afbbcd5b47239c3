/**
 * ISO 8601 durations (`PT24H`, `P1DT2H30M`, `P2W`) for time limits and for the
 * conformance runner's `advance`. Years and months are calendar steps in UTC;
 * everything else is a fixed number of milliseconds.
 */
export interface Duration {
  years: number;
  months: number;
  milliseconds: number;
}

const pattern =
  /^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** Parses an ISO 8601 duration, or returns null when it is not one. */
export function parseDuration(text: string): Duration | null {
  const match = pattern.exec(text);
  if (!match || text === 'P' || text.endsWith('T')) return null;
  const [, y, mo, w, d, h, mi, s] = match.map((part) => (part === undefined ? 0 : Number(part)));
  if (!Number.isInteger(y) || !Number.isInteger(mo)) return null;
  return {
    years: y ?? 0,
    months: mo ?? 0,
    milliseconds: Math.round(
      (w ?? 0) * 7 * day +
        (d ?? 0) * day +
        (h ?? 0) * hour +
        (mi ?? 0) * minute +
        (s ?? 0) * second,
    ),
  };
}

/** The instant `duration` after `from`. */
export function addDuration(from: Date, duration: Duration): Date {
  const result = new Date(from.getTime());
  if (duration.years !== 0 || duration.months !== 0) {
    result.setUTCMonth(result.getUTCMonth() + duration.years * 12 + duration.months);
  }
  return new Date(result.getTime() + duration.milliseconds);
}

/** `from` plus the ISO 8601 duration `text`; throws on a malformed duration. */
export function addIsoDuration(from: Date, text: string): Date {
  const duration = parseDuration(text);
  if (!duration) throw new Error(`not an ISO 8601 duration: ${text}`);
  return addDuration(from, duration);
}
