// `npm start`: build the web app when its sources changed, then run the server
// (embedded PostgreSQL, migrations, demo seed) on one port.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const webDir = path.join(root, 'apps/web');
const builtIndex = path.join(webDir, 'dist/index.html');

function newestChange(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const sources = [webDir, path.join(root, 'packages')];
const stale =
  !existsSync(builtIndex) || Math.max(...sources.map(newestChange)) > statSync(builtIndex).mtimeMs;
if (stale) {
  process.stdout.write('Building the web app (first start or changed sources)…\n');
  const build = spawnSync('npm', ['run', 'build', '-w', '@yuanwu/web'], {
    stdio: 'inherit',
    cwd: root,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// In a process group of its own: Ctrl-C in a terminal signals the whole foreground group,
// and the embedded PostgreSQL, a child of the server, would stop at once (fast shutdown)
// under the requests still running. The server alone hears the signal, from here, lets its
// requests finish and then stops PostgreSQL. tsx is loaded into the server's own process
// (not its CLI, which relays signals and kills a child that does not confirm one in 30 ms).
const server = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'apps/server/src/main.ts')],
  { stdio: 'inherit', cwd: root, env: process.env, detached: true },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
