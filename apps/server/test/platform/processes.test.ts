import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../../src/db/database.ts';
import { loadAuditKey, verifyAuditChain } from '../../src/modules/audit/index.ts';
import { startServer, type ServerProcess } from './server-process.ts';

const started: ServerProcess[] = [];
const dirs: string[] = [];

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

/** `tsx apps/server/src/main.ts`, as `npm run dev` starts it. */
async function serve(env: Record<string, string>): Promise<ServerProcess> {
  const server = await startServer('tsx', ['apps/server/src/main.ts'], {
    SEED_DEMO: 'false',
    LOG_LEVEL: 'info',
    ...env,
  });
  started.push(server);
  return server;
}

const json = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, init);
  return { status: response.status, headers: response.headers, body: await response.json() };
};

/** A refused write: cheap, and the audit hook records it with the request id. */
const refusedWrite = (server: ServerProcess, requestId: string) =>
  json(`${server.url}/api/v1/auth/logout`, {
    method: 'POST',
    headers: { 'x-request-id': requestId },
  });

afterAll(async () => {
  for (const server of started.reverse()) await server.stop();
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('the server as processes', () => {
  it('keeps its data across a restart, and a second process shares the database', async () => {
    const dataDir = await tempDir('yuanwu-process-');
    const first = await serve({ DATA_DIR: dataDir });
    expect((await refusedWrite(first, 'probe-before-restart')).status).toBe(401);
    // Each request's log lines are JSON carrying its request id (written just after the reply).
    const linesOf = (reqId: string) =>
      first
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((line) => line.reqId === reqId);
    await expect
      .poll(() => linesOf('probe-before-restart').map((line) => line.msg), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['incoming request', 'request completed']));
    expect(await first.stop()).toBe(0);

    const again = await serve({ DATA_DIR: dataDir });
    expect((await json(`${again.url}/readyz`)).body).toMatchObject({ status: 'ready' });

    // The second process: another port, the first one's embedded database, the same audit key.
    const cluster = JSON.parse(await readFile(path.join(dataDir, 'postgres.json'), 'utf8'));
    const role = JSON.parse(await readFile(path.join(dataDir, 'app-role.json'), 'utf8'));
    const databaseUrl = `postgres://yuanwu_app:${encodeURIComponent(role.password)}@127.0.0.1:${cluster.port}/yuanwu`;
    const second = await serve({
      DATABASE_URL: databaseUrl,
      DATA_DIR: await tempDir('yuanwu-second-'),
      AUDIT_KEY_FILE: path.join(dataDir, 'keys', 'audit.key'),
    });
    for (const server of [again, second]) {
      expect((await json(`${server.url}/healthz`)).body).toEqual({ status: 'ok' });
      expect((await json(`${server.url}/readyz`)).body).toMatchObject({ status: 'ready' });
    }
    expect((await refusedWrite(second, 'probe-from-second')).status).toBe(401);
    expect((await refusedWrite(again, 'probe-after-restart')).status).toBe(401);

    const db = createDb(databaseUrl, { max: 1 });
    try {
      const entries = await db
        .selectFrom('audit_log')
        .select(['request_id', 'result', 'error_code'])
        .orderBy('seq')
        .execute();
      expect(entries).toEqual(
        ['probe-before-restart', 'probe-from-second', 'probe-after-restart'].map((id) => ({
          request_id: id,
          result: 'failure',
          error_code: 'unauthenticated',
        })),
      );
      // Both processes append to one chain with the shared key.
      const key = await loadAuditKey(path.join(dataDir, 'keys', 'audit.key'));
      expect(await verifyAuditChain(db, key)).toMatchObject({ intact: true });
    } finally {
      await db.destroy();
    }
    expect(await second.stop()).toBe(0);
    expect(await again.stop()).toBe(0);
  }, 180_000);
});

describe('npm start', () => {
  it('stops on Ctrl-C after its requests, and only then stops its database', async () => {
    const dataDir = await tempDir('yuanwu-ctrl-c-');
    const server = await startServer(
      'node',
      ['scripts/start.mjs'],
      { DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'info' },
      90_000,
      { ownProcessGroup: true },
    );
    started.push(server);
    const pending = refusedWrite(server, 'probe-at-ctrl-c');
    // Ctrl-C in a terminal: SIGINT to every process of the foreground group at once.
    process.kill(-server.child.pid!, 'SIGINT');
    expect((await pending).status).toBe(401);
    expect(await server.stop()).toBe(0);
    const lines = server.output();
    expect(lines).toContain('"msg":"shutting down"');
    // The database was not stopped under the server (its connections were not cut).
    expect(lines).not.toContain('terminating connection due to administrator command');
    expect(lines).not.toContain('listener connection lost');
    // Everything has stopped, the database last: its lock file is gone.
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 120_000);
});

/** Whether a process of this machine still runs. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('WORKERS=2: server processes sharing the port', () => {
  it('serves from both, replaces one that dies, sums their metrics and stops them all', async () => {
    const dataDir = await tempDir('yuanwu-workers-');
    const server = await serve({ DATA_DIR: dataDir, WORKERS: '2', DATABASE_POOL_SIZE: '100' });
    const logLines = () =>
      server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    // /readyz answers once one worker serves; the primary reports when both do.
    const started = () => logLines().find((line) => line.msg === 'Yuanwu is running');
    await expect.poll(started, { timeout: 30_000 }).toBeDefined();
    const workers = started()?.workers as number[];
    expect(workers).toHaveLength(2);
    expect(server.output().match(/Yuanwu is running at/g)).toHaveLength(1);
    // The embedded cluster has room for both processes' pools: 2 × (100 + 50 + 3) + 30.
    const role = JSON.parse(await readFile(path.join(dataDir, 'app-role.json'), 'utf8'));
    const cluster = JSON.parse(await readFile(path.join(dataDir, 'postgres.json'), 'utf8'));
    const db = createDb(
      `postgres://yuanwu_app:${encodeURIComponent(role.password)}@127.0.0.1:${cluster.port}/yuanwu`,
      { max: 1 },
    );
    try {
      const { rows } = await sql<{
        max_connections: string;
      }>`SELECT current_setting('max_connections') AS max_connections`.execute(db);
      expect(rows[0]?.max_connections).toBe('336');
    } finally {
      await db.destroy();
    }

    // Requests spread over both workers; either answers /metrics for the two together.
    for (let index = 0; index < 20; index += 1) {
      expect((await refusedWrite(server, `probe-${index}`)).status).toBe(401);
    }
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    const logouts = metrics
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('yuanwu_http_request_duration_seconds_count') &&
          line.includes('/api/v1/auth/logout'),
      )
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
    expect(logouts).toBe(20);

    // A worker killed outright is replaced; the other answers meanwhile (a kept-alive
    // connection to the dead one is reset once, as when a machine's process dies).
    process.kill(workers[0]!, 'SIGKILL');
    const healthy = () =>
      fetch(`${server.url}/healthz`).then(
        (response) => response.status,
        () => 0,
      );
    await expect.poll(healthy, { timeout: 5_000 }).toBe(200);
    await expect
      .poll(() => logLines().filter((line) => line.msg === 'Server listening at ' + server.url), {
        timeout: 30_000,
      })
      .toHaveLength(3);
    expect(logLines().some((line) => line.msg === 'a server process ended; replacing it')).toBe(
      true,
    );
    expect((await json(`${server.url}/readyz`)).body).toMatchObject({ status: 'ready' });

    expect(await server.stop()).toBe(0);
    expect(running(workers[1]!)).toBe(false);
  }, 120_000);
});
