import { describe, expect, it } from 'vitest';
import { fileStampInZone, formatInZone, parseOperatorInstant } from './audit.time.ts';

describe('audit times in the hospital zone', () => {
  it('formats instants as the zone’s wall clock', () => {
    const instant = new Date('2026-11-23T16:30:05.999Z');
    expect(formatInZone(instant, 'Asia/Shanghai')).toBe('2026-11-24 00:30:05');
    expect(formatInZone(instant, 'UTC')).toBe('2026-11-23 16:30:05');
    expect(fileStampInZone(instant, 'Asia/Shanghai')).toBe('20261124-0030');
  });

  it('reads an operator’s day as midnight in the zone', () => {
    expect(parseOperatorInstant('2026-05-01', 'Asia/Shanghai')?.toISOString()).toBe(
      '2026-04-30T16:00:00.000Z',
    );
    expect(parseOperatorInstant('2026-05-01', 'UTC')?.toISOString()).toBe(
      '2026-05-01T00:00:00.000Z',
    );
    // A zone with summer time: midnight after the change.
    expect(parseOperatorInstant('2026-07-01', 'Europe/Berlin')?.toISOString()).toBe(
      '2026-06-30T22:00:00.000Z',
    );
  });

  it('takes full ISO times as given and refuses the rest', () => {
    expect(parseOperatorInstant('2026-05-01T08:00:00+08:00', 'UTC')?.toISOString()).toBe(
      '2026-05-01T00:00:00.000Z',
    );
    expect(parseOperatorInstant('2026-05-01T08:00Z', 'UTC')?.toISOString()).toBe(
      '2026-05-01T08:00:00.000Z',
    );
    for (const bad of ['2026-02-30', 'yesterday', '2026-05-01T08:00:00', '']) {
      expect(parseOperatorInstant(bad, 'Asia/Shanghai')).toBeNull();
    }
  });
});
