import type { AppModule, Authenticator } from '../../http/context.ts';

/** Placeholder until the auth module lands: nobody is signed in. */
export function createAuthenticator(): Authenticator {
  return { authenticate: () => Promise.resolve(null) };
}

export const authModule: AppModule = { name: 'auth', registerRoutes: () => {} };
