import { AppError } from '@yuanwu/kernel';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestApp, type TestApp } from '../../test/app.ts';
import { createAdministrators } from '../../test/factories/accounts.ts';
import { modules } from '../app.ts';
import type { AppModule } from './context.ts';
import { inRequestTransaction } from './transaction.ts';

// A test-only module: routes that write nothing and record nothing themselves.
const probeModule: AppModule = {
  name: 'probe',
  registerRoutes(app, deps) {
    app.post(
      '/api/v1/probe/things/:id',
      {
        config: { access: 'org.manage' },
        schema: {
          params: z.object({ id: z.string() }),
          body: z.object({ name: z.string().min(2) }),
        },
      },
      async (request, reply) => {
        if (request.body.name === 'taken') throw new AppError('conflict', '名称已被使用');
        if (request.body.name === 'crash') throw new Error('boom');
        return reply.status(204).send();
      },
    );
    app.put(
      '/api/v1/probe/named',
      { config: { access: 'authenticated', auditAction: 'probe.named.update' } },
      () => ({ ok: true }),
    );
    // Records its own entry, then fails: the rich entry rolls back with the change.
    app.post(
      '/api/v1/probe/recorded',
      { config: { access: 'authenticated', auditAction: 'probe.recorded' } },
      async (request) => {
        const fail = (request.query as { fail?: string }).fail === 'yes';
        await inRequestTransaction(request, deps, async (ctx) => {
          await ctx.audit({ action: 'probe.recorded.rich', summary: { fail } });
          if (fail) throw new AppError('conflict', '冲突');
        });
        return { ok: true };
      },
    );
    app.get('/api/v1/probe/read', { config: { access: 'authenticated' } }, () => ({ ok: true }));
  },
};

describe('the write audit hook', () => {
  let t: TestApp;
  let admins: Awaited<ReturnType<typeof createAdministrators>>;

  beforeAll(async () => {
    t = await startTestApp({}, { modules: [...modules, probeModule] });
    admins = await createAdministrators(t.ownerDb);
  });
  afterAll(() => t.close());

  const signedIn = async (who: 'system' | 'security' | 'audit') => {
    const client = t.client();
    expect((await client.login(admins[who].username, admins[who].password)).status).toBe(200);
    return client;
  };
  const lastSeq = async () =>
    Number(
      (
        await t.ownerDb
          .selectFrom('audit_log')
          .select('seq')
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst()
      )?.seq ?? 0,
    );
  const entriesAfter = (seq: number) =>
    t.ownerDb
      .selectFrom('audit_log')
      .selectAll()
      .where('seq', '>', String(seq))
      .orderBy('seq')
      .execute();

  it('records a successful write that records nothing itself', async () => {
    const client = await signedIn('system');
    const before = await lastSeq();
    expect((await client.post('/api/v1/probe/things/t-1', { name: 'ok' })).status).toBe(204);
    expect(await entriesAfter(before)).toEqual([
      expect.objectContaining({
        action: 'POST /api/v1/probe/things/:id',
        actor_username: admins.system.username,
        actor_account_id: admins.system.id,
        ip: '10.0.0.1',
        target_id: 't-1',
        result: 'success',
        error_code: null,
        summary: { status: 204 },
      }),
    ]);
    expect((await client.put('/api/v1/probe/named')).status).toBe(200);
    expect((await entriesAfter(before + 1))[0]).toMatchObject({
      action: 'probe.named.update',
      result: 'success',
    });
  });

  it('records refused, invalid and failed writes as failures with their error codes', async () => {
    const system = await signedIn('system');
    const security = await signedIn('security');
    const noCsrf = await signedIn('system');
    noCsrf.csrfToken = null;
    const cases = [
      { client: security, body: { name: 'ok' }, status: 403, code: 'forbidden' },
      { client: noCsrf, body: { name: 'ok' }, status: 403, code: 'forbidden' },
      { client: t.client(), body: { name: 'ok' }, status: 401, code: 'unauthenticated' },
      { client: system, body: { name: 'x' }, status: 400, code: 'validation' },
      { client: system, body: { name: 'taken' }, status: 409, code: 'conflict' },
      { client: system, body: { name: 'crash' }, status: 500, code: 'internal' },
    ];
    for (const { client, body, status, code } of cases) {
      const before = await lastSeq();
      const response = await client.post('/api/v1/probe/things/t-2', body);
      expect(response.status).toBe(status);
      expect(response.body.error.code).toBe(code);
      expect(await entriesAfter(before)).toEqual([
        expect.objectContaining({
          action: 'POST /api/v1/probe/things/:id',
          target_id: 't-2',
          result: 'failure',
          error_code: code,
          summary: { status },
        }),
      ]);
    }
  });

  it('adds no generic entry when the handler recorded one, and one when its transaction failed', async () => {
    const client = await signedIn('system');
    let before = await lastSeq();
    expect((await client.post('/api/v1/probe/recorded')).status).toBe(200);
    expect((await entriesAfter(before)).map((e) => [e.action, e.result])).toEqual([
      ['probe.recorded.rich', 'success'],
    ]);
    before = await lastSeq();
    expect((await client.post('/api/v1/probe/recorded?fail=yes')).status).toBe(409);
    expect((await entriesAfter(before)).map((e) => [e.action, e.result, e.error_code])).toEqual([
      ['probe.recorded', 'failure', 'conflict'],
    ]);
  });

  it('does not record reads', async () => {
    const client = await signedIn('system');
    const before = await lastSeq();
    expect((await client.get('/api/v1/probe/read')).status).toBe(200);
    expect(await entriesAfter(before)).toEqual([]);
  });

  it('covers the real routes: a refused verify and an invalid policy are failures', async () => {
    const security = await signedIn('security');
    let before = await lastSeq();
    expect((await security.post('/api/v1/audit/verify')).status).toBe(403);
    expect(await entriesAfter(before)).toEqual([
      expect.objectContaining({ action: 'audit.view', result: 'failure', error_code: 'forbidden' }),
    ]);
    before = await lastSeq();
    expect((await security.put('/api/v1/security/policy', { minLength: 'eight' })).status).toBe(
      400,
    );
    expect(await entriesAfter(before)).toEqual([
      expect.objectContaining({
        action: 'security.policy.update',
        actor_username: admins.security.username,
        result: 'failure',
        error_code: 'validation',
      }),
    ]);
  });
});
