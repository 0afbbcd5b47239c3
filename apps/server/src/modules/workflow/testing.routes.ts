import { AdjustableClock, fail } from '@yuanwu/kernel';
import { addDuration, parseDuration } from '@yuanwu/workflow-engine';
import type { ApiApp, AppDeps } from '../../http/context.ts';
import { inRequestTransaction } from '../../http/transaction.ts';
import { advanceBody, organisationBody } from './testing.schema.ts';
import { setUpOrganisation } from './testing.service.ts';
import type { WorkflowSweeper } from './timers.sweeper.ts';

/**
 * Test hooks for the conformance runner and tests. Registered only when the
 * server runs in TEST_MODE (which config refuses in production), so these
 * routes do not exist otherwise.
 */
export function registerTestingRoutes(app: ApiApp, deps: AppDeps, sweeper: WorkflowSweeper) {
  if (!deps.config.testMode) return;

  app.post(
    '/api/v1/test/organisation',
    {
      config: { access: 'public', auditAction: 'test.organisation' },
      schema: { body: organisationBody },
    },
    async (request, reply) => {
      const mapping = await inRequestTransaction(request, deps, (ctx) =>
        setUpOrganisation(ctx, request.body),
      );
      return reply.status(201).send(mapping);
    },
  );

  app.get('/api/v1/test/clock', { config: { access: 'public' } }, () => ({
    now: deps.clock.now().toISOString(),
  }));

  // Moves the clock, then fires every timer that became due before answering.
  app.post(
    '/api/v1/test/clock/advance',
    {
      config: { access: 'public', auditAction: 'test.clock.advance' },
      schema: { body: advanceBody },
    },
    async (request) => {
      const clock = deps.clock;
      if (!(clock instanceof AdjustableClock)) throw fail.forbidden('时钟不可调整');
      const duration = parseDuration(request.body.duration);
      if (!duration) {
        throw fail.validation('时长格式不正确', [{ path: 'duration', message: '例如 PT25H' }]);
      }
      const now = clock.now();
      clock.advance(addDuration(now, duration).getTime() - now.getTime());
      const fired = await sweeper.sweepNow({ wait: true });
      return { now: clock.now().toISOString(), events: fired };
    },
  );
}
