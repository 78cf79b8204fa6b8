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
 * App objects (`GET /api/v1/apps`, a list or one app) become IdpAppRows: they name the client ids that
 * consent events carry alone.
 *
 * The JSON-records reader and the small value helpers are shared with google-reports.ts. A log can be
 * a million events (1.6 GB), so UTF-8 files are read as bytes (json-scan.ts) and each event is one
 * JSON.parse; the whole parse runs at about the speed of reading the file and JSON.parse-ing its events.
 */
import { isUtf8 } from 'node:buffer';
import type { Readable } from 'node:stream';
import { chooseEncoding, decodeText, HEAD_BYTES, readHead } from './decode.js';
import { isObject, jsonElements, skipBlank, type JsonObject } from './hr.js';
import { countLines, JsonArrayScanner, LIST_KEYS, NOT_UTF8, numberDigits } from './json-scan.js';
import { FormatError, MAX_RECORD_BYTES, type BadRow, type FileSource, type GrantRow, type IdpAppRow, type OnBytes, type SignInRow } from './types.js';

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
  if (isCanonicalInstant(v)) return v;
  const s = v.trim();
  const m = INSTANT.exec(s);
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  // Date.parse rolls 30 February over to March; a date that does not exist is a damaged record.
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || +m[4] > 23 || +m[5] > 59 || +(m[6] ?? 0) > 59 || +(m[7] ?? 0) > 23 || +(m[8] ?? 0) > 59) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

const DIGIT_AT = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22];

/**
 * `2025-03-03T10:31:50.006Z`, the form Okta and Google write and toISOString gives, is checked character
 * by character: it comes a million times a file, and needs neither the regex nor Date.
 */
function isCanonicalInstant(s: string): boolean {
  if (s.length !== 24 || s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':' || s[19] !== '.' || s[23] !== 'Z') return false;
  for (const i of DIGIT_AT) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  const two = (i: number) => (s.charCodeAt(i) - 48) * 10 + s.charCodeAt(i + 1) - 48;
  const mo = two(5);
  const d = two(8);
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(two(0) * 100 + two(2), mo) && two(11) <= 23 && two(14) <= 59 && two(17) <= 59;
}

function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
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
  /** A top-level object that holds no list is itself the one record when this says so (an Okta app). */
  single?: (value: JsonObject) => boolean;
  /**
   * 'text' (default): numbers keep the text they were written with, as an int64 id (Google's
   * `uniqueQualifier`) must not lose digits. 'native': plain JSON.parse numbers, for records whose numbers
   * nobody reads (Okta): a reviver makes JSON.parse several times slower.
   */
  numbers?: 'text' | 'native';
}

type Batch = (JsonRecord | BadRow)[];

/**
 * The records of a JSON file in file order with their start lines: the elements of a top-level array
 * or of an envelope's list, or the objects of NDJSON, one a line.
 */
export async function* jsonRecords(src: FileSource, opts: JsonRecordsOptions): AsyncGenerator<JsonRecord | BadRow> {
  for await (const batch of jsonBatches(src, opts)) yield* batch;
}

/**
 * jsonRecords a chunk's worth at a time: a million records cost a million awaits less. UTF-8 files (nearly
 * all) are read as bytes by json-scan.ts; other encodings are decoded and tokenized (hr.ts's jsonElements).
 */
export async function* jsonBatches(src: FileSource, opts: JsonRecordsOptions): AsyncGenerator<Batch> {
  if (src.size === 0) throw new FormatError('The file is empty');
  const reader = new ByteReader(src.open(), opts.onBytes);
  try {
    if (await reader.isUtf8()) yield* utf8Batches(reader, opts);
    else {
      reader.close();
      for await (const r of decodedRecords(src, opts)) yield [r];
    }
  } finally {
    reader.close();
  }
}

/** The file's chunks, with a head looked at before it is read on, and progress reported as they come. */
class ByteReader {
  private readonly it: AsyncIterator<unknown>;
  private readonly queue: Buffer[] = [];
  private read = 0;
  private reporting = false;

  constructor(
    private readonly stream: Readable,
    private readonly onBytes?: OnBytes,
  ) {
    this.it = stream[Symbol.asyncIterator]();
  }

  async next(): Promise<Buffer | null> {
    if (this.queue.length) return this.queue.shift()!;
    const r = await this.it.next();
    if (r.done) return null;
    const b = typeof r.value === 'string' ? Buffer.from(r.value) : (r.value as Buffer);
    this.read += b.length;
    if (this.reporting) this.onBytes?.(this.read);
    return b;
  }

  unshift(b: Buffer): void {
    this.queue.unshift(b);
  }

