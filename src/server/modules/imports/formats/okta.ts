/**
 * Okta System Log: a `GET /api/v1/logs` page (a bare JSON array of LogEvents) or NDJSON, one event a
 * line (what scripts paging through the API and log shippers write). An object holding the array under
 * `items`/`data`/`results` is tolerated too.
 *
 * `user.authentication.sso` becomes a sign-in; consent and token events become OAuth grants; every other
 * event is skipped and counted. Rows carry the event's `uuid`; the pipeline dedupes on it.
 *
 * Errors: a broken JSON array is a FormatError naming the line (the stream cannot resume after it). In
 * NDJSON the lines are independent, so an unreadable line after the first is a BadRow and the rest still
 * import; a first line that is not JSON means the file is not NDJSON at all (FormatError).
 *
 * The JSON-records reader and the small value helpers are shared with google-reports.ts.
 */
import { decodeText, readHead } from './decode.js';
import { isObject, jsonElements, skipBlank, type JsonObject } from './hr.js';
import { FormatError, MAX_RECORD_BYTES, type BadRow, type FileSource, type GrantRow, type OnBytes, type SignInRow } from './types.js';

export interface OktaOptions {
  onBytes?: OnBytes;
  /** Filled in while parsing: events left out (other event types, sign-ins naming no app, refused grants). */
  stats?: { skipped: number };
}

// ---------------------------------------------------------------------------------------------------
// Values

/** A usable string. Okta writes the literal "null" where it knows nothing (`client.zone`): no value either. */
export function str(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim();
  return s && s !== 'null' ? s : null;
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):?(\d{2}))$/i;

/**
 * An RFC 3339 time as a UTC ISO string, or null. A time without a zone is refused: security tools
 * rewrite `published` as "2022-12-13 15:22:58.759", and guessing its zone would shift every sign-in.
 */
export function instant(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const m = INSTANT.exec(v.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '0', oh = '0', om = '0'] = m;
  // Date.parse rolls 30 February over to March; a date that does not exist is a damaged record.
  const daysInMonth = new Date(Date.UTC(+y, +mo, 0)).getUTCDate();
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > daysInMonth || +h > 23 || +mi > 59 || +s > 59 || +oh > 23 || +om > 59) return null;
  const t = Date.parse(v.trim());
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

export function raw(v: unknown): string {
  return (JSON.stringify(v) ?? String(v)).slice(0, 500);
}

export function badRow(line: number, column: string | undefined, reason: string, value: unknown): BadRow {
  return { bad: true, line, ...(column ? { column } : {}), reason, raw: raw(value) };
}

export function unique(values: (string | null)[]): string[] {
  return [...new Set(values.filter((v): v is string => v !== null))];
}

// ---------------------------------------------------------------------------------------------------
// JSON records: the elements of an array (or of an object's list), or one object per line.

export interface JsonRecord {
  value: unknown;
  /** 1-based line the record starts on. */
  line: number;
}

export interface JsonRecordsOptions {
  onBytes?: OnBytes;
  /** What the records are, for messages: "Okta events". */
  what: string;
  /** True when the text starts a response envelope that may hold no list (Google omits `items` on an empty page). */
  emptyEnvelope?: (head: string) => boolean;
}

/** Keys under which an envelope holds its list; the same keys jsonElements (hr.ts) looks under. */
const LIST_KEYS = ['items', 'data', 'results'];

/**
 * The records of a JSON file in file order with their start lines: the elements of a top-level array
 * or of an envelope's list (streamed by hr.ts's jsonElements), or the objects of NDJSON, one a line.
 */
export async function* jsonRecords(src: FileSource, opts: JsonRecordsOptions): AsyncGenerator<JsonRecord | BadRow> {
  if (src.size === 0) throw new FormatError('The file is empty');
  const decoded = decodeText(src, opts.onBytes);
  const { first, lineOffset, text } = await skipBlank(decoded);
  // Every way out, including an early one, must close the text so the file stream is released. Both
  // ends: skipBlank's wrapper does not pass `return` on before it has been read from.
  try {
    if (first !== '[' && first !== '{') {
      throw new FormatError(`This does not look like JSON: expected ${opts.what} as a JSON array or one JSON object per line`, lineOffset + 1);
    }
    let head = '';
    let ended = false;
    while (!head.includes('\n') && head.length <= MAX_RECORD_BYTES) {
      const r = await text.next();
      if (r.done) {
        ended = true;
        break;
      }
      head += r.value;
    }
    const rest = prepend(head, text);
    const nl = head.indexOf('\n');
    const firstLine = nl === -1 ? head : head.slice(0, nl);
    // NDJSON when the first line alone is a whole object that is not an envelope. A pretty-printed
    // document starts with a line that is not valid JSON on its own ("[" or "{"), so it never qualifies.
    if (first === '{' && (nl !== -1 || ended) && firstLine.length <= MAX_RECORD_BYTES) {
      const v = parseJson(firstLine);
      if (isObject(v)) {
        if (opts.emptyEnvelope?.(firstLine) && !LIST_KEYS.some((k) => k in v)) return;
        if (!LIST_KEYS.some((k) => Array.isArray(v[k]))) {
          yield* ndjson(rest, lineOffset);
          return;
        }
      }
    }
    yield* elements(src, rest, lineOffset, opts);
  } finally {
    await text.return(undefined);
    await decoded.return(undefined);
  }
}

