import { sql } from 'drizzle-orm';
import { insertRows } from '../../platform/bulk.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { rows } from '../../platform/sql.js';

/** Below this an app match waits in the review queue instead of counting as a discovered app. */
export const DISCOVERY_CONFIDENCE = 0.8;

export const COMMITTED = sql`(SELECT seq FROM imports WHERE state = 'committed')`;
/** Texts that name a software app with confidence (or by an organisation's rule). */
export const PLACED = sql`(SELECT seq, catalog_app_id, app_name, source FROM match_texts WHERE kind = 'software' AND catalog_app_id IS NOT NULL AND (rule_id IS NOT NULL OR confidence >= ${DISCOVERY_CONFIDENCE}))`;
/** Every address a person signs in with: the HR e-mail and the aliases, lower case; one person per address. */
export const IDENTITIES = sql`(SELECT DISTINCT ON (k) k, id, name, department_id, status, end_date FROM (
  SELECT lower(email) AS k, id, name, department_id, status, end_date FROM people
  UNION ALL SELECT lower(a), id, name, department_id, status, end_date FROM people CROSS JOIN LATERAL unnest(aliases) AS a) x ORDER BY k, id)`;

type Dept = { id: string; name: string; users: number; signins: number; spend: Record<string, number> };
type App = {
  name: string; sources: Set<string>; first: Date | null; last: Date | null; signins: number; failures: number; users: number; unknownUsers: number; leaverUsers: number;
  grants: number; activeGrants: number; grantRisk: string | null; spend: Record<string, number>; spendRows: number; departments: Map<string, Dept>;
};

const RISK_ORDER = ['low', 'medium', 'high'];
const d = (v: unknown) => (v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v).length === 10 ? `${v}T00:00:00Z` : String(v)));
const min = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a < b ? a : b);
const max = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a > b ? a : b);

/**
 * Rebuilds discovery's answer from every committed import: per catalog app the sources, first and last
 * seen, sign-ins, distinct users (sign-ins and OAuth grants), users outside the HR list and leavers still
 * signing in, grants and their riskiest scope, spend, and departments; and per sign-in identity whether it
 * is a person of the HR list. Runs in the committing import's transaction (and in `tandem discover`), so
 * readers see the aggregates of exactly the committed imports.
 */
