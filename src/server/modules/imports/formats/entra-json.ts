/**
 * Entra ID sign-ins as JSON, and the sign-in model every Entra shape maps onto (shared with entra-csv.ts).
 *
 * Shapes read: a Microsoft Graph `auditLogs/signIns` page (`{"@odata.context", "value": [...]}`), an
 * array of such pages or pages simply concatenated, the admin center's "Download JSON" (a plain array of
 * sign-ins), Log Analytics / Sentinel rows (PascalCase `TimeGenerated`, `ResultType`), and
 * diagnostic-settings records that nest the sign-in under `properties` (Event Hub `{"records": [...]}`
 * or JSON lines). Keys are compared case-insensitively, so camelCase Graph, PascalCase Log Analytics and
 * PowerShell's `ConvertTo-Json` all read through one mapping.
 *
 * hr.ts's `jsonElements` is not used: it only looks for HR list keys and its messages speak of
 * employees, while a Graph page keeps its sign-ins under `value`.
 */
import { jsonParser, type Token } from 'stream-json/parser.js';
import { dateVote, parseDate as calendarDate } from './card-csv.js';
import { FormatError, MAX_RECORD_BYTES, type BadRow, type SignInRow } from './types.js';
import { END_OF_INPUT, JsonAssembler, SLICE, tokens, type Json, type JsonObject, type Tokenizer } from './json-read.js';

// ---------------------------------------------------------------------------------------------------
// The model

export type DayOrder = 'dmy' | 'mdy';

/**
 * AADSTS codes that pause a sign-in to ask the user something (MFA, "stay signed in?", registration,
 * device check) rather than refuse it; the portal lists them as "Interrupted". The name of 50072 even
 * ends in "Interrupt". Any other non-zero code is a failure.
 */
export const INTERRUPT_CODES: ReadonlySet<number> = new Set([50072, 50074, 50076, 50079, 50097, 50125, 50140, 50158]);

/** A value and the column or key it came from, so a bad row can name it. */
export interface Located {
  value: string;
  column: string;
}

/** One sign-in record as read, before validation. */
export interface SignInFields {
  line: number;
  /** The record as written, built only for a bad row. */
  raw: () => string;
  at: Located | null;
  /** Column named when the date is missing. */
  atColumn: string;
  id: string | null;
  user: string | null;
  userName: string | null;
  appName: string | null;
  appId: string | null;
  ip: string | null;
  /** The portal's own verdict (Success / Failure / Interrupted), when the shape has one. */
  verdict: string | null;
  code: Located | null;
  /** Failure reason and additional details: a text mentioning an interrupt makes the code an interrupt. */
  reasons: string[];
  statusColumn: string;
}

/**
 * The row, a bad row, or null for a record that names no application at all (nothing to attribute
 * usage to; counted as skipped by the caller).
 */
export function toSignIn(f: SignInFields, order: DayOrder): SignInRow | BadRow | null {
  const bad = (reason: string, column?: string): BadRow => ({ bad: true, line: f.line, ...(column ? { column } : {}), reason, raw: f.raw().slice(0, 500) });
  if (!f.at) return bad('The sign-in has no date', f.atColumn);
  const at = parseInstant(f.at.value, order);
  if (!at) return bad(`"${f.at.value}" is not a date and time`, f.at.column);
  if (!f.appName && !f.appId) return null;
  const outcome = outcomeOf(f);
  if (typeof outcome !== 'string') return bad(outcome.reason, outcome.column);
  return {
    kind: 'signin',
    line: f.line,
    externalId: fresh(f.id),
    at,
    user: fresh(f.user?.toLowerCase() ?? null),
    userName: fresh(f.userName),
    appName: fresh(f.appName),
    appAlternate: null,
    appId: fresh(f.appId),
    outcome,
    source: 'entra',
    ip: fresh(f.ip),
  };
}