async function* elements(src: FileSource, text: AsyncIterable<string>, lineOffset: number, opts: JsonRecordsOptions): AsyncGenerator<JsonRecord> {
  try {
    for await (const { value, line } of jsonElements(text, lineOffset)) yield { value, line };
  } catch (e) {
    if (!(e instanceof FormatError)) throw e;
    // jsonElements speaks of employees (it was written for HR lists); say what this file should hold.
    if (e.message.includes('No list of employees')) {
      if (opts.emptyEnvelope?.(await readHead(src, 64 * 1024))) return;
      throw new FormatError(`No list of ${opts.what} found: expected a JSON array, an object with an "items" array, or one JSON object per line`);
    }
    if (e.message.includes('array of employees')) throw new FormatError(`Expected a JSON array of ${opts.what}`, e.line);
    throw e;
  }
}

/** The text again from its start, after the head was taken off to look at. */
async function* prepend(head: string, rest: AsyncGenerator<string>): AsyncGenerator<string> {
  if (head) yield head;
  for (;;) {
    const r = await rest.next();
    if (r.done) return;
    yield r.value;
  }
}

/**
 * JSON.parse keeping numbers as written, like the streaming reader does: an id such as Google's
 * int64 `uniqueQualifier`, if a pipeline wrote it as a number, must not lose digits.
 */
function parseJson(s: string): unknown {
  try {
    return JSON.parse(s, (_key: string, value: unknown, context?: { source?: string }) => (typeof value === 'number' && context?.source ? context.source : value));
  } catch {
    return undefined;
  }
}

async function* ndjson(text: AsyncIterable<string>, lineOffset: number): AsyncGenerator<JsonRecord | BadRow> {
  let line = lineOffset;
  let carry = '';
  const record = (s: string): JsonRecord | BadRow | null => {
    const t = s.trim();
    if (!t) return null;
    const value = parseJson(t);
    if (value === undefined) return { bad: true, line, reason: 'Not valid JSON (a damaged or cut-off line)', raw: t.slice(0, 500) };
    return { value, line };
  };
  for await (const chunk of text) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl !== -1; nl = chunk.indexOf('\n', start)) {
      line++;
      const r = record(carry + chunk.slice(start, nl));
      carry = '';
      start = nl + 1;
      if (r) yield r;
    }
    carry += chunk.slice(start);
    if (carry.length > MAX_RECORD_BYTES) throw new FormatError(`A line is longer than ${MAX_RECORD_BYTES} characters`, line + 1);
  }
  line++;
  const r = record(carry);
  if (r) yield r;
}

// ---------------------------------------------------------------------------------------------------
// Okta events

