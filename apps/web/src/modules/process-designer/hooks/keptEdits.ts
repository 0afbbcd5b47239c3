import { useEffect } from 'react';

/**
 * Unpublished edits kept outside the screen. The app swaps its desktop shell for the phone
 * shell when the window narrows below 768 px (a half-screen window, a zoomed page, a
 * headless browser's full-page screenshot), which unmounts the designer; without this the
 * edits would silently fall back to the last published version when it mounts again.
 * Edits are kept only while the address stays on this process's design pages, so leaving
 * for another screen still discards them, as before.
 */
export function createKeptEdits<T>(pathOf: (key: string) => string) {
  const kept = new Map<string, T>();

  const stillDesigning = (key: string) => {
    const base = pathOf(key);
    const here = window.location.pathname;
    return here === base || here.startsWith(`${base}/`);
  };

  return {
    /** What a previous mount left unpublished for this process, if anything. */
    take(key: string): T | null {
      return kept.get(key) ?? null;
    },
    /** Keeps `edits` while they are unpublished (`dirty`); drops them once published. */
    useKeep(key: string, edits: T | null, dirty: boolean): void {
      useEffect(() => {
        if (edits !== null && dirty) kept.set(key, edits);
        else kept.delete(key);
      }, [key, edits, dirty]);
      useEffect(
        () => () => {
          if (!stillDesigning(key)) kept.delete(key);
        },
        [key],
      );
    },
  };
}
