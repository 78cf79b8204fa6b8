/**
 * Google Workspace Admin SDK Reports API activities (`activities.list`) for the `login`, `saml` and
 * `token` applications: a response page (`{"kind":"admin#reports#activities","items":[…]}`; `items` is
 * absent on an empty page), a plain array of activities, or NDJSON, one activity a line.
 *
 * login → sign-ins to Google Workspace itself; saml → sign-ins to the third-party app Google is the IdP
 * for; token `authorize`/`revoke` → OAuth grants. Each event of an activity is its own row (all on the
 * activity's line); other events and other applications are skipped and counted. Event `type` is never
 * required: real `authorize`/`revoke` captures have none.
 *
 * externalId is `<application>:<time>:<uniqueQualifier>` (the three identify a record; the qualifier
 * alone only separates records of the same time), with `:<n>` for the n-th event of a multi-event activity.
 *
 * Errors as in okta.ts: a broken JSON document is a FormatError, a broken NDJSON line a BadRow.
 */
import { isObject, type JsonObject } from './hr.js';
import { badRow, instant, jsonRecords, str, unique } from './okta.js';
import type { BadRow, FileSource, GrantRow, OnBytes, SignInRow } from './types.js';

export interface GoogleReportsOptions {
  onBytes?: OnBytes;
  /** Filled in while parsing: events and activities left out (logout, token `activity`, other applications…). */
  stats?: { skipped: number };
}

const PAGE_KIND = /"kind"\s*:\s*"admin#reports#activities"/;

/** True when the start of a file looks like Reports API activities: a page, an array or NDJSON. */
export function sniffGoogleReports(head: string): boolean {
  const s = head.replace(/^\ufeff/, '').trimStart();
  if (s[0] !== '[' && s[0] !== '{') return false;
  if (/"kind"\s*:\s*"admin#reports#activit(?:y|ies)"/.test(s)) return true;
  return /"uniqueQualifier"\s*:/.test(s) && /"applicationName"\s*:/.test(s) && /"events"\s*:\s*\[/.test(s);
}

export async function* parseGoogleReports(src: FileSource, opts: GoogleReportsOptions = {}): AsyncGenerator<SignInRow | GrantRow | BadRow> {
  const skip = (): void => {
    if (opts.stats) opts.stats.skipped++;
  };
  const records = jsonRecords(src, { onBytes: opts.onBytes, what: 'Google Workspace activities', emptyEnvelope: (head) => PAGE_KIND.test(head) });
  for await (const r of records) {
    if ('bad' in r) yield r;
    else yield* activityRows(r.value, r.line, skip);
  }
}

const APPS = new Set(['login', 'saml', 'token']);

function* activityRows(a: unknown, line: number, skip: () => void): Generator<SignInRow | GrantRow | BadRow> {
  const problem = activityProblem(a, line);
  if (problem) {
    yield problem;
    return;
  }
  const activity = a as JsonObject;
  const id = activity.id as JsonObject;
  const app = str(id.applicationName)!;
  if (!APPS.has(app)) return skip();
  const at = instant(id.time);
  if (!at) {
    yield badRow(line, 'id.time', id.time == null ? 'No time' : `"${String(id.time)}" is not an RFC 3339 time`, a);
    return;
  }
  if (!Array.isArray(activity.events)) {
    yield badRow(line, 'events', 'No events list', a);
    return;
  }

  const qualifier = str(id.uniqueQualifier);
  const base = { line, at, user: str(isObject(activity.actor) ? activity.actor.email : null)?.toLowerCase() ?? null };
  const events = activity.events;
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    const name = isObject(ev) ? str(ev.name) : null;
    if (!isObject(ev) || !name) {
      yield badRow(line, `events[${i}].name`, 'An event without a name', a);
      continue;
    }
    const externalId = qualifier ? `${app}:${at}:${qualifier}${events.length > 1 ? `:${i}` : ''}` : null;
    const p = params(ev);
    const row = app === 'token' ? tokenRow(name, p) : app === 'saml' ? samlRow(name, p) : loginRow(name);
    if (!row) skip();
    else if (row.kind === 'grant') yield { ...base, externalId, ...row };
    else yield { ...base, externalId, ip: str(activity.ipAddress), ...row };
  }
}

function activityProblem(a: unknown, line: number): BadRow | null {
  if (!isObject(a)) return badRow(line, undefined, 'The activity is not a JSON object', a);
  if (!isObject(a.id) || !str(a.id.applicationName)) return badRow(line, 'id.applicationName', 'No applicationName', a);
  return null;
}

type SignInPart = Pick<SignInRow, 'kind' | 'userName' | 'appName' | 'appAlternate' | 'appId' | 'outcome' | 'source'>;
type GrantPart = Pick<GrantRow, 'kind' | 'appName' | 'clientId' | 'scopes' | 'action' | 'source'>;

const LOGIN_OUTCOMES: Record<string, SignInRow['outcome']> = {
  login_success: 'success',
  login_failure: 'failure',
  login_challenge: 'interrupted',
  login_verification: 'interrupted',
};

/** The login application records sign-ins to Google itself, so the app used is Google Workspace. */
function loginRow(name: string): SignInPart | null {
  const outcome = LOGIN_OUTCOMES[name];
  if (!outcome) return null;
  return { kind: 'signin', userName: null, appName: 'Google Workspace', appAlternate: null, appId: null, outcome, source: 'google_login' };
}

function samlRow(name: string, p: Params): SignInPart | null {
  if (name !== 'login_success' && name !== 'login_failure') return null;
  const app = p.value('application_name');
  if (!app) return null;
  const status = p.value('saml_status_code');
  // A success event whose SAML status is not a success did not let the user in.
  const ok = name === 'login_success' && (!status || /success/i.test(status));
  return { kind: 'signin', userName: null, appName: app, appAlternate: null, appId: null, outcome: ok ? 'success' : 'failure', source: 'google_login' };
}

function tokenRow(name: string, p: Params): GrantPart | null {
  if (name !== 'authorize' && name !== 'revoke') return null;
  // Older captures carry only `scope`, newer ones also `scope_data`; either names the scopes.
  let scopes = p.multi('scope');
  if (!scopes.length) scopes = unique(p.messages('scope_data').map((m) => m.value('scope_name')));
  return {
    kind: 'grant',
    appName: p.value('app_name'),
    clientId: p.value('client_id'),
    scopes,
    action: name === 'authorize' ? 'grant' : 'revoke',
    source: 'google_token',
  };
}

interface Params {
  value(name: string): string | null;
  multi(name: string): string[];
  messages(name: string): Params[];
}

/** An event's `parameters[]` by name. Each holds one of value, intValue (a string), boolValue, multiValue… */
function params(holder: JsonObject, key = 'parameters'): Params {
  const byName = new Map<string, JsonObject>();
  for (const p of Array.isArray(holder[key]) ? holder[key] : []) {
    const n = isObject(p) ? str(p.name) : null;
    if (n && isObject(p) && !byName.has(n)) byName.set(n, p);
  }
  return {
    value(name) {
      const p = byName.get(name);
      if (!p) return null;
      return str(p.value) ?? str(p.intValue) ?? (typeof p.boolValue === 'boolean' ? String(p.boolValue) : null);
    },
    multi(name) {
      const v = byName.get(name)?.multiValue;
      return Array.isArray(v) ? unique(v.map(str)) : [];
    },
    messages(name) {
      const v = byName.get(name)?.multiMessageValue;
      return Array.isArray(v) ? v.filter(isObject).map((m) => params(m, 'parameter')) : [];
    },
  };
}
