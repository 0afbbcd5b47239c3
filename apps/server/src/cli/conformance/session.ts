import { randomBytes } from 'node:crypto';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** An HTTP answer: status, and the parsed JSON body (or null). */
export interface Answer {
  status: number;
  body: unknown;
}

/** The error code of a failed answer (`ok` for 2xx). */
export function outcomeOf(answer: Answer): string {
  if (answer.status >= 200 && answer.status < 300) return 'ok';
  const code = (answer.body as { error?: { code?: unknown } } | null)?.error?.code;
  return typeof code === 'string' ? code : `http_${answer.status}`;
}

/**
 * One person's browser: a cookie jar and the CSRF token, over real HTTP. Signs
 * in again when the session has ended (the clock may have moved by days) and
 * changes an expired password, then repeats the request once.
 */
export class Session {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  private password: string;

  constructor(
    private readonly baseUrl: string,
    readonly username: string,
    password: string,
  ) {
    this.password = password;
  }

  private signingIn: Promise<void> | null = null;

  /** Signs in once even when several requests of this person need it at the same time. */
  private signIn(): Promise<void> {
    this.signingIn ??= this.login().finally(() => {
      this.signingIn = null;
    });
    return this.signingIn;
  }

  async login(): Promise<void> {
    const answer = await this.raw('POST', '/api/v1/auth/login', {
      username: this.username,
      password: this.password,
    });
    if (answer.status !== 200) {
      throw new Error(`${this.username} could not sign in: ${JSON.stringify(answer.body)}`);
    }
    this.csrf = (answer.body as { csrfToken: string }).csrfToken;
    if ((answer.body as { mustChangePassword?: boolean }).mustChangePassword) {
      await this.changePassword();
    }
  }

  private async changePassword(): Promise<void> {
    const next = `Cf-${randomBytes(6).toString('hex')}#9x`;
    const answer = await this.raw('POST', '/api/v1/auth/password', {
      currentPassword: this.password,
      newPassword: next,
    });
    if (answer.status >= 300) {
      throw new Error(`${this.username} could not change password: ${JSON.stringify(answer.body)}`);
    }
    this.password = next;
    await this.login();
  }

  get(url: string): Promise<Answer> {
    return this.request('GET', url);
  }

  post(url: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Answer> {
    return this.request('POST', url, body, headers);
  }

  put(url: string, body: unknown = {}): Promise<Answer> {
    return this.request('PUT', url, body);
  }

  delete(url: string): Promise<Answer> {
    return this.request('DELETE', url);
  }

  private async request(
    method: Method,
    url: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Answer> {
    if (this.csrf === null) await this.signIn();
    const answer = await this.raw(method, url, body, extra);
    const code = outcomeOf(answer);
    if (code === 'unauthenticated') {
      await this.signIn();
      return this.raw(method, url, body, extra);
    }
    if (code === 'password_change_required') {
      await this.changePassword();
      return this.raw(method, url, body, extra);
    }
    return answer;
  }

  private async raw(
    method: Method,
    url: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { ...extra };
    if (this.cookies.size > 0) {
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    }
    if (method !== 'GET' && this.csrf) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(new URL(url, this.baseUrl), {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      if (value === '' || /max-age=0/i.test(cookie)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    return { status: response.status, body: parseBody(text) };
  }
}

function parseBody(text: string): unknown {
  if (text === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
