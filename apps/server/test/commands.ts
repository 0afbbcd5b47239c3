import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root, where npm scripts run. */
export const repoRoot = path.resolve(import.meta.dirname, '../../..');
/** Node 22 and the tools, as the README's commands see them. */
export const binDir = path.join(repoRoot, 'node_modules/.bin');

/** What a finished command printed and how it ended. */
export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command from the repository root with Node 22 first on PATH and
 * only the given variables added to a minimal environment (so the test's
 * own DATABASE_URL or PORT never leaks in).
 */
export function runCommand(
  command: string,
  args: readonly string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: repoRoot,
      env: commandEnvironment(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** A minimal environment with Node 22 first on PATH, plus `env`. */
export function commandEnvironment(env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: `${binDir}${path.delimiter}${process.env.PATH ?? ''}`,
    HOME: process.env.HOME ?? '/tmp',
    LANG: 'C.UTF-8',
    ...env,
  };
}
