import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import type { Ctx } from '../platform/ctx.js';
import type { PageResult } from '../platform/paging.js';
import { ctxOf } from './context.js';
import { sendExport, type ExportSpec } from './export.js';

/** A list handler: a page as JSON, or with ?format=csv|json every matching row as a download. */
export function listHandler<T>(
  database: Database,
  spec: ExportSpec<T>,
  verb: (ctx: Ctx, query: Record<string, unknown>, req: FastifyRequest) => Promise<PageResult<T>>,
) {
  return async (req: FastifyRequest, reply: FastifyReply) => {
    const ctx = ctxOf(req, database);
    const query = { ...(req.query as Record<string, unknown>) };
    const format = query.format as 'csv' | 'json' | undefined;
    if (format) return sendExport(reply, format, spec, (page, pageSize) => verb(ctx, { ...query, page, pageSize }, req));
    return verb(ctx, query, req);
  };
}
