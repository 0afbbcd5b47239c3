// The delegation API names the delegate by id only: remember names the picker showed.
const storageKey = 'yw.delegation.names';

function load(): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/** The name last seen for this person id, if any. */
export function rememberedName(id: string): string | undefined {
  return load()[id];
}

/** Keeps a person's name for the delegation card after a reload. */
export function rememberName(id: string, name: string): void {
  try {
    localStorage.setItem(storageKey, JSON.stringify({ ...load(), [id]: name }));
  } catch {
    // Private mode: the card falls back to the id.
  }
}
