import { describe, expect, it } from 'vitest';
import { run } from './test-helpers.ts';

const items = [
  { kind: '交通', amount: 900 },
  { kind: '住宿', amount: 650.5 },
  { kind: '伙食', amount: 0.1 },
  { kind: '伙食', amount: 0.2 },
];

describe('sum', () => {
  it('adds a table column exactly', () => {
    expect(run('sum(items.amount)', { items })).toBe(1550.8);
    expect(run('sum(items.amount)', { items: items.slice(2) })).toBe(0.3);
  });

  it('adds several arguments and lists, skipping nulls', () => {
    expect(run('sum(1, 2, [3, null], missing)')).toBe(6);
    expect(run('sum(items.amount)', { items: [{ amount: 5 }, { amount: null }, {}] })).toBe(5);
  });

  it('is 0 for an empty or missing table', () => {
    expect(run('sum(items.amount)', { items: [] })).toBe(0);
    expect(run('sum(items.amount)')).toBe(0);
  });

  it('is null when an item is not a number', () => {
    expect(run('sum(items.kind)', { items })).toBeNull();
    expect(run('sum(1, "2")')).toBeNull();
  });
});

describe('count', () => {
  it('counts rows and non-null items', () => {
    expect(run('count(items)', { items })).toBe(4);
    expect(run('count(items.amount)', { items: [{ amount: 1 }, {}] })).toBe(1);
    expect(run('count(missing)')).toBe(0);
    expect(run('count(5)')).toBe(1);
    expect(run('count([])')).toBe(0);
  });
});

describe('min and max', () => {
  it('pick among numbers in arguments and columns', () => {
    expect(run('max(items.amount)', { items })).toBe(900);
    expect(run('min(items.amount)', { items })).toBe(0.1);
    expect(run('max(1, 7, 3)')).toBe(7);
    expect(run('min(4, [2, 9], null)')).toBe(2);
    expect(run('min(-1, -5)')).toBe(-5);
  });

  it('order strings such as dates', () => {
    expect(run('min("2026-03-02", "2026-01-15")')).toBe('2026-01-15');
    expect(run('max("b", "a")')).toBe('b');
  });

  it('are null for nothing or mixed types', () => {
    expect(run('max(missing)')).toBeNull();
    expect(run('min([])')).toBeNull();
    expect(run('max(1, "a")')).toBeNull();
    expect(run('max(true)')).toBeNull();
  });
});

describe('if', () => {
  it('chooses by truthiness and evaluates only the branch taken', () => {
    expect(run('if(amount > 5000, "大额", "小额")', { amount: 6000 })).toBe('大额');
    expect(run('if(amount > 5000, "大额", "小额")', { amount: 10 })).toBe('小额');
    expect(run('if(missing, 1, 2)')).toBe(2);
    expect(run('if(true, 1, 1 / 0)')).toBe(1);
    expect(run('if(1, if(0, "a", "b"), "c")')).toBe('b');
  });
});

describe('len', () => {
  it('counts characters as code points, and list items', () => {
    expect(run('len("abc")')).toBe(3);
    expect(run('len("差旅费")')).toBe(3);
    expect(run('len("𠀀𠀁")')).toBe(2);
    expect(run('len(tags)', { tags: ['a', 'b'] })).toBe(2);
  });

  it('is 0 for a missing value and null for numbers', () => {
    expect(run('len(missing)')).toBe(0);
    expect(run('len(5)')).toBeNull();
  });
});

describe('today and now', () => {
  it('use the scope time zone', () => {
    expect(run('today()')).toBe('2026-03-02');
    expect(run('now()')).toBe('2026-03-02T01:30:00+08:00');
    expect(run('today()', {}, { timeZone: 'America/New_York' })).toBe('2026-03-01');
    expect(run('now()', {}, { timeZone: 'America/New_York' })).toBe('2026-03-01T12:30:00-05:00');
    expect(run('now()', {}, { timeZone: 'UTC' })).toBe('2026-03-01T17:30:00+00:00');
    expect(run('now()', {}, { timeZone: 'Asia/Kolkata' })).toBe('2026-03-01T23:00:00+05:30');
  });

  it('follow daylight saving time', () => {
    const summer = new Date('2026-07-01T12:00:00Z');
    expect(run('now()', {}, { now: summer, timeZone: 'Europe/Berlin' })).toBe(
      '2026-07-01T14:00:00+02:00',
    );
  });

  it('drop milliseconds and keep midnight as 00', () => {
    const midnight = new Date('2026-03-01T16:00:00.999Z');
    expect(run('now()', {}, { now: midnight })).toBe('2026-03-02T00:00:00+08:00');
  });

  it('compare with date fields', () => {
    expect(run('start >= today()', { start: '2026-03-02' })).toBe(true);
    expect(run('start >= today()', { start: '2026-03-01' })).toBe(false);
  });

  it('are null for an unknown time zone or an invalid clock', () => {
    expect(run('today()', {}, { timeZone: 'Mars/Olympus' })).toBeNull();
    expect(run('now()', {}, { now: new Date(Number.NaN) })).toBeNull();
  });
});

describe('round, abs, days', () => {
  it('round half away from zero (四舍五入) exactly', () => {
    expect(run('round(2.345, 2)')).toBe(2.35);
    expect(run('round(1.005, 2)')).toBe(1.01);
    expect(run('round(2.5)')).toBe(3);
    expect(run('round(-2.5)')).toBe(-3);
    expect(run('round(10 / 3, 2)')).toBe(3.33);
    expect(run('round("x")')).toBeNull();
    expect(run('round(1.5, -1)')).toBeNull();
    expect(run('round(1.5, 0.5)')).toBeNull();
  });

  it('abs', () => {
    expect(run('abs(-3.5)')).toBe(3.5);
    expect(run('abs(missing)')).toBeNull();
  });

  it('days counts calendar days between dates', () => {
    expect(run('days("2026-02-27", "2026-03-01")')).toBe(2);
    expect(run('days("2024-02-27", "2024-03-01")')).toBe(3);
    expect(run('days(end, start)', { start: '2026-01-01', end: '2026-01-10' })).toBe(-9);
    expect(run('days("2026-03-01T23:00:00+08:00", "2026-03-02")')).toBe(1);
    expect(run('days("2026-02-30", "2026-03-01")')).toBeNull();
    expect(run('days("2026-03-01x", "2026-03-02")')).toBeNull();
    expect(run('days(missing, "2026-03-01")')).toBeNull();
  });
});
