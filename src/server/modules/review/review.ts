import { sql, type SQL } from 'drizzle-orm';
import { ReviewLabelInput, ReviewQuery, ReviewRowsQuery, type ReviewGroup, type ReviewRow } from '../../../shared/schemas/discovery.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError } from '../../platform/errors.js';
import type { PageResult } from '../../platform/paging.js';
import { isoDateOrNull, likePattern, rows, sortSql, uuidArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { createAliasRule } from '../alias-rules/alias-rules.js';
import { learnRule } from '../matching/index.js';

/** Below this an app match waits for a person. */
export const REVIEW_CONFIDENCE = 0.8;

const NEEDS_REVIEW = sql`m.rule_id IS NULL AND (m.kind = 'unknown' OR (m.kind = 'software' AND m.confidence < ${REVIEW_CONFIDENCE}))`;

function scopeSql(ctx: Ctx): SQL {
  return ctx.scope === null ? sql`TRUE` : sql`t.department_id = ANY(${uuidArray(ctx.scope)})`;
}

/**
 * The review queue: texts the engine could not place (or placed with low confidence), grouped by their
 * normalised form, with the committed rows, amounts and people behind each group, biggest first.
 */
export async function listReviewQueue(ctx: Ctx, input: unknown): Promise<PageResult<ReviewGroup>> {
  requirePermission(ctx, 'discovery.read');
  const q = ReviewQuery.parse(input);
  const parts: SQL[] = [NEEDS_REVIEW, scopeSql(ctx)];
  if (q.source) parts.push(sql`m.source = ${q.source}`);
  if (q.kind === 'unknown') parts.push(sql`m.kind = 'unknown'`);
  if (q.kind === 'low_confidence') parts.push(sql`m.kind = 'software'`);
  if (q.q) parts.push(sql`(m.normalised ILIKE ${likePattern(q.q)} OR m.raw_text ILIKE ${likePattern(q.q)})`);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`
    SELECT m.source, m.normalised,
      (array_agg(DISTINCT m.raw_text))[1:3] AS examples, count(DISTINCT m.id)::int AS texts,
      bool_or(m.kind = 'unknown') AS any_unknown, max(m.confidence) AS confidence,
      (array_agg(m.catalog_app_id ORDER BY m.confidence DESC) FILTER (WHERE m.catalog_app_id IS NOT NULL))[1] AS app_id,
      (array_agg(m.app_name ORDER BY m.confidence DESC) FILTER (WHERE m.catalog_app_id IS NOT NULL))[1] AS app_name,
      (array_agg(array_to_json(m.reasons)::text ORDER BY m.confidence DESC))[1] AS reasons,
      count(t.id)::int AS n, sum(t.amount_minor)::bigint AS amount, min(t.currency) AS currency,
      count(DISTINCT coalesce(t.person_id::text, lower(t.cardholder)))::int AS people,
      min(t.posted_on) AS first_seen, max(t.posted_on) AS last_seen,
      count(*) OVER () AS _total
    FROM match_texts m
    JOIN transactions t ON t.match_seq = m.seq
    JOIN imports i ON i.seq = t.import_seq AND i.state = 'committed'
    WHERE ${sql.join(parts, sql` AND `)}
    GROUP BY m.source, m.normalised
    ORDER BY ${sortSql(q.sort, { amount: sql`sum(t.amount_minor)`, rows: sql`count(t.id)`, text: sql`m.normalised`, lastSeen: sql`max(t.posted_on)` }, sql`m.normalised`)}
    LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return {
    items: r.map((g) => ({
      source: g.source as ReviewGroup['source'],
      normalised: g.normalised as string,
      examples: (g.examples as string[]) ?? [],
      texts: Number(g.texts),
      kind: g.any_unknown ? 'unknown' : 'low_confidence',
      confidence: Number(g.confidence),
      suggestion: g.app_id ? { appId: g.app_id as string, name: g.app_name as string } : null,
      reasons: g.reasons ? (JSON.parse(g.reasons as string) as string[]) : [],
      rows: Number(g.n),
      amountMinor: Number(g.amount ?? 0),
      currency: (g.currency as string) ?? null,
      people: Number(g.people),
      firstSeen: isoDateOrNull(g.first_seen),
      lastSeen: isoDateOrNull(g.last_seen),
    })),
    total: Number(r[0]?._total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** The rows behind one group, each traced to its file and line. */
export async function listReviewRows(ctx: Ctx, input: unknown): Promise<PageResult<ReviewRow>> {
  requirePermission(ctx, 'discovery.read');
  const q = ReviewRowsQuery.parse(input);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`
    SELECT t.id, t.posted_on, t.amount_minor, t.currency, t.description, t.cardholder, p.id AS person_id, p.name AS person_name, d.name AS department,
      i.id AS import_id, i.file_name, t.line, count(*) OVER () AS _total
    FROM match_texts m
    JOIN transactions t ON t.match_seq = m.seq
    JOIN imports i ON i.seq = t.import_seq AND i.state = 'committed'
    LEFT JOIN people p ON p.id = t.person_id
    LEFT JOIN departments d ON d.id = t.department_id
    WHERE m.source = ${q.source} AND m.normalised = ${q.normalised} AND ${scopeSql(ctx)}
    ORDER BY t.posted_on DESC, t.id LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return {
    items: r.map((x) => ({
      id: String(x.id),
      date: isoDateOrNull(x.posted_on)!,
      amountMinor: Number(x.amount_minor),
      currency: x.currency as string,
      description: x.description as string,
      cardholder: (x.cardholder as string) ?? null,
      person: x.person_id ? { id: x.person_id as string, name: x.person_name as string } : null,
      department: (x.department as string) ?? null,
      importId: x.import_id as string,
      fileName: x.file_name as string,
      line: Number(x.line),
    })),
    total: Number(r[0]?._total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * Labels one or many groups in one go: each becomes an alias rule (exact, or prefix when the text ends
 * in a varying reference), which re-matches every stored text it covers, so the same text never waits
 * for a person again.
 */
export async function labelReviewGroups(ctx: Ctx, input: unknown) {
  requirePermission(ctx, 'discovery.write');
  const data = ReviewLabelInput.parse(input);
  return withTx(ctx, async (ctx) => {
    let rulesCreated = 0;
    let alreadyCovered = 0;
    let rematchedTexts = 0;
    for (const g of data.groups) {
      const decision = data.appId ? { appId: data.appId, source: g.source } : { classify: data.classify!, source: g.source };
      const proposal = learnRule(g.normalised, decision);
      if (!proposal) throw new AppError('validation_failed', `"${g.normalised}" cannot carry a rule (empty or a generic template name)`, [{ path: ['groups'], message: 'Not labelable' }]);
      try {
        const before = await countNeedsReview(ctx);
        await createAliasRule(ctx, {
          kind: proposal.kind, text: proposal.text, sources: proposal.sources, appId: data.appId, appName: data.appName,
          classify: data.appId ? null : data.classify, note: `Labelled in the review queue (${g.source}: "${g.normalised}")`,
        });
        rulesCreated++;
        rematchedTexts += Math.max(0, before - (await countNeedsReview(ctx)));
      } catch (e) {
        if (e instanceof AppError && e.code === 'conflict') alreadyCovered++;
        else throw e;
      }
    }
    return { rulesCreated, alreadyCovered, rematchedTexts };
  });
}

async function countNeedsReview(ctx: Ctx): Promise<number> {
  const r = await rows<{ n: number }>(exec(ctx), sql`SELECT count(*)::int AS n FROM match_texts m WHERE ${NEEDS_REVIEW}`);
  return Number(r[0].n);
}
