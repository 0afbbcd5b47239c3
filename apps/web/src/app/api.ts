import { errorCodes, type ErrorCode, type ErrorDetail } from '@yuanwu/kernel';

/** What a failed call reports: a catalogue code, or `network` when no answer came. */
export type ApiErrorCode = ErrorCode | 'network';

/** A failed API call, typed from the server's `{ error: { code, message, details } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: ErrorDetail[];

  constructor(status: number, code: ApiErrorCode, message: string, details: ErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

/** Narrowing helper for `catch` and react-query's `error`. */
export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Why the app must leave the current page: signed out, or a password to change first. */
export type AuthProblem = 'unauthenticated' | 'password_change_required';

// The CSRF token lives in memory only: never in localStorage (SECURITY.md 24).
let csrfToken: string | null = null;
const authListeners = new Set<(problem: AuthProblem) => void>();

/** Keeps the token that `POST /auth/login` and `GET /auth/session` hand out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Subscribes to 401s and forced password changes; returns the unsubscribe function. */
export function onAuthProblem(listener: (problem: AuthProblem) => void): () => void {
  authListeners.add(listener);
  return () => authListeners.delete(listener);
}

export type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

/** `/api/v1` + path + the query without empty values. */
export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return `/api/v1${path}${search ? `?${search}` : ''}`;
}

interface CallOptions {
  query?: Query;
  json?: unknown;
  body?: BodyInit;
  contentType?: string;
  /** Login and the session probe expect 401 and handle it themselves. */
  quietAuth?: boolean;
}

const knownCodes: ReadonlySet<string> = new Set(errorCodes);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

// Checked by hand rather than with the contracts' zod schema, to keep zod out of the bundle.
function detailsOf(value: unknown): ErrorDetail[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.path === 'string' && typeof item.message === 'string'
      ? [{ path: item.path, message: item.message }]
      : [],
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string') {
    return new ApiError(response.status, 'internal', `服务器返回错误（${response.status}）`);
  }
  const code: ApiErrorCode = knownCodes.has(error.code) ? (error.code as ErrorCode) : 'internal';
  return new ApiError(response.status, code, error.message, detailsOf(error.details));
}

/** One call: cookies always, the CSRF header on writes, errors as `ApiError`. */
async function call(method: string, path: string, options: CallOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let body = options.body;
  if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  } else if (options.contentType) {
    headers['content-type'] = options.contentType;
  }
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: body ?? null,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络后重试');
  }
  if (response.ok) return response;
  const error = await toApiError(response);
  if (!options.quietAuth) {
    const problem = error.code;
    if (problem === 'unauthenticated' || problem === 'password_change_required') {
      authListeners.forEach((notify) => notify(problem));
    }
  }
  throw error;
}

async function json<T>(response: Response): Promise<T> {
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** The typed API client every feature module uses. */
export const api = {
  get: async <T>(path: string, query?: Query, quietAuth = false): Promise<T> =>
    json<T>(await call('GET', path, { query, quietAuth })),
  post: async <T>(path: string, body?: unknown, quietAuth = false): Promise<T> =>
    json<T>(await call('POST', path, { json: body ?? {}, quietAuth })),
  put: async <T>(path: string, body: unknown): Promise<T> =>
    json<T>(await call('PUT', path, { json: body })),
  patch: async <T>(path: string, body: unknown): Promise<T> =>
    json<T>(await call('PATCH', path, { json: body })),
  delete: async <T = void>(path: string): Promise<T> => json<T>(await call('DELETE', path)),
  /** Sends a file as the raw request body (the import endpoints take .xlsx that way). */
  upload: async <T>(path: string, file: Blob, query?: Query): Promise<T> =>
    json<T>(
      await call('POST', path, {
        query,
        body: file,
        contentType: file.type || 'application/octet-stream',
      }),
    ),
  /** Sends a multipart form (file uploads); the browser sets the boundary header itself. */
  postForm: async <T>(path: string, form: FormData): Promise<T> =>
    json<T>(await call('POST', path, { body: form })),
  /** Fetches a file and hands it to the browser as a download. */
  download: async (path: string, fallbackName: string, query?: Query): Promise<void> => {
    const response = await call('GET', path, { query });
    const blob = await response.blob();
    saveBlob(blob, fileNameOf(response) ?? fallbackName);
  },
};

function fileNameOf(response: Response): string | null {
  const header = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="?([^";]+)"?/i.exec(header)?.[1] ?? null;
}

function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
