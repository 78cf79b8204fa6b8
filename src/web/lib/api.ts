import { ApiError, createApiClient, toQueryString, type QueryValue } from '../../shared/api-client.js';

let csrf: string | null = null;

/** Remembers the CSRF token of the current cookie session (set from /api/auth/session and login). */
export function setCsrfToken(token: string | null): void {
  csrf = token;
}

export const api = createApiClient({ csrfToken: () => csrf });

/** Multipart upload (field `file`), with the session's CSRF header. */
export async function uploadFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const res = await api.raw('POST', path, { form });
  return (await res.json()) as T;
}

/** URL for `GET path?…&format=csv|json`, used by plain download links (the cookie goes along). */
export function exportUrl(path: string, query: Record<string, QueryValue>, format: 'csv' | 'json'): string {
  const q: Record<string, QueryValue> = { ...query, format };
  delete q.page;
  delete q.pageSize;
  return `${path}${toQueryString(q)}`;
}

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export { ApiError, toQueryString };
export type { QueryValue };
