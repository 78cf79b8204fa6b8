import { sql, type SQL } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { AliasRuleInput, AliasRuleListQuery, AliasRuleUpdateInput, type AliasRule } from '../../../shared/schemas/discovery.js';
import { audit, diff } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { PageResult } from '../../platform/paging.js';
import { isoTime, likePattern, rows, sortSql, textArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { refreshDiscovery } from '../discovery/refresh.js';
import { rematchForRule } from './rematch.js';

const SELECT = sql`SELECT r.*, u.name AS created_by_name, count(*) OVER () AS _total FROM alias_rules r LEFT JOIN users u ON u.id = r.created_by`;
const SORTS = { text: sql`r.text`, updatedAt: sql`r.updated_at` };

function toRule(r: Record<string, unknown>): AliasRule {
  return {
    id: r.id as string, kind: r.kind as AliasRule['kind'], text: r.text as string, sources: (r.sources as AliasRule['sources']) ?? null,
    appId: (r.app_id as string) ?? null, appName: (r.app_name as string) ?? null, classify: (r.classify as AliasRule['classify']) ?? null,
    enabled: Boolean(r.enabled), note: (r.note as string) ?? null, createdBy: (r.created_by_name as string) ?? null,
    createdAt: isoTime(r.created_at), updatedAt: isoTime(r.updated_at),
  };
}

/** The organisation's alias rules: what people taught the matcher, applied before the catalog. */
export async function listAliasRules(ctx: Ctx, input: unknown): Promise<PageResult<AliasRule>> {
  requirePermission(ctx, 'discovery.read');
  const q = AliasRuleListQuery.parse(input);
  const parts: SQL[] = [sql`TRUE`];
  if (q.q) parts.push(sql`(r.text ILIKE ${likePattern(q.q)} OR r.app_name ILIKE ${likePattern(q.q)} OR r.app_id ILIKE ${likePattern(q.q)})`);
  if (q.kind?.length) parts.push(sql`r.kind = ANY(${textArray(q.kind)})`);
  if (q.source) parts.push(sql`(r.sources IS NULL OR ${q.source} = ANY(r.sources))`);
  if (q.enabled !== undefined) parts.push(sql`r.enabled = ${q.enabled}`);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY ${sortSql(q.sort, SORTS, sql`r.id`)} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: r.map(toRule), total: Number(r[0]?._total ?? 0), page: q.page, pageSize: q.pageSize };
}

async function getRule(ctx: Ctx, id: string): Promise<AliasRule> {
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE r.id = ${id}`);
  if (!r[0]) throw notFound('Alias rule');
  return toRule(r[0]);
}

/** Two enabled rules for the same text and kind on overlapping sources would contradict each other. */
async function checkClash(ctx: Ctx, rule: { kind: string; text: string; sources: string[] | null }, exceptId: string | null) {
  const clash = await rows<{ id: string }>(exec(ctx), sql`SELECT id FROM alias_rules WHERE enabled AND kind = ${rule.kind} AND text = ${rule.text}
    AND (${exceptId}::uuid IS NULL OR id <> ${exceptId}::uuid)
    AND (sources IS NULL OR ${rule.sources === null ? sql`TRUE` : sql`sources && ${textArray(rule.sources)}`})`);
  if (clash.length) throw new AppError('conflict', `An enabled ${rule.kind} rule for "${rule.text}" already covers these sources`, { ruleId: clash[0].id });
}

export async function createAliasRule(ctx: Ctx, input: unknown): Promise<AliasRule> {
  requirePermission(ctx, 'discovery.write');
  const data = AliasRuleInput.parse(input);
  return withTx(ctx, async (ctx) => {
    await checkClash(ctx, data, null);
    const id = uuidv7();
    await exec(ctx).execute(sql`INSERT INTO alias_rules (id, kind, text, sources, app_id, app_name, classify, note, created_by)
      VALUES (${id}, ${data.kind}, ${data.text}, ${data.sources === null ? null : textArray(data.sources)}, ${data.appId}, ${data.appName}, ${data.classify}, ${data.note}, ${ctx.actor.userId})`);
    const rematched = await rematchForRule(ctx, { id, kind: data.kind, text: data.text });
    if (rematched) await refreshDiscovery(ctx);
    await audit(ctx, { action: 'alias_rule.create', entityType: 'alias_rule', entityId: id, entityLabel: data.text, after: { ...data, rematchedTexts: rematched } });
    return getRule(ctx, id);
  });
}

/** Edits or disables a rule; every change is in the audit log with before and after. */
export async function updateAliasRule(ctx: Ctx, id: string, input: unknown): Promise<AliasRule> {
  requirePermission(ctx, 'discovery.write');
  const data = AliasRuleUpdateInput.parse(input);
  return withTx(ctx, async (ctx) => {
    const current = await getRule(ctx, id);
    const next = { ...current, ...Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined)) } as AliasRule;
    if (next.appId === null && next.classify === null)
      throw new AppError('validation_failed', 'Name an app or classify the text', [{ path: ['appId'], message: 'Required' }]);
    if (next.enabled) await checkClash(ctx, next, id);
    await exec(ctx).execute(sql`UPDATE alias_rules SET kind = ${next.kind}, text = ${next.text}, sources = ${next.sources === null ? null : textArray(next.sources)},
      app_id = ${next.appId}, app_name = ${next.appName}, classify = ${next.classify}, note = ${next.note}, enabled = ${next.enabled}, updated_at = now() WHERE id = ${id}`);
    const rematched = await rematchForRule(ctx, next, current);
    if (rematched) await refreshDiscovery(ctx);
    const changes = diff<Record<string, unknown>>(current, data);
    if (changes) await audit(ctx, { action: 'alias_rule.update', entityType: 'alias_rule', entityId: id, entityLabel: next.text, before: changes.before, after: { ...changes.after, rematchedTexts: rematched } });
    return getRule(ctx, id);
  });
}
