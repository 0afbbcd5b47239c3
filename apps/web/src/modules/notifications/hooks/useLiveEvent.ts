import { useEffect, useRef } from 'react';
import type { LiveEventName } from '../api/types.ts';
import { subscribeLiveEvent } from './liveEvents.ts';

/**
 * Calls `handler` on each live event of that name (`counts`: refetch the badge counts;
 * `notification`: `{ id, kind, instanceId }`). All subscribers share one EventSource.
 */
export function useLiveEvent(name: LiveEventName, handler: (data: unknown) => void) {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => subscribeLiveEvent(name, (data) => latest.current(data)), [name]);
}
