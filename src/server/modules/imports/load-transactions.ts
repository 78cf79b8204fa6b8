import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import type { Database } from '../../db/client.js';
import { insertRows, textList } from '../../platform/bulk.js';
import { rows } from '../../platform/sql.js';
import type { Matcher, MatchResult, SourceKind } from '../matching/index.js';
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

type MatchRef = { id: string; kind: MatchResult['kind']; appId: string | null; appName: string | null };

const hash = (s: string) => createHash('sha1').update(s).digest('base64url');

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
  const matchRefs = new Map<string, MatchRef>();
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
        const content = hash(`c\u0001${row.account ?? ''}\u0001${row.date}\u0001${row.amountMinor}\u0001${row.currency}\u0001${row.description}`);
        const n = (occurrences.get(content) ?? 0) + 1;
        occurrences.set(content, n);
        key = `${content}#${n}`;
      }
      if (seen.has(key)) {
        summary.duplicates++;
        continue;
      }
      seen.add(key);
      keyed.push({ row, key });
    }
    const existing = keyed.length
      ? await rows<{ dedupe_key: string }>(database.db, sql`SELECT t.dedupe_key FROM transactions t JOIN imports i ON i.id = t.import_id AND i.state = 'committed'
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
      out.push([uuidv7(), importId, row.line, key, row.externalId, row.account, row.date, row.amountMinor, row.currency, row.description, row.merchant, row.cardholder, person?.id ?? null, departmentId, row.mcc, row.category, ref.id]);
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
    await insertRows(database.db, 'transactions', TX_COLUMNS, out);
  };

  /** One match_texts row per distinct input, shared by every import; new ones are written here. */
  const resolveMatches = async (list: TransactionRow[]): Promise<MatchRef[]> => {
    const inputs = list.map((row) => {
      const hints = { ...(row.mcc ? { mcc: row.mcc } : {}), ...(row.category ? { vendorCategory: row.category } : {}) };
      let text = row.description;
      let result = matcher.match({ text, source, hints });
      if (row.merchant && row.merchant !== row.description && (result.kind !== 'software' || result.confidence < 0.8)) {
        const alt = matcher.match({ text: row.merchant, source, hints });
        if (alt.confidence > result.confidence || (alt.kind === 'software' && result.kind !== 'software')) {
          text = row.merchant;
          result = alt;
        }
      }
      return { key: hash(`${source}\u0001${text}\u0001${row.mcc ?? ''}\u0001${row.category ?? ''}`), text, hints, result };
    });
    const missing = [...new Set(inputs.filter((x) => !matchRefs.has(x.key)).map((x) => x.key))];
    if (missing.length) {
      const found = await rows<{ id: string; input_key: string; kind: MatchResult['kind']; catalog_app_id: string | null; app_name: string | null }>(
        database.db,
        sql`SELECT id, input_key, kind, catalog_app_id, app_name FROM match_texts WHERE input_key = ANY(${textList(missing)})`,
      );
      for (const f of found) matchRefs.set(f.input_key, { id: f.id, kind: f.kind, appId: f.catalog_app_id, appName: f.app_name });
      const insert: unknown[][] = [];
      for (const x of inputs) {
        if (matchRefs.has(x.key)) continue;
        const id = uuidv7();
        const r = x.result;
        matchRefs.set(x.key, { id, kind: r.kind, appId: r.app?.id ?? null, appName: r.app?.name ?? null });
        if (r.kind === 'unknown') summary.unknownTexts++;
        insert.push([id, x.key, source, x.text.slice(0, 2000), Object.keys(x.hints).length ? x.hints : null, r.normalised, r.app?.id ?? null, r.app?.name ?? null, r.kind, r.confidence, r.method, r.ruleId ?? null, [...r.reasons], importId]);
      }
      // Another worker may have written the same text a moment ago: keep its row and point at it.
      const written = await insertRows(database.db, 'match_texts', MATCH_COLUMNS, insert, { onConflictDoNothing: true });
      if (written < insert.length) {
        const keys = insert.map((r) => r[1] as string);
        const again = await rows<{ id: string; input_key: string; kind: MatchResult['kind']; catalog_app_id: string | null; app_name: string | null }>(
          database.db,
          sql`SELECT id, input_key, kind, catalog_app_id, app_name FROM match_texts WHERE input_key = ANY(${textList(keys)})`,
        );
        for (const f of again) matchRefs.set(f.input_key, { id: f.id, kind: f.kind, appId: f.catalog_app_id, appName: f.app_name });
      }
    }
    return inputs.map((x) => matchRefs.get(x.key)!);
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
      if (await progress.tick()) return { ...finish(), cancelled: true };
      await yieldToEventLoop();
    }
  }
  await flush();

  function finish(): TransactionSummary {
    summary.topApps = [...apps.values()].sort((a, b) => b.amountMinor - a.amountMinor).slice(0, 10);
    return summary;
  }
  return { ...finish(), cancelled: false };
}

const TX_COLUMNS = [
  ['id', 'uuid'], ['import_id', 'uuid'], ['line', 'int'], ['dedupe_key', 'text'], ['external_id', 'text'], ['account', 'text'], ['posted_on', 'date'],
  ['amount_minor', 'bigint'], ['currency', 'text'], ['description', 'text'], ['merchant', 'text'], ['cardholder', 'text'], ['person_id', 'uuid'],
  ['department_id', 'uuid'], ['mcc', 'text'], ['category', 'text'], ['match_id', 'uuid'],
] as const;

const MATCH_COLUMNS = [
  ['id', 'uuid'], ['input_key', 'text'], ['source', 'text'], ['raw_text', 'text'], ['hints', 'jsonb'], ['normalised', 'text'], ['catalog_app_id', 'text'],
  ['app_name', 'text'], ['kind', 'text'], ['confidence', 'real'], ['method', 'text'], ['rule_id', 'uuid'], ['reasons', 'text[]'], ['first_import_id', 'uuid'],
] as const;
