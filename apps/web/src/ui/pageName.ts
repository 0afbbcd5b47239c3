import { useEffect, useSyncExternalStore } from 'react';

// A page that is not in the menu names itself here (the process being started), so the
// shell's breadcrumbs can show the name without importing the feature that knows it.
let current: string | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function publish(name: string | null): void {
  current = name;
  for (const listener of listeners) listener();
}

/** Names the current page in the breadcrumbs while it is shown (undefined: not known yet). */
export function usePageName(name: string | undefined): void {
  useEffect(() => {
    if (name === undefined) return undefined;
    publish(name);
    return () => publish(null);
  }, [name]);
}

/** The name the shown page gave itself, if any. */
export function useShownPageName(): string | null {
  return useSyncExternalStore(subscribe, () => current);
}
