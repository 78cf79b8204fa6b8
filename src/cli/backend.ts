import type { Config } from '../server/config.js';
import { createApiClient } from '../shared/api-client.js';
import type { PageResult } from '../server/platform/paging.js';
import { DataLock } from '../server/platform/data-lock.js';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { ImportDetail, ImportError } from '../shared/schemas/imports.js';
import type { DiscoveryRun } from '../shared/schemas/discovery.js';

export const LISTS = ['apps', 'people', 'departments', 'users', 'tokens', 'audit', 'alias-rules', 'imports'] as const;
export type ListName = (typeof LISTS)[number];

/** What CLI commands need; served in-process or through a running server's API. */
export type Backend = {
  kind: 'direct' | 'server';
  exportList(list: ListName, format: 'csv' | 'json', filters: Record<string, string>): AsyncIterable<string>;
  listPage<T>(list: ListName, query: Record<string, string | number>): Promise<PageResult<T>>;
  createUser(input: unknown): Promise<unknown>;
  updateUser(id: string, input: unknown): Promise<unknown>;
  reloadDemo(onProgress?: (phase: string, done: number, total: number) => void): Promise<void>;
  /** Uploads a file and starts its import (with a column mapping when given). */
  startImport(file: { path: string; name: string }, opts: ImportOptions): Promise<ImportDetail>;
  getImport(id: string): Promise<ImportDetail>;
  importErrors(id: string, pageSize: number): Promise<PageResult<ImportError>>;
  discover(): Promise<DiscoveryRun>;
  close(): Promise<void>;
};

export type ImportOptions = { format?: string; preset?: string; mapping?: unknown; mappingName?: string; skipBadRows?: boolean };

const PATHS: Record<ListName, string> = {
  imports: '/api/imports', apps: '/api/apps', people: '/api/people', departments: '/api/departments', users: '/api/users', tokens: '/api/tokens', audit: '/api/audit', 'alias-rules': '/api/alias-rules' };

function serverBackend(url: string, secret: string): Backend {
  const api = createApiClient({ baseUrl: url, token: secret });
  return {
    kind: 'server',
    async *exportList(list, format, filters) {
      const res = await api.raw('GET', PATHS[list], { query: { ...filters, format } });
      const decoder = new TextDecoder();
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) yield decoder.decode(chunk, { stream: true });
    },
    listPage: (list, query) => api.get(PATHS[list], query),
    createUser: (input) => api.post('/api/users', input),
    updateUser: (id, input) => api.patch(`/api/users/${id}`, input),
    reloadDemo: () => api.post('/api/admin/demo').then(() => undefined),
    async startImport(file, o) {
      const query = { fileName: file.name, format: o.format, preset: o.preset, mappingName: o.mappingName, skipBadRows: o.skipBadRows ? 'true' : undefined, start: o.mapping ? undefined : 'true' };
      const res = await api.raw('POST', '/api/imports', { query, stream: { body: Readable.toWeb(createReadStream(file.path, { highWaterMark: 1 << 20 })), contentType: 'application/octet-stream' } });
      const detail = (await res.json()) as ImportDetail;
      if (!o.mapping) return detail;
      return api.post<ImportDetail>(`/api/imports/${detail.id}/start`, { format: o.format ?? 'card_csv', mapping: o.mapping, skipBadRows: o.skipBadRows ?? false });
    },
    getImport: (id) => api.get(`/api/imports/${id}`),
    importErrors: (id, pageSize) => api.get(`/api/imports/${id}/errors`, { pageSize }),
    discover: () => api.post('/api/discovery/run', {}),
    close: async () => {},
  };
}

/**
 * A running server owns the embedded folder: go through its API with the secret it left in the
 * lock file. Otherwise open the database in-process (taking the lock ourselves).
 */
export async function openBackend(config: Config, command: string): Promise<Backend> {
  if (!config.databaseUrl) {
    const holder = DataLock.read(config.dataDir);
    if (holder?.url && holder.secret) {
      try {
        process.kill(holder.pid, 0);
        return serverBackend(holder.url, holder.secret);
      } catch {
        /* stale lock: fall through and take it */
      }
    }
  }
  const { directBackend } = await import('./direct-backend.js');
  return directBackend(config, command);
}
