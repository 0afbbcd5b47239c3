// `npm run smoke:prod`: after `npm run build`, starts the production bundle the
// way `npm run start:prod` does (NODE_ENV=production node apps/server/dist/main.mjs)
// on a throw-away data directory and a free port, checks that it serves the API,
// the OpenAPI document and the built web app, and stops it. Exit code 0 when all hold.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bundle = path.join(root, 'apps/server/dist/main.mjs');
const webIndex = path.join(root, 'apps/web/dist/index.html');
for (const file of [bundle, webIndex]) {
  if (!existsSync(file)) {
    process.stderr.write(`${path.relative(root, file)} is missing: run npm run build first.\n`);
    process.exit(2);
  }
}

const port = await new Promise((resolve, reject) => {
  const server = net.createServer();
  server.on('error', reject);
  server.listen(0, '127.0.0.1', () => {
    const { port: free } = server.address();
    server.close(() => resolve(free));
  });
});
const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-smoke-'));
const base = `http://127.0.0.1:${port}`;
let output = '';
// The same command as `npm run start:prod`, with the Node that runs this script (22).
const server = spawn(process.execPath, [bundle], {
  cwd: root,
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'pipe'],
});
server.stdout.on('data', (chunk) => (output += chunk));
server.stderr.on('data', (chunk) => (output += chunk));
const exited = new Promise((resolve) =>
  server.on('exit', (code, signal) => resolve(code ?? signal)),
);

const failures = [];
function check(what, condition) {
  process.stdout.write(`${condition ? 'ok  ' : 'FAIL'} ${what}\n`);
  if (!condition) failures.push(what);
}

try {
  const deadline = Date.now() + 120_000;
  let ready = false;
  while (!ready && Date.now() < deadline && server.exitCode === null) {
    ready = await fetch(`${base}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 300));
  }
  check('GET /readyz is ready', ready);
  if (ready) {
    const page = await fetch(`${base}/`);
    const html = await page.text();
    check('GET / serves the web app', page.status === 200 && html.includes('<div id="root">'));
    const asset = /(?:src|href)="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    const script = asset ? await fetch(`${base}${asset}`) : null;
    check(`GET ${asset ?? '/assets/…'} serves a bundled script`, script?.status === 200);
    const deepLink = await fetch(`${base}/audit/entries`);
    check(
      'a client-side route answers with the app',
      (await deepLink.text()).includes('<div id="root">'),
    );
    const session = await fetch(`${base}/api/v1/auth/session`);
    const body = await session.json();
    check(
      'the API answers (401 unauthenticated)',
      session.status === 401 && body.error?.code === 'unauthenticated',
    );
    check('API responses are no-store', session.headers.get('cache-control') === 'no-store');
    const docs = await fetch(`${base}/api/docs/json`).then((r) => r.json());
    check(
      'the OpenAPI document lists /api/v1 routes',
      String(docs.openapi).startsWith('3.') &&
        Object.keys(docs.paths).some((p) => p.startsWith('/api/v1/')),
    );
  }
} finally {
  if (server.exitCode === null) server.kill('SIGTERM');
  const code = await exited;
  check(`the server stops cleanly on SIGTERM (exit ${code})`, code === 0);
  await rm(dataDir, { recursive: true, force: true });
}
if (failures.length > 0) {
  process.stderr.write(`\nProduction smoke check failed. Server output:\n${output}\n`);
  process.exit(1);
}
process.stdout.write('Production smoke check passed.\n');
