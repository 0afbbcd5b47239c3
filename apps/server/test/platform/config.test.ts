import { describe, expect, it } from 'vitest';
import { ConfigError, defaultPoolSize, loadConfig } from '../../src/config.ts';
import { runCommand } from '../commands.ts';

/** The one sentence loadConfig throws for the environment. */
function problemWith(environment: Record<string, string>): string {
  try {
    loadConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(environment)}`);
}

describe('configuration', () => {
  it('accepts an empty environment with the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      port: 3000,
      host: '127.0.0.1',
      logLevel: 'info',
      timeZone: 'Asia/Shanghai',
      databaseUrl: undefined,
      testMode: false,
      sessionCacheSeconds: 30,
      databasePoolSize: defaultPoolSize(),
      workers: 1,
    });
    expect(loadConfig({ DATABASE_POOL_SIZE: '60' })).toMatchObject({ databasePoolSize: 60 });
    expect([1, 2, 3, 4, 64].map((cores) => defaultPoolSize(cores))).toEqual([10, 10, 15, 20, 20]);
    expect(loadConfig({ WORKERS: '4' })).toMatchObject({ workers: 4 });
    expect(loadConfig({ WORKERS: 'auto' }).workers).toBeGreaterThanOrEqual(1);
    expect(loadConfig({ SESSION_CACHE_SECONDS: '0' })).toMatchObject({ sessionCacheSeconds: 0 });
    expect(loadConfig({ PORT: '0', LOG_LEVEL: 'silent' })).toMatchObject({ port: 0 });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT="abc" is invalid: must be a whole number from 0 to 65535.'],
    [{ PORT: '70000' }, 'PORT="70000" is invalid: must be a whole number from 0 to 65535.'],
    [{ PORT: '' }, 'PORT="" is invalid: must be a whole number from 0 to 65535.'],
    [
      { DATABASE_URL: 'mysql://app@db.local/yuanwu' },
      'DATABASE_URL="mysql://app@db.local/yuanwu" is invalid: must be a postgres:// or postgresql:// URL.',
    ],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL="loud" is invalid: must be one of fatal, error, warn, info, debug, trace, silent.',
    ],
    [{ COOKIE_SECURE: 'maybe' }, 'COOKIE_SECURE="maybe" is invalid: must be one of true'],
    [{ NODE_ENV: 'production', TEST_MODE: 'true' }, 'TEST_MODE cannot be enabled'],
    [
      { SESSION_CACHE_SECONDS: '61' },
      'SESSION_CACHE_SECONDS="61" is invalid: must be a whole number of seconds from 0 (off) to 60.',
    ],
    [{ SESSION_CACHE_SECONDS: '' }, 'SESSION_CACHE_SECONDS="" is invalid'],
    [{ WORKERS: '0' }, 'WORKERS="0" is invalid: must be auto or a whole number from 1 to 64.'],
    [{ WORKERS: '65' }, 'WORKERS="65" is invalid: must be auto or a whole number from 1 to 64.'],
    [{ WORKERS: 'all' }, 'WORKERS="all" is invalid'],
    [
      { DATABASE_POOL_SIZE: '0' },
      'DATABASE_POOL_SIZE="0" is invalid: must be a whole number from 1 to 200.',
    ],
    [{ DATABASE_POOL_SIZE: '201' }, 'DATABASE_POOL_SIZE="201" is invalid'],
  ])('refuses %j with one sentence naming the variable', (environment, expected) => {
    const message = problemWith(environment);
    expect(message).toContain(expected);
    expect(message).toMatch(/^Configuration error: [A-Z_]+[ =].*\.$/);
    expect(message).not.toContain('\n');
  });

  it('never echoes a database password', () => {
    const message = problemWith({ DATABASE_URL: 'mysql://app:s3cret@db.local/yuanwu' });
    expect(message).toContain('DATABASE_URL="mysql://app:***@db.local/yuanwu" is invalid');
    expect(message).not.toContain('s3cret');
  });

  it('stops the server with exit code 2 and only that sentence on stderr', async () => {
    const result = await runCommand('tsx', ['apps/server/src/main.ts'], {
      PORT: 'abc',
      DATA_DIR: '/nonexistent/never-created',
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'Configuration error: PORT="abc" is invalid: must be a whole number from 0 to 65535.\n',
    );
    expect(result.stdout).toBe('');
  });
});
