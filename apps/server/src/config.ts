import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const portProblem = 'must be a whole number from 0 to 65535';
const sessionCacheProblem = 'must be a whole number of seconds from 0 (off) to 60';
const workersProblem = 'must be auto or a whole number from 1 to 64';
const poolSizeProblem = 'must be a whole number from 1 to 200';

// The enum's own message quotes and pipes every option; say it as a sentence.
const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  z.enum(options, { error: `must be one of ${options.join(', ')}` });

const booleanFlag = oneOf(['true', 'false', '1', '0', 'yes', 'no']).transform(
  (value) => value === 'true' || value === '1' || value === 'yes',
);

/**
 * Request connections per server process unless DATABASE_POOL_SIZE says: 5 per core of
 * this machine, from 10 to 20. Backends beyond what the cores run only queue in PostgreSQL,
 * and cost more than the waiting for a connection they save: on 2 cores, 10 carried 13% more
 * requests than 20 at 8,000 people, at 13% less CPU each (docs/benchmarks.md).
 */
export function defaultPoolSize(cores = os.availableParallelism()): number {
  return Math.min(20, Math.max(10, 5 * cores));
}

// A whole number in decimal digits, at most `max`, with one sentence when it is not.
const wholeNumberUpTo = (max: number, problem: string) =>
  z
    .string()
    .regex(new RegExp(`^\\d{1,${String(max).length}}$`), problem)
    .transform(Number)
    .refine((value) => value <= max, problem);

const environmentSchema = z.object({
  NODE_ENV: oneOf(['development', 'production', 'test']).default('development'),
  PORT: wholeNumberUpTo(65535, portProblem).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  LOG_LEVEL: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TIME_ZONE: z.string().min(1).default('Asia/Shanghai'),
  COOKIE_SECURE: booleanFlag.default(true),
  SEED_DEMO: booleanFlag.default(true),
  TEST_MODE: booleanFlag.default(false),
  AUDIT_KEY_FILE: z.string().min(1).optional(),
  WEB_DIST_DIR: z.string().min(1).optional(),
  TRUST_PROXY: booleanFlag.default(false),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').max(64).optional(),
  UPLOAD_MAX_MB: z.coerce.number().int().min(1).max(1024).default(20),
  PUBLIC_URL: z.url({ error: 'must be a URL' }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('院务系统 <oa@localhost>'),
  SMS_GATEWAY_URL: z.url({ error: 'must be a URL' }).optional(),
  SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
  WECOM_BASE_URL: z.url({ error: 'must be a URL' }).default('https://qyapi.weixin.qq.com'),
  WECOM_CORP_ID: z.string().min(1).optional(),
  WECOM_SECRET: z.string().min(1).optional(),
  WECOM_AGENT_ID: z.string().regex(/^\d+$/, 'must be a number').optional(),
  BENCH_ROUTES: booleanFlag.default(false),
  SESSION_CACHE_SECONDS: wholeNumberUpTo(60, sessionCacheProblem)
    // A backstop only (changes are heard at once, see docs/operations.md); long enough to
    // span the pauses between one person's clicks. SECURITY.md 11 allows 60 s at most.
    .default(30),
  DATABASE_POOL_SIZE: wholeNumberUpTo(200, poolSizeProblem)
    .refine((value) => value >= 1, poolSizeProblem)
    .default(() => defaultPoolSize()),
  WORKERS: z
    .string()
    .regex(/^(auto|[1-9]\d?)$/, workersProblem)
    .refine((value) => value === 'auto' || Number(value) <= 64, workersProblem)
    .transform((value) =>
      value === 'auto' ? Math.min(64, os.availableParallelism()) : Number(value),
    )
    .default(1),
});

/** The validated configuration every part of the server reads. */
export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: string;
  timeZone: string;
  cookieSecure: boolean;
  seedDemo: boolean;
  /** Clock control and other test hooks; never on in production. */
  testMode: boolean;
  auditKeyFile: string;
  webDistDir: string | undefined;
  trustProxy: boolean;
  /** Initial password of the demo accounts; random (kept in DATA_DIR) when unset. */
  demoPassword: string | undefined;
  /** Largest accepted upload (UPLOAD_MAX_MB, default 20 MB). */
  uploadMaxBytes: number;
  /** E-mail, SMS and WeCom delivery of notifications; each channel is off while unset. */
  notify: NotifyConfig;
  /** `npm run bench`'s diagnostic routes (a bare write transaction); off unless asked. */
  benchRoutes: boolean;
  /** How long a server may reuse a session check it read (0: never); see docs/operations.md. */
  sessionCacheSeconds: number;
  /** Database connections per server process for requests (docs/operations.md). */
  databasePoolSize: number;
  /** Server processes sharing the port (WORKERS; `auto`: one per core); see docs/operations.md. */
  workers: number;
}

/** Notification channels (docs/operations.md, "Notification channels"). */
export interface NotifyConfig {
  publicUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  smsGatewayUrl: string | undefined;
  smsGatewayToken: string | undefined;
  wecom: { baseUrl: string; corpId: string; secret: string; agentId: number } | undefined;
}

/** Thrown with one sentence that names the variable at fault. */
export class ConfigError extends Error {}

/** Reads and validates the environment; a bad value yields one clear sentence. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? 'environment');
    const received = environment[variable];
    // A database URL may hold a password: never echo it into logs.
    const shown = received?.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
    throw new ConfigError(
      `Configuration error: ${variable}${shown === undefined ? '' : `="${shown}"`} is invalid: ${issue?.message ?? 'unknown problem'}.`,
    );
  }
  const values = parsed.data;
  if (values.TEST_MODE && values.NODE_ENV === 'production') {
    throw new ConfigError(
      'Configuration error: TEST_MODE cannot be enabled when NODE_ENV=production.',
    );
  }
  const dataDir = path.resolve(values.DATA_DIR);
  return {
    env: values.NODE_ENV,
    port: values.PORT,
    host: values.HOST,
    dataDir,
    databaseUrl: values.DATABASE_URL,
    logLevel: values.LOG_LEVEL,
    timeZone: values.TIME_ZONE,
    cookieSecure: values.COOKIE_SECURE,
    seedDemo: values.SEED_DEMO,
    testMode: values.TEST_MODE,
    auditKeyFile: path.resolve(values.AUDIT_KEY_FILE ?? path.join(dataDir, 'keys', 'audit.key')),
    webDistDir: values.WEB_DIST_DIR,
    trustProxy: values.TRUST_PROXY,
    demoPassword: values.DEMO_PASSWORD,
    uploadMaxBytes: values.UPLOAD_MAX_MB * 1024 * 1024,
    notify: {
      publicUrl: values.PUBLIC_URL,
      smtpUrl: values.SMTP_URL,
      mailFrom: values.MAIL_FROM,
      smsGatewayUrl: values.SMS_GATEWAY_URL,
      smsGatewayToken: values.SMS_GATEWAY_TOKEN,
      wecom:
        values.WECOM_CORP_ID && values.WECOM_SECRET && values.WECOM_AGENT_ID
          ? {
              baseUrl: values.WECOM_BASE_URL,
              corpId: values.WECOM_CORP_ID,
              secret: values.WECOM_SECRET,
              agentId: Number(values.WECOM_AGENT_ID),
            }
          : undefined,
    },
    benchRoutes: values.BENCH_ROUTES,
    sessionCacheSeconds: values.SESSION_CACHE_SECONDS,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    workers: values.WORKERS,
  };
}
