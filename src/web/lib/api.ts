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

/** The CSRF token of the current cookie session (for requests made without the api client). */
export function csrfToken(): string | null {
  return csrf;
}

export type UploadHandle<T> = { promise: Promise<T>; abort: () => void };

/**
 * Multipart upload (field `file`) through XMLHttpRequest, which reports the upload's own progress
 * (fetch cannot); same headers and error shape as the api client. `onProgress` gets 0..1.
 */
export function uploadWithProgress<T>(path: string, file: File, query: Record<string, QueryValue>, onProgress: (fraction: number, loaded: number) => void): UploadHandle<T> {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<T>((resolve, reject) => {
    xhr.open('POST', `${path}${toQueryString(query)}`);
    xhr.setRequestHeader('accept', 'application/json');
    if (csrf) xhr.setRequestHeader('x-csrf-token', csrf);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => onProgress(e.lengthComputable && e.total ? e.loaded / e.total : 0, e.loaded);
    xhr.onload = () => {
      let payload: unknown = null;
      try {
        payload = JSON.parse(xhr.responseText);
      } catch {
        /* not JSON */
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve(payload as T);
      const e = (payload as { error?: { code?: string; message?: string; details?: unknown; requestId?: string } } | null)?.error ?? {};
      reject(new ApiError(xhr.status, e.code ?? 'http_error', e.message ?? `${xhr.status} ${xhr.statusText}`, e.details, e.requestId));
    };
    xhr.onerror = () => reject(new ApiError(0, 'network_error', 'The upload was interrupted: check the connection and try again'));
    xhr.onabort = () => reject(new ApiError(0, 'aborted', 'Upload cancelled'));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
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
