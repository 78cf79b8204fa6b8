import { sql, type SQL } from 'drizzle-orm';
import {
  AddDiscoveredInput, DiscoveredAppQuery, DiscoveredUserQuery, DiscoveryDecisionInput, EvidenceQuery,
  type AppUsage, type DiscoveredApp, type DiscoveredAppDetail, type DiscoveredUser, type DiscoverySummary, type DiscoveryRun, type EvidenceRow,
} from '../../../shared/schemas/discovery.js';
import type { Category } from '../../../shared/enums.js';
import { audit } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError } from '../../platform/errors.js';
import type { PageResult } from '../../platform/paging.js';
import { isoTime, isoTimeOrNull, isoDateOrNull, likePattern, rows, sortSql, textArray, uuidArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { changeLifecycle } from '../apps/change-lifecycle.js';
import { createApp } from '../apps/create-app.js';
import { loadCatalog } from '../catalog/catalog.js';
import { classifyScope } from './scopes.js';
import { DISCOVERY_CONFIDENCE, IDENTITIES, refreshDiscovery } from './refresh.js';

/** The inventory record of a discovered app: by catalog id, else by the same name. */
const INVENTORY = sql`LEFT JOIN LATERAL (SELECT ap.id, ap.name, ap.lifecycle_status FROM apps ap
  WHERE ap.catalog_id = d.catalog_app_id OR (ap.catalog_id IS NULL AND lower(ap.name) = lower(d.name)) ORDER BY (ap.catalog_id IS NULL), ap.created_at LIMIT 1) inv ON TRUE
  LEFT JOIN discovery_decisions dd ON dd.catalog_app_id = d.catalog_app_id`;
const STATUS = sql`CASE WHEN dd.decision = 'not_relevant' THEN 'not_relevant' WHEN inv.id IS NOT NULL AND inv.lifecycle_status <> 'discovered' THEN 'in_inventory'
  WHEN dd.decision = 'known' THEN 'known' ELSE 'shadow' END`;

type Dept = { id: string; name: string; users: number; signins: number; spend: Record<string, number> };

/** A scoped caller sees apps used or paid for in its departments, with only their people and spend. */
function scoped(ctx: Ctx, r: Record<string, unknown>) {
  const all = (r.departments as Dept[]) ?? [];
  if (ctx.scope === null) return { departments: all, users: Number(r.users), signins: Number(r.signins), spend: r.spend as Record<string, number>, restricted: false };
  const mine = all.filter((x) => ctx.scope!.includes(x.id));
  const spend: Record<string, number> = {};
  for (const x of mine) for (const [c, v] of Object.entries(x.spend)) spend[c] = (spend[c] ?? 0) + v;
  return { departments: mine, users: mine.reduce((s, x) => s + x.users, 0), signins: mine.reduce((s, x) => s + x.signins, 0), spend, restricted: true };
}

function toApp(ctx: Ctx, r: Record<string, unknown>): DiscoveredApp {
  const s = scoped(ctx, r);
  return {
    catalogAppId: r.catalog_app_id as string,
    name: r.name as string,
    status: r.status as DiscoveredApp['status'],
    sources: r.sources as string[],
    firstSeen: isoTime(r.first_seen),
    lastSeen: isoTime(r.last_seen),
    signins: s.signins,
    failures: s.restricted ? 0 : Number(r.failures),
    users: s.users,
    unknownUsers: s.restricted ? 0 : Number(r.unknown_users),
    leaverUsers: s.restricted ? 0 : Number(r.leaver_users),
    grants: s.restricted ? 0 : Number(r.grants),
    activeGrants: s.restricted ? 0 : Number(r.active_grants),
    grantRisk: s.restricted ? null : ((r.grant_risk as DiscoveredApp['grantRisk']) ?? null),
    spend: s.spend,
    spendRows: s.restricted ? 0 : Number(r.spend_rows),
    departments: s.departments.map((x) => ({ id: x.id, name: x.name, users: x.users })),
    inventory: r.inv_id ? { id: r.inv_id as string, name: r.inv_name as string, lifecycleStatus: r.inv_status as string } : null,
    decision: r.decision ? { decision: r.decision as 'known' | 'not_relevant', note: (r.decision_note as string) ?? null, decidedAt: isoTime(r.decided_at) } : null,
  };
}

const scopeFilter = (ctx: Ctx): SQL => (ctx.scope === null ? sql`TRUE` : sql`d.department_ids && ${uuidArray(ctx.scope)}`);

const SELECT_APP = sql`d.*, inv.id AS inv_id, inv.name AS inv_name, inv.lifecycle_status AS inv_status, dd.decision, dd.note AS decision_note, dd.decided_at`;

/** Discovered apps, newest and biggest first; shadow IT is the `shadow` status. */
export async function listDiscoveredApps(ctx: Ctx, input: unknown): Promise<PageResult<DiscoveredApp>> {
  requirePermission(ctx, 'discovery.read');
  const q = DiscoveredAppQuery.parse(input);
  const parts: SQL[] = [scopeFilter(ctx)];
  if (q.q) parts.push(sql`d.name ILIKE ${likePattern(q.q)}`);
  if (q.source) parts.push(sql`${q.source} = ANY(d.sources)`);
  const statuses = q.status?.length ? q.status : ['shadow', 'in_inventory', 'known'];
  const order = q.sort === 'newest'
    ? sql`date_trunc('day', x.first_seen) DESC, x.users DESC, x.spend_minor DESC, x.name`
    : sortSql(q.sort, { firstSeen: sql`x.first_seen`, lastSeen: sql`x.last_seen`, users: sql`x.users`, spend: sql`x.spend_minor`, name: sql`x.name` }, sql`x.name`);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`
    SELECT x.*, count(*) OVER () AS _total FROM (
      SELECT ${SELECT_APP}, ${STATUS} AS status FROM discovered_apps d ${INVENTORY} WHERE ${sql.join(parts, sql` AND `)}) x
    WHERE x.status = ANY(${textArray(statuses)})
    ORDER BY ${order} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: r.map((x) => toApp(ctx, x)), total: Number(r[0]?._total ?? 0), page: q.page, pageSize: q.pageSize };
}

export async function discoverySummary(ctx: Ctx): Promise<DiscoverySummary> {
  requirePermission(ctx, 'discovery.read');
  const ex = exec(ctx);
  const [a] = await rows<Record<string, unknown>>(ex, sql`
    SELECT count(*)::int AS apps, count(*) FILTER (WHERE x.status = 'shadow')::int AS shadow,
      count(*) FILTER (WHERE x.status = 'shadow' AND x.first_seen > now() - interval '30 days')::int AS new_shadow
    FROM (SELECT d.first_seen, ${STATUS} AS status FROM discovered_apps d ${INVENTORY} WHERE ${scopeFilter(ctx)}) x`);
  const userScope = ctx.scope === null ? sql`TRUE` : sql`department_id = ANY(${uuidArray(ctx.scope)})`;
  const [u] = await rows<Record<string, unknown>>(ex, sql`
    SELECT count(*) FILTER (WHERE status = 'not_in_hr')::int AS not_in_hr, count(*) FILTER (WHERE status = 'leaver_after_end')::int AS leavers
    FROM discovered_users WHERE ${userScope}`);
  const [t] = await rows<Record<string, unknown>>(ex, sql`
    SELECT count(*)::int AS n FROM match_texts m WHERE m.rule_id IS NULL AND (m.kind = 'unknown' OR (m.kind = 'software' AND m.confidence < ${DISCOVERY_CONFIDENCE}))
      AND (EXISTS (SELECT 1 FROM match_stats s JOIN imports i ON i.seq = s.import_seq AND i.state = 'committed' WHERE s.match_seq = m.seq)
        OR EXISTS (SELECT 1 FROM signin_users s JOIN imports i ON i.seq = s.import_seq AND i.state = 'committed' WHERE s.match_seq = m.seq))`);
  const [i] = await rows<Record<string, unknown>>(ex, sql`
    SELECT count(*)::int AS n, max(finished_at) AS last FROM imports WHERE state = 'committed' AND format IN ('okta', 'entra', 'google_reports')`);
  return {
    apps: Number(a.apps), shadow: Number(a.shadow), newShadow30d: Number(a.new_shadow), unknownTexts: ctx.scope === null ? Number(t.n) : 0,
    usersNotInHr: Number(u.not_in_hr), leaversAfterEnd: Number(u.leavers), signinImports: Number(i.n), lastImportAt: isoTimeOrNull(i.last),
  };
}

async function loadDiscovered(ctx: Ctx, catalogAppId: string): Promise<Record<string, unknown>> {
  const [r] = await rows<Record<string, unknown>>(exec(ctx), sql`
    SELECT ${SELECT_APP}, ${STATUS} AS status FROM discovered_apps d ${INVENTORY} WHERE d.catalog_app_id = ${catalogAppId} AND ${scopeFilter(ctx)}`);
  if (!r) throw new AppError('not_found', 'No discovered app with this id');
  return r;
}

/** Match texts that place sign-ins, grants or spend on this app (the same rule as discovery). */
const placedOn = (id: string) => sql`(SELECT seq FROM match_texts WHERE catalog_app_id = ${id} AND kind = 'software' AND (rule_id IS NOT NULL OR confidence >= ${DISCOVERY_CONFIDENCE}))`;
const COMMITTED = sql`(SELECT seq FROM imports WHERE state = 'committed')`;
const PERSON = sql`LEFT JOIN (SELECT i.*, dp.name AS department FROM ${IDENTITIES} i LEFT JOIN departments dp ON dp.id = i.department_id) p ON p.k = x.user_key`;
const personScope = (ctx: Ctx): SQL => (ctx.scope === null ? sql`TRUE` : sql`p.department_id = ANY(${uuidArray(ctx.scope)})`);

export async function getDiscoveredApp(ctx: Ctx, catalogAppId: string): Promise<DiscoveredAppDetail> {
  requirePermission(ctx, 'discovery.read');
  const ex = exec(ctx);
  const base = toApp(ctx, await loadDiscovered(ctx, catalogAppId));
  const users = await rows<Record<string, unknown>>(ex, sql`
    WITH x AS (
      SELECT u.user_key, sum(u.signins)::int AS signins, sum(u.failures)::int AS failures, min(u.first_at) AS first_at, max(u.last_at) AS last_at
      FROM signin_users u WHERE u.match_seq IN ${placedOn(catalogAppId)} AND u.import_seq IN ${COMMITTED} AND u.user_key <> '' GROUP BY 1
      UNION SELECT DISTINCT g.user_key, 0, 0, NULL::timestamptz, NULL::timestamptz FROM oauth_grants g
      WHERE g.match_seq IN ${placedOn(catalogAppId)} AND g.import_seq IN ${COMMITTED} AND g.user_key IS NOT NULL),
    xs AS (SELECT user_key, sum(signins)::int AS signins, sum(failures)::int AS failures, min(first_at) AS first_at, max(last_at) AS last_at FROM x GROUP BY 1),
    g AS (SELECT DISTINCT ON (user_key) user_key, action, at, scopes, risk FROM oauth_grants
      WHERE match_seq IN ${placedOn(catalogAppId)} AND import_seq IN ${COMMITTED} AND user_key IS NOT NULL ORDER BY user_key, at DESC)
    SELECT x.*, p.id AS person_id, p.name AS person_name, p.department, p.status AS person_status, p.end_date, g.action, g.at AS grant_at, g.scopes, g.risk
    FROM xs x ${PERSON} LEFT JOIN g ON g.user_key = x.user_key
    WHERE ${personScope(ctx)} ORDER BY x.signins DESC, x.user_key LIMIT 500`);
  const scopes = ctx.scope !== null ? [] : await rows<{ scope: string; n: number }>(ex, sql`
    SELECT s AS scope, count(*)::int AS n FROM oauth_grants g CROSS JOIN LATERAL unnest(g.scopes) AS s
    WHERE g.match_seq IN ${placedOn(catalogAppId)} AND g.import_seq IN ${COMMITTED} AND g.action = 'grant' GROUP BY 1 ORDER BY 2 DESC`);
  const texts = await rows<Record<string, unknown>>(ex, sql`
    SELECT source, raw_text, confidence, reasons FROM match_texts WHERE seq IN ${placedOn(catalogAppId)} ORDER BY source, raw_text LIMIT 50`);
  return {
    ...base,
    users: users.map((u): AppUsage => {
      const last = isoTimeOrNull(u.last_at);
      const end = isoDateOrNull(u.end_date);
      const hrStatus = !u.person_id ? 'not_in_hr' : u.person_status === 'leaver' ? (end && last && last.slice(0, 10) > end ? 'leaver_after_end' : 'leaver') : 'active';
      return {
        userKey: u.user_key as string,
        person: u.person_id ? { id: u.person_id as string, name: u.person_name as string, department: (u.department as string) ?? null, status: u.person_status as string } : null,
        hrStatus,
        signins: Number(u.signins),
        failures: Number(u.failures),
        firstSeen: isoTimeOrNull(u.first_at),
        lastSeen: last,
        grant: u.action ? { state: u.action === 'grant' ? 'active' : 'revoked', at: isoTime(u.grant_at), scopes: (u.scopes as string[]) ?? [], risk: u.risk as string } : null,
      };
    }),
    scopes: scopes.map((s) => {
      const c = classifyScope(s.scope);
      return { scope: s.scope, area: c.area, access: c.access, risk: c.risk, label: c.label, grants: Number(s.n) };
    }),
    texts: texts.map((t) => ({ source: t.source as string, text: t.raw_text as string, confidence: Number(t.confidence), reasons: (t.reasons as string[]) ?? [] })),
  };
}

/** The source rows behind a discovered app, each with its file and line. */
export async function listEvidence(ctx: Ctx, catalogAppId: string, input: unknown): Promise<PageResult<EvidenceRow>> {
  requirePermission(ctx, 'discovery.read');
  const q = EvidenceQuery.parse(input);
  await loadDiscovered(ctx, catalogAppId);
  const ex = exec(ctx);
  const page = sql`LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`;
  let r: Record<string, unknown>[];
  if (q.kind === 'transactions') {
    const scope = ctx.scope === null ? sql`TRUE` : sql`t.department_id = ANY(${uuidArray(ctx.scope)})`;
    r = await rows(ex, sql`
      SELECT 'transaction' AS kind, t.posted_on::text AS at, coalesce(t.cardholder, '') AS user_key, (t.amount_minor / 100.0)::numeric(14, 2)::text || ' ' || t.currency AS detail,
        t.description AS text, i.id AS import_id, i.file_name, t.line, count(*) OVER () AS _total
      FROM transactions t JOIN imports i ON i.seq = t.import_seq AND i.state = 'committed'
      WHERE t.match_seq IN ${placedOn(catalogAppId)} AND ${scope} ORDER BY t.posted_on DESC, t.id ${page}`);
  } else {
    const table = q.kind === 'grants' ? sql`oauth_grants` : sql`signin_events`;
    const detail = q.kind === 'grants' ? sql`x.action || ': ' || array_to_string(x.scopes, ' ')` : sql`CASE x.outcome WHEN 's' THEN 'success' WHEN 'f' THEN 'failure' ELSE 'interrupted' END`;
    r = await rows(ex, sql`
      SELECT ${q.kind === 'grants' ? 'grant' : 'signin'} AS kind, x.at, x.user_key, ${detail} AS detail, m.raw_text AS text, i.id AS import_id, i.file_name, x.line, count(*) OVER () AS _total
      FROM ${table} x JOIN imports i ON i.seq = x.import_seq AND i.state = 'committed' JOIN match_texts m ON m.seq = x.match_seq ${PERSON}
      WHERE x.match_seq IN ${placedOn(catalogAppId)} AND ${personScope(ctx)} ORDER BY x.at DESC, x.line ${page}`);
  }
  return {
    items: r.map((x) => ({
      kind: x.kind as EvidenceRow['kind'], at: String(x.at).length === 10 ? String(x.at) : isoTime(x.at), user: (x.user_key as string) || null, detail: x.detail as string,
      text: x.text as string, importId: x.import_id as string, fileName: x.file_name as string, line: Number(x.line),
    })),
    total: Number(r[0]?._total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** Records (or clears) "known/approved" or "not relevant" for a discovered app. */
export async function decideDiscoveredApp(ctx: Ctx, catalogAppId: string, input: unknown): Promise<DiscoveredApp> {
  requirePermission(ctx, 'discovery.write');
  const data = DiscoveryDecisionInput.parse(input);
  return withTx(ctx, async (ctx) => {
    const before = toApp(ctx, await loadDiscovered(ctx, catalogAppId));
    if (data.decision === null) await exec(ctx).execute(sql`DELETE FROM discovery_decisions WHERE catalog_app_id = ${catalogAppId}`);
    else
      await exec(ctx).execute(sql`INSERT INTO discovery_decisions (catalog_app_id, decision, note, decided_by, decided_at) VALUES (${catalogAppId}, ${data.decision}, ${data.note}, ${ctx.actor.userId}, now())
        ON CONFLICT (catalog_app_id) DO UPDATE SET decision = excluded.decision, note = excluded.note, decided_by = excluded.decided_by, decided_at = now()`);
    await audit(ctx, { action: 'discovery.decide', entityType: 'discovered_app', entityId: catalogAppId, entityLabel: before.name,
      before: { status: before.status, decision: before.decision?.decision ?? null }, after: { decision: data.decision, note: data.note } });
    return toApp(ctx, await loadDiscovered(ctx, catalogAppId));
  });
}

/** Adds a discovered app to the inventory and puts it in review (discovered → in review); an inventory record still "discovered" moves to review. */
export async function addDiscoveredToInventory(ctx: Ctx, catalogAppId: string, input: unknown): Promise<{ appId: string; created: boolean; lifecycleStatus: string }> {
  requirePermission(ctx, 'discovery.write');
  const data = AddDiscoveredInput.parse(input);
  return withTx(ctx, async (ctx) => {
    const found = toApp(ctx, await loadDiscovered(ctx, catalogAppId));
    const reason = data.note ?? `Found by discovery (${found.sources.join(', ')}): ${found.users} users, first seen ${found.firstSeen.slice(0, 10)}`;
    if (found.inventory) {
      if (found.inventory.lifecycleStatus !== 'discovered') throw new AppError('conflict', `${found.name} is already in the inventory (${found.inventory.lifecycleStatus})`);
      const app = await changeLifecycle(ctx, found.inventory.id, { status: 'in_review', reason });
      return { appId: app.id, created: false, lifecycleStatus: app.lifecycleStatus };
    }
    const entry = loadCatalog().get(catalogAppId);
    const departmentIds = ctx.scope === null ? found.departments.map((x) => x.id) : found.departments.map((x) => x.id).filter((id) => ctx.scope!.includes(id));
    const created = await createApp(ctx, {
      name: entry?.name ?? found.name, vendor: entry?.vendor ?? null, category: (entry?.category as Category | undefined) ?? 'productivity',
      website: entry?.domains?.[0] ? `https://${entry.domains[0]}` : null, departmentIds, notes: reason,
    });
    await exec(ctx).execute(sql`UPDATE apps SET catalog_id = ${catalogAppId} WHERE id = ${created.id}`);
    const app = await changeLifecycle(ctx, created.id, { status: 'in_review', reason });
    return { appId: app.id, created: true, lifecycleStatus: app.lifecycleStatus };
  });
}

