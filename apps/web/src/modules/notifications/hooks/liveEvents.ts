import { apiUrl } from '../../../app/api.ts';
import type { LiveEventName } from '../api/types.ts';

type Listener = (data: unknown) => void;

const listeners = new Map<LiveEventName, Set<Listener>>();
const eventNames: readonly LiveEventName[] = ['notification', 'counts'];
let source: EventSource | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let retryDelay = 1_000;
let hadError = false;

function emit(name: LiveEventName, data: unknown): void {
  listeners.get(name)?.forEach((listener) => listener(data));
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

function subscriberCount(): number {
  let count = 0;
  listeners.forEach((set) => (count += set.size));
  return count;
}

let waitingForLoad = false;

// One connection for the whole app: every tab-level subscriber shares it. Opened only once
// the page has loaded: a stream that starts while the page is still loading can keep the
// browser's load (its spinner, and anything waiting for it) pending for as long as it lasts.
function connect(): void {
  if (source || typeof EventSource === 'undefined') return;
  if (document.readyState !== 'complete') {
    if (!waitingForLoad) {
      waitingForLoad = true;
      window.addEventListener(
        'load',
        () => {
          waitingForLoad = false;
          if (subscriberCount() > 0) connect();
        },
        { once: true },
      );
    }
    return;
  }
  const opened = new EventSource(apiUrl('/events'), { withCredentials: true });
  source = opened;
  opened.onopen = () => {
    retryDelay = 1_000;
    // Whatever changed while we were disconnected was not pushed: ask everyone to refetch.
    if (hadError) emit('counts', null);
    hadError = false;
  };
  opened.onerror = () => {
    hadError = true;
    // The browser retries by itself unless the server refused the stream (401, 5xx): then we do.
    if (opened.readyState !== EventSource.CLOSED) return;
    opened.close();
    source = null;
    scheduleRetry();
  };
  for (const name of eventNames) {
    opened.addEventListener(name, (event: MessageEvent<string>) => emit(name, parse(event.data)));
  }
}

function scheduleRetry(): void {
  if (retryTimer || subscriberCount() === 0) return;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    connect();
  }, retryDelay);
  retryDelay = Math.min(retryDelay * 2, 30_000);
}

function disconnect(): void {
  source?.close();
  source = null;
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
}

/** Listens to one kind of live event; opens the shared stream on first use, closes it after the last. */
export function subscribeLiveEvent(name: LiveEventName, listener: Listener): () => void {
  const set = listeners.get(name) ?? new Set<Listener>();
  set.add(listener);
  listeners.set(name, set);
  connect();
  return () => {
    set.delete(listener);
    if (subscriberCount() === 0) disconnect();
  };
}
