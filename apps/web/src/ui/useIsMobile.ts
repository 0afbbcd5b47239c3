import { useSyncExternalStore } from 'react';

const phoneQuery = '(max-width: 768px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(phoneQuery);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True on phone widths (≤ 768 px), where the app renders its mobile shell. */
export function useIsMobile(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(phoneQuery).matches,
    () => false,
  );
}
