import { createHash, randomBytes } from 'node:crypto';

/** A new session's secret for the cookie, 256 random bits (SECURITY.md 10). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The synchronizer token the client echoes in `x-csrf-token` on writes. */
export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps: the SHA-256 of the token, so a reader cannot replay sessions. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** True when the cookie value has the shape of one of our tokens (skip the lookup otherwise). */
export function looksLikeSessionToken(value: string | undefined): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** `__Host-` needs Secure; plain HTTP development gets the unprefixed name. */
export function sessionCookieName(config: { cookieSecure: boolean }): string {
  return config.cookieSecure ? '__Host-yw_session' : 'yw_session';
}

/** Cookie attributes: HttpOnly, SameSite=Strict, Path=/, Secure when configured, no Domain. */
export function sessionCookieOptions(config: { cookieSecure: boolean }) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.cookieSecure,
  };
}
