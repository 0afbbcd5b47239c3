import { describe, expect, it } from 'vitest';
import { locale, localized } from './locale.ts';

describe('localized', () => {
  it('speaks Chinese when no language was chosen', () => {
    expect(locale).toBe('zh-CN');
    const words = localized({
      zh: { hello: '你好', count: (n: number) => `${n} 条` },
      en: { hello: 'Hello', count: (n: number) => `${n} items` },
    });
    expect(words.hello).toBe('你好');
    expect(words.count(3)).toBe('3 条');
  });
});