export async function refreshDiscovery(ctx: Ctx): Promise<{ apps: number; users: number }> {
  const ex = exec(ctx);
  // Two imports committing at once would each rebuild the same rows.
  await ex.execute(sql`SELECT pg_advisory_xact_lock(73011)`);
  // Every query here aggregates whole tables: hash joins and in-memory sorts are right, whatever the row
  // estimates say (a CTE is estimated at one row, and a nested loop over 300k sign-in pairs takes minutes). On
  // PostgreSQL hash aggregates too: sorting 600k text keys for a group aggregate takes three times as long. The
  // embedded database keeps its sorts, which spill to disk: its memory, once grown, is never given back.
  await ex.execute(sql`SET LOCAL enable_nestloop = off`);
  if (ctx.database.kind === 'postgres') await ex.execute(sql`SET LOCAL enable_sort = off`);
  await ex.execute(sql`SET LOCAL work_mem = '64MB'`);
  const apps = new Map<string, App>();
  const app = (id: string, name: string): App => {
    let a = apps.get(id);
    if (!a) {
      a = { name, sources: new Set(), first: null, last: null, signins: 0, failures: 0, users: 0, unknownUsers: 0, leaverUsers: 0, grants: 0, activeGrants: 0, grantRisk: null, spend: {}, spendRows: 0, departments: new Map() };
      apps.set(id, a);
    }
    return a;
  };
  const departments = new Map((await rows<{ id: string; name: string }>(ex, sql`SELECT id, name FROM departments`)).map((x) => [x.id, x.name]));
  const dept = (a: App, id: string | null): Dept | null => {
    if (!id) return null;
    let x = a.departments.get(id);
    if (!x) a.departments.set(id, (x = { id, name: departments.get(id) ?? '', users: 0, signins: 0, spend: {} }));
    return x;
  };

  // Which apps the sign-ins and grants name, from where. The texts in use come from one pass over each table: two
  // EXISTS joined by OR were a subplan per matched text, fine while match_texts had no statistics and a
  // sequential scan each (3.7 s for 337 texts) once autovacuum had analysed it.
  const named = await rows<{ app: string; name: string; sources: string[] }>(ex, sql`
    WITH m AS ${PLACED},
    used AS (
      SELECT match_seq FROM signin_users WHERE signins > 0 AND import_seq IN ${COMMITTED}
      UNION SELECT match_seq FROM oauth_grants WHERE match_seq IS NOT NULL AND import_seq IN ${COMMITTED})
    SELECT m.catalog_app_id AS app, max(m.app_name) AS name, array_agg(DISTINCT m.source) AS sources FROM m JOIN used ON used.match_seq = m.seq
    GROUP BY 1`);
  for (const r of named) for (const src of r.sources) app(r.app, r.name).sources.add(src);

  // People per app: who signed in (successfully) or granted it access, by department and by whether HR knows them.
  // Two plain hash aggregations (per app and person, then per app and department): no sorting, no arrays.
  const people = await rows<Record<string, unknown>>(ex, sql`
    WITH m AS ${PLACED},
    pairs AS (
      SELECT app, user_key, sum(signins)::int AS signins, sum(failures)::int AS failures, min(first_at) AS first_at, max(last_at) AS last_at, bool_or(granted) AS granted FROM (
        SELECT m.catalog_app_id AS app, u.user_key, u.signins, u.failures, CASE WHEN u.signins > 0 THEN u.first_at END AS first_at, CASE WHEN u.signins > 0 THEN u.last_at END AS last_at, false AS granted
        FROM signin_users u JOIN m ON m.seq = u.match_seq WHERE u.import_seq IN ${COMMITTED}
        UNION ALL
        SELECT m.catalog_app_id, g.user_key, 0, 0, g.at, g.at, true
        FROM oauth_grants g JOIN m ON m.seq = g.match_seq WHERE g.import_seq IN ${COMMITTED} AND g.user_key IS NOT NULL AND g.action = 'grant') z
      GROUP BY 1, 2)
    SELECT x.app, p.department_id, (p.id IS NULL) AS unknown, coalesce(p.status = 'leaver' AND p.end_date IS NOT NULL AND x.last_at::date > p.end_date, false) AS after_end,
      count(*) FILTER (WHERE x.signins > 0 OR x.granted)::int AS users, sum(x.signins)::int AS signins, sum(x.failures)::int AS failures,
      min(x.first_at) AS first_at, max(x.last_at) AS last_at
    FROM pairs x LEFT JOIN ${IDENTITIES} p ON p.k = x.user_key
    GROUP BY 1, 2, 3, 4`);
  for (const r of people) {
    const a = apps.get(r.app as string);
    if (!a) continue;
    a.first = min(a.first, d(r.first_at));
    a.last = max(a.last, d(r.last_at));
    a.signins += Number(r.signins);
    a.failures += Number(r.failures);
    a.users += Number(r.users);
    if (r.unknown) a.unknownUsers += Number(r.users);
    if (r.after_end) a.leaverUsers += Number(r.users);
    const x = dept(a, r.department_id as string | null);
    if (x) {
      x.users += Number(r.users);
      x.signins += Number(r.signins);
    }
  }

  // Grants: how many, how many still active (the latest event per person and client is a grant), riskiest scope.
  const grants = await rows<Record<string, unknown>>(ex, sql`
    WITH m AS ${PLACED},
    g AS (SELECT m.catalog_app_id AS app, max(m.app_name) OVER (PARTITION BY m.catalog_app_id) AS name, g.* FROM oauth_grants g JOIN m ON m.seq = g.match_seq WHERE g.import_seq IN ${COMMITTED}),
    latest AS (SELECT DISTINCT ON (app, user_key, coalesce(client_id, '')) app, action, risk FROM g ORDER BY app, user_key, coalesce(client_id, ''), at DESC),
    active AS (SELECT app, count(*)::int AS n, max(CASE risk WHEN 'high' THEN 2 WHEN 'medium' THEN 1 ELSE 0 END) AS risk FROM latest WHERE action = 'grant' GROUP BY app)
    SELECT g.app, max(g.name) AS name, count(*) FILTER (WHERE g.action = 'grant')::int AS grants, coalesce(a.n, 0) AS active, a.risk,
      array_agg(DISTINCT g.source) AS sources, min(g.at) AS first_at, max(g.at) AS last_at
    FROM g LEFT JOIN active a ON a.app = g.app GROUP BY g.app, a.n, a.risk`);
  for (const r of grants) {
    const a = app(r.app as string, r.name as string);
    a.grants = Number(r.grants);
    a.activeGrants = Number(r.active);
    a.grantRisk = r.risk === null || r.risk === undefined ? null : RISK_ORDER[Number(r.risk)];
    for (const s of r.sources as string[]) a.sources.add(s);
    a.first = min(a.first, d(r.first_at));
    a.last = max(a.last, d(r.last_at));
  }

  // Spend from card and bank imports.
  const spend = await rows<Record<string, unknown>>(ex, sql`
    WITH m AS ${PLACED}
    SELECT m.catalog_app_id AS app, max(m.app_name) AS name, s.department_id, s.currency, sum(s.rows)::int AS n, sum(s.amount_minor)::bigint AS amount,
      min(s.first_seen) AS first_seen, max(s.last_seen) AS last_seen
    FROM match_stats s JOIN m ON m.seq = s.match_seq WHERE s.import_seq IN ${COMMITTED} GROUP BY 1, 3, 4`);
  for (const r of spend) {
    const a = app(r.app as string, r.name as string);
    a.sources.add('card');
    const cur = r.currency as string;
    a.spend[cur] = (a.spend[cur] ?? 0) + Number(r.amount);
    a.spendRows += Number(r.n);
    a.first = min(a.first, d(r.first_seen));
    a.last = max(a.last, d(r.last_seen));
    const x = dept(a, r.department_id as string | null);
    if (x) x.spend[cur] = (x.spend[cur] ?? 0) + Number(r.amount);
  }

  await ex.execute(sql`DELETE FROM discovered_apps`);
  const now = new Date().toISOString();
  const list = [...apps.entries()].filter(([, a]) => a.first && a.last);
  await insertRows(ex, 'discovered_apps', [
    ['catalog_app_id', 'text'], ['name', 'text'], ['sources', 'text[]'], ['first_seen', 'timestamptz'], ['last_seen', 'timestamptz'], ['signins', 'int'], ['failures', 'int'],
    ['users', 'int'], ['unknown_users', 'int'], ['leaver_users', 'int'], ['grants', 'int'], ['active_grants', 'int'], ['grant_risk', 'text'], ['spend', 'jsonb'],
    ['spend_rows', 'int'], ['departments', 'jsonb'], ['department_ids', 'uuid[]'], ['spend_minor', 'bigint'], ['refreshed_at', 'timestamptz'],
  ], list.map(([id, a]) => [
    id, a.name, [...a.sources].sort(), a.first!.toISOString(), a.last!.toISOString(), a.signins, a.failures, a.users, a.unknownUsers, a.leaverUsers, a.grants, a.activeGrants,
    a.grantRisk, a.spend, a.spendRows, [...a.departments.values()].sort((p, q) => q.users - p.users), [...a.departments.keys()],
    Math.max(0, ...Object.values(a.spend)), now,
  ]));

  const users = await refreshUsers(ctx);
  return { apps: list.length, users };
}

