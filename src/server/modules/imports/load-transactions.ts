import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import type { Database } from '../../db/client.js';
import { copyRows, insertRows, textList } from '../../platform/bulk.js';
import { rows } from '../../platform/sql.js';
import type { Matcher, MatchHints, MatchResult, SourceKind } from '../matching/index.js';
import type { BadRow, TransactionRow } from './formats/types.js';
import { yieldToEventLoop, type ImportProgress } from './progress.js';

const BATCH = 4000;

export type TransactionSummary = {
  rows: number;
  duplicates: number;
  byKind: Record<'software' | 'not_software' | 'unknown', { rows: number; amountMinor: Record<string, number> }>;
  topApps: { name: string; catalogAppId: string | null; rows: number; amountMinor: number; currency: string }[];
  unknownTexts: number;
};

type MatchRef = { seq: number; kind: MatchResult['kind']; appId: string | null; appName: string | null };

// 96 bits of SHA-1: 16 characters per row instead of 27 (bytes per row decide bulk-load speed); collisions are negligible.
const hash = (s: string) => createHash('sha1').update(s).digest().subarray(0, 12).toString('base64url');

type Lookups = {
  personByEmail: Map<string, { id: string; departmentId: string | null }>;
  personByName: Map<string, { id: string; departmentId: string | null }>;
  departmentByName: Map<string, string>;
};

async function loadLookups(database: Database): Promise<Lookups> {
  const people = await rows<{ id: string; email: string; name: string; department_id: string | null }>(database.db, sql`SELECT id, email, name, department_id FROM people`);
  const depts = await rows<{ id: string; name: string }>(database.db, sql`SELECT id, name FROM departments`);
  const personByEmail = new Map<string, { id: string; departmentId: string | null }>();
  const personByName = new Map<string, { id: string; departmentId: string | null }>();
  for (const p of people) {
    const v = { id: p.id, departmentId: p.department_id };
    personByEmail.set(p.email.toLowerCase(), v);
    personByName.set(p.name.toLowerCase().replace(/\s+/g, ' '), v);
  }
  return { personByEmail, personByName, departmentByName: new Map(depts.map((d) => [d.name.toLowerCase(), d.id])) };
}

/**
 * Streams parsed transactions into the `transactions` table in batches, matched and de-duplicated.
 * The rows stay invisible (their import is not committed) until the final transaction. Bad rows go
 * to `onBad`; once one is seen and bad rows are not skipped, nothing more is written (the import
 * will fail) but the file is still read to the end so the report lists every bad line.
 */
