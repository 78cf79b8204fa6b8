import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import type { Tx } from '../../db/client.js';
import { insertRows } from '../../platform/bulk.js';
import { rows } from '../../platform/sql.js';
import type { SourceKind } from '../matching/index.js';
import { MATCH_COLUMNS } from './load-transactions.js';
import { orgMatcher } from './org-matcher.js';
import { shortHash } from './transaction-batcher.js';

/**
 * At commit, under the import lock: events and grants that an import committed meanwhile (an overlapping
 * file loaded at the same time) already holds are dropped from this one, and its aggregates rebuilt from
 * what is left. Rare, so the rebuild may read the events again.
 */
export async function dropConcurrentDuplicates(t: Tx, importId: string): Promise<number> {
  const others = sql`SELECT i.seq FROM imports i WHERE i.id <> ${importId} AND i.state = 'committed' AND i.finished_at >= (SELECT started_at FROM imports WHERE id = ${importId})`;
  const [{ n: concurrent }] = await rows<{ n: number }>(t, sql`SELECT count(*)::int AS n FROM (${others}) o`);
  if (Number(concurrent) === 0) return 0;
  const mine = sql`(SELECT seq FROM imports WHERE id = ${importId})`;
  let removed = 0;
  for (const table of ['signin_events', 'oauth_grants']) {
    const r = await rows<{ n: number }>(t, sql`WITH d AS (DELETE FROM ${sql.raw(table)} x USING ${sql.raw(table)} o
      WHERE x.import_seq = ${mine} AND o.event_key = x.event_key AND o.import_seq IN (${others}) RETURNING 1) SELECT count(*)::int AS n FROM d`);
    removed += Number(r[0].n);
  }
  if (removed === 0) return 0;
  await t.execute(sql`DELETE FROM signin_daily WHERE import_seq = ${mine}`);
  await t.execute(sql`INSERT INTO signin_daily (import_seq, match_seq, user_key, day, signins, failures)
    SELECT import_seq, match_seq, user_key, (at AT TIME ZONE 'UTC')::date, count(*) FILTER (WHERE outcome = 's'), count(*) FILTER (WHERE outcome = 'f')
    FROM signin_events WHERE import_seq = ${mine} AND user_key IS NOT NULL AND outcome IN ('s', 'f') GROUP BY 1, 2, 3, 4`);
  // The names came from the file's events; keep them through the rebuild.
  await t.execute(sql`WITH old AS (DELETE FROM signin_users WHERE import_seq = ${mine} RETURNING match_seq, user_key, user_name),
    names AS (SELECT match_seq, user_key, max(user_name) AS user_name FROM old GROUP BY 1, 2)
    INSERT INTO signin_users (import_seq, match_seq, user_key, user_name, signins, failures, first_at, last_at)
    SELECT e.import_seq, e.match_seq, e.user_key, max(n.user_name), count(*) FILTER (WHERE e.outcome = 's'), count(*) FILTER (WHERE e.outcome = 'f'), min(e.at), max(e.at)
    FROM signin_events e LEFT JOIN names n ON n.match_seq = e.match_seq AND n.user_key = e.user_key
    WHERE e.import_seq = ${mine} AND e.user_key IS NOT NULL AND e.outcome IN ('s', 'f') GROUP BY 1, 2, 3`);
  return removed;
}

/**
 * Grants whose client id nobody had named when they were imported (consent events carry only the id),
 * named now by app objects this or an earlier import brought, then matched like any other name.
 */
export async function nameUnmatchedGrants(t: Tx, importId: string): Promise<number> {
  const named = await rows<{ client_id: string; name: string; source: SourceKind }>(t, sql`
    SELECT DISTINCT ON (g.client_id, g.source) g.client_id, coalesce(a.label, a.name) AS name, g.source
    FROM oauth_grants g JOIN idp_apps a ON coalesce(a.client_id, a.app_id) = g.client_id
    JOIN imports i ON i.seq = a.import_seq AND (i.state = 'committed' OR i.id = ${importId})
    WHERE g.match_seq IS NULL AND coalesce(a.label, a.name) IS NOT NULL
    ORDER BY g.client_id, g.source, a.import_seq DESC`);
  if (!named.length) return 0;
  const matcher = await orgMatcher(t);
  let updated = 0;
  for (const n of named) {
    const hints = { oauthClientId: n.client_id };
    const result = matcher.match({ text: n.name, source: n.source, hints });
    const key = shortHash(`${n.source}\u0001${n.name}\u0001${n.client_id}`);
    await insertRows(t, 'match_texts', MATCH_COLUMNS, [[uuidv7(), key, n.source, n.name, hints, result.normalised, result.app?.id ?? null, result.app?.name ?? null,
      result.kind, result.confidence, result.method, result.ruleId ?? null, [...result.reasons], importId]], { onConflictDoNothing: true });
    const r = await rows<{ n: number }>(t, sql`WITH u AS (UPDATE oauth_grants SET match_seq = (SELECT seq FROM match_texts WHERE input_key = ${key}), app_name = ${n.name}
      WHERE client_id = ${n.client_id} AND source = ${n.source} AND match_seq IS NULL RETURNING 1) SELECT count(*)::int AS n FROM u`);
    updated += Number(r[0].n);
  }
  return updated;
}
