import { sql, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditListQuery } from '../../../shared/schemas/org.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { isoTime, likePattern, rows, textArray, uuidArray } from '../../platform/sql.js';

function toEntry(r: Record<string, unknown>): AuditEntry {
  return {
    id: r.id as string, at: isoTime(r.at), actorType: r.actor_type as string, actorLabel: r.actor_label as string,
    action: r.action as string, entityType: r.entity_type as string, entityId: (r.entity_id as string) ?? null,
    entityLabel: (r.entity_label as string) ?? null, appId: (r.app_id as string) ?? null,
    before: r.before ?? null, after: r.after ?? null, requestId: (r.request_id as string) ?? null,
  };
}

/** Audit rows filtered and limited to what the caller's scope covers. */
export async function listAuditRows(ctx: Ctx, q: AuditListQuery): Promise<{ items: AuditEntry[]; total: number }> {
  const parts: SQL[] = [ctx.scope === null ? sql`TRUE` : sql`department_ids && ${uuidArray(ctx.scope)}`];
  if (q.action?.length) parts.push(sql`action = ANY(${textArray(q.action)})`);
  if (q.entityType?.length) parts.push(sql`entity_type = ANY(${textArray(q.entityType)})`);
  if (q.appId) parts.push(sql`app_id = ${q.appId}`);
  if (q.actor) parts.push(sql`actor_label ILIKE ${likePattern(q.actor)}`);
  if (q.q) parts.push(sql`(entity_label ILIKE ${likePattern(q.q)} OR action ILIKE ${likePattern(q.q)} OR actor_label ILIKE ${likePattern(q.q)})`);
  if (q.from) parts.push(sql`at >= ${q.from}::date`);
  if (q.to) parts.push(sql`at < (${q.to}::date + 1)`);
  const where = sql.join(parts, sql` AND `);
  const order = q.sort === 'at' ? sql`at ASC, id ASC` : sql`at DESC, id DESC`;
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`
    SELECT id, at, actor_type, actor_label, action, entity_type, entity_id, entity_label, app_id, before, after, request_id,
           count(*) OVER () AS _total
    FROM audit_log WHERE ${where} ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  let total = Number(r[0]?._total ?? 0);
  if (!r.length && q.page > 1) total = Number((await rows<{ n: number }>(exec(ctx), sql`SELECT count(*)::int AS n FROM audit_log WHERE ${where}`))[0].n);
  return { items: r.map(toEntry), total };
}
