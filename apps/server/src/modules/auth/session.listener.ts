import { listenToChannel, type ChannelListener } from '../../db/listen.ts';
import type { SessionCache } from './session.cache.ts';

/**
 * The channel the session triggers notify (migration 20261124T0400_session_cache_notify):
 * `s:<session id>` when a session ends, `*` when anything else a session check holds
 * changed (accounts, people, roles and rights, the security policy: rare).
 */
export const sessionsChannel = 'yuanwu_sessions';

/**
 * Keeps a server's session cache in step with every server's writes. The cache serves
 * only while this connection listens; when it is lost or comes back, everything cached is
 * dropped, since notifications sent meanwhile were missed.
 */
export function listenForSessionChanges(
  databaseUrl: string,
  cache: SessionCache,
  log: { warn(details: object, message: string): void },
): ChannelListener {
  return listenToChannel(
    databaseUrl,
    sessionsChannel,
    {
      onNotification(payload) {
        if (payload.startsWith('s:')) cache.drop(payload.slice(2));
        else cache.clear();
      },
      onListening: () => cache.setLive(true),
      onLost: () => cache.setLive(false),
    },
    log,
  );
}
