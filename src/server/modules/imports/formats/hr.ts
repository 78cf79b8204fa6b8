/**
 * HR employee lists: a CSV report with whatever columns the admin picked, or a JSON export (BambooHR
 * custom report, HiBob people search in nested or field-path form, Personio company/employees, or any
 * array of flat objects). Every shape is reduced to named cells and read by the same header synonyms,
 * so a Workday or Rippling report with sensible labels works without a preset.
 *
 * The text, CSV and JSON plumbing below is shared with apps-csv.ts until csv-read.ts / decode.ts unify it.
 */
import { parse as parseCsv } from 'csv-parse';
import { parse as parseCsvSync } from 'csv-parse/sync';
import { jsonParser, type Token } from 'stream-json/parser.js';
import { Readable } from 'node:stream';
import { FormatError, MAX_RECORD_BYTES, type BadRow, type FileSource, type OnBytes, type PersonRow } from './types.js';
import { END_OF_INPUT, JsonAssembler, SLICE, tokens, type Json, type JsonObject, type Tokenizer } from './json-read.js';

export type { JsonObject };

// ---------------------------------------------------------------------------------------------------
// Text: the file's bytes as decoded strings.

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

function looksBinary(head: Buffer): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return control > head.length / 100;
}

/**
 * One cheap pass decides the encoding: a BOM wins; otherwise UTF-8 when every byte sequence is valid,
 * else Windows-1252 (what Excel writes on Windows). Deciding up front keeps the parse single-pass.
 */
async function chooseEncoding(src: FileSource): Promise<Encoding> {
  const stream = src.open();
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let head: Buffer | null = Buffer.alloc(0);
  let valid = true;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      if (head) {
        head = Buffer.concat([head, buf]);
        if (head.length < 4096) continue;
        const enc = headEncoding(head);
        if (enc) return enc;
        if (valid) valid = decodes(utf8, head, true);
        head = null;
      } else if (valid) valid = decodes(utf8, buf, true);
      if (!valid) return 'windows-1252';
    }
    if (head) {
      if (head.length === 0) throw new FormatError('The file is empty');
      const enc = headEncoding(head);
      if (enc) return enc;
      valid = decodes(utf8, head, true);
    }
    return valid && decodes(utf8, Buffer.alloc(0), false) ? 'utf-8' : 'windows-1252';
  } finally {
    stream.destroy();
  }
}

function headEncoding(head: Buffer): Encoding | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (looksBinary(head.subarray(0, 4096))) throw new FormatError('This is not a text file (a CSV or JSON file was expected)');
  return null;
}

function decodes(d: TextDecoder, buf: Buffer, stream: boolean): boolean {
  try {
    d.decode(buf, { stream });
    return true;
  } catch {
    return false;
  }
}

/** The file as text chunks (BOM dropped), reporting bytes read as it goes. */
export async function* readText(src: FileSource, onBytes?: OnBytes): AsyncGenerator<string> {
  if (src.size === 0) throw new FormatError('The file is empty');
  const decoder = new TextDecoder(await chooseEncoding(src));
  const stream = src.open();
  let bytes = 0;
  try {
    for await (const chunk of stream) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      bytes += buf.length;
      onBytes?.(bytes);
      const s = decoder.decode(buf, { stream: true });
      if (s) yield s;
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  } finally {
    stream.destroy();
  }
}

/** Text that starts with something other than whitespace, and how many blank lines came before it. */
export async function skipBlank(text: AsyncIterable<string>): Promise<{ first: string; lineOffset: number; text: AsyncGenerator<string> }> {
  const it = text[Symbol.asyncIterator]();
  let lineOffset = 0;
  for (;;) {
    const r = await it.next();
    if (r.done) throw new FormatError('The file is empty');
    const at = r.value.search(/\S/);
    if (at === -1) {
      lineOffset += countNewlines(r.value);
      continue;
    }
    lineOffset += countNewlines(r.value.slice(0, r.value.lastIndexOf('\n', at) + 1));
    const rest = r.value.slice(r.value.lastIndexOf('\n', at) + 1);
    return { first: rest[rest.search(/\S/)], lineOffset, text: replay(rest, it) };
  }
}

