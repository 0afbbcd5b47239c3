import type { KyselyPlugin, OperationNode } from 'kysely';
import { expect } from 'vitest';
import { createApp, type App } from '../../app.ts';
import type { AppConfig } from '../../config.ts';
import { createDb } from '../../db/database.ts';
import { createLogger } from '../../logger.ts';
import type { TestDatabase } from '../../../test/database.ts';

/** Statements one app sent, by what they did to the session table. */
export interface SessionStatements {
  reads: number;
  writes: number;
}

/** Counts the statements that read or write `session` (the plugin sees each as it is built). */
function countSessionStatements(counts: SessionStatements): KyselyPlugin {
  const names = (node: OperationNode | undefined): string[] => {
    const shape = node as { kind?: string; froms?: OperationNode[]; node?: OperationNode };
    if (shape?.kind === 'FromNode') return (shape.froms ?? []).flatMap(names);
    if (shape?.kind === 'AliasNode') return names(shape.node);
    const table = (node as { table?: { identifier?: { name?: string } } } | undefined)?.table;
    return shape?.kind === 'TableNode' && table?.identifier?.name ? [table.identifier.name] : [];
  };
  return {
    transformQuery({ node }) {
      const shape = node as { kind: string; from?: OperationNode; table?: OperationNode };
      if (shape.kind === 'SelectQueryNode' && names(shape.from).includes('session')) counts.reads++;
      if (shape.kind === 'UpdateQueryNode' && names(shape.table).includes('session')) {
        counts.writes++;
      }
      return node;
    },
    transformResult: ({ result }) => Promise.resolve(result),
  };
}

/** Another app server on the same database, whose session statements are counted. */
export async function startCountedApp(database: TestDatabase, config: AppConfig) {
  const counts: SessionStatements = { reads: 0, writes: 0 };
  const db = createDb(database.appUrl, { max: 4 }).withPlugin(countSessionStatements(counts));
  const app: App = await createApp({
    config,
    databaseUrl: database.appUrl,
    logger: createLogger('silent'),
    db,
  });
  await app.http.ready();
  return {
    app,
    counts,
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}

/** A signed-in browser reduced to what it sends: the cookie and the CSRF token. */
export interface Signed {
  cookie: string;
  csrf: string;
}

export async function signIn(app: App, username: string, password: string): Promise<Signed> {
  const response = await app.http.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ username, password }),
  });
  expect(response.statusCode).toBe(200);
  return {
    cookie: response.cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; '),
    csrf: response.json<{ csrfToken: string }>().csrfToken,
  };
}

/**
 * The status of a request with this session's cookie (and CSRF token, for writes). The
 * default page (the campus list) answers from the guard's check alone; `/auth/session`
 * would read the account again and answer 401 by itself.
 */
export async function statusOf(
  app: App,
  signed: Signed,
  method: 'GET' | 'POST' | 'PUT' = 'GET',
  url = '/api/v1/org/campuses',
  body?: unknown,
): Promise<number> {
  const response = await app.http.inject({
    method,
    url,
    headers: {
      cookie: signed.cookie,
      'x-csrf-token': signed.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  return response.statusCode;
}

/** Waits until `check` holds, polling every 10 ms, for at most `ms`. */
export async function eventually(check: () => Promise<boolean>, ms = 3_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return check();
}
