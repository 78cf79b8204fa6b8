import { copyText } from '../../platform/bulk.js';
import { classifyScopes } from '../discovery/scopes.js';
import type { Matcher, MatchHints, SourceKind } from '../matching/index.js';
import type { DiscoveryRow, GrantRow, IdpAppRow, SignInRow } from './formats/types.js';
import { KeySet } from './key-set.js';
import { SigninAggregates } from './signin-aggregates.js';
import { esc, shortHash, type MatchRef, type NewText, type ResolveReply, type ResolveRequest } from './transaction-batcher.js';

export const EVENT_COLUMNS = [
  ['import_seq', 'int'], ['line', 'int'], ['event_key', 'text'], ['at', 'timestamptz'], ['match_seq', 'int'], ['user_key', 'text'], ['outcome', 'text'],
] as const;
export const DAILY_COLUMNS = [['import_seq', 'int'], ['match_seq', 'int'], ['user_key', 'text'], ['day', 'date'], ['signins', 'int'], ['failures', 'int']] as const;
export const USER_COLUMNS = [
  ['import_seq', 'int'], ['match_seq', 'int'], ['user_key', 'text'], ['user_name', 'text'], ['signins', 'int'], ['failures', 'int'], ['first_at', 'timestamptz'], ['last_at', 'timestamptz'],
] as const;
export const GRANT_COLUMNS = [
  ['import_seq', 'int'], ['line', 'int'], ['event_key', 'text'], ['at', 'timestamptz'], ['user_key', 'text'], ['match_seq', 'int'], ['client_id', 'text'], ['app_name', 'text'],
  ['scopes', 'text[]'], ['risk', 'text'], ['action', 'text'], ['source', 'text'],
] as const;
export const IDP_APP_COLUMNS = [['source', 'text'], ['app_id', 'text'], ['client_id', 'text'], ['label', 'text'], ['name', 'text'], ['import_seq', 'int']] as const;

export type SigninSummary = {
  events: number;
  signins: number;
  failures: number;
  interrupted: number;
  duplicates: number;
  grants: number;
  revokes: number;
  idpApps: number;
  users: number;
  unknownTexts: number;
  byKind: Record<'software' | 'not_software' | 'unknown', number>;
  topApps: { name: string; catalogAppId: string | null; signins: number; users: number }[];
  /** Time of the first and last event written: later imports of the same format only look for duplicates where they overlap. */
  firstAt: string | null;
  lastAt: string | null;
};

const OUTCOME_CODE = { success: 's', failure: 'f', interrupted: 'i' } as const;

/** Day aggregates kept in memory before they are written out: bounds the worker's memory whatever the file's size. */
const DRAIN_AT = 250_000;
/** App/person totals are kept to the end unless an organisation has this many pairs. */
const USERS_DRAIN_AT = 1_000_000;

/**
 * Turns identity-provider rows into COPY text, batch by batch: matches each distinct app name once (the
 * display name, else the admin's label), keys every event by the provider's id for de-duplication, and
 * keeps the per app/person/day and per app/person aggregates. Grants wait for the end of the file, where
 * client ids that consent events carry alone are named from the file's app objects and sign-ins, or from
 * what the database knows. Pure apart from `resolve`, so it runs on the worker thread.
 */
export class SigninBatcher {
  private readonly refByInput = new Map<string, MatchRef>();
  private readonly refByKey = new Map<string, MatchRef>();
  private readonly seen = new KeySet();
  private readonly occurrences = new Map<string, number>();
  /** Readers sum, so a drained aggregate may meet the same key again later. */
  private readonly aggs = new SigninAggregates();
  private readonly grants: GrantRow[] = [];
  private readonly idpApps = new Map<string, IdpAppRow>();
  private readonly idpByClient = new Map<string, IdpAppRow>();
  /** Names the file gives an app id (Okta sign-ins carry the app instance id, which is an OIDC app's client id). */
  private readonly namesById = new Map<string, string>();
  private readonly refBySeq = new Map<number, MatchRef>();
  private readonly risks = new Map<string, string>();
  readonly summary: SigninSummary = {
    events: 0, signins: 0, failures: 0, interrupted: 0, duplicates: 0, grants: 0, revokes: 0, idpApps: 0, users: 0, unknownTexts: 0,
    byKind: { software: 0, not_software: 0, unknown: 0 }, topApps: [], firstAt: null, lastAt: null,
  };

