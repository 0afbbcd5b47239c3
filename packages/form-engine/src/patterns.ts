const cache = new Map<string, RegExp | null>();

function compile(source: string, flags: string): RegExp | null {
  try {
    return new RegExp(source, flags);
  } catch {
    return null;
  }
}

/**
 * A field's `pattern` as a regular expression anchored to match the whole value, or null
 * when it is not a valid ECMAScript pattern. Unicode mode first (so `.` is one character
 * even outside the BMP), then legacy mode for patterns written without it.
 */
export function compilePattern(pattern: string): RegExp | null {
  if (!cache.has(pattern)) {
    // Compiled bare first, so `a)|(b` cannot escape the anchoring group below.
    const flags = compile(pattern, 'u') ? 'u' : compile(pattern, '') ? '' : null;
    cache.set(pattern, flags === null ? null : compile(`^(?:${pattern})$`, flags));
  }
  return cache.get(pattern) ?? null;
}
