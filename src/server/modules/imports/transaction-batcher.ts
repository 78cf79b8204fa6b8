import { hash } from 'node:crypto';
import { copyText } from '../../platform/bulk.js';
import type { Matcher, MatchHints, MatchResult, SourceKind } from '../matching/index.js';
import type { TransactionRow } from './formats/types.js';
import { KeySet } from './key-set.js';

export type TransactionSummary = {
  rows: number;
  duplicates: number;
  byKind: Record<'software' | 'not_software' | 'unknown', { rows: number; amountMinor: Record<string, number> }>;
  topApps: { name: string; catalogAppId: string | null; rows: number; amountMinor: number; currency: string }[];
  unknownTexts: number;
};

export type MatchRef = { seq: number; kind: MatchResult['kind']; appId: string | null; appName: string | null };
/** A text the database has not seen from this import yet, with the engine's answer. */
export type NewText = { key: string; source?: SourceKind; text: string; hints: MatchHints | null; result: Omit<MatchResult, 'reasons'> & { reasons: string[] } };
/** What the batcher asks of the database for one batch: ids for new texts, and which keys are already imported. */
export type ResolveRequest = {
  texts: NewText[];
  dedupeKeys: string[] | null;
  /** Where earlier imports keep the keys: transactions (default), sign-in events or grants. */
  dedupeIn?: 'transactions' | 'signin_events' | 'oauth_grants';
  /** OAuth client ids to name from what committed imports know (app objects, sign-ins). */
  clientIds?: string[];
};
export type ResolveReply = { refs: [string, MatchRef][]; duplicates: string[]; clientNames?: [string, string][] };
export type Lookups = { people: [email: string, name: string, id: string, departmentId: string | null][]; departments: [name: string, id: string][] };

export const TX_COLUMNS = [
  ['import_seq', 'int'], ['line', 'int'], ['dedupe_key', 'text'], ['external_id', 'text'], ['account', 'text'], ['posted_on', 'date'],
  ['amount_minor', 'bigint'], ['currency', 'text'], ['description', 'text'], ['merchant', 'text'], ['cardholder', 'text'], ['person_id', 'uuid'],
  ['department_id', 'uuid'], ['mcc', 'text'], ['category', 'text'], ['match_seq', 'int'],
] as const;

export const STATS_COLUMNS = [
  ['import_seq', 'int'], ['match_seq', 'int'], ['department_id', 'uuid'], ['currency', 'text'], ['rows', 'int'], ['amount_minor', 'bigint'], ['first_seen', 'date'], ['last_seen', 'date'], ['holders', 'text[]'],
] as const;

// 96 bits of SHA-1: 16 characters per row instead of 27 (bytes per row decide bulk-load speed); collisions are negligible.
// One-shot `hash` costs a third of createHash().update().digest(); the first 16 base64url characters are the first 12 bytes.
export const shortHash = (s: string) => hash('sha1', s, 'base64url').slice(0, 16);

type Person = { id: string; departmentId: string | null };
type Holder = { holder: string; person: Person | undefined; departmentId: string | null };

