import { utcTime } from './dates.ts';

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat | null>();

// Intl rather than a date library: it runs the same in Node and in every browser we support.
function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(timeZone)) {
    try {
      const options: Intl.DateTimeFormatOptions = {
        timeZone,
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        hourCycle: 'h23',
      };
      formatters.set(timeZone, new Intl.DateTimeFormat('en-US', options));
    } catch {
      formatters.set(timeZone, null);
    }
  }
  return formatters.get(timeZone) ?? null;
}

/** True when the runtime knows this IANA time zone (e.g. `Asia/Shanghai`). */
export function isValidTimeZone(timeZone: string): boolean {
  return formatterFor(timeZone) !== null;
}

function wallClock(now: Date, timeZone: string): WallClock | null {
  const formatter = formatterFor(timeZone);
  if (formatter === null || Number.isNaN(now.getTime())) return null;
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(now)) parts[part.type] = Number(part.value);
  const { year, month, day, hour, minute, second } = parts;
  if (year === undefined || month === undefined || day === undefined) return null;
  if (hour === undefined || minute === undefined || second === undefined) return null;
  return { year, month, day, hour, minute, second };
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** Today's date `YYYY-MM-DD` in the time zone; null for an unknown zone or invalid date. */
export function todayIn(now: Date, timeZone: string): string | null {
  const wall = wallClock(now, timeZone);
  return wall && `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The moment as ISO 8601 with the zone's offset at that moment, e.g. `2026-03-01T08:30:00+08:00`. */
export function nowIn(now: Date, timeZone: string): string | null {
  const wall = wallClock(now, timeZone);
  if (wall === null) return null;
  const { year, month, day, hour, minute, second } = wall;
  const wholeSeconds = Math.floor(now.getTime() / 1000) * 1000;
  const offset = Math.round(
    (utcTime(year, month, day, hour, minute, second) - wholeSeconds) / 60_000,
  );
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${zone}`;
}