async function* replay(first: string, it: AsyncIterator<string>): AsyncGenerator<string> {
  try {
    yield first;
    for (;;) {
      const r = await it.next();
      if (r.done) return;
      yield r.value;
    }
  } finally {
    await it.return?.();
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

// ---------------------------------------------------------------------------------------------------
// CSV

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  cells: string[];
  raw: string;
}

/** Header names compare trimmed, case-folded and without punctuation: "Work E-mail" = "workEmail" = "work_email". */
export function normKey(s: string): string {
  return s.replace(/#/g, ' number').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function detectDelimiter(line: string): string {
  let best = ',';
  let bestCount = 0;
  for (const d of [',', ';', '\t', '|']) {
    let n = 0;
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (ch === d && !quoted) n++;
    }
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  return best;
}

function startLine(endLine: number, raw: string): number {
  // csv-parse reports the line a record ends on; raw also holds blank lines skipped before it.
  const core = raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '');
  return endLine - countNewlines(core);
}

function csvFailure(e: unknown, lineOffset: number): Error {
  if (e instanceof FormatError) return e;
  const err = e as { code?: string; lines?: number; message?: string };
  if (!err?.code?.startsWith('CSV_')) return e as Error;
  const line = err.lines ? err.lines + lineOffset : undefined;
  if (err.code === 'CSV_MAX_RECORD_SIZE') return new FormatError(`A record is longer than ${MAX_RECORD_BYTES} characters`, line);
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') return new FormatError('A quoted field is never closed', line);
  return new FormatError(`Not readable as CSV: ${(err.message ?? '').replace(/^Invalid [^:]+:\s*/, '')}`, line);
}

/** The records of CSV text with their start lines; the delimiter is decided from the first line. */
export async function* csvRecords(text: AsyncIterable<string>, lineOffset = 0): AsyncGenerator<CsvRecord> {
  const it = text[Symbol.asyncIterator]();
  let head = '';
  for (;;) {
    const r = await it.next();
    if (r.done) break;
    head += r.value;
    if (head.includes('\n') || head.length > MAX_RECORD_BYTES) break;
  }
  const parser = parseCsv({
    bom: true,
    delimiter: detectDelimiter(head.split('\n', 1)[0]),
    info: true,
    raw: true,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: MAX_RECORD_BYTES,
  });
  const input = Readable.from(replay(head, it));
  input.on('error', (e) => parser.destroy(e));
  input.pipe(parser);
  try {
    for await (const r of parser as AsyncIterable<{ record: string[]; info: { lines: number }; raw: string }>) {
      yield { line: startLine(r.info.lines, r.raw) + lineOffset, cells: r.record, raw: r.raw.replace(/^[\r\n]+/, '').replace(/\r?\n$/, '') };
    }
  } catch (e) {
    throw csvFailure(e, lineOffset);
  } finally {
    input.destroy();
    parser.destroy();
  }
}

/** The first complete lines of a file's head, parsed as CSV one by one (for sniffing only). */
export function headRows(head: string, max = 10): string[][] {
  const text = head.replace(/^\ufeff/, '');
  const lines = text.split(/\r?\n/);
  if (lines.length > 1 && !/\n$/.test(text)) lines.pop();
  const delimiter = detectDelimiter(lines.find((l) => l.trim()) ?? '');
  const rows: string[][] = [];
  for (const l of lines) {
    if (rows.length >= max) break;
    if (!l.trim()) continue;
    try {
      const [cells] = parseCsvSync(l, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
      if (cells) rows.push(cells.map((c) => c.trim()));
    } catch {
      // A field that spans lines cannot be a header; skip it.
    }
  }
  return rows;
}

// Columns of money or log files: a header with these is a statement or a sign-in log, never a list.
const FOREIGN_COLUMNS = new Set(['amount', 'debit', 'credit', 'balance', 'transactiondate', 'postingdate', 'posteddate', 'requestid', 'correlationid', 'useragent', 'ipaddress', 'eventtype', 'dateutc']);

export function hasForeignColumns(keys: string[]): boolean {
  return keys.some((k) => FOREIGN_COLUMNS.has(k));
}

// ---------------------------------------------------------------------------------------------------
// JSON: elements of the employee array, each with the line it starts on.


const LIST_KEYS = new Set(['employees', 'data', 'items', 'results', 'reportentry', 'people', 'workers']);


/** Finds the employee array (top level, or under a known key of a top-level object) and assembles its elements. */
class ElementWalker {
  found = false;
  complete = false;
  element: JsonAssembler | null = null;
  elementLine = 0;
  index = 0;
  private depth = 0;
  private listDepth = -1;
  private rootIsObject = false;
  private lastKey = '';

  push(t: Token, line: number): { value: Json; line: number; index: number } | null {
    if (this.element) {
      this.element.consume(t);
      return this.element.done ? this.finish() : null;
    }
    if (this.depth === this.listDepth && t.name !== 'endArray') {
      this.element = new JsonAssembler();
      this.elementLine = line;
      this.element.consume(t);
      return this.element.done ? this.finish() : null;
    }
    switch (t.name) {
      case 'startObject':
      case 'startArray':
        this.depth++;
        if (this.depth === 1 && t.name === 'startObject') this.rootIsObject = true;
        if (t.name === 'startArray' && !this.found && (this.depth === 1 || (this.depth === 2 && this.rootIsObject && LIST_KEYS.has(normKey(this.lastKey))))) {
          this.found = true;
          this.listDepth = this.depth;
        }
        break;
      case 'endObject':
      case 'endArray':
        if (this.depth === this.listDepth) this.listDepth = -1;
        this.depth--;
        if (this.depth === 0) this.complete = true;
        break;
      case 'keyValue':
        if (this.depth === 1) this.lastKey = t.value;
        break;
      default:
        if (this.depth === 0) throw new FormatError('Expected a JSON array of employees or an object holding one', line);
    }
    return null;
  }

  private finish(): { value: Json; line: number; index: number } {
    const value = this.element!.root as Json;
    this.element = null;
    return { value, line: this.elementLine, index: this.index++ };
  }
}

const TRUNCATED = 'The JSON ends too early (is the file truncated?)';

function jsonFailure(e: unknown, line: number): Error {
  if (e instanceof FormatError) return e;
  const msg = (e as Error)?.message ?? String(e);
  return new FormatError(`Not valid JSON: ${msg.replace(/^Parser cannot parse input:\s*/i, '')}`, line);
}

/**
 * Streams the elements of the employee array. The text is fed to the tokenizer a line at a time so that
 * each token is known to come from the current line, which gives every element its start line.
 */
export async function* jsonElements(text: AsyncIterable<string>, lineOffset = 0): AsyncGenerator<{ value: Json; line: number; index: number }> {
  const tokenizer = jsonParser({ packValues: true, streamValues: false }) as unknown as Tokenizer;
  const walker = new ElementWalker();
  let line = lineOffset + 1;
  let lastLine = line;
  let fed = 0;
  let elementStart = 0;
  try {
    for await (const chunk of text) {
      for (let start = 0; start < chunk.length; ) {
        // Long lines go in slices too, so an element's size is known to within a slice (the limit
        // bounds memory; it is not an exact byte count).
        const nl = chunk.indexOf('\n', start);
        const end = Math.min(nl === -1 ? chunk.length : nl + 1, start + SLICE);
        const piece = chunk.slice(start, end);
        if (/\S/.test(piece)) lastLine = line;
        for (const t of tokens(tokenizer, piece)) {
          const wasIn = walker.element !== null;
          const el = walker.push(t, line);
          if (!wasIn && (walker.element || el)) elementStart = fed;
          if (el) yield el;
        }
        fed += end - start;
        if (walker.element && fed - elementStart > MAX_RECORD_BYTES) {
          throw new FormatError(`An element is longer than ${MAX_RECORD_BYTES} characters`, walker.elementLine);
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
  if (!walker.found) throw new FormatError('No list of employees found: expected a JSON array, or an object with an "employees", "data", "items" or "results" array');
}

/** The first element of the list in a file's head, possibly cut short (for sniffing only). */
function firstElement(head: string): Json | undefined {
  const tokenizer = jsonParser({ packValues: true, streamValues: false }) as unknown as Tokenizer;
  const walker = new ElementWalker();
  try {
    for (const t of tokens(tokenizer, head.replace(/^\ufeff/, ''))) {
      const el = walker.push(t, 1);
      if (el) return el.value;
    }
  } catch {
    // The head may end anywhere; whatever was assembled so far is enough.
  }
  return walker.element?.root;
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------------------------------
// Values

const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]{2,}$/;

export function asEmail(s: string): string | null {
  const v = s.trim().replace(/^mailto:/i, '').toLowerCase();
  return EMAIL.test(v) ? v : null;
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };

function ymd(y: number, m: number, d: number): string | undefined {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * YYYY-MM-DD from the date forms HR tools export: ISO (a time part is dropped, not shifted to UTC —
 * Personio writes midnight in the company's zone), MM/DD/YYYY, DD.MM.YYYY, "14 Feb 2025", "Feb 14, 2025".
 * Slashed dates are month-first unless `order` says otherwise or the first part cannot be a month.
 * Returns null for an empty date (including BambooHR's 0000-00-00), undefined when unreadable.
 */
export function parseDate(s: string, order: 'mdy' | 'dmy' = 'mdy'): string | null | undefined {
  const v = s.trim();
  if (!v || /^0{4}-0{2}-0{2}/.test(v) || /^0{1,2}[/.-]0{1,2}[/.-]0{4}$/.test(v)) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(v) ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(v);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v))) return ymd(+m[3], +m[2], +m[1]);
  if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{4})(?:[ T].*)?$/.exec(v))) {
    const [a, b] = [+m[1], +m[2]];
    const dayFirst = order === 'dmy' ? !(b > 12 && a <= 12) : a > 12 && b <= 12;
    return dayFirst ? ymd(+m[3], b, a) : ymd(+m[3], a, b);
  }
  if ((m = /^(\d{1,2})[ -]([a-z]{3,9})\.?[ -],?\s*(\d{4})$/i.exec(v))) {
    const month = MONTHS[m[2].slice(0, 3).toLowerCase()];
    return month ? ymd(+m[3], month, +m[1]) : undefined;
  }
  if ((m = /^([a-z]{3,9})\.? (\d{1,2}),? (\d{4})$/i.exec(v))) {
    const month = MONTHS[m[1].slice(0, 3).toLowerCase()];
    return month ? ymd(+m[3], month, +m[2]) : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// People

type Field = 'email' | 'fullName' | 'firstName' | 'lastName' | 'department' | 'managerEmail' | 'manager' | 'managerId' | 'employeeId' | 'status' | 'lifecycle' | 'startDate' | 'endDate' | 'title';

/** Header synonyms, normalised, best first. A header belongs to one field only. */
const SYNONYMS: Record<Field, string[]> = {
  email: ['workemail', 'workemailaddress', 'primaryworkemail', 'businessemail', 'companyemail', 'officeemail', 'email', 'emailaddress', 'mail'],
  fullName: ['fullname', 'name', 'displayname', 'employeename', 'employee', 'worker', 'legalname', 'preferredfullname'],
  firstName: ['firstname', 'givenname', 'first', 'forename', 'preferredname'],
  lastName: ['lastname', 'surname', 'familyname', 'last'],
  department: ['department', 'departmentname', 'dept', 'team', 'teamname', 'division', 'supervisoryorganization'],
  managerEmail: ['manageremail', 'managerworkemail', 'supervisoremail', 'reportstoemail', 'linemanageremail', 'manageremailaddress', 'supervisoremailaddress'],
  manager: ['manager', 'supervisor', 'reportsto', 'linemanager', 'managername', 'supervisorname', 'directmanager'],
  managerId: ['supervisoreid', 'manageremployeeid', 'manageremployeenumber', 'supervisoremployeeid', 'supervisoremployeenumber', 'managerid', 'reportstoid', 'supervisorid'],
  employeeId: ['employeeid', 'employeenumber', 'employeeno', 'empid', 'staffid', 'staffnumber', 'workerid', 'personnelnumber', 'employeeidincompany', 'id'],
  status: ['status', 'employmentstatus', 'employeestatus', 'workerstatus', 'active'],
  lifecycle: ['lifecyclestatus'],
  startDate: ['startdate', 'hiredate', 'hiringdate', 'joindate', 'joiningdate', 'dateofhire', 'originalhiredate', 'employmentstartdate'],
  endDate: ['enddate', 'terminationdate', 'leavingdate', 'exitdate', 'lastday', 'lastworkingday', 'dateofleaving', 'separationdate', 'employmentenddate'],
  title: ['jobtitle', 'title', 'position', 'businesstitle', 'role'],
};
const FIELDS = Object.keys(SYNONYMS) as Field[];

/** A named value from a row: `key` is matched against synonyms, `column` is what a bad row names. */
interface Cell {
  key: string;
  column: string;
  value: string | null;
}
type Fields = Partial<Record<Field, Cell>>;

function pickFields(cells: Cell[]): Fields {
  const byKey = new Map<string, Cell>();
  for (const c of cells) {
    const k = normKey(c.key);
    if (!byKey.has(k)) byKey.set(k, c);
  }
  const out: Fields = {};
  for (const f of FIELDS) {
    for (const syn of SYNONYMS[f]) {
      const c = byKey.get(syn);
      if (c) {
        out[f] = c;
        break;
      }
    }
  }
  return out;
}

const ACTIVE = new Set(['active', 'employed', 'current', 'onboarding', 'leave', 'on leave', 'parental leave', 'garden leave', 'sabbatical', 'probation', 'hired', 'full time', 'part time', 'contractor', 'intern', 'temporary', 'permanent', 'fixed term', 'yes', 'true', 'y', '1']);
const LEAVER = new Set(['inactive', 'terminated', 'leaver', 'left', 'former', 'former employee', 'offboarded', 'resigned', 'retired', 'dismissed', 'deactivated', 'ex employee', 'no', 'false', 'n', '0']);

function statusOf(v: string): 'active' | 'leaver' | undefined {
  const s = v.trim().toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return ACTIVE.has(s) ? 'active' : LEAVER.has(s) ? 'leaver' : undefined;
}

const text = (c: Cell | undefined): string => (c?.value ?? '').trim();

export interface ParseHrOptions {
  onBytes?: OnBytes;
  /** Today's date (YYYY-MM-DD) for "an end date in the past makes a leaver"; defaults to the current UTC date. */
  today?: string;
  /** Forces the reading of slashed dates. */
  dateOrder?: 'mdy' | 'dmy';
}

class People {
  private seen = new Map<string, number>();
  private today: string;

  constructor(private opts: ParseHrOptions) {
    this.today = opts.today ?? new Date().toISOString().slice(0, 10);
  }

  row(line: number, f: Fields, raw: string): PersonRow | BadRow {
    const bad = (column: string, reason: string): BadRow => ({ bad: true, line, column, reason, raw: raw.slice(0, 500) });
    const rawEmail = text(f.email);
    const emailColumn = f.email?.column ?? 'email';
    if (!rawEmail) return bad(emailColumn, 'No e-mail address');
    const email = asEmail(rawEmail);
    if (!email) return bad(emailColumn, `"${rawEmail}" is not an e-mail address`);
    const first = this.seen.get(email);
    if (first !== undefined) return bad(emailColumn, `${email} is listed twice (first on line ${first})`);
    this.seen.set(email, line);

    const dates: Record<'startDate' | 'endDate', string | null> = { startDate: null, endDate: null };
    for (const k of ['startDate', 'endDate'] as const) {
      const d = parseDate(text(f[k]), this.opts.dateOrder);
      if (d === undefined) return bad(f[k]!.column, `"${text(f[k])}" is not a date`);
      dates[k] = d;
    }

    let status: 'active' | 'leaver' = 'active';
    for (const k of ['status', 'lifecycle'] as const) {
      if (!text(f[k])) continue;
      const s = statusOf(text(f[k]));
      if (!s) return bad(f[k]!.column, `Unknown status "${text(f[k])}" (expected e.g. active, inactive, terminated, leaver, onboarding, leave)`);
      if (s === 'leaver') status = 'leaver';
    }
    if (dates.endDate && dates.endDate < this.today) status = 'leaver';

    let managerEmail: string | null = null;
    let managerRef: string | null = null;
    for (const k of ['managerEmail', 'manager'] as const) {
      const v = text(f[k]);
      if (!v || managerEmail) continue;
      if (v.includes('@')) {
        managerEmail = asEmail(v);
        if (!managerEmail) return bad(f[k]!.column, `"${v}" is not an e-mail address`);
      }
    }
    // An employee id resolves more reliably than a display name ("Last, First" in BambooHR).
    if (!managerEmail) managerRef = [text(f.managerId), text(f.manager), text(f.managerEmail)].find((v) => v && !v.includes('@')) ?? null;

    const name = text(f.fullName) || [text(f.firstName), text(f.lastName)].filter(Boolean).join(' ') || email;
    return {
      line,
      email,
      name,
      title: text(f.title) || null,
      department: text(f.department) || null,
      managerEmail,
      managerRef,
      employeeId: text(f.employeeId) || null,
      status,
      startDate: dates.startDate,
      endDate: dates.endDate,
    };
  }
}

// ---------------------------------------------------------------------------------------------------
// Vendor JSON shapes → cells

function scalar(v: Json | undefined): string | null | undefined {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  return undefined;
}

/** Flat objects (BambooHR, exports of any tool); one level of nesting is read as "parent child". */
function flatCells(el: JsonObject): Cell[] {
  const cells: Cell[] = [];
  for (const [k, v] of Object.entries(el)) {
    const s = scalar(v);
    if (s !== undefined) cells.push({ key: k, column: k, value: s });
    else if (isObject(v)) {
      for (const [k2, v2] of Object.entries(v)) {
        const s2 = scalar(v2);
        if (s2 !== undefined) cells.push({ key: `${k} ${k2}`, column: `${k}.${k2}`, value: s2 });
      }
    }
  }
  return cells;
}

/** Personio: every attribute is {label, value, type, universal_id}; labels are localised, so keys are used. */
function personioCells(attrs: JsonObject): Cell[] {
  const unwrap = (v: Json | undefined): Json | undefined => (isObject(v) && 'value' in v ? v.value : v);
  const cells: Cell[] = [];
  for (const [k, attr] of Object.entries(attrs)) {
    const v = unwrap(attr);
    const column = `attributes.${k}`;
    if (isObject(v)) {
      // department, team, office, supervisor: {type, attributes: {id, name | email…}}
      const inner = isObject(v.attributes) ? v.attributes : v;
      const name = scalar(unwrap(inner.name));
      const email = scalar(unwrap(inner.email));
      const id = scalar(unwrap(inner.id));
      if (name) cells.push({ key: k, column, value: name });
      if (email) cells.push({ key: `${k} email`, column, value: email });
      if (id) cells.push({ key: `${k} id`, column, value: id });
    } else {
      const s = scalar(v);
      if (s !== undefined) cells.push({ key: k, column, value: s });
    }
  }
  return cells;
}

/** HiBob field-path form {"/root/email": {"value": …}} → the nested form; root fields live at the top. */
function unflattenHibob(el: JsonObject): JsonObject {
  const out = Object.create(null) as JsonObject;
  for (const [k, raw] of Object.entries(el)) {
    const v = isObject(raw) && 'value' in raw ? (scalar(raw.humanReadable) ?? raw.value) : raw;
    const path = k.split('/').filter(Boolean);
    if (path[0] === 'root') path.shift();
    if (!path.length) continue;
    let node = out;
    for (const p of path.slice(0, -1)) {
      if (!isObject(node[p])) node[p] = Object.create(null) as JsonObject;
      node = node[p] as JsonObject;
    }
    node[path[path.length - 1]] = v;
  }
  return out;
}

function hibobCells(el: JsonObject, pathForm: boolean): Cell[] {
  const person = isObject(el.root) ? { ...el, ...el.root } : el;
  const cells: Cell[] = [];
  const column = (path: string[]) => (pathForm ? `/${path[0] === 'work' || path[0] === 'internal' ? '' : 'root/'}${path.join('/')}` : path.join('.'));
  const take = (path: string[], key: string) => {
    let v: Json | undefined = person;
    for (const p of path) v = isObject(v) ? v[p] : undefined;
    const s = scalar(v);
    if (s !== undefined) cells.push({ key, column: column(path), value: s });
  };
  take(['email'], 'email');
  take(['firstName'], 'first name');
  take(['surname'], 'last name');
  take(['displayName'], 'display name');
  take(['work', 'department'], 'department');
  take(['work', 'title'], 'title');
  take(['work', 'startDate'], 'start date');
  take(['work', 'employeeIdInCompany'], 'employee id');
  take(['work', 'reportsTo', 'email'], 'manager email');
  take(['work', 'reportsTo', 'displayName'], 'manager');
  // Only when reportsTo is given as text; work.manager is HiBob's internal id, which nothing else carries.
  take(['work', 'reportsTo'], 'manager');
  take(['internal', 'status'], 'status');
  take(['internal', 'lifecycleStatus'], 'lifecycle status');
  take(['internal', 'terminationDate'], 'termination date');
  return cells;
}

function elementCells(el: JsonObject): Cell[] {
  if (isObject(el.attributes)) return personioCells(el.attributes);
  if (Object.keys(el).some((k) => k.startsWith('/'))) return hibobCells(unflattenHibob(el), true);
  if (isObject(el.work) || isObject(el.internal) || isObject(el.root)) return hibobCells(el, false);
  return flatCells(el);
}

// ---------------------------------------------------------------------------------------------------
// Entry points

const PERSON_FIELDS: Field[] = ['fullName', 'firstName', 'lastName', 'department', 'manager', 'managerEmail', 'status'];
// Keys only HR tools use; alone they are enough even when the head ends before the next field.
const HR_EMAIL_KEYS = new Set(['workemail', '/root/email', 'root.email', 'attributes.email']);

function looksLikePeople(f: Fields): boolean {
  return !!f.email && (PERSON_FIELDS.some((k) => f[k]) || HR_EMAIL_KEYS.has(f.email.column.toLowerCase()));
}

/** 'hr_csv' or 'hr_json' when the file's first characters look like an employee list. */
export function sniffHr(head: string, name: string): 'hr_csv' | 'hr_json' | null {
  const start = head.replace(/^\ufeff/, '').trimStart();
  if (!start) return null;
  if (start[0] === '{' || start[0] === '[') {
    const el = firstElement(start);
    if (isObject(el) && looksLikePeople(pickFields(elementCells(el)))) return 'hr_json';
    // A long preamble (BambooHR lists its fields first) can push the first employee past the head.
    if (el === undefined && /\.json$/i.test(name) && /"(workEmail|\/root\/email)"\s*:/.test(start)) return 'hr_json';
    return null;
  }
  for (const cells of headRows(start)) {
    const keys = cells.map(normKey);
    if (hasForeignColumns(keys)) return null;
    if (looksLikePeople(pickFields(cells.map((c) => ({ key: c, column: c, value: c }))))) return 'hr_csv';
  }
  return null;
}

async function* hrCsv(text: AsyncIterable<string>, lineOffset: number, people: People): AsyncGenerator<PersonRow | BadRow> {
  let header: string[] | null = null;
  let scanned = 0;
  for await (const r of csvRecords(text, lineOffset)) {
    if (!header) {
      const cells = r.cells.map((c) => c.trim());
      // Reports often open with a title line or two; the header is the first row naming an e-mail column.
      if (pickFields(cells.map((c) => ({ key: c, column: c, value: c }))).email) header = cells;
      else if (++scanned >= 10) throw new FormatError('No header row with an e-mail column in the first 10 lines');
      continue;
    }
    if (r.cells.every((c) => !c.trim())) continue;
    const h = header;
    yield people.row(r.line, pickFields(r.cells.map((value, i) => ({ key: h[i] ?? '', column: h[i] ?? `column ${i + 1}`, value }))), r.raw);
  }
  if (!header) throw new FormatError(scanned ? 'No header row with an e-mail column' : 'The file is empty');
}

async function* hrJson(text: AsyncIterable<string>, lineOffset: number, people: People): AsyncGenerator<PersonRow | BadRow> {
  for await (const { value, line, index } of jsonElements(text, lineOffset)) {
    const raw = JSON.stringify(value) ?? '';
    if (!isObject(value)) yield { bad: true, line, reason: `Element ${index + 1} is not an object`, raw: raw.slice(0, 500) };
    else yield people.row(line, pickFields(elementCells(value)), raw);
  }
}

/** People from an HR export, CSV or JSON (decided by the first character), in file order. */
export async function* parseHr(src: FileSource, opts: ParseHrOptions = {}): AsyncGenerator<PersonRow | BadRow> {
  const { first, lineOffset, text } = await skipBlank(readText(src, opts.onBytes));
  const people = new People(opts);
  if (first === '{' || first === '[') yield* hrJson(text, lineOffset, people);
  else yield* hrCsv(text, lineOffset, people);
}
