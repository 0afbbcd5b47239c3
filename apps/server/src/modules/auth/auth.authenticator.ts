import type { FastifyRequest } from 'fastify';
import type { AppDeps, Authentication, Authenticator } from '../../http/context.ts';
import { identityOf, toCurrentUser } from './auth.identity.ts';
import { findSessionContext } from './session.context.repository.ts';
import {
  endSession,
  touchSession,
  type SessionEndReason,
  type SessionRow,
} from './session.repository.ts';
import { looksLikeSessionToken, sessionCookieName, sessionIdOf } from './session.tokens.ts';

// Writing last_seen_at on every request would make every read a write.
const touchEveryMs = 30_000;

/** Why an open session may no longer be used at `now`, or null. */
export function sessionEndReasonAt(session: SessionRow, now: Date): SessionEndReason | null {
  if (now.getTime() >= session.expires_at.getTime()) return 'expired';
  const idleMs = now.getTime() - session.last_seen_at.getTime();
  if (idleMs >= session.idle_timeout_seconds * 1000) return 'idle';
  return null;
}

/**
 * Resolves the session cookie on every request, against the database each
 * time (no cache), so a disabled account or a changed password ends access
 * at once on every app server. Idle and absolute limits are enforced here
 * (SECURITY.md 9); a session past them is ended and audited.
 */
export function createAuthenticator(deps: AppDeps): Authenticator {
  const cookieName = sessionCookieName(deps.config);
  return {
    async authenticate(request: FastifyRequest): Promise<Authentication | null> {
      const token = request.cookies[cookieName];
      if (!looksLikeSessionToken(token)) return null;
      const found = await findSessionContext(deps.db, sessionIdOf(token));
      if (!found) return null;
      const { session, account } = found;
      const now = deps.clock.now();
      const identity = identityOf(account, found.person, found.grants, found.policy, now);
      const reason = identity ? sessionEndReasonAt(session, now) : 'account_disabled';
      if (reason || !identity) {
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
      if (now.getTime() - session.last_seen_at.getTime() >= touchEveryMs) {
        await touchSession(deps.db, session.id, now, new Date(now.getTime() - touchEveryMs));
      }
      return {
        user: toCurrentUser(identity, session.id, request.ip),
        csrfToken: session.csrf_token,
        mustChangePassword: identity.mustChangePassword,
      };
    },
  };
}
