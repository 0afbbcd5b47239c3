// The user's language. Chinese is the default for everyone; English is chosen from the
// user menu and remembered in this browser. Words are picked once, when a module loads,
// so switching reloads the page: every screen then speaks the new language at once,
// without each component subscribing to a context.

export type Locale = 'zh-CN' | 'en-US';

const storageKey = 'yuanwu.locale';

/** The language this page speaks (fixed for the life of the page). */
export const locale: Locale = readLocale();

function readLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(storageKey) === 'en-US' ? 'en-US' : 'zh-CN';
  } catch {
    // Storage can be refused (private modes, embedded browsers): stay in Chinese.
    return 'zh-CN';
  }
}

/** Remembers the language and reloads, so every module picks its words again. */
export function switchLocale(next: Locale): void {
  if (next === locale) return;
  try {
    globalThis.localStorage?.setItem(storageKey, next);
  } catch {
    return;
  }
  globalThis.location.reload();
}

/** The same words with literal types widened, so a translation may differ from Chinese. */
export type Words<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Words<R>
    : T extends readonly (infer E)[]
      ? readonly Words<E>[]
      : T extends object
        ? { readonly [K in keyof T]: Words<T[K]> }
        : T;

/**
 * A module's words in the page's language. The English object must have every key of the
 * Chinese one (the compiler checks), so a screen never shows a missing word.
 */
export function localized<T>(words: { readonly zh: T; readonly en: Words<T> }): Words<T> {
  return (locale === 'en-US' ? words.en : words.zh) as Words<T>;
}

/** The number format of the page's language, for amounts and counts. */
export const numberLocale = locale;
