import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import type { DocumentMeta } from '../../../shared/schemas/apps.js';
import { ListQueryBase } from '../../../shared/schemas/common.js';
import { audit } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { PageResult } from '../../platform/paging.js';
import { isoTime, rows } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { getApp } from './get-app.js';
import { loadAppInScope } from './load-app.js';

export const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

function toMeta(r: Record<string, unknown>): DocumentMeta {
  return {
    id: r.id as string, appId: r.app_id as string, name: r.name as string, contentType: r.content_type as string,
    size: Number(r.size), uploadedBy: (r.uploaded_by_name as string) ?? null, createdAt: isoTime(r.created_at),
  };
}

/** Documents are kept in the database, so every API process and backup has them. */
export async function uploadDocument(ctx: Ctx, appId: string, file: { name: string; contentType: string; content: Buffer }): Promise<DocumentMeta> {
  requirePermission(ctx, 'app.document');
  if (!file.name.trim()) throw new AppError('validation_failed', 'The file has no name', [{ path: ['file'], message: 'Missing file name' }]);
  if (file.content.length > MAX_DOCUMENT_BYTES) throw new AppError('payload_too_large', `Documents are limited to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB`);
  return withTx(ctx, async (ctx) => {
    const app = await getApp(ctx, appId);
    const id = uuidv7();
    await exec(ctx).execute(sql`INSERT INTO documents (id, app_id, name, content_type, size, content, uploaded_by)
      VALUES (${id}, ${appId}, ${file.name}, ${file.contentType || 'application/octet-stream'}, ${file.content.length}, ${file.content}, ${ctx.actor.userId})`);
    await audit(ctx, { action: 'document.upload', entityType: 'document', entityId: id, entityLabel: app.name, appId, departmentIds: app.departments.map((d) => d.id), after: { name: file.name, size: file.content.length, contentType: file.contentType } });
    const r = await rows(exec(ctx), sql`SELECT d.id, d.app_id, d.name, d.content_type, d.size, d.created_at, u.name AS uploaded_by_name FROM documents d LEFT JOIN users u ON u.id = d.uploaded_by WHERE d.id = ${id}`);
    return toMeta(r[0]);
  });
}

export async function listDocuments(ctx: Ctx, appId: string, input: unknown): Promise<PageResult<DocumentMeta>> {
  requirePermission(ctx, 'app.read');
  const q = ListQueryBase.parse(input);
  await loadAppInScope(ctx, appId);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`
    SELECT d.id, d.app_id, d.name, d.content_type, d.size, d.created_at, u.name AS uploaded_by_name, count(*) OVER () AS _total
    FROM documents d LEFT JOIN users u ON u.id = d.uploaded_by
    WHERE d.app_id = ${appId} ${q.q ? sql`AND d.name ILIKE ${'%' + q.q + '%'}` : sql``}
    ORDER BY d.created_at DESC LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: r.map(toMeta), total: Number(r[0]?._total ?? 0), page: q.page, pageSize: q.pageSize };
}

async function loadDocument(ctx: Ctx, id: string) {
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`SELECT id, app_id, name, content_type, size, created_at FROM documents WHERE id = ${id}`);
  if (!r[0]) throw notFound('Document');
  const app = await getApp(ctx, r[0].app_id as string);
  return { doc: r[0], app };
}

export async function downloadDocument(ctx: Ctx, id: string): Promise<{ name: string; contentType: string; content: Buffer }> {
  requirePermission(ctx, 'app.read');
  const { doc } = await loadDocument(ctx, id);
  const r = await rows<{ content: Uint8Array }>(exec(ctx), sql`SELECT content FROM documents WHERE id = ${id}`);
  return { name: doc.name as string, contentType: doc.content_type as string, content: Buffer.from(r[0].content) };
}

export async function deleteDocument(ctx: Ctx, id: string): Promise<{ ok: true }> {
  requirePermission(ctx, 'app.document');
  return withTx(ctx, async (ctx) => {
    const { doc, app } = await loadDocument(ctx, id);
    await exec(ctx).execute(sql`DELETE FROM documents WHERE id = ${id}`);
    await audit(ctx, { action: 'document.delete', entityType: 'document', entityId: id, entityLabel: app.name, appId: app.id, departmentIds: app.departments.map((d) => d.id), before: { name: doc.name, size: Number(doc.size) } });
    return { ok: true as const };
  });
}
