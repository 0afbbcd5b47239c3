import { pinyin } from 'pinyin-pro';

/** Search keys of a name: space-separated full-pinyin readings and their initials. */
export interface NameReadings {
  pinyin: string;
  initials: string;
}

type Syllables = string[];

function syllablesOf(name: string, surnameFirst: boolean): Syllables {
  const raw = pinyin(name, {
    toneType: 'none',
    type: 'array',
    v: true,
    ...(surnameFirst ? { mode: 'surname' as const, surname: 'head' as const } : {}),
  });
  // Letters and digits stay (e.g. "ICU"), separators such as "·" in minority names go.
  return raw.map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/g, '')).filter(Boolean);
}

/** People type ü as "v" (the IME way) or as plain "u": keep both. */
function withUmlautVariants(readings: Syllables[]): Syllables[] {
  const variants = readings.map((syllables) => syllables.map((s) => s.replace(/v/g, 'u')));
  return [...readings, ...variants];
}

function keysOf(readings: Syllables[]): NameReadings {
  const full = new Set<string>();
  const initials = new Set<string>();
  for (const syllables of readings) {
    if (syllables.length === 0) continue;
    full.add(syllables.join(''));
    initials.add(syllables.map((s) => s[0] ?? '').join(''));
  }
  return { pinyin: [...full].join(' '), initials: [...initials].join(' ') };
}

/**
 * Readings of a person's name. The surname reading comes first (单 shàn,
 * 曾 zēng, 解 xiè, 仇 qiú, 区 ōu, 查 zhā), then the everyday reading, because
 * colleagues search with whichever they believe is right.
 */
export function personNameReadings(name: string): NameReadings {
  const trimmed = name.trim();
  return keysOf(withUmlautVariants([syllablesOf(trimmed, true), syllablesOf(trimmed, false)]));
}

/** Readings of a department's name (no surname rule; words are segmented). */
export function departmentNameReadings(name: string): NameReadings {
  return keysOf(withUmlautVariants([syllablesOf(name.trim(), false)]));
}

/**
 * Normalises a search text typed as pinyin ("Zhang San" → "zhangsan"), or
 * returns null when it is not pinyin (Chinese characters, digits...).
 */
export function pinyinQuery(text: string): string | null {
  const compact = text.toLowerCase().replace(/[\s']/g, '').replace(/ü/g, 'v');
  return /^[a-z]{1,40}$/.test(compact) ? compact : null;
}
