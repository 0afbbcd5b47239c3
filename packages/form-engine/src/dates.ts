const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month of the proleptic Gregorian calendar; month is 1–12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Milliseconds since the epoch of a UTC wall time; years below 100 stay themselves. */
export function utcTime(
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute, second));
  date.setUTCFullYear(year);
  return date.getTime();
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Day number (days since 1970-01-01) of a real `YYYY-MM-DD` date, else null. */
export function parseDate(text: string): number | null {
  const match = datePattern.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isRealDay(year, month, day)) return null;
  return Math.round(utcTime(year, month, day) / 86_400_000);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDate(text: string): boolean {
  return parseDate(text) !== null;
}

/**
 * The instant (ms since the epoch) of an ISO 8601 datetime that carries its offset
 * (`Z` or `±hh:mm`), seconds and fractions optional; null for anything else.
 */
export function parseDateTime(text: string): number | null {
  const match = dateTimePattern.exec(text);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) =>
    Number(match[i] ?? 0),
  );
  if (year === undefined || month === undefined || day === undefined) return null;
  if (hour === undefined || minute === undefined || second === undefined) return null;
  if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  let offsetMinutes = 0;
  if (match[8] !== 'Z') {
    const [offsetHours, offsetRest] = [Number(match[10]), Number(match[11])];
    if (offsetHours > 23 || offsetRest > 59) return null;
    offsetMinutes = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetRest);
  }
  const fraction = Number(match[7] ?? 0);
  const local = utcTime(year, month, day, hour, minute, second) + fraction * 1000;
  return local - offsetMinutes * 60_000;
}
