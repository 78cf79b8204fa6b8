import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import type { Ctx } from '../platform/ctx.js';
import type { PageResult } from '../platform/paging.js';
import { readCache } from '../platform/read-cache.js';
import { ctxOf } from './context.js';
import { sendExport, type ExportSpec } from './export.js';

/**
 * A list handler: a page as JSON, or with ?format=csv|json every matching row as a download.
 * With `cache`, the serialised page is kept in the read cache (embedded database only) under the
 * caller's role, scope, the day and the exact query, so a hot list costs no query and no serialisation.
 */
export function listHandler<T>(
  database: Database,
  spec: ExportSpec<T>,
  verb: (ctx: Ctx, query: Record<string, unknown>, req: FastifyRequest) => Promise<PageResult<T>>,
  opts: { cache?: boolean } = {},
) {
  const cache = readCache(database);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const ctx = ctxOf(req, database);
    const query = { ...(req.query as Record<string, unknown>) };
    const format = query.format as 'csv' | 'json' | undefined;
    if (format) return sendExport(reply, format, spec, (page, pageSize) => verb(ctx, { ...query, page, pageSize }, req));
    if (!opts.cache || !cache.enabled) return verb(ctx, query, req);
    // Kept as bytes: a 50-row page is ~40 KB, and re-encoding it on every hit showed in the benchmark.
    const body = await cache.get(pageKey(req), async () => Buffer.from(JSON.stringify(await verb(ctx, query, req))));
    return reply.type('application/json; charset=utf-8').send(body);
  };
}

function pageKey(req: FastifyRequest): string {
  const c = req.caller!;
  return `page:${c.role}:${c.scope?.join(',') ?? '*'}:${new Date().toISOString().slice(0, 10)}:${req.url}`;
}

/**
 * Route hook for cached lists: a page already served to the same role and scope for the same URL
 * skips validation and the handler. The key only exists after that URL passed both once.
 */
export function cachedPage(database: Database) {
  const cache = readCache(database);
  return async (req: FastifyRequest, reply: FastifyReply) => {
    if (!cache.enabled || !req.caller) return;
    const body = cache.peek<Buffer>(pageKey(req));
    if (body !== undefined) return reply.type('application/json; charset=utf-8').send(body);
  };
}
