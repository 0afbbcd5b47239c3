import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { commandEnvironment, repoRoot } from '../commands.ts';

/** A real server process, as an operator starts it. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything it printed to stdout so far (JSON log lines and the banner). */
  output(): string;
  errors(): string;
  /** SIGTERM, then the exit code (or the signal that ended it). */
  stop(): Promise<number | string | null>;
}

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/**
 * Spawns `command args` (the server's main) with a minimal environment plus
 * `env` and waits until GET /readyz answers 200.
 */
export async function startServer(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  timeoutMs = 45_000,
  options: { ownProcessGroup?: boolean } = {},
): Promise<ServerProcess> {
  const port = Number(env.PORT ?? (await freePort()));
  const child = spawn(command, args, {
    cwd: repoRoot,
    env: commandEnvironment({ HOST: '127.0.0.1', ...env, PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // As a terminal runs a command: signals such as Ctrl-C's reach its whole group.
    detached: options.ownProcessGroup ?? false,
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  const server: ServerProcess = {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => stdout,
    errors: () => stderr,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode}: ${stderr || stdout}`);
    }
    const ready = await fetch(`${server.url}/readyz`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`server not ready within ${timeoutMs} ms: ${stderr || stdout}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