function outcomeOf(f: SignInFields): SignInRow['outcome'] | { reason: string; column: string } {
  const verdict = f.verdict?.toLowerCase();
  if (verdict === 'success' || verdict === 'failure' || verdict === 'interrupted') return verdict;
  if (!f.code) return { reason: 'The sign-in has neither a status nor an error code', column: f.statusColumn };
  if (!/^-?\d+$/.test(f.code.value)) return { reason: `"${f.code.value}" is not a sign-in error code`, column: f.code.column };
  const code = Number(f.code.value);
  if (code === 0) return 'success';
  if (INTERRUPT_CODES.has(code) || f.reasons.some((r) => /interrupt/i.test(r))) return 'interrupted';
  return 'failure';
}

/**
 * Values from the tokenizer are slices of the text chunk they came from; a row kept by the caller
 * would keep the whole chunk alive, so the few values that leave the parser are copied.
 */
function fresh(s: string | null): string | null {
  return s === null ? null : Buffer.from(s, 'utf8').toString('utf8');
}

const ISO_DATE = /^(\d{4}-\d{1,2}-\d{1,2})(?:[T ](.+))?$/;
const LOCALE_DATE = /^(\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})),?(?:\s+(.+))?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(?:([AaPp])\.?[Mm]\.?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/;
// PowerShell 5's ConvertTo-Json writes dates as "/Date(1741000000000)/".
const MS_DATE = /^\/?Date\((-?\d+)(?:[+-]\d{4})?\)\/?$/;

/**
 * ISO instant in UTC from Graph's `2020-03-13T19:15:41.6195833Z`, an offset, or a locale form an Excel
 * or Export-Csv round trip leaves (`3/12/2025 7:22:01 AM`, `05/01/2024 10:11:12`). A time without a zone
 * is UTC: Graph only writes UTC and the portal's column is "Date (UTC)". Fractions beyond milliseconds
 * are dropped. Null when unreadable.
 */
export function parseInstant(value: string, order: DayOrder): string | null {
  const v = value.trim();
  const ms = MS_DATE.exec(v);
  if (ms) {
    const d = new Date(Number(ms[1]));
    return Number.isNaN(d.getTime()) ? null : d.toISOString();
  }
  const m = ISO_DATE.exec(v) ?? LOCALE_DATE.exec(v);
  if (!m) return null;
  const day = calendarDate(m[1], order);
  if (!day) return null;
  let [h, min, s, milli, offset] = [0, 0, 0, 0, 0];
  if (m[2]) {
    const t = TIME.exec(m[2].trim());
    if (!t) return null;
    [h, min, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
    milli = Number((t[4] ?? '').slice(0, 3).padEnd(3, '0'));
    if (t[5]) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (/p/i.test(t[5]) ? 12 : 0);
    }
    if (h > 23 || min > 59 || s > 59) return null;
    const z = t[6] && /^[+-]/.test(t[6]) ? /^([+-])(\d{2}):?(\d{2})?$/.exec(t[6]) : null;
    if (z) offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
  }
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, min - offset, s, milli)).toISOString();
}

// ---------------------------------------------------------------------------------------------------
// JSON records → fields


const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string or number as text; objects, booleans, null and blank strings are no value. */
const scalar = (v: Json | undefined): string | null => (typeof v === 'number' ? String(v) : typeof v === 'string' && v.trim() !== '' ? v.trim() : null);

