/**
 * The streaming CSV reader shared by every CSV import (card exports, HR lists, app lists).
 *
 * Real exports put things before the header (`sep=;`, blank lines, account summaries), use `,`, `;` or
 * tab, pad header names with spaces and add an empty trailing field to data rows. So the header is
 * found by content in the first lines — the caller says what a header looks like — and the delimiter
 * is read off that line. Records are then streamed by csv-parse, never the whole file at once.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse, type CsvError, type InfoRecord } from 'csv-parse';
import { decodeText } from './decode.js';
import { FormatError, MAX_RECORD_BYTES, type FileSource, type OnBytes } from './types.js';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/** Non-blank lines examined for the header before giving up. */
const MAX_PREAMBLE_LINES = 100;
/** Lines the default header guess compares (the header has about as many columns as the data). */
const GUESS_WINDOW = 30;
const MB = `${Math.round(MAX_RECORD_BYTES / (1 << 20))} MB`;

/**
 * Header name as compared: trimmed, inner spaces collapsed, lower case, without Xero's leading `*`
 * (required-column marker) or a stray BOM / zero-width space that survived a double encoding.
 */
export function normalizeHeader(name: string): string {
  return name
    .replace(/^[\s\uFEFF\u200B*]+/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Finds columns by normalised name; with duplicated names the first one wins. */
export class HeaderIndex {
  private readonly byName = new Map<string, number>();
  constructor(readonly names: readonly string[]) {
    names.forEach((n, i) => {
      const key = normalizeHeader(n);
      if (key && !this.byName.has(key)) this.byName.set(key, i);
    });
  }
  indexOf(name: string): number {
    return this.byName.get(normalizeHeader(name)) ?? -1;
  }
  has(name: string): boolean {
    return this.byName.has(normalizeHeader(name));
  }
  /** Normalised names present in the header. */
  keys(): Set<string> {
    return new Set(this.byName.keys());
  }
}

export interface CsvRecord {
  /** 1-based physical line where the record starts. */
  readonly line: number;
  /** Fields as written (untrimmed); may be shorter or longer than the header. */
  readonly cells: readonly string[];
  /** Trimmed value of a column by (case-insensitive) header name; undefined when there is no such column. */
  get(name: string): string | undefined;
  /** Non-empty fields beyond the header's columns (an empty trailing field is tolerated, not counted). */
  readonly extra: number;
}

export interface ReadCsvOptions {
  /** Says whether a line's trimmed cells are the header row. Without it, a header is guessed. */
  findHeader?: (cells: string[]) => boolean;
  onBytes?: OnBytes;
}

export interface CsvTable {
  /** Trimmed header names, original spelling. */
  header: string[];
  headerLine: number;
  delimiter: Delimiter;
  index: HeaderIndex;
  /** Data records after the header, streamed; every iteration opens the source again from the start. */
  records: AsyncIterable<CsvRecord>;
}

/** No line in the first part of the file passed `findHeader`. */
export class NoHeaderError extends FormatError {
  constructor(
    message: string,
    /** Cells of the first non-blank line, to show what the file has instead. */
    readonly firstCells: string[] | null,
  ) {
    super(message);
  }
}

export async function readCsv(src: FileSource, opts: ReadCsvOptions = {}): Promise<CsvTable> {
  const found = await locateHeader(src, opts.findHeader);
  const index = new HeaderIndex(found.cells);
  return {
    header: found.cells,
    headerLine: found.line,
    delimiter: found.delimiter,
    index,
    records: { [Symbol.asyncIterator]: () => readRecords(src, found, index, opts.onBytes) },
  };
}

export interface CsvPreview {
  header: string[];
  headerLine: number;
  delimiter: Delimiter;
  rows: string[][];
}

/** Header and the first `n` data rows, for detection and the column-mapping screen. */
export async function previewCsv(src: FileSource, n: number, opts: Pick<ReadCsvOptions, 'findHeader'> = {}): Promise<CsvPreview> {
  const table = await readCsv(src, opts);
  const rows: string[][] = [];
  if (n > 0) {
    for await (const rec of table.records) {
      rows.push(rec.cells.map((c) => c.trim()));
      if (rows.length >= n) break;
    }
  }
  return { header: table.header, headerLine: table.headerLine, delimiter: table.delimiter, rows };
}

interface HeaderRow {
  /** 1-based physical line. */
  line: number;
  /** Characters of decoded text before the header line. */
  offset: number;
  delimiter: Delimiter;
  cells: string[];
}

async function locateHeader(src: FileSource, findHeader: ((cells: string[]) => boolean) | undefined): Promise<HeaderRow> {
  let sep: Delimiter | undefined;
  let nonBlank = 0;
  let first: string[] | null = null;
  const window: HeaderRow[] = [];

  const consider = (text: string, line: number, offset: number): HeaderRow | undefined => {
    const trimmed = text.trim();
    if (!trimmed) return undefined;
    // Excel's delimiter hint line, e.g. `sep=;` (sometimes quoted).
    const hint = /^"?sep=(.)"?$/i.exec(trimmed.replace(/\s+$/, ''));
    if (hint && nonBlank === 0) {
      sep = (DELIMITERS as readonly string[]).includes(hint[1]) ? (hint[1] as Delimiter) : sep;
      return undefined;
    }
    nonBlank++;
    const delimiter = sep ?? sniffDelimiter(text);
    const cells = splitLine(text, delimiter).map(cleanHeaderCell);
    first ??= cells;
    const row = { line, offset, delimiter, cells };
    if (findHeader) return findHeader(cells) ? row : undefined;
    window.push(row);
    return undefined;
  };

  let buf = '';
  let base = 0;
  let line = 0;
  const text = decodeText(src);
  try {
    let done = false;
    while (!done) {
      const next = await text.next();
      if (next.done) done = true;
      else buf += next.value;
      const breaks = /\r\n|\n|\r/g;
      let pos = 0;
      for (let m = breaks.exec(buf); m; m = breaks.exec(buf)) {
        // A CR that ends the chunk may be the first half of CRLF.
        if (m[0] === '\r' && m.index === buf.length - 1 && !done) break;
        line++;
        const hit = consider(buf.slice(pos, m.index), line, base + pos);
        if (hit) return hit;
        pos = m.index + m[0].length;
        if (findHeader && nonBlank >= MAX_PREAMBLE_LINES) break;
        if (!findHeader && window.length >= GUESS_WINDOW) return guessHeader(window);
      }
      if (done && pos < buf.length) {
        line++;
        const hit = consider(buf.slice(pos), line, base + pos);
        if (hit) return hit;
        pos = buf.length;
      }
      base += pos;
      buf = buf.slice(pos);
      if (buf.length > MAX_RECORD_BYTES) {
        // Guessing: decide from the lines so far; the record reader reports the long line itself.
        if (!findHeader && window.length) return guessHeader(window);
        throw new FormatError(`The line is longer than ${MB}: this is not a CSV file, or it is damaged`, line + 1);
      }
      if (findHeader && (nonBlank >= MAX_PREAMBLE_LINES || base > 4 * MAX_RECORD_BYTES)) break;
    }
  } finally {
    await text.return(undefined);
  }
  if (nonBlank === 0) throw new FormatError('The file is empty');
  if (!findHeader && window.length) return guessHeader(window);
  throw new NoHeaderError(`No header row found in the first ${Math.min(nonBlank, MAX_PREAMBLE_LINES)} lines`, first);
}

function cleanHeaderCell(cell: string): string {
  return cell.replace(/^[\uFEFF\u200B]+/, '').trim();
}

/** The delimiter that splits the header line into the most fields; ties go to the comma. */
export function sniffDelimiter(line: string): Delimiter {
  let best: Delimiter = ',';
  let most = 1;
  for (const d of DELIMITERS) {
    const n = splitLine(line, d).length;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/** Splits one line on `d`, honouring double quotes (only used on header candidates). */
export function splitLine(line: string, d: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c !== '"') cur += c;
      else if (line[i + 1] === '"') {
        cur += '"';
        i++;
      } else quoted = false;
    } else if (c === '"' && cur.trim() === '') {
      quoted = true;
      cur = '';
    } else if (c === d) {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * Without a caller's idea of the header: the first line that reads as names (not numbers or dates)
 * and is about as wide as the lines after it. Account summaries above the header are narrow; data
 * rows may carry one extra empty field.
 */
function guessHeader(window: HeaderRow[]): HeaderRow {
  for (let i = 0; i < window.length; i++) {
    const { cells } = window[i];
    if (cells.length < 2 || !looksLikeNames(cells)) continue;
    const after = window.slice(i + 1).map((r) => r.cells.length).sort((a, b) => a - b);
    const median = after.length ? after[Math.floor((after.length - 1) / 2)] : 0;
    if (cells.length >= median - 1) return window[i];
  }
  const widest = Math.max(...window.map((r) => r.cells.length));
  return window.find((r) => r.cells.length === widest) ?? window[0];
}

function looksLikeNames(cells: string[]): boolean {
  const filled = cells.filter((c) => c !== '');
  return filled.length >= 2 && filled.length * 2 >= cells.length && !filled.some((c) => /^[-+($£€]*\d[\d.,\s/:\-T]*\)?$/.test(c));
}

/** Drops the first `n` characters (the preamble), so csv-parse starts at the header line. */
async function* skipChars(text: AsyncIterable<string>, n: number): AsyncGenerator<string> {
  let left = n;
  for await (const piece of text) {
    if (left >= piece.length) {
      left -= piece.length;
      continue;
    }
    yield left ? piece.slice(left) : piece;
    left = 0;
  }
}

class Record implements CsvRecord {
  constructor(
    readonly line: number,
    readonly cells: readonly string[],
    private readonly index: HeaderIndex,
  ) {}
  get(name: string): string | undefined {
    const i = this.index.indexOf(name);
    return i < 0 ? undefined : (this.cells[i] ?? '').trim();
  }
  get extra(): number {
    let n = 0;
    for (let i = this.index.names.length; i < this.cells.length; i++) if (this.cells[i].trim() !== '') n++;
    return n;
  }
}

async function* readRecords(src: FileSource, found: HeaderRow, index: HeaderIndex, onBytes: OnBytes | undefined): AsyncGenerator<CsvRecord> {
  const lineBase = found.line - 1;
  // Line bookkeeping runs inside csv-parse (on_record), in parse order: a parse error destroys the
  // stream and drops records not yet consumed, and the error must still name the right line.
  // csv-parse counts a CRLF inside a quoted field as two lines; we count it as one.
  let overcount = 0;
  let lastEnd = lineBase;
  let emptyAtLast = 0;
  const onRecord = (record: string[], info: InfoRecord): Parsed => {
    let breaks = 0;
    for (const cell of record) {
      if (!cell.includes('\n') && !cell.includes('\r')) continue;
      const n = cell.match(/\r\n|\n|\r/g)?.length ?? 0;
      breaks += n;
      overcount += (cell.match(/[\r\n]/g)?.length ?? 0) - n;
    }
    lastEnd = info.lines - overcount + lineBase;
    emptyAtLast = info.empty_lines;
    return { record, line: lastEnd - breaks };
  };
  const parser = parse({
    delimiter: found.delimiter,
    // Explicit list so a file mixing CRLF and LF still splits on both.
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    max_record_size: MAX_RECORD_BYTES,
    on_record: onRecord as unknown as (record: string[], info: InfoRecord) => string[],
  });
  const text = Readable.from(skipChars(decodeText(src, onBytes), found.offset));
  const flowing = pipeline(text, parser).catch(() => undefined);
  let isHeader = true;
  try {
    for await (const item of parser as AsyncIterable<Parsed>) {
      if (isHeader) {
        isHeader = false;
        continue;
      }
      yield new Record(item.line, item.record, index);
    }
  } catch (err) {
    throw asFormatError(err, lastEnd, emptyAtLast, lineBase - overcount);
  } finally {
    parser.destroy();
    await flowing;
  }
}

interface Parsed {
  record: string[];
  line: number;
}

function asFormatError(err: unknown, lastEnd: number, emptyAtLast: number, shift: number): unknown {
  if (err instanceof FormatError || !(err instanceof Error) || !('code' in err)) return err;
  const e = err as CsvError & { lines?: number; empty_lines?: number };
  const start = lastEnd + 1 + Math.max(0, (e.empty_lines ?? emptyAtLast) - emptyAtLast);
  switch (e.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return new FormatError(`A record is longer than ${MB} (an unclosed quote, or not a CSV file)`, start);
    case 'CSV_QUOTE_NOT_CLOSED':
      return new FormatError('A quoted field is never closed', start);
    case 'CSV_INVALID_CLOSING_QUOTE':
      return new FormatError('A closing quote is followed by more text in the same field', e.lines ? e.lines + shift : start);
    default:
      return new FormatError(`Cannot read this CSV: ${e.message}`, start);
  }
}
