/** A small typed-enough fetch wrapper used by the web UI and the CLI. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type ApiClientOptions = {
  baseUrl?: string;
  /** Bearer token (API token or the local CLI secret) */
  token?: string;
  /** CSRF token for cookie sessions; sent on unsafe methods */
  csrfToken?: () => string | null;
  fetch?: typeof fetch;
};

export function toQueryString(query?: Record<string, QueryValue>): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) params.set(k, v.join(','));
    } else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

export function createApiClient(opts: ApiClientOptions = {}) {
  const f = opts.fetch ?? globalThis.fetch.bind(globalThis);
  async function raw(method: string, path: string, init: { query?: Record<string, QueryValue>; body?: unknown; form?: FormData; stream?: { body: unknown; contentType: string } } = {}): Promise<Response> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    const csrf = opts.csrfToken?.();
    if (csrf && method !== 'GET' && method !== 'HEAD') headers['x-csrf-token'] = csrf;
    let body: BodyInit | undefined;
    if (init.form) body = init.form;
    else if (init.stream) {
      headers['content-type'] = init.stream.contentType;
      body = init.stream.body as BodyInit;
    }
    else if (init.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.body);
    }
    const res = await f(`${opts.baseUrl ?? ''}${path}${toQueryString(init.query)}`, { method, headers, body, credentials: 'same-origin', ...(init.stream ? { duplex: 'half' } : {}) } as RequestInit);
    if (!res.ok) {
      let payload: { error?: { code?: string; message?: string; details?: unknown; requestId?: string } } = {};
      try {
        payload = await res.json();
      } catch {
        /* not JSON */
      }
      const e = payload.error ?? {};
      throw new ApiError(res.status, e.code ?? 'http_error', e.message ?? `${res.status} ${res.statusText}`, e.details, e.requestId);
    }
    return res;
  }
  async function request<T>(method: string, path: string, init: { query?: Record<string, QueryValue>; body?: unknown; form?: FormData } = {}): Promise<T> {
    const res = await raw(method, path, init);
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }
  return {
    raw,
    request,
    get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>('GET', path, { query }),
    post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
    patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
    del: <T>(path: string) => request<T>('DELETE', path),
  };
}
export type ApiClient = ReturnType<typeof createApiClient>;