/** The fields of one JSON sign-in, or a bad row when the element is not an object. */
export function jsonFields(value: Json, line: number): SignInFields | BadRow {
  const raw = (): string => JSON.stringify(value) ?? '';
  if (!isObject(value)) return { bad: true, line, reason: 'Expected a sign-in object', raw: raw().slice(0, 500) };
  // Diagnostic-settings records keep the Graph sign-in under `properties`; its values win.
  const byKey = new Map<string, { column: string; json: Json }>();
  const add = (o: JsonObject, prefix: string): void => {
    for (const [k, json] of Object.entries(o)) if (!byKey.has(k.toLowerCase())) byKey.set(k.toLowerCase(), { column: prefix + k, json });
  };
  if (isObject(value.properties)) add(value.properties, 'properties.');
  add(value, '');
  const get = (...names: string[]): Located | null => {
    for (const n of names) {
      const hit = byKey.get(n);
      const v = scalar(hit?.json);
      if (hit && v !== null) return { value: v, column: hit.column };
    }
    return null;
  };
  const text = (...names: string[]): string | null => get(...names)?.value ?? null;

  const statusKey = byKey.get('status');
  const status = statusObject(statusKey?.json);
  const inStatus = (name: string): Located | null => {
    const key = status && Object.keys(status).find((k) => k.toLowerCase() === name);
    const v = key ? scalar(status![key]) : null;
    return key && v !== null ? { value: v, column: `${statusKey!.column}.${key}` } : null;
  };
  return {
    line,
    raw,
    at: get('createddatetime', 'timegenerated', 'time'),
    atColumn: byKey.get('createddatetime')?.column ?? byKey.get('timegenerated')?.column ?? 'createdDateTime',
    id: text('id'),
    user: text('userprincipalname'),
    userName: text('userdisplayname'),
    appName: text('appdisplayname'),
    appId: text('appid'),
    ip: text('ipaddress', 'calleripaddress'),
    verdict: null,
    code: inStatus('errorcode') ?? get('resulttype'),
    reasons: [inStatus('failurereason'), inStatus('additionaldetails'), get('resultdescription')].flatMap((r) => (r ? [r.value] : [])),
    statusColumn: statusKey ? `${statusKey.column}.errorCode` : byKey.get('resulttype')?.column ?? 'status.errorCode',
  };
}

