import type { AccountIdentity } from './auth.identity.ts';
import type { SessionContext } from './session.context.repository.ts';
import { sessionDataGeneration } from './session.invalidation.ts';

/** A session check as read, plus what this server learnt since. */
export interface CachedSession {
  context: SessionContext;
  /** identityOf at the read (null: the account may not be used). */
  identity: AccountIdentity | null;
  /** The latest activity this server knows of: the idle check reads it. */
  lastSeen: Date;
  /** The last_seen_at the database holds, or will once the queued activity is flushed. */
  stored: Date;
}

/** Taken before a read: the read is kept only if nothing was invalidated meanwhile. */
export interface ReadTicket {
  epoch: number;
  generation: number;
  at: number;
}

interface Slot {
  value: CachedSession;
  readAt: number;
  generation: number;
}

/**
 * Session checks by session id, per app server, for at most `ttlMs` (SESSION_CACHE_SECONDS).
 * An entry is stale once this process wrote anything it holds (session.invalidation.ts), or
 * when a notification drops it or everything (session.listener.ts). While the listener is
 * not connected nothing is served from here: other servers' changes would go unheard.
 * At most `maxEntries`, the oldest read evicted first, so memory stays bounded.
 */
export function createSessionCache(options: { ttlMs: number; maxEntries: number }) {
  const slots = new Map<string, Slot>();
  // Bumped by every drop: a read that started before one may hold what it dropped.
  let epoch = 0;
  let live = false;
  const enabled = () => live && options.ttlMs > 0;

  return {
    /** The fresh entry of a session, or undefined. */
    get(id: string): CachedSession | undefined {
      if (!enabled()) return undefined;
      const slot = slots.get(id);
      if (slot === undefined) return undefined;
      const fresh =
        slot.generation === sessionDataGeneration() &&
        performance.now() - slot.readAt < options.ttlMs;
      if (fresh) return slot.value;
      slots.delete(id);
      return undefined;
    },
    ticket(): ReadTicket {
      return { epoch, generation: sessionDataGeneration(), at: performance.now() };
    },
    /** Keeps a read unless something was invalidated since its ticket. */
    put(id: string, value: CachedSession, ticket: ReadTicket): void {
      if (!enabled() || ticket.epoch !== epoch) return;
      if (ticket.generation !== sessionDataGeneration()) return;
      slots.delete(id);
      slots.set(id, { value, readAt: ticket.at, generation: ticket.generation });
      if (slots.size > options.maxEntries) {
        const oldest = slots.keys().next();
        if (!oldest.done) slots.delete(oldest.value);
      }
    },
    drop(id: string): void {
      epoch++;
      slots.delete(id);
    },
    clear(): void {
      epoch++;
      slots.clear();
    },
    /** Whether cross-server invalidation is being heard; either way starts afresh. */
    setLive(listening: boolean): void {
      live = listening;
      this.clear();
    },
    get size(): number {
      return slots.size;
    },
  };
}

export type SessionCache = ReturnType<typeof createSessionCache>;
