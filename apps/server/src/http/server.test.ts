import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/app.ts';

describe('the HTTP server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers liveness, readiness and metrics', async () => {
    const client = t.client();
    expect((await client.get('/healthz')).body).toEqual({ status: 'ok' });
    expect((await client.get('/readyz')).body).toMatchObject({ status: 'ready', migrations: true });
    const metrics = await client.get('/metrics');
    expect(metrics.status).toBe(200);
    expect(String(metrics.body)).toContain('yuanwu_http_request_duration_seconds');
    // The pools of the app just used: some connections open, nobody waiting.
    expect(String(metrics.body)).toMatch(/yuanwu_db_pool_connections\{state="idle"\} [1-9]/);
    expect(String(metrics.body)).toContain('yuanwu_db_pool_connections{state="waiting"} 0');
  });

  it('answers unknown API paths with the error body', async () => {
    const response = await t.client().get('/api/v1/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body).toEqual({
      error: { code: 'not_found', message: expect.any(String), details: [] },
    });
  });
});
