import { reservedWords } from '@yuanwu/form-engine';
import { pinyin } from 'pinyin-pro';

const maxKeyLength = 40;

/**
 * A field key read from a Chinese label: its pinyin in camelCase (申请日期 → shenQingRiQi),
 * letters and digits kept as they are; `field` when nothing usable is left.
 */
export function keyFromLabel(label: string): string {
  const syllables = pinyin(label, { toneType: 'none', type: 'array', v: true })
    .map((syllable) => syllable.replace(/[^A-Za-z0-9]/g, ''))
    .filter(Boolean);
  const joined = syllables
    .map((syllable, index) =>
      // An acronym first (ICU) stays as written; a pinyin syllable starts in lower case.
      index === 0
        ? /^[A-Z0-9]+$/.test(syllable)
          ? syllable
          : syllable.charAt(0).toLowerCase() + syllable.slice(1)
        : syllable.charAt(0).toUpperCase() + syllable.slice(1),
    )
    .join('')
    .slice(0, maxKeyLength);
  // Keys may not start with a digit (the expression language would read a number).
  const key = /^[0-9]/.test(joined) ? `f${joined}` : joined;
  return key === '' || reservedWords.has(key) ? `${key || 'field'}Field` : key;
}

/** Hands out keys that are unique among those already `taken` (suffixes 2, 3, ...). */
export class KeyAllocator {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string> = []) {
    this.taken = new Set(taken);
  }

  /** A unique key for the label (or for the given base key). */
  next(label: string, base = keyFromLabel(label)): string {
    let key = base;
    for (let n = 2; this.taken.has(key); n += 1) key = `${base}${n}`;
    this.taken.add(key);
    return key;
  }
}
