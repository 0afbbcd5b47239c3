import { Pool } from 'undici';
import type { Recorder } from './stats.ts';

/** Who is calling: a session cookie and its CSRF token (as a browser would send them). */
export interface Caller {
  cookie: string;
  csrf: string;
}

export interface Answer<T> {
  status: number;
  body: T;
}

/**
 * The browsers' side of the wire: one keep-alive connection pool to the server (as a
 * reverse proxy in front of it would hold), every call timed and labelled.
 */
export class Http {
  private pool: Pool;

  constructor(
    baseUrl: string,
    private readonly recorder: Recorder,
    connections = 256,
  ) {
    this.pool = new Pool(baseUrl, { connections, pipelining: 1, keepAliveTimeout: 30_000 });
  }

  async call<T = unknown>(
    label: string,
    caller: Caller | null,
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...extra };
    if (caller) {
      headers.cookie = caller.cookie;
      if (method !== 'GET') headers['x-csrf-token'] = caller.csrf;
    }
    if (body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    try {
      const response = await this.pool.request({
        path,
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.body.text();
      const elapsed = performance.now() - started;
      const ok = response.statusCode < 400 || isExpectedRefusal(response.statusCode);
      this.recorder.record(
        label,
        elapsed,
        ok,
        ok ? undefined : `${response.statusCode} ${text.slice(0, 200)}`,
      );
      return { status: response.statusCode, body: (text ? JSON.parse(text) : null) as T };
    } catch (error) {
      this.recorder.record(label, performance.now() - started, false, String(error));
      return { status: 0, body: null as T };
    }
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * 409: someone else acted on the task first (two heads, one any-node; or the list was
 * stale). A person sees "already handled" and moves on; it is not a server error.
 */
function isExpectedRefusal(status: number): boolean {
  return status === 409;
}
