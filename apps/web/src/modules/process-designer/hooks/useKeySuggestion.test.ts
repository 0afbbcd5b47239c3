import { describe, expect, it } from 'vitest';
import { processKeyOf } from './useKeySuggestion.ts';

describe('a new process key from its name', () => {
  it('writes the pinyin key in lower case with underscores', () => {
    expect(processKeyOf('keShiSheBeiCaiGou', [])).toBe('ke_shi_she_bei_cai_gou');
    expect(processKeyOf('ICUShenQing', [])).toBe('icushen_qing');
  });

  it('numbers a key another process has', () => {
    expect(processKeyOf('yongZhang', ['yong_zhang', 'yong_zhang_2'])).toBe('yong_zhang_3');
  });
});
