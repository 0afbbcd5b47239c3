// Browser-test harness: the real server on a fresh embedded PostgreSQL, driven in Debian's Chromium.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const root = path.resolve(import.meta.dirname, '..');
export const artifactsDir = path.join(root, 'e2e', 'artifacts');

/** The demo accounts' password the server's seed uses (DEMO_PASSWORD). */
export const demoPassword = 'Yw-e2e#Demo2026';
/** What the tests change the demo password to when the first login forces it. */
export const newPassword = 'Hospital@Ward7-2026';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A running server: its base URL, recent output for diagnostics, and how to stop it. */
export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

async function waitForReady(baseUrl: string, child: ChildProcess, output: () => string) {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`server exited with ${child.exitCode} before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      // The demo seed runs before the server prints that it is running.
      if (response.ok && output().includes('is running at')) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server not ready within 180 s:\n${output()}`);
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

// If the server died without stopping its PostgreSQL, stop the postmaster it left behind.
function killLeftoverPostgres(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    // already gone
  }
}

/**
 * A private copy of the built web app for one server: a build elsewhere in the tree (a
 * colleague's, another test file's) must not swap the chunks under a page being tested.
 */
function privateWebCopy(dataDir: string): Record<string, string> {
  // E2E_WEB_DIST: a build of one's own (say, with diagnostics) instead of apps/web/dist.
  const built = process.env.E2E_WEB_DIST ?? path.join(root, 'apps/web/dist');
  if (!existsSync(built)) return {};
  const copy = path.join(dataDir, 'web-dist');
  cpSync(built, copy, { recursive: true });
  return { WEB_DIST_DIR: copy };
}

/**
 * Starts `apps/server/src/main.ts` with a fresh DATA_DIR, serving its own copy of the web
 * build unless `env.WEB_DIST_DIR` names one, and waits for /readyz.
 */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yw-e2e-'));
  const web = env.WEB_DIST_DIR === undefined ? privateWebCopy(dataDir) : {};
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  // tsx's CLI under this very Node (22), exactly what node_modules/.bin/tsx runs.
  const child = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'apps/server/src/main.ts')],
    {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        DEMO_PASSWORD: demoPassword,
        ...web,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const output = () => log;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 30_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    killLeftoverPostgres(dataDir);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForReady(baseUrl, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, dataDir, output, stop };
}

/** Debian's Chromium, headless. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
}

/** What the page said on its console that a polished product should not say. */
export interface PageProblems {
  messages: string[];
}

/** A fresh context and page at a viewport; console errors and warnings are collected. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = { width: 1440, height: 900 },
  options: { mobile?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: options.mobile ? 2 : 1,
    isMobile: options.mobile ?? false,
    hasTouch: options.mobile ?? false,
  });
  const page = await context.newPage();
  const problems: PageProblems = { messages: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.messages.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.messages.push(`pageerror: ${error.message}`));
  return { context, page, problems };
}

/**
 * A screenshot as tall as the page, at the page's own width. Not Playwright's full-page
 * capture: it shrinks the viewport to 1×1 for a moment, which swaps the app to its phone
 * shell and back, so the screen mounts again and an open drawer closes under the test.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  const size = page.viewportSize() ?? { width: 1440, height: 900 };
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height > size.height) await page.setViewportSize({ width: size.width, height });
  await page.screenshot({ path: file });
  if (height > size.height) await page.setViewportSize(size);
  return file;
}
