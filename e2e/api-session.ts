import { demoPassword, newPassword } from './harness.ts';

export type Json = Record<string, unknown>;

/**
 * A signed-in API session (cookie + CSRF) for setting the scene and checking outcomes
 * without the browser. A demo person signs in with the initial password (and changes it,
 * as the server demands), or with the changed one when an earlier test already did.
 */
export async function apiSession(baseUrl: string, username: string) {
  let cookie = '';
  let csrf = '';
  const call = async (method: string, path: string, body?: unknown): Promise<Json> => {
    const response = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(cookie ? { cookie } : {}),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.getSetCookie();
    if (setCookie.length > 0) cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return text ? (JSON.parse(text) as Json) : {};
  };
  const login = await call('POST', '/auth/login', { username, password: demoPassword }).catch(() =>
    call('POST', '/auth/login', { username, password: newPassword }),
  );
  csrf = String(login.csrfToken);
  if (login.mustChangePassword) {
    await call('POST', '/auth/password', { currentPassword: demoPassword, newPassword });
  }
  return call;
}
