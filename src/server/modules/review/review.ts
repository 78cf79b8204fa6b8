import { sql, type SQL } from 'drizzle-orm';
import { ReviewLabelInput, ReviewQuery, ReviewRowsQuery, type ReviewGroup, type ReviewRow } from '../../../shared/schemas/discovery.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError } from '../../platform/errors.js';
import type { PageResult } from '../../platform/paging.js';
import { isoDateOrNull, likePattern, rows, sortSql, uuidArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { textList } from '../../platform/bulk.js';
import { createAliasRule } from '../alias-rules/alias-rules.js';
import { learnRule, NAME_SOURCES } from '../matching/index.js';
import { IDENTITIES } from '../discovery/refresh.js';

/** Below this an app match waits for a person. */
export const REVIEW_CONFIDENCE = 0.8;

const NEEDS_REVIEW = sql`m.rule_id IS NULL AND (m.kind = 'unknown' OR (m.kind = 'software' AND m.confidence < ${REVIEW_CONFIDENCE}))`;

function scopeSql(ctx: Ctx, alias: SQL = sql`t`): SQL {
  return ctx.scope === null ? sql`TRUE` : sql`${alias}.department_id = ANY(${uuidArray(ctx.scope)})`;
}

/** Sign-ins and grants belong to a department through the person who made them. */
function userScopeSql(ctx: Ctx, alias: SQL): SQL {
  return ctx.scope === null ? sql`TRUE` : sql`${alias}.user_key IN (SELECT k FROM ${IDENTITIES} p WHERE p.department_id = ANY(${uuidArray(ctx.scope)}))`;
}

/**
 * The review queue: texts the engine could not place (or placed with low confidence), grouped by their
 * normalised form, with the committed rows, amounts and people behind each group, biggest first.
 */
export async function listReviewQueue(ctx: Ctx, input: unknown): Promise<PageResult<ReviewGroup>> {
  requirePermission(ctx, 'discovery.read');
  const q = ReviewQuery.parse(input);
  const parts: SQL[] = [NEEDS_REVIEW];
  if (q.source) parts.push(sql`m.source = ${q.source}`);
  if (q.kind === 'unknown') parts.push(sql`m.kind = 'unknown'`);
  if (q.kind === 'low_confidence') parts.push(sql`m.kind = 'software'`);
  if (q.q) parts.push(sql`(m.normalised ILIKE ${likePattern(q.q)} OR m.raw_text ILIKE ${likePattern(q.q)})`);
  // Two levels: rows are summed per matched text first, then texts are grouped, so per-text values
  // (examples, reasons) are aggregated once per text and not once per transaction.
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`
    WITH cand AS (SELECT m.* FROM match_texts m WHERE ${sql.join(parts, sql` AND `)}),
    tx AS (
      SELECT match_seq, sum(n)::int AS n, sum(amount)::bigint AS amount, min(currency) AS currency, min(first_seen) AS first_seen, max(last_seen) AS last_seen FROM (
        SELECT s.match_seq, s.rows AS n, s.amount_minor AS amount, s.currency, s.first_seen, s.last_seen
        FROM match_stats s JOIN imports i ON i.seq = s.import_seq AND i.state = 'committed'
        WHERE s.match_seq IN (SELECT seq FROM cand) AND ${scopeSql(ctx, sql`s`)}
        UNION ALL
        SELECT u.match_seq, u.signins + u.failures, 0, NULL, (u.first_at AT TIME ZONE 'UTC')::date, (u.last_at AT TIME ZONE 'UTC')::date
        FROM signin_users u JOIN imports i ON i.seq = u.import_seq AND i.state = 'committed'
        WHERE u.match_seq IN (SELECT seq FROM cand) AND ${userScopeSql(ctx, sql`u`)}
        UNION ALL
        SELECT g.match_seq, 1, 0, NULL, (g.at AT TIME ZONE 'UTC')::date, (g.at AT TIME ZONE 'UTC')::date
        FROM oauth_grants g JOIN imports i ON i.seq = g.import_seq AND i.state = 'committed'
        WHERE g.match_seq IN (SELECT seq FROM cand) AND ${userScopeSql(ctx, sql`g`)}) z
      GROUP BY match_seq)
    SELECT m.source, m.normalised,
      (array_agg(m.raw_text ORDER BY tx.n DESC))[1:3] AS examples, count(*)::int AS texts,
      bool_or(m.kind = 'unknown') AS any_unknown, max(m.confidence) AS confidence,
      (array_agg(m.catalog_app_id ORDER BY m.confidence DESC) FILTER (WHERE m.catalog_app_id IS NOT NULL))[1] AS app_id,
      (array_agg(m.app_name ORDER BY m.confidence DESC) FILTER (WHERE m.catalog_app_id IS NOT NULL))[1] AS app_name,
      (array_agg(array_to_json(m.reasons)::text ORDER BY m.confidence DESC))[1] AS reasons,
      sum(tx.n)::int AS n, sum(tx.amount)::bigint AS amount, min(tx.currency) AS currency,
      min(tx.first_seen) AS first_seen, max(tx.last_seen) AS last_seen,
      count(*) OVER () AS _total
    FROM cand m JOIN tx ON tx.match_seq = m.seq
    GROUP BY m.source, m.normalised
    ORDER BY ${sortSql(q.sort, { amount: sql`sum(tx.amount)`, rows: sql`sum(tx.n)`, text: sql`m.normalised`, lastSeen: sql`max(tx.last_seen)` }, sql`m.normalised`)}
    LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  // Distinct people cannot be summed from aggregates: union the stored holder sets of this page's groups.
  const people = new Map<string, number>();
  if (r.length) {
    const keys = r.map((g) => `${g.source}\u0001${g.normalised}`);
    const p = await rows<{ k: string; people: number }>(exec(ctx), sql`
      WITH who AS (
        SELECT m.source || chr(1) || m.normalised AS k, h
        FROM match_texts m JOIN match_stats s ON s.match_seq = m.seq JOIN imports i ON i.seq = s.import_seq AND i.state = 'committed'
        CROSS JOIN LATERAL unnest(s.holders) AS h
        WHERE m.source || chr(1) || m.normalised = ANY(${textList(keys)}) AND ${NEEDS_REVIEW} AND ${scopeSql(ctx, sql`s`)}
        UNION ALL
        SELECT m.source || chr(1) || m.normalised, u.user_key
        FROM match_texts m JOIN signin_users u ON u.match_seq = m.seq JOIN imports i ON i.seq = u.import_seq AND i.state = 'committed'
        WHERE m.source || chr(1) || m.normalised = ANY(${textList(keys)}) AND ${NEEDS_REVIEW} AND ${userScopeSql(ctx, sql`u`)}
        UNION ALL
        SELECT m.source || chr(1) || m.normalised, g.user_key
        FROM match_texts m JOIN oauth_grants g ON g.match_seq = m.seq JOIN imports i ON i.seq = g.import_seq AND i.state = 'committed'
        WHERE m.source || chr(1) || m.normalised = ANY(${textList(keys)}) AND ${NEEDS_REVIEW} AND g.user_key IS NOT NULL AND ${userScopeSql(ctx, sql`g`)})
      SELECT k, count(DISTINCT h)::int AS people FROM who GROUP BY 1`);
    for (const x of p) people.set(x.k, Number(x.people));
  }
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
      people: people.get(`${g.source}\u0001${g.normalised}`) ?? 0,
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
  if ((NAME_SOURCES as readonly string[]).includes(q.source)) return listSigninRows(ctx, q);
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
  return reviewRowsPage(r, q);
}

/** Rows of either query (transactions, or sign-ins and grants) as the page the API returns. */
function reviewRowsPage(r: Record<string, unknown>[], q: { page: number; pageSize: number }): PageResult<ReviewRow> {
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

/** Sign-ins and grants behind a group of identity-provider names, each traced to its file and line. */
async function listSigninRows(ctx: Ctx, q: { source: string; normalised: string; page: number; pageSize: number }): Promise<PageResult<ReviewRow>> {
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`
    WITH m AS (SELECT seq, raw_text FROM match_texts WHERE source = ${q.source} AND normalised = ${q.normalised}),
    x AS (
      SELECT e.import_seq, e.line, e.at, e.user_key, m.raw_text || ' (' || CASE e.outcome WHEN 's' THEN 'sign-in' WHEN 'f' THEN 'failed sign-in' ELSE 'interrupted sign-in' END || ')' AS description
      FROM signin_events e JOIN m ON m.seq = e.match_seq
      UNION ALL
      SELECT g.import_seq, g.line, g.at, g.user_key, m.raw_text || ' (' || g.action || ': ' || array_to_string(g.scopes, ' ') || ')' FROM oauth_grants g JOIN m ON m.seq = g.match_seq)
    SELECT x.import_seq || ':' || x.line AS id, (x.at AT TIME ZONE 'UTC')::date AS posted_on, 0 AS amount_minor, '' AS currency, x.description, x.user_key AS cardholder, x.line,
      p.id AS person_id, p.name AS person_name, d.name AS department, i.id AS import_id, i.file_name, count(*) OVER () AS _total
    FROM x JOIN imports i ON i.seq = x.import_seq AND i.state = 'committed'
    LEFT JOIN ${IDENTITIES} p ON p.k = x.user_key LEFT JOIN departments d ON d.id = p.department_id
    WHERE ${ctx.scope === null ? sql`TRUE` : sql`p.department_id = ANY(${uuidArray(ctx.scope)})`}
    ORDER BY x.at DESC, x.line LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return reviewRowsPage(r, q);
}