export async function loadTransactions(opts: {
  database: Database;
  importId: string;
  format: string;
  matcher: Matcher;
  source: SourceKind;
  rows: AsyncIterable<TransactionRow | BadRow>;
  progress: ImportProgress;
  onBad(bad: BadRow): Promise<void>;
  writeAfterBad: boolean;
}): Promise<TransactionSummary & { cancelled: boolean }> {
  const { database, importId, matcher, source, progress } = opts;
  const lookups = await loadLookups(database);
  const [{ seq: importSeq }] = await rows<{ seq: number }>(database.db, sql`SELECT seq FROM imports WHERE id = ${importId}`);
  // With nothing committed yet there is nothing to duplicate; imports committing meanwhile are checked at commit.
  const [{ any }] = await rows<{ any: boolean }>(database.db, sql`SELECT EXISTS (SELECT 1 FROM imports WHERE state = 'committed' AND rows_imported > 0 AND format IN ('card_csv', 'ofx', 'camt053')) AS any`);
  const matchRefs = new Map<string, MatchRef>();
  const refByInput = new Map<string, MatchRef>();
  let copying: Promise<unknown> = Promise.resolve();
  const stats = new Map<string, { matchSeq: number; departmentId: string | null; currency: string; rows: number; amountMinor: number; first: string; last: string; holders: Set<string> }>();
  const seen = new Set<string>();
  const occurrences = new Map<string, number>();
  const summary: TransactionSummary = {
    rows: 0,
    duplicates: 0,
    byKind: { software: { rows: 0, amountMinor: {} }, not_software: { rows: 0, amountMinor: {} }, unknown: { rows: 0, amountMinor: {} } },
    topApps: [],
    unknownTexts: 0,
  };
  const apps = new Map<string, { name: string; catalogAppId: string | null; rows: number; amountMinor: number; currency: string }>();
  let anyBad = false;
  let batch: TransactionRow[] = [];

  const flush = async () => {
    const b = batch;
    batch = [];
    if (!b.length || (anyBad && !opts.writeAfterBad)) return;
    // Keys first: the format's own id when it has one, else the content plus its occurrence number in this file.
    const keyed: { row: TransactionRow; key: string }[] = [];
    for (const row of b) {
      let key: string;
      if (row.externalId) key = hash(`id\u0001${opts.format}\u0001${row.account ?? ''}\u0001${row.externalId}`);
      else {
        const content = `c\u0001${row.account ?? ''}\u0001${row.date}\u0001${row.amountMinor}\u0001${row.currency}\u0001${row.description}`;
        const n = (occurrences.get(content) ?? 0) + 1;
        occurrences.set(content, n);
        key = hash(`${content}\u0001${n}`);
      }
      if (seen.has(key)) {
        summary.duplicates++;
        continue;
      }
      seen.add(key);
      keyed.push({ row, key });
    }
    const existing = keyed.length && any
      ? await rows<{ dedupe_key: string }>(database.db, sql`SELECT t.dedupe_key FROM transactions t JOIN imports i ON i.seq = t.import_seq AND i.state = 'committed'
          WHERE t.dedupe_key = ANY(${textList(keyed.map((k) => k.key))})`)
      : [];
    const dup = new Set(existing.map((e) => e.dedupe_key));
    const fresh = keyed.filter((k) => !dup.has(k.key));
    summary.duplicates += keyed.length - fresh.length;

    const refs = await resolveMatches(fresh.map((k) => k.row));
    const out: unknown[][] = [];
    fresh.forEach(({ row, key }, i) => {
      const ref = refs[i];
      const holder = row.cardholder?.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
      const person = holder ? (lookups.personByEmail.get(holder) ?? lookups.personByName.get(holder)) : undefined;
      const departmentId = (row.department && lookups.departmentByName.get(row.department.trim().toLowerCase())) || person?.departmentId || null;
      out.push([importSeq, row.line, key, row.externalId, row.account, row.date, row.amountMinor, row.currency, row.description, row.merchant, row.cardholder, person?.id ?? null, departmentId, row.mcc, row.category, ref.seq]);
      const sk = `${ref.seq}\u0001${departmentId ?? ''}\u0001${row.currency}`;
      const st = stats.get(sk);
      const who = person?.id ?? (holder || null);
      if (st) {
        if (who && st.holders.size < 1000) st.holders.add(who);
        st.rows++;
        st.amountMinor += row.amountMinor;
        if (row.date < st.first) st.first = row.date;
        if (row.date > st.last) st.last = row.date;
      } else stats.set(sk, { matchSeq: ref.seq, departmentId, currency: row.currency, rows: 1, amountMinor: row.amountMinor, first: row.date, last: row.date, holders: new Set(who ? [who] : []) });
      const k = summary.byKind[ref.kind];
      k.rows++;
      k.amountMinor[row.currency] = (k.amountMinor[row.currency] ?? 0) + row.amountMinor;
      if (ref.appName) {
        const a = apps.get(ref.appName) ?? { name: ref.appName, catalogAppId: ref.appId, rows: 0, amountMinor: 0, currency: row.currency };
        a.rows++;
        if (row.currency === a.currency) a.amountMinor += row.amountMinor;
        apps.set(ref.appName, a);
      }
    });
    summary.rows += out.length;
    // One COPY in flight while the next batch is parsed and matched (on PostgreSQL the two overlap).
    await copying;
    copying = copyRows(database, 'transactions', TX_COLUMNS, out);
  };

  /** One match_texts row per distinct input, shared by every import; new ones are written here. */
  const resolveMatches = async (list: TransactionRow[]): Promise<MatchRef[]> => {
    const out: (MatchRef | null)[] = new Array(list.length).fill(null);
    const pending: { i: number; key: string; input: string; text: string; hints: MatchHints; result: MatchResult }[] = [];
    list.forEach((row, i) => {
      const input = `${row.description}\u0001${row.merchant ?? ''}\u0001${row.mcc ?? ''}\u0001${row.category ?? ''}`;
      const known = refByInput.get(input);
      if (known) {
        out[i] = known;
        return;
      }
      const hints: MatchHints = { ...(row.mcc ? { mcc: row.mcc } : {}), ...(row.category ? { vendorCategory: row.category } : {}) };
      let text = row.description;
      let result = matcher.match({ text, source, hints });
      if (row.merchant && row.merchant !== row.description && (result.kind !== 'software' || result.confidence < 0.8)) {
        const alt = matcher.match({ text: row.merchant, source, hints });
        if (alt.confidence > result.confidence || (alt.kind === 'software' && result.kind !== 'software')) {
          text = row.merchant;
          result = alt;
        }
      }
      pending.push({ i, input, key: hash(`${source}\u0001${text}\u0001${row.mcc ?? ''}\u0001${row.category ?? ''}`), text, hints, result });
    });
    if (pending.length) {
      const keys = [...new Set(pending.filter((p) => !matchRefs.has(p.key)).map((p) => p.key))];
      const select = () =>
        rows<{ seq: number; input_key: string; kind: MatchResult['kind']; catalog_app_id: string | null; app_name: string | null }>(
          database.db,
          sql`SELECT seq, input_key, kind, catalog_app_id, app_name FROM match_texts WHERE input_key = ANY(${textList(keys)})`,
        );
      const remember = (found: Awaited<ReturnType<typeof select>>) => {
        for (const f of found) matchRefs.set(f.input_key, { seq: Number(f.seq), kind: f.kind, appId: f.catalog_app_id, appName: f.app_name });
      };
      if (keys.length) {
        remember(await select());
        const insert: unknown[][] = [];
        const queued = new Set<string>();
        for (const p of pending) {
          if (matchRefs.has(p.key) || queued.has(p.key)) continue;
          queued.add(p.key);
          const r = p.result;
          if (r.kind === 'unknown') summary.unknownTexts++;
          insert.push([uuidv7(), p.key, source, p.text.slice(0, 2000), Object.keys(p.hints).length ? p.hints : null, r.normalised, r.app?.id ?? null, r.app?.name ?? null, r.kind, r.confidence, r.method, r.ruleId ?? null, [...r.reasons], importId]);
        }
        // Another worker may write the same text at the same moment: keep its row and point at it.
        if (insert.length) {
          await insertRows(database.db, 'match_texts', MATCH_COLUMNS, insert, { onConflictDoNothing: true });
          remember(await select());
        }
      }
      for (const p of pending) {
        const ref = matchRefs.get(p.key)!;
        refByInput.set(p.input, ref);
        out[p.i] = ref;
      }
    }
    return out as MatchRef[];
  };

  for await (const item of opts.rows) {
    if (item.bad) {
      anyBad = true;
      await opts.onBad(item);
      continue;
    }
    batch.push(item);
    progress.rows++;
    if (batch.length >= BATCH) {
      await flush();
      if (await progress.tick()) {
        await copying;
        return { ...finish(), cancelled: true };
      }
      await yieldToEventLoop();
    }
  }
  await flush();
  await copying;
  await copyRows(database, 'match_stats', STATS_COLUMNS, [...stats.values()].map((x) => [importSeq, x.matchSeq, x.departmentId, x.currency, x.rows, x.amountMinor, x.first, x.last, [...x.holders]]));

  function finish(): TransactionSummary {
    summary.topApps = [...apps.values()].sort((a, b) => b.amountMinor - a.amountMinor).slice(0, 10);
    return summary;
  }
  return { ...finish(), cancelled: false };
}

