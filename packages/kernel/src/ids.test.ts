import { describe, expect, it } from 'vitest';
import { isUuid, newId, shortNumber } from './ids.ts';

describe('newId', () => {
  it('makes distinct version 7 UUIDs that sort in the order they were made', () => {
    const ids = Array.from({ length: 1_000 }, () => newId());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(isUuid(id)).toBe(true);
      expect(id[14]).toBe('7');
    }
    expect([...ids].sort()).toEqual(ids);
  });

  it('starts with the time it was made, in milliseconds', () => {
    const before = Date.now();
    const id = newId();
    const after = Date.now();
    const at = parseInt(id.replace(/-/g, '').slice(0, 12), 16);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(after);
  });
});

describe('shortNumber', () => {
  it('tells apart records made in the same minute, and keeps the numbers of older ids', () => {
    const numbers = Array.from({ length: 1_000 }, () => shortNumber(newId()));
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers[0]).toMatch(/^[0-9A-F]{8}$/);
    expect(shortNumber('3f2a9c1e-5b7d-4e8a-9c0f-1a2b3c4d5e6f')).toBe('3F2A9C1E');
  });
});