/** True when the start of a file looks like Okta LogEvents (array or NDJSON). Re-cased or flattened security-tool copies do not. */
export function sniffOkta(head: string): boolean {
  const s = head.replace(/^\ufeff/, '').trimStart();
  if (s[0] !== '[' && s[0] !== '{') return false;
  return /"eventType"\s*:\s*"/.test(s) && /"(uuid|published)"\s*:\s*"/.test(s) && /"actor"\s*:\s*\{/.test(s);
}

const SSO = 'user.authentication.sso';
/** User and admin consent, on the org and on custom authorization servers (formats.md 1.2). */
const CONSENT = /^app\.oauth2\.(?:as\.|admin\.)?consent\.(grant|revoke)$/;
/** Tokens issued: `app.oauth2[.as].token.grant[.access_token|.id_token|.refresh_token]`. */
const TOKEN = /^app\.oauth2\.(?:as\.)?token\.grant(?:\.[a-z_]+)?$/;

const OUTCOMES: Record<string, SignInRow['outcome']> = {
  SUCCESS: 'success',
  ALLOW: 'success',
  FAILURE: 'failure',
  DENY: 'failure',
  CHALLENGE: 'interrupted',
  UNKNOWN: 'interrupted',
  SKIPPED: 'interrupted',
};

/**
 * Template names Okta shows as `displayName` for custom apps, where only `alternateId` (the admin's
 * label) names the app. Matching on them would tie every custom app to one catalogue entry. Okta's
 * other templates are all called "Template …" (Template Plugin App, Template Basic Auth App…).
 */
const GENERIC_APP_NAMES = new Set(['openid connect client', 'bookmark app', 'saml 2.0 app']);

function appName(displayName: string | null): string | null {
  if (!displayName) return null;
  const n = displayName.toLowerCase().replace(/\s+/g, ' ');
  return GENERIC_APP_NAMES.has(n) || n.startsWith('template ') ? null : displayName;
}

function obj(v: unknown): JsonObject {
  return isObject(v) ? v : (Object.create(null) as JsonObject);
}

export async function* parseOkta(src: FileSource, opts: OktaOptions = {}): AsyncGenerator<SignInRow | GrantRow | BadRow> {
  const skip = (): null => {
    if (opts.stats) opts.stats.skipped++;
    return null;
  };
  for await (const r of jsonRecords(src, { onBytes: opts.onBytes, what: 'Okta events' })) {
    if ('bad' in r) yield r;
    else {
      const row = oktaRow(r.value, r.line, skip);
      if (row) yield row;
    }
  }
}

function oktaRow(ev: unknown, line: number, skip: () => null): SignInRow | GrantRow | BadRow | null {
  if (!isObject(ev)) return badRow(line, undefined, 'The event is not a JSON object', ev);
  const type = str(ev.eventType);
  if (!type) return badRow(line, 'eventType', 'No eventType', ev);
  const consent = CONSENT.exec(type);
  if (type !== SSO && !consent && !TOKEN.test(type)) return skip();

  const at = instant(ev.published);
  if (!at) {
    const reason = ev.published == null ? 'No published time' : `"${String(ev.published)}" is not an ISO 8601 time with a time zone`;
    return badRow(line, 'published', reason, ev);
  }
  const actor = obj(ev.actor);
  // Token events may be made by the OAuth client itself (PublicClientApp); only a User is a person.
  const person = actor.type === undefined || str(actor.type) === 'User';
  const user = person ? (str(actor.alternateId)?.toLowerCase() ?? null) : null;
  const targets = Array.isArray(ev.target) ? ev.target.filter(isObject) : [];
  const app = targets.find((t) => str(t.type) === 'AppInstance');
  const result = str(obj(ev.outcome).result)?.toUpperCase() ?? null;
  const client = obj(ev.client);

  if (type === SSO) {
    if (!app) return skip();
    return {
      kind: 'signin',
      line,
      externalId: str(ev.uuid),
      at,
      user,
      userName: person ? str(actor.displayName) : null,
      appName: appName(str(app.displayName)),
      appAlternate: str(app.alternateId),
      appId: str(app.id),
      // Absent or unknown results count as neither usage nor failure.
      outcome: (result && OUTCOMES[result]) || 'interrupted',
      source: 'okta',
      ip: str(client.ipAddress),
    };
  }

  // A refused consent or token request granted nothing.
  if (result && result !== 'SUCCESS' && result !== 'ALLOW') return skip();
  const debug = obj(obj(ev.debugContext).debugData);
  // Consent events name scopes, one ConsentGrant target each; the app is only its client id.
  const consents = targets.filter((t) => str(t.type) === 'ConsentGrant');
  const clientId =
    consents.map((t) => str(obj(t.detailEntry).publicclientapp)).find(Boolean) ?? (app && str(app.id)) ?? str(debug.clientId) ?? str(client.id);
  const name = app ? (appName(str(app.displayName)) ?? str(app.alternateId)) : null;
  if (!clientId && !name) return skip();
  return {
    kind: 'grant',
    line,
    externalId: str(ev.uuid),
    at,
    user,
    appName: name,
    clientId,
    // debugData values are strings; grantedScopes lists scopes separated by spaces or commas.
    scopes: unique([...consents.map((t) => str(t.displayName)), ...(str(debug.grantedScopes)?.split(/[\s,]+/) ?? [])]),
    action: consent?.[1] === 'revoke' ? 'revoke' : 'grant',
    source: 'okta',
  };
}