/** Every sign-in identity with its person (by e-mail or alias), and whether it is outside the HR list or a leaver signing in after the end date. */
async function refreshUsers(ctx: Ctx): Promise<number> {
  const ex = exec(ctx);
  await ex.execute(sql`DELETE FROM discovered_users`);
  // Per person and app first (hash aggregation), then per person; app names only for the identities worth a look.
  const r = await rows<{ n: number }>(ex, sql`
    WITH pa AS (
      SELECT u.user_key, u.match_seq, max(u.user_name) AS user_name, sum(u.signins)::int AS signins, min(u.first_at) AS first_at, max(u.last_at) AS last_at
      FROM signin_users u WHERE u.import_seq IN ${COMMITTED} AND u.user_key <> '' GROUP BY 1, 2),
    u AS (
      SELECT user_key, max(user_name) AS user_name, count(*) FILTER (WHERE signins > 0)::int AS apps, sum(signins)::int AS signins, min(first_at) AS first_at, max(last_at) AS last_at
      FROM pa GROUP BY 1),
    p AS ${IDENTITIES},
    after_end AS (
      SELECT s.user_key, sum(s.signins)::int AS n FROM signin_daily s JOIN p ON p.k = s.user_key
      WHERE p.status = 'leaver' AND p.end_date IS NOT NULL AND s.day > p.end_date AND s.import_seq IN ${COMMITTED} GROUP BY 1),
    ins AS (
      INSERT INTO discovered_users (user_key, user_name, person_id, department_id, status, end_date, apps, signins, signins_after_end, first_seen, last_seen, app_names)
      SELECT u.user_key, u.user_name, p.id, p.department_id,
        CASE WHEN p.id IS NULL THEN 'not_in_hr' WHEN p.status = 'leaver' AND coalesce(a.n, 0) > 0 THEN 'leaver_after_end' WHEN p.status = 'leaver' THEN 'leaver' ELSE 'active' END,
        p.end_date, u.apps, u.signins, coalesce(a.n, 0), u.first_at, u.last_at, '{}'
      FROM u LEFT JOIN p ON p.k = u.user_key LEFT JOIN after_end a ON a.user_key = u.user_key
      RETURNING 1)
    SELECT count(*)::int AS n FROM ins`);
  // The first 20 names alphabetically. Distinct pairs first and each person's few dozen names sorted on their
  // own: one array_agg(DISTINCT …) sorted every sign-in pair together (0.73 s for 350k pairs).
  await ex.execute(sql`
    UPDATE discovered_users d SET app_names = ARRAY(SELECT n FROM unnest(x.names) AS n ORDER BY n LIMIT 20) FROM (
      SELECT user_key, array_agg(name) AS names FROM (
        SELECT DISTINCT u.user_key, coalesce(m.app_name, m.raw_text) AS name
        FROM signin_users u JOIN match_texts m ON m.seq = u.match_seq
        WHERE u.user_key IN (SELECT user_key FROM discovered_users WHERE status IN ('not_in_hr', 'leaver_after_end')) AND u.signins > 0 AND u.import_seq IN ${COMMITTED}) z
      GROUP BY 1) x
    WHERE d.user_key = x.user_key`);
  return Number(r[0].n);
}
