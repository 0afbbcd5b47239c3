import type { FastifyInstance } from 'fastify';

/** A response as a test sees it: status, headers and the parsed JSON body. */
export interface TestResponse<T = any> {
  status: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: T;
}

/**
 * An HTTP client with a cookie jar and the CSRF header, like a browser tab
 * of the web app. Uses Fastify's inject: the real routes, hooks and database.
 */
export class TestClient {
  private cookies = new Map<string, string>();
  csrfToken: string | null = null;
  ip = '10.0.0.1';
  userAgent = 'yuanwu-test';

  constructor(private readonly http: FastifyInstance) {}

  /** Signs in with the password and keeps the session cookie and CSRF token. */
  async login(username: string, password: string): Promise<TestResponse> {
    const response = await this.post('/api/v1/auth/login', { username, password });
    if (response.status === 200)
      this.csrfToken = (response.body as { csrfToken?: string }).csrfToken ?? null;
    return response;
  }

  get<T = any>(url: string) {
    return this.request<T>('GET', url);
  }
  post<T = any>(url: string, body?: unknown) {
    return this.request<T>('POST', url, body);
  }
  put<T = any>(url: string, body?: unknown) {
    return this.request<T>('PUT', url, body);
  }
  patch<T = any>(url: string, body?: unknown) {
    return this.request<T>('PATCH', url, body);
  }
  delete<T = any>(url: string, body?: unknown) {
    return this.request<T>('DELETE', url, body);
  }

  /** Sends any request; binary bodies (Buffer) go as-is with their content type. */
  async request<T = any>(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
    extraHeaders: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      'x-forwarded-for': this.ip,
      ...extraHeaders,
    };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    const isBinary = Buffer.isBuffer(body);
    if (body !== undefined && !isBinary) headers['content-type'] = 'application/json';
    const response = await this.http.inject({
      method,
      url,
      headers,
      remoteAddress: this.ip,
      ...(body === undefined ? {} : { payload: isBinary ? body : JSON.stringify(body) }),
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0)) {
        this.cookies.delete(cookie.name);
      } else {
        this.cookies.set(cookie.name, cookie.value);
      }
    }
    const contentType = String(response.headers['content-type'] ?? '');
    const parsed: unknown = contentType.includes('application/json')
      ? response.json()
      : response.rawPayload;
    return { status: response.statusCode, headers: response.headers, body: parsed as T };
  }
}
