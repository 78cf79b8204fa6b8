/**
 * Entra ID sign-ins as CSV: the admin center's "Download" (InteractiveSignIns_…, NonInteractiveSignIns_…,
 * ApplicationSignIns_… files) and a Log Analytics / Sentinel export of SigninLogs.
 *
 * The portal's layout changes every few months (49 columns in early 2024, 55 by October, more since),
 * its header has trailing spaces (`Application ID `), a double space (`Autonomous system  number`) and a
 * name used twice (`Incoming token type`). So columns are found by normalised name, never by position,
 * and a duplicated name yields its first non-empty cell.
 */
import { dateVote } from './card-csv.js';
import { normalizeHeader, NoHeaderError, readCsv, type CsvRecord, type CsvTable } from './csv-read.js';
import { toSignIn, type DayOrder, type Located, type SignInFields } from './entra-json.js';
import { FormatError, type BadRow, type FileSource, type OnBytes, type SignInRow } from './types.js';

/** Normalised header names per field, best first: portal names, then Log Analytics column names. */
const COLUMNS = {
  at: ['date (utc)', 'createddatetime', 'createddatetime [utc]', 'timegenerated', 'timegenerated [utc]'],
  id: ['request id', 'id'],
  user: ['username', 'userprincipalname'],
  userName: ['user', 'userdisplayname'],
  appName: ['application', 'appdisplayname'],
  appId: ['application id', 'appid'],
  ip: ['ip address', 'ipaddress'],
  verdict: ['status'],
  code: ['sign-in error code', 'resulttype'],
  reason: ['failure reason', 'resultdescription'],
} as const;
type Field = keyof typeof COLUMNS;

const has = (keys: Set<string>, f: Field): boolean => COLUMNS[f].some((n) => keys.has(n));

/** A header of a sign-in export: a date column, an application column, and a result. */
export function isSignInHeader(cells: readonly string[]): boolean {
  const keys = new Set(cells.map(normalizeHeader));
  return has(keys, 'at') && (has(keys, 'appName') || has(keys, 'appId')) && (has(keys, 'verdict') || has(keys, 'code'));
}

interface Col {
  index: number;
  name: string;
}
type Bound = Record<Field, Col[]>;

function bind(header: readonly string[]): Bound {
  const keys = header.map(normalizeHeader);
  const cols = (f: Field): Col[] => COLUMNS[f].flatMap((n) => keys.flatMap((k, index) => (k === n ? [{ index, name: header[index] }] : [])));
  return Object.fromEntries((Object.keys(COLUMNS) as Field[]).map((f) => [f, cols(f)])) as Bound;
}

function first(rec: CsvRecord, cols: Col[]): Located | null {
  for (const c of cols) {
    const value = (rec.cells[c.index] ?? '').trim();
    if (value) return { value, column: c.name };
  }
  return null;
}

function rawOf(rec: CsvRecord, delimiter: string): string {
  return rec.cells.map((c) => (/["\r\n]/.test(c) || c.includes(delimiter) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
}

function fieldsOf(rec: CsvRecord, b: Bound, delimiter: string): SignInFields {
  const text = (f: Field): string | null => first(rec, b[f])?.value ?? null;
  let verdict = first(rec, b.verdict);
  let code = first(rec, b.code);
  const reasons = [text('reason')].filter((r): r is string => !!r);
  // Log Analytics writes its dynamic Status column as JSON ({"errorCode":0,…}), not as a verdict.
  if (verdict?.value.startsWith('{')) {
    const status = statusJson(verdict.value);
    if (!code && status.code !== null) code = { value: status.code, column: verdict.column };
    reasons.push(...status.reasons);
    verdict = null;
  }
  return {
    line: rec.line,
    raw: () => rawOf(rec, delimiter),
    at: first(rec, b.at),
    atColumn: b.at[0]?.name ?? 'Date (UTC)',
    id: text('id'),
    user: text('user'),
    userName: text('userName'),
    appName: text('appName'),
    appId: text('appId'),
    ip: text('ip'),
    verdict: verdict?.value ?? null,
    code,
    reasons,
    statusColumn: b.verdict[0]?.name ?? b.code[0]?.name ?? 'Status',
  };
}

function statusJson(s: string): { code: string | null; reasons: string[] } {
  try {
    const o = JSON.parse(s) as Record<string, unknown>;
    const pick = (k: string): unknown => Object.entries(o).find(([key]) => key.toLowerCase() === k)?.[1];
    const code = pick('errorcode');
    const reasons = [pick('failurereason'), pick('additionaldetails')].filter((r): r is string => typeof r === 'string');
    return { code: typeof code === 'number' || typeof code === 'string' ? String(code) : null, reasons };
  } catch {
    return { code: null, reasons: [] };
  }
}

/**
 * First pass: an export re-saved through Excel has locale dates. One date that can only be read one
 * way (13/03/2025) decides the file; an ISO date means the file needs no order. Month-first otherwise,
 * as the portal and US-locale Excel write.
 */
async function dateOrder(table: CsvTable, cols: Col[]): Promise<{ order: DayOrder; voted: boolean }> {
  for await (const rec of table.records) {
    const d = first(rec, cols);
    if (!d) continue;
    if (/^\d{4}-/.test(d.value)) break;
    const vote = dateVote(d.value);
    if (vote) return { order: vote, voted: true };
  }
  return { order: 'mdy', voted: false };
}

export interface EntraStats {
  /** Sign-ins that name no application, left out on purpose. */
  skipped: number;
  /** How slashed dates were read (CSV only). */
  dateOrder?: DayOrder;
}

export async function* parseEntraCsv(src: FileSource, stats: EntraStats, onBytes?: OnBytes): AsyncGenerator<SignInRow | BadRow> {
  // The first pass usually stops at the first row; only the second reports progress.
  let pass = 1;
  const progress: OnBytes | undefined = onBytes && ((n) => (pass === 2 ? onBytes(n) : undefined));
  const table = await readCsv(src, { findHeader: isSignInHeader, onBytes: progress }).catch((err: unknown) => {
    if (!(err instanceof NoHeaderError)) throw err;
    const seen = err.firstCells?.filter(Boolean).slice(0, 12);
    throw new FormatError(
      `No Entra sign-in header found (expected columns such as Date (UTC), Application, Status)${seen?.length ? `. The first line has: ${seen.join(', ')}` : ''}`,
    );
  });
  const b = bind(table.header);
  const { order, voted } = await dateOrder(table, b.at);
  stats.dateOrder = order;
  pass = 2;
  for await (const rec of table.records) {
    const f = fieldsOf(rec, b, table.delimiter);
    const bad = (reason: string, column?: string): BadRow => ({ bad: true, line: rec.line, ...(column ? { column } : {}), reason, raw: f.raw().slice(0, 500) });
    if (rec.extra > 0) {
      yield bad(`The row has ${rec.cells.length} fields but the header has ${table.header.length} columns`);
      continue;
    }
    const vote = voted && f.at ? dateVote(f.at.value) : null;
    if (vote && vote !== order) {
      yield bad(`"${f.at!.value}" is ${vote === 'dmy' ? 'day-first' : 'month-first'}, but the file's other dates are ${order === 'dmy' ? 'day-first' : 'month-first'}`, f.at!.column);
      continue;
    }
    const row = toSignIn(f, order);
    if (row) yield row;
    else stats.skipped++;
  }
}