  /** Decides the encoding from the head as decode.ts does, and drops a UTF-8 BOM. */
  async isUtf8(): Promise<boolean> {
    const head: Buffer[] = [];
    let size = 0;
    let ended = false;
    while (size < HEAD_BYTES) {
      const b = await this.next();
      if (!b) {
        ended = true;
        break;
      }
      head.push(b);
      size += b.length;
    }
    const all = Buffer.concat(head);
    const choice = chooseEncoding(all.subarray(0, HEAD_BYTES), ended && size <= HEAD_BYTES);
    if (choice.encoding !== 'utf-8') return false;
    // Progress starts once the way of reading is settled, so it never runs backwards.
    this.reporting = true;
    if (this.read) this.onBytes?.(this.read);
    if (all.length > choice.bom) this.unshift(all.subarray(choice.bom));
    return true;
  }

  close(): void {
    this.stream.destroy();
  }
}

async function* utf8Batches(reader: ByteReader, opts: JsonRecordsOptions): AsyncGenerator<Batch> {
  // Blank lines before the first character count for line numbers but are not kept.
  let lineOffset = 0;
  let chunk: Buffer | null;
  let at = -1;
  while ((chunk = await reader.next())) {
    at = firstNonBlank(chunk);
    if (at !== -1) break;
    lineOffset += countLines(chunk, 0, chunk.length);
  }
  if (!chunk) throw new FormatError('The file is empty');
  lineOffset += countLines(chunk, 0, at);
  chunk = chunk.subarray(at);
  if (chunk[0] !== 0x5b && chunk[0] !== 0x7b) {
    throw new FormatError(`This does not look like JSON: expected ${opts.what} as a JSON array or one JSON object per line`, lineOffset + 1);
  }
  const text = opts.numbers !== 'native';
  const parse = text ? (s: string, digits: number) => (digits === 0 ? JSON.parse(s) : JSON.parse(s, keepNumberText)) : (s: string) => JSON.parse(s);

  if (chunk[0] === 0x7b) {
    // NDJSON when the first line alone is a whole object that is not an envelope. A pretty-printed
    // document starts with a line that is not valid JSON on its own ("{"), so it never qualifies.
    const head = await firstLine(reader, chunk);
    reader.unshift(head.bytes);
    const v = head.end === -1 ? undefined : parseJson(head.bytes.toString('utf8', 0, head.end));
    if (isObject(v)) {
      if (opts.emptyEnvelope?.(head.bytes.toString('utf8', 0, head.end)) && !hasListKey(v)) return;
      if (!LIST_KEYS.some((k) => Array.isArray(v[k]))) {
        yield* ndjsonBatches(reader, lineOffset, text);
        return;
      }
    }
  } else reader.unshift(chunk);

  // Guessing element ends needs a parse that ignores digits (see json-scan.ts); text numbers need the count.
  const scanner = new JsonArrayScanner({ lineOffset, parse, guess: !text });
  for (let b = await reader.next(); b; b = await reader.next()) {
    scanner.push(b);
    // With `parse` given, every element has its value.
    if (scanner.out.length) yield scanner.out.splice(0) as JsonRecord[];
  }
  const end = scanner.end();
  if (end.kind === 'array') return;
  const v = end.text === null ? undefined : parseJson(end.text);
  if (isObject(v) && opts.single?.(v)) yield [{ value: v, line: end.line }];
  else if (!(isObject(v) && opts.emptyEnvelope?.(end.text!) && !hasListKey(v))) throw noList(opts);
}

function noList(opts: JsonRecordsOptions): FormatError {
  return new FormatError(`No list of ${opts.what} found: expected a JSON array, an object with an "items" array, or one JSON object per line`);
}

const hasListKey = (v: JsonObject): boolean => LIST_KEYS.some((k) => k in v);

function firstNonBlank(b: Buffer): number {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
  }
  return -1;
}

/** The bytes up to and past the first line break (`end`: where it is, -1 when the line is too long to be a record). */
async function firstLine(reader: ByteReader, chunk: Buffer): Promise<{ bytes: Buffer; end: number }> {
  const parts = [chunk];
  let size = chunk.length;
  let nl = chunk.indexOf(0x0a);
  while (nl === -1 && size <= MAX_RECORD_BYTES) {
    const b = await reader.next();
    if (!b) {
      nl = size;
      break;
    }
    parts.push(b);
    const at = b.indexOf(0x0a);
    if (at !== -1) nl = size + at;
    size += b.length;
  }
  return { bytes: parts.length === 1 ? chunk : Buffer.concat(parts), end: nl > MAX_RECORD_BYTES ? -1 : nl };
}

