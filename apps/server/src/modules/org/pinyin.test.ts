import { describe, expect, it } from 'vitest';
import { departmentNameReadings, personNameReadings, pinyinQuery } from './pinyin.ts';

describe('name readings', () => {
  it('gives full pinyin and initials without tones', () => {
    expect(personNameReadings('张三')).toEqual({ pinyin: 'zhangsan', initials: 'zs' });
  });

  it.each([
    ['单雄信', 'shanxiongxin', 'danxiongxin', 'sxx'],
    ['曾国藩', 'zengguofan', 'cengguofan', 'zgf'],
    ['解缙', 'xiejin', 'jiejin', 'xj'],
    ['仇英', 'qiuying', 'chouying', 'qy'],
    ['区志强', 'ouzhiqiang', 'quzhiqiang', 'ozq'],
    ['查良镛', 'zhaliangyong', 'chaliangyong', 'zly'],
  ])(
    'reads the surname of %s both ways, the surname reading first',
    (name, first, second, initials) => {
      const readings = personNameReadings(name);
      const all = readings.pinyin.split(' ');
      expect(all[0]).toBe(first);
      expect(all).toContain(second);
      expect(readings.initials.split(' ')[0]).toBe(initials);
    },
  );

  it('keeps ü as v and as u', () => {
    expect(personNameReadings('吕丽').pinyin.split(' ')).toEqual(['lvli', 'luli']);
  });

  it('drops separators in minority names', () => {
    expect(personNameReadings('阿依·木拉提').pinyin.split(' ')[0]).toBe('ayimulati');
  });

  it('segments department names', () => {
    expect(departmentNameReadings('心血管内科')).toEqual({
      pinyin: 'xinxueguanneike',
      initials: 'xxgnk',
    });
    expect(departmentNameReadings('行政办公室').pinyin).toBe('xingzhengbangongshi');
  });
});

describe('pinyin queries', () => {
  it('normalises what people type', () => {
    expect(pinyinQuery('Zhang San')).toBe('zhangsan');
    expect(pinyinQuery("xi'an")).toBe('xian');
    expect(pinyinQuery('张三')).toBeNull();
    expect(pinyinQuery('10023')).toBeNull();
    expect(pinyinQuery('')).toBeNull();
  });
});