  /**
   * `ranges`: the [first, last] event times of committed imports of the same format (null: unknown, always
   * check). An event can only repeat one of theirs inside their time range, so other batches ask nothing.
   */
  constructor(private readonly o: { matcher: Matcher; format: string; importSeq: number; checkDuplicates: boolean; ranges?: [string, string][] | null }) {}

  private mayRepeat(times: string[]): boolean {
    if (!this.o.checkDuplicates || !times.length) return false;
    if (!this.o.ranges) return true;
    let lo = times[0];
    let hi = times[0];
    for (const t of times) {
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
    return this.o.ranges.some(([from, to]) => lo <= to && hi >= from);
  }

  /** Never a prefix of an instant, so the first one sets the minute. */
  private minuteText = '\u0000';
  private minuteKey = '';

  /**
   * The event's minute (base 36) and 96 bits of hash: the same event has the same time, and keys that grow
   * with time land at the right edge of the index instead of at random places (logs come in time order).
   */
  private key(at: string, externalId: string | null, content: () => string): string {
    if (!at.startsWith(this.minuteText)) {
      this.minuteText = at.slice(0, 16);
      this.minuteKey = Math.floor(Date.parse(at) / 60_000).toString(36);
    }
    if (externalId) return this.minuteKey + shortHash(`e\u0001${this.o.format}\u0001${externalId}`);
    const text = content();
    const n = (this.occurrences.get(text) ?? 0) + 1;
    this.occurrences.set(text, n);
    return this.minuteKey + shortHash(`c\u0001${text}\u0001${n}`);
  }

  /** Matches a name once per import; texts new to this import are collected for one request. */
  private match(source: SourceKind, names: (string | null)[], clientId: string | null, fresh: Map<string, { inputs: string[]; text: NewText }>): string {
    const input = `${source}\u0001${names.join('\u0001')}\u0001${clientId ?? ''}`;
    if (this.refByInput.has(input)) return input;
    const hints: MatchHints = clientId ? { oauthClientId: clientId } : {};
    const candidates = names.filter((n): n is string => Boolean(n));
    if (!candidates.length) candidates.push(clientId ?? '(no app name)');
    let text = candidates[0];
    let result = this.o.matcher.match({ text, source, hints });
    for (const alt of candidates.slice(1)) {
      if (result.kind === 'software' && result.confidence >= 0.8) break;
      if (alt === text) continue;
      const r = this.o.matcher.match({ text: alt, source, hints });
      if (r.confidence > result.confidence || (r.kind === 'software' && result.kind !== 'software')) {
        text = alt;
        result = r;
      }
    }
    const key = shortHash(`${source}\u0001${text}\u0001${clientId ?? ''}`);
    const known = this.refByKey.get(key);
    if (known) this.refByInput.set(input, known);
    else {
      const entry = fresh.get(key);
      if (entry) entry.inputs.push(input);
      else fresh.set(key, { inputs: [input], text: { key, source, text: text.slice(0, 2000), hints: clientId ? hints : null, result: { ...result, reasons: [...result.reasons] } } });
    }
    return input;
  }

  private async resolveFresh(fresh: Map<string, { inputs: string[]; text: NewText }>, dedupeKeys: string[] | null, resolve: (r: ResolveRequest) => Promise<ResolveReply>, dedupeIn: ResolveRequest['dedupeIn']) {
    if (!fresh.size && !dedupeKeys) return new Set<string>();
    const reply = await resolve({ texts: [...fresh.values()].map((f) => f.text), dedupeKeys, dedupeIn });
    for (const [key, ref] of reply.refs) {
      this.refByKey.set(key, ref);
      for (const input of fresh.get(key)?.inputs ?? []) this.refByInput.set(input, ref);
      if (ref.kind === 'unknown' && fresh.has(key)) this.summary.unknownTexts++;
    }
    return new Set(reply.duplicates);
  }

  /** COPY text for `signin_events`; grants and app objects are kept for `finish`. */
  async batch(list: DiscoveryRow[], resolve: (r: ResolveRequest) => Promise<ResolveReply>): Promise<string> {
    const keyed: { row: SignInRow; key: string; input: string }[] = [];
    const fresh = new Map<string, { inputs: string[]; text: NewText }>();
    for (const row of list) {
      if (row.kind === 'idp_app') {
        this.idpApps.set(row.appId, row);
        if (row.clientId) this.idpByClient.set(row.clientId, row);
        continue;
      }
      if (row.kind === 'grant') {
        this.grants.push(row);
        continue;
      }
      const key = this.key(row.at, row.externalId, () => `${row.at}\u0001${row.user ?? ''}\u0001${row.appName ?? ''}\u0001${row.appId ?? ''}\u0001${row.outcome}`);
      if (!this.seen.add(key)) {
        this.summary.duplicates++;
        continue;
      }
      if (row.appId && (row.appAlternate || row.appName)) this.namesById.set(row.appId, (row.appAlternate || row.appName)!);
      keyed.push({ row, key, input: this.match(row.source, [row.appName, row.appAlternate], row.appId, fresh) });
    }
    const dedupeKeys = this.mayRepeat(keyed.map((k) => k.row.at)) ? keyed.map((k) => k.key) : null;
    const duplicates = await this.resolveFresh(fresh, dedupeKeys, resolve, 'signin_events');

    let copy = '';
    const seq = this.o.importSeq;
    for (const { row, key, input } of keyed) {
      if (duplicates.has(key)) {
        this.summary.duplicates++;
        continue;
      }
      const ref = this.refByInput.get(input)!;
      const user = row.user ?? '';
      copy += `${seq}\t${row.line}\t${key}\t${row.at}\t${ref.seq}\t${user ? esc(user) : '\\N'}\t${OUTCOME_CODE[row.outcome]}\n`;
      this.count(row, ref, user);
    }
    return copy;
  }

  private count(row: SignInRow, ref: MatchRef, user: string) {
    const s = this.summary;
    s.events++;
    if (!s.firstAt || row.at < s.firstAt) s.firstAt = row.at;
    if (!s.lastAt || row.at > s.lastAt) s.lastAt = row.at;
    s.byKind[ref.kind]++;
    const ok = row.outcome === 'success';
    const failed = row.outcome === 'failure';
    if (ok) s.signins++;
    else if (failed) s.failures++;
    else s.interrupted++;
    if (!user || (!ok && !failed)) return;
    if (!this.refBySeq.has(ref.seq)) this.refBySeq.set(ref.seq, ref);
    this.aggs.add(ref.seq, user, row.userName, row.at, ok);
  }

  /**
   * The grants (named and matched now the whole file is known), the days and the summary, as COPY text per
   * table; then `userPieces` gives the per app/person totals.
   */
  async finish(resolve: (r: ResolveRequest) => Promise<ResolveReply>): Promise<{ summary: SigninSummary; tail: { table: string; columns: readonly (readonly [string, string])[]; copy: string }[] }> {
    const seq = this.o.importSeq;
    const unnamed = [...new Set(this.grants.filter((g) => !g.appName && g.clientId && !this.nameFor(g.clientId)).map((g) => g.clientId!))];
    const known = unnamed.length ? new Map((await resolve({ texts: [], dedupeKeys: null, clientIds: unnamed })).clientNames ?? []) : new Map<string, string>();

    const fresh = new Map<string, { inputs: string[]; text: NewText }>();
    const keyed: { row: GrantRow; key: string; input: string | null; name: string | null }[] = [];
    for (const row of this.grants) {
      const key = this.key(row.at, row.externalId, () => `${row.at}\u0001${row.user ?? ''}\u0001${row.clientId ?? ''}\u0001${row.appName ?? ''}\u0001${row.action}\u0001${row.scopes.join(' ')}`);
      if (!this.seen.add(key)) {
        this.summary.duplicates++;
        continue;
      }
      const name = row.appName ?? (row.clientId ? (this.nameFor(row.clientId) ?? known.get(row.clientId) ?? null) : null);
      // A client id nobody names yet stays unmatched; a later app list names it (and discovery re-reads it).
      const input = name ? this.match(row.source, [name], row.clientId, fresh) : null;
      keyed.push({ row, key, input, name });
    }
    const duplicates = await this.resolveFresh(fresh, this.mayRepeat(keyed.map((k) => k.row.at)) ? keyed.map((k) => k.key) : null, resolve, 'oauth_grants');
    const grantRows: unknown[][] = [];
    for (const { row, key, input, name } of keyed) {
      if (duplicates.has(key)) {
        this.summary.duplicates++;
        continue;
      }
      if (row.action === 'revoke') this.summary.revokes++;
      else this.summary.grants++;
      if (!this.summary.firstAt || row.at < this.summary.firstAt) this.summary.firstAt = row.at;
      if (!this.summary.lastAt || row.at > this.summary.lastAt) this.summary.lastAt = row.at;
      const ref = input ? this.refByInput.get(input) : undefined;
      grantRows.push([seq, row.line, key, row.at, row.user, ref?.seq ?? null, row.clientId, name, row.scopes, this.risk(row.scopes), row.action, row.source]);
    }

    this.summary.idpApps = this.idpApps.size;
    this.summary.users = this.aggs.peopleSignedIn;
    this.summary.topApps = [...this.aggs.apps]
      .map(([seq, a]) => ({ ref: this.refBySeq.get(seq)!, signins: a.signins, users: a.people.size }))
      .filter((a) => a.ref.appName)
      .sort((a, b) => b.users - a.users || b.signins - a.signins)
      .slice(0, 10)
      .map((a) => ({ name: a.ref.appName!, catalogAppId: a.ref.appId, signins: a.signins, users: a.users }));

    const daily = this.aggs.drainDays(seq);
    const apps = [...this.idpApps.values()].map((a) => [a.source, a.appId, a.clientId, a.label, a.name, seq]);
    return {
      summary: this.summary,
      tail: [
        { table: 'signin_daily', columns: DAILY_COLUMNS, copy: daily },
        { table: 'oauth_grants', columns: GRANT_COLUMNS, copy: copyText(GRANT_COLUMNS, grantRows) },
        { table: 'idp_apps', columns: IDP_APP_COLUMNS, copy: copyText(IDP_APP_COLUMNS, apps) },
      ],
    };
  }

  /** A grant's riskiest scope; a log repeats a few scope lists many times over. */
  private risk(scopes: string[]): string {
    const k = scopes.join('\u0001');
    let r = this.risks.get(k);
    if (r === undefined) {
      r = classifyScopes(scopes).risk;
      if (this.risks.size < 10_000) this.risks.set(k, r);
    }
    return r;
  }

  /**
   * The aggregates as COPY text, emptied; unless forced, only once they are many. Days are drained then; the
   * per app/person totals (bounded by the organisation, not the file) stay until the end unless they too are
   * many, so `signin_users` gets one row per app and person instead of one per drain.
   */
  drain(force = false): { daily: string; users: string } {
    if (!force && this.aggs.dayCountSinceDrain < DRAIN_AT) return { daily: '', users: '' };
    return this.aggs.drain(this.o.importSeq, force || this.aggs.pairCount >= USERS_DRAIN_AT);
  }

  /** After `finish`: COPY text for `signin_users`, a piece at a time. */
  userPieces(): Generator<string> {
    return this.aggs.drainTotals(this.o.importSeq);
  }

  private nameFor(clientId: string): string | null {
    const app = this.idpByClient.get(clientId) ?? this.idpApps.get(clientId);
    return (app && (app.label ?? app.name)) || this.namesById.get(clientId) || null;
  }
}

/** A drain as the tables it is written to (nothing when there was nothing to drain). */
export function drainedTail(d: { daily: string; users: string }): { table: string; columns: readonly (readonly [string, string])[]; copy: string }[] {
  const out: { table: string; columns: readonly (readonly [string, string])[]; copy: string }[] = [];
  if (d.daily) out.push({ table: 'signin_daily', columns: DAILY_COLUMNS, copy: d.daily });
  if (d.users) out.push({ table: 'signin_users', columns: USER_COLUMNS, copy: d.users });
  return out;
}
