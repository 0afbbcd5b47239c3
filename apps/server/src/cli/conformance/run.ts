import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { createLogger } from '../../logger.ts';
import { playScenario, type ScenarioResult } from './play.ts';
import { loadScenario, type LoadedScenario } from './scenario.ts';
import type { ScenarioDatabase } from './databases.ts';

const scenarioTimeoutMs = 120_000;

/**
 * Runs one scenario file: a fresh database, the real app in test mode on a real
 * port, the story over HTTP. Never throws: every problem is a FAIL line.
 */
export async function runScenarioFile(
  file: string,
  createDatabase: () => Promise<ScenarioDatabase>,
): Promise<ScenarioResult> {
  const loaded: LoadedScenario = await loadScenario(file);
  if (!loaded.ok) return { name: loaded.name, passed: false, failure: loaded.problem };
  const name = loaded.scenario.name;
  let cleanup = async () => {};
  try {
    const database = await createDatabase();
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'yuanwu-scenario-'));
    const config = loadConfig({
      NODE_ENV: 'test',
      TEST_MODE: 'true',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      SEED_DEMO: 'false',
      COOKIE_SECURE: 'false',
      WEB_DIST_DIR: path.join(dataDir, 'no-web'),
    });
    const app = await createApp({
      config,
      databaseUrl: database.appUrl,
      logger: createLogger('silent'),
    });
    cleanup = async () => {
      await app.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    };
    const address = await app.http.listen({ port: 0, host: '127.0.0.1' });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ScenarioResult>((resolve) => {
      timer = setTimeout(
        () => resolve({ name, passed: false, failure: 'timed out' }),
        scenarioTimeoutMs,
      );
    });
    const result = await Promise.race([playScenario(loaded.scenario, address), timeout]);
    clearTimeout(timer);
    return result;
  } catch (error) {
    return { name, passed: false, failure: `runner: ${(error as Error).message}` };
  } finally {
    await cleanup().catch(() => undefined);
  }
}

/** The line printed for one scenario. */
export function resultLine(result: ScenarioResult): string {
  return result.passed ? `PASS ${result.name}` : `FAIL ${result.name}: ${result.failure ?? ''}`;
}