const TX_COLUMNS = [
  ['import_seq', 'int'], ['line', 'int'], ['dedupe_key', 'text'], ['external_id', 'text'], ['account', 'text'], ['posted_on', 'date'],
  ['amount_minor', 'bigint'], ['currency', 'text'], ['description', 'text'], ['merchant', 'text'], ['cardholder', 'text'], ['person_id', 'uuid'],
  ['department_id', 'uuid'], ['mcc', 'text'], ['category', 'text'], ['match_seq', 'int'],
] as const;

const STATS_COLUMNS = [
  ['import_seq', 'int'], ['match_seq', 'int'], ['department_id', 'uuid'], ['currency', 'text'], ['rows', 'int'], ['amount_minor', 'bigint'], ['first_seen', 'date'], ['last_seen', 'date'], ['holders', 'text[]'],
] as const;

const MATCH_COLUMNS = [
  ['id', 'uuid'], ['input_key', 'text'], ['source', 'text'], ['raw_text', 'text'], ['hints', 'jsonb'], ['normalised', 'text'], ['catalog_app_id', 'text'],
  ['app_name', 'text'], ['kind', 'text'], ['confidence', 'real'], ['method', 'text'], ['rule_id', 'uuid'], ['reasons', 'text[]'], ['first_import_id', 'uuid'],
] as const;