/** One object a line; a damaged line is a bad row and the others still count. */
async function* ndjsonBatches(reader: ByteReader, lineOffset: number, text: boolean): AsyncGenerator<Batch> {
  let line = lineOffset;
  let carry: Buffer | null = null;
  let batch: Batch = [];
  const record = (b: Buffer, start: number, end: number): void => {
    line++;
    while (start < end && isBlankByte(b[start])) start++;
    while (end > start && isBlankByte(b[end - 1])) end--;
    if (start === end) return;
    const bytes = b.subarray(start, end);
    if (!isUtf8(bytes)) throw new FormatError(NOT_UTF8, line);
    const s = bytes.toString('utf8');
    let value: unknown;
    try {
      value = text && numberDigits(b, start, end) > 0 ? JSON.parse(s, keepNumberText) : JSON.parse(s);
    } catch {
      batch.push({ bad: true, line, reason: 'Not valid JSON (a damaged or cut-off line)', raw: s.slice(0, 500) });
      return;
    }
    batch.push({ value, line });
  };
  for (let b = await reader.next(); b; b = await reader.next()) {
    let start = 0;
    let nl = b.indexOf(0x0a);
    if (carry && nl !== -1) {
      const whole = Buffer.concat([carry, b.subarray(0, nl)]);
      record(whole, 0, whole.length);
      carry = null;
      start = nl + 1;
      nl = b.indexOf(0x0a, start);
    }
    for (; nl !== -1; nl = b.indexOf(0x0a, start)) {
      record(b, start, nl);
      start = nl + 1;
    }
    // Copied, as a slice would keep the whole chunk alive.
    if (start < b.length) carry = carry ? Buffer.concat([carry, b.subarray(start)]) : Buffer.from(b.subarray(start));
    if (carry && carry.length > MAX_RECORD_BYTES) throw new FormatError(`A line is longer than ${MAX_RECORD_BYTES} bytes`, line + 1);
    if (batch.length) {
      yield batch;
      batch = [];
    }
  }
  if (carry) record(carry, 0, carry.length);
  if (batch.length) yield batch;
}

const isBlankByte = (c: number): boolean => c === 0x20 || c === 0x0d || c === 0x09;

/** The reviver that keeps numbers as written: `context.source` is the number's text (Node 21+). */
function keepNumberText(_key: string, value: unknown, context?: { source?: string }): unknown {
  return typeof value === 'number' && context?.source ? context.source : value;
}

/** JSON.parse keeping numbers as written, or undefined when the text is not JSON. */
function parseJson(s: string): unknown {
  try {
    return JSON.parse(s, keepNumberText);
  } catch {
    return undefined;
  }
}

// Files in other encodings (UTF-16, Windows-1252): decoded to text and tokenized, slower but rare.

