import { api } from '../../../app/api.ts';
import type { PasswordChange, SessionBody } from './types.ts';

/** `GET /auth/session`: 401 when nobody is signed in (handled by the caller). */
export function fetchSession(): Promise<SessionBody> {
  return api.get<SessionBody>('/auth/session', undefined, true);
}

/** `POST /auth/login`. */
export function login(username: string, password: string): Promise<SessionBody> {
  return api.post<SessionBody>('/auth/login', { username, password }, true);
}

/** `POST /auth/logout`. */
export function logout(): Promise<void> {
  return api.post<void>('/auth/logout', {}, true);
}

/** `POST /auth/password`: ends the account's other sessions. */
export function changePassword(change: PasswordChange): Promise<void> {
  return api.post<void>('/auth/password', change);
}
