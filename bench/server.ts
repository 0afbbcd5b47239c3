import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

/** The production server as `npm run start:prod` runs it, on the benchmark's database. */
export interface BenchServer {
  baseUrl: string;
  pid: number;
  /** Server processes sharing the port (the server's WORKERS). */
  workers: number;
  demoPassword: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startBenchServer(databaseUrl: string, dataDir: string): Promise<BenchServer> {
  const port = await freePort();
  const demoPassword = 'Bench-Demo-2026!';
  // One server process: on the 2-core machine, beside PostgreSQL and the driver, two
  // carried less than one (docs/benchmarks.md). BENCH_WORKERS=2 (or auto) measures that.
  const workers = Number(
    process.env.BENCH_WORKERS === 'auto'
      ? os.availableParallelism()
      : (process.env.BENCH_WORKERS ?? 1),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    // Another build of the server (A/B comparisons on the same data), or the one just built.
    [process.env.BENCH_SERVER_ENTRY ?? path.join(root, 'apps/server/dist/main.mjs')],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'production',
        PORT: String(port),
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        SEED_DEMO: 'true',
        DEMO_PASSWORD: demoPassword,
        COOKIE_SECURE: 'false',
        LOG_LEVEL: 'warn',
        BENCH_ROUTES: 'true',
        WORKERS: String(workers),
        // Connections per server process (BENCH_POOL_SIZE; the server's default otherwise).
        ...(process.env.BENCH_POOL_SIZE ? { DATABASE_POOL_SIZE: process.env.BENCH_POOL_SIZE } : {}),
        // For profiling the server under load, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
        NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    const ready = await fetch(`${baseUrl}/readyz`).then(
      (answer) => answer.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  if (Date.now() >= deadline) throw new Error(`server not ready in 300 s:\n${output}`);
  return {
    baseUrl,
    pid: child.pid ?? 0,
    workers,
    demoPassword,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
