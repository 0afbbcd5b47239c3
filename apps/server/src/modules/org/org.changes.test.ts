import { describe, expect, it } from 'vitest';
import { prefixEnd } from './org.changes.ts';

describe('prefixEnd', () => {
  it('raises the last character by one code point', () => {
    expect(prefixEnd('zw')).toBe('zx');
    expect(prefixEnd('10')).toBe('11');
    expect(prefixEnd('张')).toBe('\u5f21');
    expect(prefixEnd('a😀')).toBe('a😁');
  });

  it('steps over the surrogates and carries past the last code point', () => {
    expect(prefixEnd('\ud7ff')).toBe('\ue000');
    expect(prefixEnd('a\u{10ffff}')).toBe('b');
    expect(prefixEnd('\u{10ffff}')).toBe('\u{10ffff}');
  });

  it('bounds every string that starts with the prefix, in byte order', () => {
    const bytes = (text: string) => Buffer.from(text, 'utf8');
    for (const prefix of ['zw', '张', 'a😀', '\ud7ff']) {
      const end = bytes(prefixEnd(prefix));
      for (const tail of ['', 'a', '\u{10ffff}', '张三']) {
        expect(Buffer.compare(bytes(prefix + tail), end)).toBe(-1);
      }
    }
  });
});
