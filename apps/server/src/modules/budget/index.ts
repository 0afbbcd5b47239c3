import type { AppModule } from '../../http/context.ts';
import { registerBudgetRoutes } from './budget.routes.ts';

export { seedDemoBudgets } from './budget.seed.ts';
// For the workflow module: after each command, an instance's budget claim follows its status.
export { settleBudgetClaim, spendingOf, type SpendingInstance } from './budget-claims.service.ts';

/** 预算: budget lines per department, read by forms through the budget data source. */
export const budgetModule: AppModule = {
  name: 'budget',
  registerRoutes: registerBudgetRoutes,
};
