import type { AppModule } from '../../http/context.ts';
import { registerAuthRoutes } from './auth.routes.ts';
import { createPasswordHasher, hashCostFor } from './password.hashing.ts';
import { registerSecurityRoutes } from './security.routes.ts';

export { createAuthenticator } from './auth.authenticator.ts';
export { createPersonAccountListener, type PersonAccountListener } from './auth.accounts.hooks.ts';
export { seedDemoAccounts, demoAdministrators } from './auth.seed.ts';
export {
  hashPassword,
  hashCostFor,
  productionHashCost,
  testHashCost,
  type PasswordHashCost,
} from './password.hashing.ts';
export type { Me } from './auth.presenter.ts';
export type { SecurityPolicy } from './security-policy.ts';

/** Identity and access: login, sessions, passwords, and the security administrator's routes. */
export const authModule: AppModule = {
  name: 'auth',
  registerRoutes(app, deps) {
    const hasher = createPasswordHasher(hashCostFor(deps.config));
    registerAuthRoutes(app, deps, hasher);
    registerSecurityRoutes(app, deps, hasher);
  },
};