async function* decodedRecords(src: FileSource, opts: JsonRecordsOptions): AsyncGenerator<JsonRecord | BadRow> {
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
    if (first === '{' && (nl !== -1 || ended) && firstLine.length <= MAX_RECORD_BYTES) {
      const v = parseJson(firstLine);
      if (isObject(v)) {
        if (opts.emptyEnvelope?.(firstLine) && !hasListKey(v)) return;
        if (!LIST_KEYS.some((k) => Array.isArray(v[k]))) {
          yield* decodedNdjson(rest, lineOffset);
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
      const whole = await readHead(src, MAX_RECORD_BYTES + 1);
      const v = whole.length <= MAX_RECORD_BYTES ? parseJson(whole.replace(/^\ufeff/, '')) : undefined;
      if (isObject(v) && opts.single?.(v)) {
        yield { value: v, line: lineOffset + 1 };
        return;
      }
      if (opts.emptyEnvelope?.(whole.slice(0, 64 * 1024))) return;
      throw noList(opts);
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

async function* decodedNdjson(text: AsyncIterable<string>, lineOffset: number): AsyncGenerator<JsonRecord | BadRow> {
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

/** A log names a few hundred apps a million times over: each name is looked at once. */
const appNames = new Map<string, string | null>();

function appName(displayName: string | null): string | null {
  if (!displayName) return null;
  let name = appNames.get(displayName);
  if (name === undefined) {
    const n = displayName.toLowerCase().replace(/\s+/g, ' ');
    name = GENERIC_APP_NAMES.has(n) || n.startsWith('template ') ? null : displayName;
    if (appNames.size >= 10_000) appNames.clear();
    appNames.set(displayName, name);
  }
  return name;
}

function obj(v: unknown): JsonObject {
  return isObject(v) ? v : (Object.create(null) as JsonObject);
}

export async function* parseOkta(src: FileSource, opts: OktaOptions = {}): AsyncGenerator<SignInRow | GrantRow | IdpAppRow | BadRow> {
  const stats = opts.stats;
  // Numbers stay JSON.parse's: no field read from an event or an app is a number.
  for await (const batch of jsonBatches(src, { onBytes: opts.onBytes, what: 'Okta events', single: isOktaApp, numbers: 'native' })) {
    for (const r of batch) {
      const row = 'bad' in r ? r : oktaRow(r.value, r.line);
      if (row) yield row;
      else if (stats) stats.skipped++;
    }
  }
}

/** The row an event (or app object) makes, or null when it is left out. Runs a million times a file: no regexes for SSO. */
function oktaRow(ev: unknown, line: number): SignInRow | GrantRow | IdpAppRow | BadRow | null {
  if (!isObject(ev)) return badRow(line, undefined, 'The event is not a JSON object', ev);
  const type = str(ev.eventType);
  if (!type) return isOktaApp(ev) ? appRow(ev, line) : badRow(line, 'eventType', 'No eventType', ev);
  const sso = type === SSO;
  const consent = sso ? null : CONSENT.exec(type);
  if (!sso && !consent && !TOKEN.test(type)) return null;

  const at = instant(ev.published);
  if (!at) {
    const reason = ev.published == null ? 'No published time' : `"${String(ev.published)}" is not an ISO 8601 time with a time zone`;
    return badRow(line, 'published', reason, ev);
  }
  const actor = obj(ev.actor);
  // Token events may be made by the OAuth client itself (PublicClientApp); only a User is a person.
  const person = actor.type === undefined || str(actor.type) === 'User';
  const user = person ? (str(actor.alternateId)?.toLowerCase() ?? null) : null;
  const targets = Array.isArray(ev.target) ? ev.target : [];
  let app: JsonObject | undefined;
  for (const t of targets) {
    if (isObject(t) && str(t.type) === 'AppInstance') {
      app = t;
      break;
    }
  }
  const result = str(obj(ev.outcome).result)?.toUpperCase() ?? null;
  const client = obj(ev.client);

  if (sso) {
    if (!app) return null;
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
  if (result && result !== 'SUCCESS' && result !== 'ALLOW') return null;
  const debug = obj(obj(ev.debugContext).debugData);
  // Consent events name scopes, one ConsentGrant target each; the app is only its client id.
  const consents = targets.filter((t): t is JsonObject => isObject(t) && str(t.type) === 'ConsentGrant');
  const clientId =
    consents.map((t) => str(obj(t.detailEntry).publicclientapp)).find(Boolean) ?? (app && str(app.id)) ?? str(debug.clientId) ?? str(client.id);
  const name = app ? (appName(str(app.displayName)) ?? str(app.alternateId)) : null;
  if (!clientId && !name) return null;
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

// ---------------------------------------------------------------------------------------------------
// Okta apps (`GET /api/v1/apps`, `GET /api/v1/apps/{id}`): they name the client ids consent events carry alone.

function isOktaApp(v: JsonObject): boolean {
  return typeof v.id === 'string' && typeof v.signOnMode === 'string' && 'label' in v;
}

function appRow(app: JsonObject, line: number): IdpAppRow | BadRow {
  const appId = str(app.id);
  if (!appId) return badRow(line, 'id', 'An app without an id', app);
  const oauth = obj(obj(app.credentials).oauthClient);
  // An OIDC app's client id is its app id when the credentials block was left out of the export.
  const clientId = str(oauth.client_id) ?? (str(app.signOnMode) === 'OPENID_CONNECT' ? appId : null);
  return { kind: 'idp_app', line, appId, clientId, label: str(app.label), name: str(app.name), source: 'okta' };
}

/** True when the first object of a file (array, single object or NDJSON) is an Okta app: id, signOnMode and label at its top level. */
export function sniffOktaApps(head: string): boolean {
  const s = head.replace(/^\ufeff/, '').trimStart();
  const start = s[0] === '{' ? 0 : s[0] === '[' ? s.indexOf('{') : -1;
  if (start === -1 || s.slice(1, start).trim()) return false;
  const keys = topKeys(s, start);
  return keys.has('id') && keys.has('signOnMode') && keys.has('label');
}

/** The keys of the object starting at `from`, as far as the (possibly cut-off) text goes. */
function topKeys(s: string, from: number): Set<string> {
  const keys = new Set<string>();
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === '\\' ? 2 : 1;
      if (depth === 1 && /^\s*:/.test(s.slice(j + 1, j + 8))) keys.add(s.slice(i + 1, j));
      i = j;
    } else if (c === '{' || c === '[') depth++;
    else if ((c === '}' || c === ']') && --depth === 0) break;
  }
  return keys;
}
