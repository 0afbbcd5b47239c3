// Audit times are stored and searched in UTC; people read them in the hospital's zone.

function zonedParts(instant: Date, timeZone: string): Record<string, number> {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const values: Record<string, number> = {};
  for (const part of parts) if (part.type !== 'literal') values[part.type] = Number(part.value);
  return values;
}

const two = (n: number | undefined) => String(n ?? 0).padStart(2, '0');

/** `2026-11-23 19:20:05`: the wall-clock time in the zone, for reports and exports. */
export function formatInZone(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}

/** `20261123-1920`: a compact stamp in the zone, for file names. */
export function fileStampInZone(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${p.year}${two(p.month)}${two(p.day)}-${two(p.hour)}${two(p.minute)}`;
}

// How far the zone's wall clock is ahead of UTC at that instant.
function zoneOffsetMs(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const wall = Date.UTC(p.year ?? 0, (p.month ?? 1) - 1, p.day, p.hour, p.minute, p.second);
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * Reads an operator's date: `YYYY-MM-DD` is the start of that day in the
 * hospital's zone; a full ISO time with Z or an offset is taken as given.
 * Returns null when the text is neither.
 */
export function parseOperatorInstant(text: string, timeZone: string): Date | null {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const wall = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    const check = new Date(wall);
    if (check.getUTCMonth() !== Number(day[2]) - 1 || check.getUTCDate() !== Number(day[3])) {
      return null;
    }
    // Twice, so a zone whose offset changes near that midnight still lands on it.
    let guess = wall - zoneOffsetMs(new Date(wall), timeZone);
    guess = wall - zoneOffsetMs(new Date(guess), timeZone);
    return new Date(guess);
  }
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text))
    return null;
  const instant = new Date(text);
  return Number.isNaN(instant.getTime()) ? null : instant;
}