/** Log Analytics hands its dynamic `Status` column over as a JSON string. */
function statusObject(v: Json | undefined): JsonObject | null {
  if (isObject(v)) return v;
  if (typeof v !== 'string' || !v.trim().startsWith('{') || v.length > 64 * 1024) return null;
  try {
    const parsed = JSON.parse(v) as unknown;
    return isObject(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// JSON text → sign-in elements

/** Keys under which an object carries a list of sign-ins: Graph pages (`value`), Event Hub messages (`records`). */
const LIST_KEYS = new Set(['value', 'records']);
const TRUNCATED = 'The JSON ends too early (is the file truncated?)';



/** 'list': an array whose items are sign-ins or pages; 'page': an object holding a list; 'skip': anything else. */
type Frame = 'list' | 'page' | 'skip';

/**
 * Walks the token stream, assembling one candidate object at a time. A candidate that turns out to hold
 * a `value`/`records` array is a page: it is dropped and the array's items become the candidates, so a
 * 50 MB page never sits in memory.
 */
class SignInWalker {
  elementLine = 0;
  elementStart = 0;
  private readonly frames: Frame[] = [];
  private el: JsonAssembler | null = null;
  private pageKey = '';

  get inElement(): boolean {
    return this.el !== null;
  }
  get complete(): boolean {
    return this.frames.length === 0 && this.el === null;
  }

  push(t: Token, line: number, offset: number): { value: Json; line: number } | null {
    const el = this.el;
    if (el) {
      if (el.depth === 1 && t.name === 'startArray' && LIST_KEYS.has(el.key.toLowerCase())) {
        this.el = null;
        this.frames.push('page', 'list');
        return null;
      }
      el.consume(t);
      if (!el.done) return null;
      this.el = null;
      return { value: el.root ?? null, line: this.elementLine };
    }
    const top = this.frames[this.frames.length - 1];
    if (top === 'page' || top === 'skip') {
      if (t.name === 'keyValue' && top === 'page') this.pageKey = t.value;
      else if (t.name === 'startObject') this.frames.push('skip');
      else if (t.name === 'startArray') this.frames.push(top === 'page' && LIST_KEYS.has(this.pageKey.toLowerCase()) ? 'list' : 'skip');
      else if (t.name === 'endObject' || t.name === 'endArray') this.frames.pop();
      return null;
    }
    switch (t.name) {
      case 'startArray':
        this.frames.push('list');
        return null;
      case 'endArray':
        this.frames.pop();
        return null;
      case 'startObject':
        this.el = new JsonAssembler('number');
        this.el.consume(t);
        this.elementLine = line;
        this.elementStart = offset;
        return null;
      case 'stringValue':
      case 'numberValue':
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        if (!top) throw new FormatError('Expected sign-ins: a JSON object or array', line);
        return { value: t.name === 'numberValue' ? Number(t.value) : t.value, line };
      default:
        return null;
    }
  }
}

/**
 * Drops a comma that only whitespace separates from `]` or `}`. Microsoft's own List signIns example
 * has one, and people paste from the docs; nothing else about the JSON is relaxed. Newlines are kept,
 * so line numbers stay true.
 */
async function* withoutTrailingCommas(text: AsyncIterable<string>): AsyncGenerator<string> {
  let inString = false;
  let escaped = false;
  let held = '';
  for await (const chunk of text) {
    const parts: string[] = [];
    let from = 0;
    let i = 0;
    if (held) {
      const j = chunk.search(/\S/);
      if (j === -1) {
        held += chunk;
        continue;
      }
      parts.push(chunk[j] === ']' || chunk[j] === '}' ? held.slice(1) : held);
      held = '';
    }
    for (; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 0x5c) escaped = true;
        else if (c === 0x22) inString = false;
      } else if (c === 0x22) inString = true;
      else if (c === 0x2c) {
        let j = i + 1;
        while (j < chunk.length && /\s/.test(chunk[j])) j++;
        if (j === chunk.length) {
          parts.push(chunk.slice(from, i));
          held = chunk.slice(i);
          from = chunk.length;
          break;
        }
        if (chunk[j] === ']' || chunk[j] === '}') {
          parts.push(chunk.slice(from, i));
          from = i + 1;
        }
        i = j - 1;
      }
    }
    if (from < chunk.length) parts.push(chunk.slice(from));
    const out = parts.join('');
    if (out) yield out;
  }
  if (held) yield held;
}

function jsonFailure(e: unknown, line: number): Error {
  if (e instanceof FormatError) return e;
  const msg = ((e as Error)?.message ?? String(e)).replace(/^Parser cannot parse input:\s*/i, '').replace(/^Parser has expected/i, 'expected');
  return new FormatError(`Not valid JSON: ${msg}`, line);
}

/**
 * The sign-in elements of JSON text with the line each starts on. Text goes to the tokenizer a line at
 * a time so each token is known to come from the current line.
 */
export async function* signInElements(text: AsyncIterable<string>): AsyncGenerator<{ value: Json; line: number }> {
  const tokenizer = jsonParser({ packValues: true, streamValues: false, jsonStreaming: true }) as unknown as Tokenizer;
  const walker = new SignInWalker();
  let line = 1;
  let lastLine = 1;
  let fed = 0;
  try {
    for await (const chunk of withoutTrailingCommas(text)) {
      for (let start = 0; start < chunk.length; ) {
        // Long lines go in slices too, so an element's size is known to within a slice.
        const nl = chunk.indexOf('\n', start);
        const end = Math.min(nl === -1 ? chunk.length : nl + 1, start + SLICE);
        const piece = chunk.slice(start, end);
        if (/\S/.test(piece)) lastLine = line;
        for (const t of tokens(tokenizer, piece)) {
          const el = walker.push(t, line, fed);
          if (el) yield el;
        }
        fed += end - start;
        if (walker.inElement && fed - walker.elementStart > MAX_RECORD_BYTES) {
          throw new FormatError(`A sign-in record is longer than ${MAX_RECORD_BYTES} characters`, walker.elementLine);
        }
        if (end === nl + 1) line++;
        start = end;
      }
    }
  } catch (e) {
    throw jsonFailure(e, line);
  }
  try {
    tokens(tokenizer, END_OF_INPUT);
  } catch {
    throw new FormatError(TRUNCATED, lastLine);
  }
  if (!walker.complete) throw new FormatError(TRUNCATED, lastLine);
}

/**
 * Sign-ins from a JSON file. Graph and Log Analytics write ISO dates; a slashed date (a hand-made
 * export) is read month-first unless it can only be day-first.
 */
export async function* parseEntraJson(text: AsyncIterable<string>, stats: { skipped: number }): AsyncGenerator<SignInRow | BadRow> {
  for await (const { value, line } of signInElements(text)) {
    const f = jsonFields(value, line);
    if ('bad' in f) {
      yield f;
      continue;
    }
    const row = toSignIn(f, (f.at && dateVote(f.at.value)) ?? 'mdy');
    if (row) yield row;
    else stats.skipped++;
  }
}
