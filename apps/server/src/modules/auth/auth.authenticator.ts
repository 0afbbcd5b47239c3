import type { FastifyRequest } from 'fastify';
import type { ChannelListener } from '../../db/listen.ts';
import type { AppDeps, Authentication, Authenticator } from '../../http/context.ts';
import { identityOf, mustChangePasswordAt, toCurrentUser } from './auth.identity.ts';
import { createSessionActivity } from './session.activity.ts';
import { createSessionCache, type CachedSession } from './session.cache.ts';
import { findSessionContext } from './session.context.repository.ts';
import { watchSessionData } from './session.invalidation.ts';
import { listenForSessionChanges } from './session.listener.ts';
import {
  endSession,
  recordSessionActivity,
  type SessionEndReason,
  type SessionRow,
} from './session.repository.ts';
import { looksLikeSessionToken, sessionCookieName, sessionIdOf } from './session.tokens.ts';

// Activity is queued once the stored last_seen_at is this old, and written with the next
// batch (every 5 s, session.activity.ts). A request waits for that batch only when what other
// servers read nears the session's idle limit: one of them could otherwise end as idle a
// session that was just used. The margin spans the batch interval many times over. (Waiting
// whenever it was 30 s old made a tenth of the benchmark's requests wait for a write.)
const storeAfterMs = 15_000;
const idleMarginMs = 60_000;
// Bounds the memory (an entry is a few kB with its rights); a hospital has far fewer open sessions.
const maxCachedSessions = 50_000;

/** Why an open session may no longer be used at `now` (last used at `lastSeen`), or null. */
export function sessionEndReasonAt(
  session: Pick<SessionRow, 'expires_at' | 'idle_timeout_seconds' | 'last_seen_at'>,
  now: Date,
  lastSeen: Date = session.last_seen_at,
): SessionEndReason | null {
  if (now.getTime() >= session.expires_at.getTime()) return 'expired';
  const idleMs = now.getTime() - lastSeen.getTime();
  if (idleMs >= session.idle_timeout_seconds * 1000) return 'idle';
  return null;
}

/** The request guard's authenticator, with the lifecycle of its cache and activity writer. */
export interface SessionAuthenticator extends Authenticator {
  /** Starts hearing other servers' changes (LISTEN) and the activity batches. */
  start(databaseUrl: string): Promise<void>;
  /** Stops listening and writes the activity still queued. */
  stop(): Promise<void>;
}

/**
 * Resolves the session cookie of every request. The check (session, account, person,
 * rights, policy) is served from this server's memory for up to SESSION_CACHE_SECONDS
 * (session.cache.ts); any change to what it holds drops it at once on this server
 * (session.invalidation.ts) and within milliseconds on the others (session.listener.ts),
 * so a disabled account or a changed password ends access at once everywhere. Idle and
 * absolute limits are checked on every request against the clock (SECURITY.md 9); a
 * session past them, or refused, is read again from the database before it is ended
 * and audited.
 */
export function createAuthenticator(deps: AppDeps): SessionAuthenticator {
  const cookieName = sessionCookieName(deps.config);
  watchSessionData();
  const cache = createSessionCache({
    ttlMs: deps.config.sessionCacheSeconds * 1000,
    maxEntries: maxCachedSessions,
  });
  const activity = createSessionActivity((seen) => recordSessionActivity(deps.db, seen), deps.log);
  let listener: ChannelListener | null = null;

  // Reads under way by session id: a page's parallel requests (the workbench asks for its
  // counts and its list at once) share one read of a session that is not cached.
  const reading = new Map<string, Promise<CachedSession | undefined>>();
  const read = (id: string, now: Date): Promise<CachedSession | undefined> => {
    let shared = reading.get(id);
    if (shared === undefined) {
      shared = readAfresh(id, now).finally(() => reading.delete(id));
      reading.set(id, shared);
    }
    return shared;
  };

  const readAfresh = async (id: string, now: Date): Promise<CachedSession | undefined> => {
    const ticket = cache.ticket();
    const context = await findSessionContext(deps.db, id);
    if (!context) return undefined;
    const { session, account, person, grants, policy } = context;
    // This server's queued activity is newer than what the database holds.
    const pending = activity.pending(id);
    const stored = pending && pending > session.last_seen_at ? pending : session.last_seen_at;
    const identity = identityOf(account, person, grants, policy, now);
    const entry: CachedSession = { context, identity, lastSeen: stored, stored };
    cache.put(id, entry, ticket);
    return entry;
  };

  const endReason = (entry: CachedSession, now: Date): SessionEndReason | null =>
    entry.identity
      ? sessionEndReasonAt(entry.context.session, now, entry.lastSeen)
      : 'account_disabled';

  const noteActivity = async (id: string, entry: CachedSession, now: Date): Promise<void> => {
    if (now > entry.lastSeen) entry.lastSeen = now;
    const behind = now.getTime() - entry.stored.getTime();
    if (behind < storeAfterMs) return;
    entry.stored = now;
    activity.queue(id, now);
    const idleLimitMs = entry.context.session.idle_timeout_seconds * 1000;
    if (behind >= idleLimitMs - idleMarginMs) await activity.flush();
  };

  return {
    async authenticate(request: FastifyRequest): Promise<Authentication | null> {
      const token = request.cookies[cookieName];
      if (!looksLikeSessionToken(token)) return null;
      const id = sessionIdOf(token);
      const now = deps.clock.now();
      let entry = cache.get(id);
      let reason = entry ? endReason(entry, now) : null;
      // Never refuse on a cached entry: another server may have used or re-enabled it.
      if (!entry || reason) {
        entry = await read(id, now);
        if (!entry) return null;
        reason = endReason(entry, now);
      }
      const { session, account } = entry.context;
      if (reason || !entry.identity) {
        cache.drop(id);
        if (reason && (await endSession(deps.db, session.id, reason, now))) {
          await deps.audit.recordAlone(
            {
              accountId: account.id,
              username: account.username,
              name: account.display_name,
              ip: request.ip,
              userAgent: request.headers['user-agent'] ?? '',
              requestId: String(request.id),
            },
            {
              action: 'auth.session.end',
              targetType: 'account',
              targetId: account.id,
              summary: { reason },
            },
          );
        }
        return null;
      }
      await noteActivity(id, entry, now);
      return {
        user: toCurrentUser(entry.identity, session.id, request.ip),
        csrfToken: session.csrf_token,
        mustChangePassword: mustChangePasswordAt(entry.identity, now),
      };
    },

    async start(databaseUrl: string): Promise<void> {
      activity.start();
      if (deps.config.sessionCacheSeconds === 0) return;
      listener = listenForSessionChanges(databaseUrl, cache, deps.log);
      await listener.start();
    },

    async stop(): Promise<void> {
      await listener?.stop();
      cache.setLive(false);
      await activity.stop();
    },
  };
}