/** Sign-in identities outside the HR list, and leavers who signed in after their end date. */
export async function listDiscoveredUsers(ctx: Ctx, input: unknown): Promise<PageResult<DiscoveredUser>> {
  requirePermission(ctx, 'discovery.read');
  const q = DiscoveredUserQuery.parse(input);
  const statuses = q.status?.length ? q.status : ['not_in_hr', 'leaver_after_end'];
  const parts: SQL[] = [sql`u.status = ANY(${textArray(statuses)})`];
  if (ctx.scope !== null) parts.push(sql`u.department_id = ANY(${uuidArray(ctx.scope)})`);
  if (q.q) parts.push(sql`(u.user_key ILIKE ${likePattern(q.q)} OR u.user_name ILIKE ${likePattern(q.q)})`);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`
    SELECT u.*, p.name AS person_name, dp.name AS department, count(*) OVER () AS _total
    FROM discovered_users u LEFT JOIN people p ON p.id = u.person_id LEFT JOIN departments dp ON dp.id = u.department_id
    WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY ${sortSql(q.sort, { lastSeen: sql`u.last_seen`, signins: sql`u.signins`, user: sql`u.user_key` }, sql`u.user_key`)}
    LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return {
    items: r.map((u) => ({
      userKey: u.user_key as string, userName: (u.user_name as string) ?? null,
      person: u.person_id ? { id: u.person_id as string, name: u.person_name as string, department: (u.department as string) ?? null } : null,
      status: u.status as DiscoveredUser['status'], endDate: isoDateOrNull(u.end_date), apps: Number(u.apps), appNames: (u.app_names as string[]) ?? [],
      signins: Number(u.signins), signinsAfterEnd: Number(u.signins_after_end), firstSeen: isoTime(u.first_seen), lastSeen: isoTime(u.last_seen),
    })),
    total: Number(r[0]?._total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/** `tandem discover`: rebuilds discovery from everything imported and says what it found. */
export async function runDiscovery(ctx: Ctx): Promise<DiscoveryRun> {
  requirePermission(ctx, 'discovery.write');
  const refreshed = await withTx(ctx, async (ctx) => {
    const r = await refreshDiscovery(ctx);
    await audit(ctx, { action: 'discovery.run', entityType: 'discovery', entityId: null, entityLabel: 'Discovery', after: r });
    return r;
  });
  const summary = await discoverySummary(ctx);
  const shadow = await listDiscoveredApps(ctx, { status: 'shadow', pageSize: 10 });
  return { ...refreshed, summary, newestShadow: shadow.items };
}
