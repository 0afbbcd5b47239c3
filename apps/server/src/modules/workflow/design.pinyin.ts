import { pinyin } from 'pinyin-pro';

/** Lower-case search keys of a process name: the name, its full pinyin and initials. */
export function processSearchKeys(name: string, key: string): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true })
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/g, ''))
    .filter(Boolean);
  return [
    name.toLowerCase(),
    key.toLowerCase(),
    syllables.join(''),
    syllables.map((syllable) => syllable[0] ?? '').join(''),
  ];
}

/**
 * Whether a process matches what was typed: part of its name or key, or pinyin such
 * as "qingjia" or the initials "qjsq" of 请假申请 (spaces and case ignored).
 */
export function matchesProcess(query: string, name: string, key: string): boolean {
  const typed = query.toLowerCase().replace(/[\s']/g, '').replace(/ü/g, 'v');
  if (typed === '') return true;
  return processSearchKeys(name, key).some((candidate) => candidate.includes(typed));
}