const SPECIAL = /[\\\t\n\r\u0000]/;
/** A text value in COPY's text format; null is \N. */
export function esc(v: string | null): string {
  if (v === null) return '\\N';
  if (!SPECIAL.test(v)) return v;
  return v.replace(/\u0000/g, '').replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * Turns parsed transactions into COPY text for `transactions`, batch by batch: matches each distinct
 * input once, keys every row for de-duplication (the format's own id, else its content and occurrence
 * number in the file), links card holders to people, and keeps the import's summary and per-text
 * aggregates. Pure apart from `resolve`, which asks the database — so it can run on a worker thread.
 */
export class TransactionBatcher {
  private readonly refByInput = new Map<string, MatchRef>();
  private readonly refByKey = new Map<string, MatchRef>();
  private readonly seen = new KeySet();
  /** Content hashes seen in the file, and how often those seen more than once were (rare: one map entry each). */
  private readonly contents = new KeySet();
  private readonly repeats = new Map<string, number>();
  private readonly holders = new Map<string, Holder>();
  private readonly personByEmail = new Map<string, Person>();
  private readonly personByName = new Map<string, Person>();
  private readonly departmentByName: Map<string, string>;
  private readonly stats = new Map<string, { matchSeq: number; departmentId: string | null; currency: string; rows: number; amountMinor: number; first: string; last: string; holders: Set<string> }>();
  private readonly apps = new Map<string, { name: string; catalogAppId: string | null; rows: number; amountMinor: number; currency: string }>();
  readonly summary: TransactionSummary = {
    rows: 0,
    duplicates: 0,
    byKind: { software: { rows: 0, amountMinor: {} }, not_software: { rows: 0, amountMinor: {} }, unknown: { rows: 0, amountMinor: {} } },
    topApps: [],
    unknownTexts: 0,
  };

  constructor(
    /**
     * `ranges`: [first, last] dates of committed statement imports (null: unknown, check every row). A row keyed
     * by its content can only repeat one of theirs on a date inside their span; rows with the format's own id
     * are always checked (a bank may move a posting date).
     */
    private readonly o: { matcher: Matcher; source: SourceKind; format: string; importSeq: number; lookups: Lookups; checkDuplicates: boolean; ranges?: [string, string][] | null },
  ) {
    for (const [email, name, id, departmentId] of o.lookups.people) {
      const v = { id, departmentId };
      this.personByEmail.set(email.toLowerCase(), v);
      this.personByName.set(name.toLowerCase().replace(/\s+/g, ' '), v);
    }
    this.departmentByName = new Map(o.lookups.departments.map(([name, id]) => [name.toLowerCase(), id]));
  }

  async batch(list: TransactionRow[], resolve: (r: ResolveRequest) => Promise<ResolveReply>): Promise<string> {
    const keyed: { row: TransactionRow; key: string }[] = [];
    for (const row of list) {
      let key: string;
      if (row.externalId) {
        key = shortHash(`id\u0001${this.o.format}\u0001${row.account ?? ''}\u0001${row.externalId}`);
        if (!this.seen.add(key)) {
          this.summary.duplicates++;
          continue;
        }
      } else {
        // The content's hash, and for its second and later rows in the file their number: rows keyed so are
        // unique in the file by construction, and the count is kept per 16-character hash, not per row text.
        const content = shortHash(`c\u0001${row.account ?? ''}\u0001${row.date}\u0001${row.amountMinor}\u0001${row.currency}\u0001${row.description}`);
        let n = 1;
        if (!this.contents.add(content)) {
          n = (this.repeats.get(content) ?? 1) + 1;
          this.repeats.set(content, n);
        }
        key = n === 1 ? content : `${content}.${n}`;
      }
      keyed.push({ row, key });
    }

    // Match each input the first time it appears; texts new to this import are sent for ids in one request.
    const inputs: string[] = [];
    const fresh = new Map<string, { inputs: string[]; text: NewText }>();
    for (const { row } of keyed) {
      // Most rows have only a description: it is then the input itself (no concatenation per row).
      const input = row.merchant || row.mcc || row.category ? `${row.description}\u0001${row.merchant ?? ''}\u0001${row.mcc ?? ''}\u0001${row.category ?? ''}` : row.description;
      inputs.push(input);
      if (this.refByInput.has(input)) continue;
      const hints: MatchHints = { ...(row.mcc ? { mcc: row.mcc } : {}), ...(row.category ? { vendorCategory: row.category } : {}) };
      let text = row.description;
      let result = this.o.matcher.match({ text, source: this.o.source, hints });
      if (row.merchant && row.merchant !== row.description && (result.kind !== 'software' || result.confidence < 0.8)) {
        const alt = this.o.matcher.match({ text: row.merchant, source: this.o.source, hints });
        if (alt.confidence > result.confidence || (alt.kind === 'software' && result.kind !== 'software')) {
          text = row.merchant;
          result = alt;
        }
      }
      const key = shortHash(`${this.o.source}\u0001${text}\u0001${row.mcc ?? ''}\u0001${row.category ?? ''}`);
      const known = this.refByKey.get(key);
      if (known) {
        this.refByInput.set(input, known);
        continue;
      }
      const entry = fresh.get(key);
      if (entry) entry.inputs.push(input);
      else fresh.set(key, { inputs: [input], text: { key, text: text.slice(0, 2000), hints: Object.keys(hints).length ? hints : null, result: { ...result, reasons: [...result.reasons] } } });
    }
    const ranges = this.o.ranges;
    const mayRepeat = (row: TransactionRow) => !ranges || row.externalId !== null || ranges.some(([from, to]) => row.date >= from && row.date <= to);
    const asked = this.o.checkDuplicates ? keyed.filter((k) => mayRepeat(k.row)).map((k) => k.key) : [];
    const dedupeKeys = asked.length ? asked : null;
    let duplicates = new Set<string>();
    if (fresh.size || dedupeKeys) {
      const reply = await resolve({ texts: [...fresh.values()].map((f) => f.text), dedupeKeys });
      for (const [key, ref] of reply.refs) {
        this.refByKey.set(key, ref);
        for (const input of fresh.get(key)?.inputs ?? []) this.refByInput.set(input, ref);
        if (ref.kind === 'unknown' && fresh.has(key)) this.summary.unknownTexts++;
      }
      duplicates = new Set(reply.duplicates);
    }

    let copy = '';
    let written = 0;
    const seq = this.o.importSeq;
    keyed.forEach(({ row, key }, i) => {
      if (duplicates.has(key)) {
        this.summary.duplicates++;
        return;
      }
      const ref = this.refByInput.get(inputs[i])!;
      const { holder, person, departmentId } = this.holderOf(row.cardholder, row.department);
      // One COPY line per row, in TX_COLUMNS order, written directly: this runs a million times per import.
      copy += `${seq}\t${row.line}\t${key}\t${esc(row.externalId)}\t${esc(row.account)}\t${row.date}\t${row.amountMinor}\t${esc(row.currency)}\t${esc(row.description)}\t${esc(row.merchant)}\t${esc(row.cardholder)}\t${person?.id ?? '\\N'}\t${departmentId ?? '\\N'}\t${esc(row.mcc)}\t${esc(row.category)}\t${ref.seq}\n`;
      written++;
      this.count(row, ref, departmentId, person?.id ?? (holder || null));
    });
    this.summary.rows += written;
    return copy;
  }

  /** Who a card holder is and which department a row counts for; a file names a few hundred holders a million times. */
  private holderOf(cardholder: string | null, department: string | null): Holder {
    const cacheKey = `${cardholder ?? ''}\u0001${department ?? ''}`;
    let h = this.holders.get(cacheKey);
    if (!h) {
      const holder = cardholder?.trim().toLowerCase().replace(/\s+/g, ' ') ?? '';
      const person = holder ? (this.personByEmail.get(holder) ?? this.personByName.get(holder)) : undefined;
      const departmentId = (department && this.departmentByName.get(department.trim().toLowerCase())) || person?.departmentId || null;
      if (this.holders.size >= 100_000) this.holders.clear();
      this.holders.set(cacheKey, (h = { holder, person, departmentId }));
    }
    return h;
  }

  private count(row: TransactionRow, ref: MatchRef, departmentId: string | null, who: string | null) {
    const sk = `${ref.seq}\u0001${departmentId ?? ''}\u0001${row.currency}`;
    const st = this.stats.get(sk);
    if (st) {
      st.rows++;
      st.amountMinor += row.amountMinor;
      if (row.date < st.first) st.first = row.date;
      if (row.date > st.last) st.last = row.date;
      if (who && st.holders.size < 1000) st.holders.add(who);
    } else this.stats.set(sk, { matchSeq: ref.seq, departmentId, currency: row.currency, rows: 1, amountMinor: row.amountMinor, first: row.date, last: row.date, holders: new Set(who ? [who] : []) });
    const k = this.summary.byKind[ref.kind];
    k.rows++;
    k.amountMinor[row.currency] = (k.amountMinor[row.currency] ?? 0) + row.amountMinor;
    if (ref.appName) {
      const a = this.apps.get(ref.appName) ?? { name: ref.appName, catalogAppId: ref.appId, rows: 0, amountMinor: 0, currency: row.currency };
      a.rows++;
      if (row.currency === a.currency) a.amountMinor += row.amountMinor;
      this.apps.set(ref.appName, a);
    }
  }

  /** The import's summary and its per-text aggregates (COPY text for `match_stats`). */
  finish(): { summary: TransactionSummary; statsCopy: string } {
    this.summary.topApps = [...this.apps.values()].sort((a, b) => b.amountMinor - a.amountMinor).slice(0, 10);
    const statsRows = [...this.stats.values()].map((x) => [this.o.importSeq, x.matchSeq, x.departmentId, x.currency, x.rows, x.amountMinor, x.first, x.last, [...x.holders]]);
    return { summary: this.summary, statsCopy: copyText(STATS_COLUMNS, statsRows) };
  }
}
