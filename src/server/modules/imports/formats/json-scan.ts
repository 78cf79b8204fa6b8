/**
 * The elements of a big JSON array, found over bytes: a million-event Okta log must not go through a
 * token-by-token parser. The scanner only finds where each element starts and ends (depth, strings,
 * escapes; structural characters are ASCII and UTF-8 continuation bytes never look like them) and hands
 * out the element's text for JSON.parse. The array is the top-level value or the one under an envelope
 * object's "items"/"data"/"results" key.
 *
 * Elements are not validated here, JSON.parse does that; what lies between them is (commas, brackets, the
 * envelope's keys), so a damaged file fails on the line where it is damaged.
 *
 * With a `parse` function the scanner can also guess, which is what makes a big log cheap: once two
 * elements were seen, the bytes between them and the second one's first key (`},\n{"actor"`,
 * `},{"actor"`) usually mark every element's end, and a native indexOf finds the next one far faster
 * than a byte loop. A guess is kept only if the text up to it parses: a complete JSON value is never a
 * prefix of a longer one, so a text that parses is exactly the element. After a few wrong guesses
 * (elements that start differently, or nest objects that start alike) the byte loop does all the work.
 */
import { isUtf8 } from 'node:buffer';
import { firstInvalidUtf8 } from './decode.js';
import { FormatError, MAX_RECORD_BYTES } from './types.js';

export interface ScannedElement {
  /**
   * The element's JSON text, when the scanner was given no `parse`. Parsed elements go without it: a
   * chunk's texts kept alive next to their values doubled what each young-generation collection copied
   * (parsing a million-event log on its own: 19 → 13 CPU-seconds).
   */
  text?: string;
  /** 1-based line the element starts on. */
  line: number;
  /** Longest digit run in its number tokens (0: none; -1: not looked at), for deciding how to parse numbers. */
  digits: number;
  /** What `parse` made of the text, when the scanner was given one. */
  value?: unknown;
}

export interface ScanOptions {
  /** Blank lines before the first byte fed. */
  lineOffset?: number;
  /** Parses each element; throws on invalid JSON. */
  parse?: (text: string, digits: number) => unknown;
  /** With `parse`: guess element ends (see above). Elements found so have `digits` -1. */
  guess?: boolean;
}

/** What the file held, known at its end. */
export type ScanEnd =
  | { kind: 'array' }
  /** A top-level object without a list: its text (null when longer than MAX_RECORD_BYTES). */
  | { kind: 'object'; text: string | null; line: number };

export const TRUNCATED = 'The JSON ends too early (is the file truncated?)';
export const NOT_UTF8 = 'The file is not valid UTF-8 here, although its start is (mixed encodings or a damaged file). Save it again as UTF-8 and re-upload.';
export const LIST_KEYS = ['items', 'data', 'results'];

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const LF = 0x0a;
const OPEN_OBJ = 0x7b;
const CLOSE_OBJ = 0x7d;
const OPEN_ARR = 0x5b;
const CLOSE_ARR = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

// What a byte outside strings does inside an element; 0 for the rest (letters, '.', '-', blanks but LF).
const C_DIGIT = 1;
const C_QUOTE = 2;
const C_OPEN = 3;
const C_CLOSE = 4;
const C_LF = 5;
const CLASS = new Uint8Array(256);
for (let c = 0x30; c <= 0x39; c++) CLASS[c] = C_DIGIT;
CLASS[QUOTE] = C_QUOTE;
CLASS[OPEN_OBJ] = CLASS[OPEN_ARR] = C_OPEN;
CLASS[CLOSE_OBJ] = CLASS[CLOSE_ARR] = C_CLOSE;
CLASS[LF] = C_LF;

/** Strings are searched a byte at a time this far, then with indexOf: for short keys a call costs more. */
const SHORT_STRING = 256;

const isBlank = (c: number): boolean => c === 0x20 || c === LF || c === 0x0d || c === 0x09;
/** Where a number, true, false or null ends. */
const endsScalar = (c: number): boolean => c === COMMA || c === CLOSE_ARR || c === CLOSE_OBJ || isBlank(c);

const enum At {
  Root,
  /** After the list's '[': an element or ']'. */
  ListStart,
  /** After an element: ',' or ']'. */
  ListAfter,
  /** After a ',': an element. */
  ListNext,
  /** Inside an element, or inside an envelope value being skipped. */
  Element,
  /** In the envelope: a key or '}' (after '{'), a key (after ','), the key's text, ':', a value, ',' or '}'. */
  ObjFirst,
  ObjKey,
  ObjKeyText,
  ObjColon,
  ObjValue,
  ObjAfter,
  /** After the top-level value: blanks only. */
  End,
}

/**
 * Push scanner: feed chunks in order, take the elements from `out` after each push, call `end()` last.
 * Synchronous, so a caller hands on a chunk's elements together instead of awaiting each.
 */
export class JsonArrayScanner {
  /** Elements completed by the last push. The caller empties it. */
  readonly out: ScannedElement[] = [];
  private readonly parse: ScanOptions['parse'];
  private at = At.Root;
  private line: number;
  /** Line of the last non-blank byte, where a cut-off file visibly ends. */
  private lastLine: number;

  // The element being scanned: its start, its bytes from earlier chunks, where the byte loop is in it.
  private elLine = 0;
  private elStart = 0;
  private elParts: Buffer[] = [];
  private elBytes = 0;
  private scalar = false;
  private depth = 0;
  private inString = false;
  /** The last chunk ended on an unpaired backslash inside a string: the next byte is escaped. */
  private escaped = false;
  private digits = 0;
  private run = 0;
  /** Scanning past an envelope value that is not the list: nothing is kept. */
  private skipping = false;

  // Guessing element ends: what lies between two elements (see learnSeparator), how often it was wrong.
  private separator: Buffer | null = null;
  private guessing: boolean;
  private misses = 0;
  /** Where the last element ended in the current chunk, -1 if not in it. */
  private prevEnd = -1;

  // A top-level object, kept until its list turns up, so that one without a list can be handed back.
  private rootObject = false;
  private rootParts: Buffer[] | null = null;
  private rootWhole: Buffer[] | null = null;
  private rootStart = 0;
  private rootBytes = 0;
  private rootLine = 0;
  private key: number[] = [];
  private keyEscaped = false;
  private isListKey = false;
  private listFound = false;

  constructor(opts: ScanOptions = {}) {
    this.line = (opts.lineOffset ?? 0) + 1;
    this.lastLine = this.line;
    this.parse = opts.parse;
    this.guessing = opts.parse !== undefined && opts.guess === true;
  }

  push(buf: Buffer): void {
    const n = buf.length;
    let i = 0;
    this.prevEnd = -1;
    while (i < n) {
      if (this.at === At.Element) {
        i = this.scanElement(buf, i);
        continue;
      }
      const c = buf[i];
      if (isBlank(c)) {
        if (c === LF) this.line++;
        i++;
      } else i = this.structure(buf, i, c);
    }
    if (this.at === At.Element && !this.skipping) this.carry(buf);
    if (this.rootParts) this.keepRoot(buf.subarray(this.rootStart));
    this.rootStart = 0;
    this.noteLastLine(buf);
  }

  end(): ScanEnd {
    if (this.at !== At.End) throw new FormatError(TRUNCATED, this.lastLine);
    if (this.rootObject && !this.listFound) {
      return { kind: 'object', text: this.rootWhole ? Buffer.concat(this.rootWhole).toString('utf8') : null, line: this.rootLine };
    }
    return { kind: 'array' };
  }

  // -------------------------------------------------------------------------------------------------
  // Between elements: a byte at a time, as there are few such bytes.

  private structure(buf: Buffer, i: number, c: number): number {
    switch (this.at) {
      case At.Root:
        if (c === OPEN_ARR) {
          this.listFound = true;
          this.at = At.ListStart;
        } else if (c === OPEN_OBJ) {
          this.rootObject = true;
          this.rootLine = this.line;
          this.rootParts = [];
          this.rootStart = i;
          this.at = At.ObjFirst;
        } else throw this.unexpected(c, 'a JSON array or object');
        return i + 1;
      case At.ListStart:
      case At.ListNext:
        if (c === CLOSE_ARR) {
          // The invalid-JSON trailing comma: named on the line of the bracket after it.
          if (this.at === At.ListNext) throw new FormatError("Not valid JSON: unexpected token ']'", this.line);
          return this.closeList(i);
        }
        if (c === COMMA || c === COLON || c === CLOSE_OBJ) throw this.unexpected(c, 'an element');
        return this.startElement(buf, i, c, false);
      case At.ListAfter:
        if (c === COMMA) {
          this.at = At.ListNext;
          return i + 1;
        }
        if (c === CLOSE_ARR) return this.closeList(i);
        throw this.unexpected(c, "',' or ']' after an element");
      case At.ObjFirst:
      case At.ObjKey:
        if (c === CLOSE_OBJ && this.at === At.ObjFirst) return this.closeRoot(buf, i);
        if (c !== QUOTE) throw this.unexpected(c, 'a key in double quotes');
        this.key = [];
        this.keyEscaped = false;
        this.at = At.ObjKeyText;
        return i + 1;
      case At.ObjKeyText:
        return this.keyText(buf, i);
      case At.ObjColon:
        if (c !== COLON) throw this.unexpected(c, "':' after a key");
        this.at = At.ObjValue;
        return i + 1;
      case At.ObjValue:
        if (this.isListKey && c === OPEN_ARR && !this.listFound) {
          // The envelope holds the list: what came before it need not be kept any more.
          this.listFound = true;
          this.rootParts = null;
          this.at = At.ListStart;
          return i + 1;
        }
        if (c === COMMA || c === COLON || c === CLOSE_OBJ || c === CLOSE_ARR) throw this.unexpected(c, 'a value');
        return this.startElement(buf, i, c, true);
      case At.ObjAfter:
        if (c === COMMA) {
          this.at = At.ObjKey;
          return i + 1;
        }
        if (c === CLOSE_OBJ) return this.closeRoot(buf, i);
        throw this.unexpected(c, "',' or '}'");
      default:
        throw new FormatError('Not valid JSON: more text after the end of the JSON value', this.line);
    }
  }

  /** Envelope keys are few and short: collected a byte at a time, only as far as a list key could go. */
  private keyText(buf: Buffer, i: number): number {
    for (; i < buf.length; i++) {
      const c = buf[i];
      if (this.keyEscaped) this.keyEscaped = false;
      else if (c === BACKSLASH) this.keyEscaped = true;
      else if (c === QUOTE) {
        this.isListKey = this.key.length <= 7 && LIST_KEYS.includes(String.fromCharCode(...this.key));
        this.at = At.ObjColon;
        return i + 1;
      } else if (c === LF) throw new FormatError('Not valid JSON: a line break inside a key', this.line);
      if (this.key.length <= 7) this.key.push(c);
    }
    return i;
  }

  private closeList(i: number): number {
    this.at = this.rootObject ? At.ObjAfter : At.End;
    return i + 1;
  }

  private closeRoot(buf: Buffer, i: number): number {
    if (this.rootParts) this.keepRoot(buf.subarray(this.rootStart, i + 1));
    this.rootWhole = this.rootParts;
    this.rootParts = null;
    this.at = At.End;
    return i + 1;
  }

  private keepRoot(piece: Buffer): void {
    if (!this.rootParts) return;
    this.rootBytes += piece.length;
    // Copied, as a slice would keep its whole chunk alive; past the record limit it is not kept at all.
    if (this.rootBytes > MAX_RECORD_BYTES) this.rootParts = null;
    else this.rootParts.push(Buffer.from(piece));
  }

  private unexpected(c: number, expected: string): FormatError {
    const found = c >= 0x20 && c < 0x7f ? `'${String.fromCharCode(c)}'` : `byte 0x${c.toString(16)}`;
    return new FormatError(`Not valid JSON: expected ${expected} but found ${found}`, this.line);
  }

  private noteLastLine(buf: Buffer): void {
    // Line breaks inside a string (invalid, but a cut-off file may end in one) were not counted in `line`.
    const counted = !(this.at === At.Element && this.inString);
    let breaks = 0;
    for (let k = buf.length - 1; k >= 0; k--) {
      const c = buf[k];
      if (c === LF) breaks++;
      else if (!isBlank(c)) {
        this.lastLine = counted ? this.line - breaks : this.line;
        return;
      }
    }
  }

  // -------------------------------------------------------------------------------------------------
  // Elements

  private startElement(buf: Buffer, i: number, c: number, skipping: boolean): number {
    if (!skipping && c === OPEN_OBJ && this.guessing) {
      if (this.separator) {
        const end = this.guess(buf, i);
        if (end !== -1) return end;
      } else if (this.prevEnd !== -1) this.separator = learnSeparator(buf, this.prevEnd - 1, i);
    }
    this.at = At.Element;
    this.skipping = skipping;
    this.elLine = this.line;
    this.elStart = i;
    this.elParts = [];
    this.elBytes = 0;
    this.digits = 0;
    this.run = 0;
    this.escaped = false;
    this.scalar = false;
    this.depth = 0;
    this.inString = false;
    if (c === OPEN_OBJ || c === OPEN_ARR) this.depth = 1;
    else if (c === QUOTE) this.inString = true;
    else {
      this.scalar = true;
      return i;
    }
    return i + 1;
  }

  /** The element starting at `i` if the separator marks its end within this chunk and the text parses, else -1. */
  private guess(buf: Buffer, i: number): number {
    const sep = buf.indexOf(this.separator!, i + 1);
    if (sep === -1 || sep + 1 - i > MAX_RECORD_BYTES) return -1;
    const bytes = buf.subarray(i, sep + 1);
    if (!isUtf8(bytes)) return -1;
    const text = bytes.toString('utf8');
    let value: unknown;
    try {
      value = this.parse!(text, -1);
    } catch {
      // Elements that do not all start alike: the byte loop is cheaper than parsing twice.
      if (++this.misses >= 4) this.guessing = false;
      return -1;
    }
    this.out.push({ line: this.line, digits: -1, value });
    this.line += countLines(buf, i, sep);
    this.at = At.ListAfter;
    this.prevEnd = sep + 1;
    return sep + 1;
  }

  /** The hot loop, over every byte of every element the separator did not find. Returns where it stopped. */
  private scanElement(buf: Buffer, from: number): number {
    if (this.scalar) return this.scanScalar(buf, from);
    const n = buf.length;
    let i = from;
    let depth = this.depth;
    let inString = this.inString;
    let digits = this.digits;
    let run = this.run;
    let line = this.line;
    if (inString && this.escaped) {
      this.escaped = false;
      i++;
    }
    while (i < n) {
      if (inString) {
        // To the closing quote: a '"' after an even run of backslashes.
        const stop = i + SHORT_STRING < n ? i + SHORT_STRING : n;
        let c = 0;
        while (i < stop) {
          c = buf[i];
          if (c === QUOTE || c === BACKSLASH) break;
          i++;
        }
        if (i === stop) {
          if (i === n) break;
          // A long string (user agents, URLs): indexOf finds the quote, then it must not be escaped.
          const q = closingQuote(buf, i);
          if (q === -1) {
            this.escaped = oddBackslashesBefore(buf, n, i);
            i = n;
            break;
          }
          i = q;
        } else if (c === BACKSLASH) {
          if (i + 1 === n) {
            this.escaped = true;
            i = n;
            break;
          }
          i += 2;
          continue;
        }
        i++;
        inString = false;
        if (depth === 0) return this.finish(buf, i, line, digits);
        continue;
      }
      const cls = CLASS[buf[i++]];
      if (cls === 0) {
        run = 0;
        continue;
      }
      if (cls === C_DIGIT) {
        if (++run > digits) digits = run;
        continue;
      }
      run = 0;
      if (cls === C_QUOTE) inString = true;
      else if (cls === C_OPEN) depth++;
      else if (cls === C_CLOSE) {
        if (--depth === 0) return this.finish(buf, i, line, digits);
      } else line++;
    }
    this.depth = depth;
    this.inString = inString;
    this.digits = digits;
    this.run = run;
    this.line = line;
    this.checkSize(n);
    return n;
  }

  private scanScalar(buf: Buffer, from: number): number {
    const n = buf.length;
    let digits = this.digits;
    let run = this.run;
    for (let i = from; i < n; i++) {
      const c = buf[i];
      if (endsScalar(c)) return this.finish(buf, i, this.line, digits);
      if (c >= 0x30 && c <= 0x39) {
        if (++run > digits) digits = run;
      } else run = 0;
    }
    this.digits = digits;
    this.run = run;
    this.checkSize(n);
    return n;
  }

  private checkSize(n: number): void {
    if (!this.skipping && this.elBytes + n - this.elStart > MAX_RECORD_BYTES) {
      throw new FormatError(`An element is longer than ${MAX_RECORD_BYTES} bytes`, this.elLine);
    }
  }

  /** The element goes on in the next chunk: keep its bytes so far. */
  private carry(buf: Buffer): void {
    // Copied, as a slice would keep the whole chunk alive.
    const piece = Buffer.from(buf.subarray(this.elStart));
    this.elParts.push(piece);
    this.elBytes += piece.length;
    this.elStart = 0;
  }

  /** The element ends before `end`; scanning goes on from there. */
  private finish(buf: Buffer, end: number, line: number, digits: number): number {
    this.line = line;
    this.inString = false;
    this.depth = 0;
    const start = this.elStart;
    this.elStart = 0;
    if (this.skipping) {
      this.at = At.ObjAfter;
      return end;
    }
    this.at = At.ListAfter;
    this.prevEnd = end;
    let bytes = buf.subarray(start, end);
    if (this.elParts.length) {
      this.elParts.push(bytes);
      bytes = Buffer.concat(this.elParts);
      this.elParts = [];
      this.elBytes = 0;
    }
    if (bytes.length > MAX_RECORD_BYTES) throw new FormatError(`An element is longer than ${MAX_RECORD_BYTES} bytes`, this.elLine);
    // Only files whose head is UTF-8 come here; damage further on is named, not replaced with U+FFFD.
    if (!isUtf8(bytes)) throw new FormatError(NOT_UTF8, this.elLine + countLines(bytes, 0, firstInvalidUtf8(bytes)));
    const text = bytes.toString('utf8');
    if (!this.parse) {
      this.out.push({ text, line: this.elLine, digits });
      return end;
    }
    let value: unknown;
    try {
      value = this.parse(text, digits);
    } catch (e) {
      throw jsonError(e, text, this.elLine);
    }
    this.out.push({ line: this.elLine, digits, value });
    return end;
  }
}

/**
 * What lies between two elements (`close` is one's '}', `open` the next one's '{') plus the next one's
 * first key: `},\n  {\n    "actor"`. With the key, `},{` inside compact elements is not taken for an end.
 */
function learnSeparator(buf: Buffer, close: number, open: number): Buffer | null {
  if (buf[close] !== CLOSE_OBJ || open - close > 64) return null;
  let k = open + 1;
  while (k < buf.length && isBlank(buf[k])) k++;
  if (buf[k] !== QUOTE) return null;
  const q = buf.indexOf(QUOTE, k + 1);
  if (q === -1 || q - k > 64 || buf.subarray(k, q).includes(BACKSLASH)) return null;
  return Buffer.from(buf.subarray(close, q + 1));
}

/** Index of the first unescaped '"' from `i` (in a string with no backslash just before `i`), or -1. */
function closingQuote(buf: Buffer, i: number): number {
  for (let q = buf.indexOf(QUOTE, i); q !== -1; q = buf.indexOf(QUOTE, q + 1)) {
    if (!oddBackslashesBefore(buf, q, i)) return q;
  }
  return -1;
}

/** True when the bytes just before `end` (back to `from`) are an odd run of backslashes. */
function oddBackslashesBefore(buf: Buffer, end: number, from: number): boolean {
  let k = end - 1;
  while (k >= from && buf[k] === BACKSLASH) k--;
  return (end - 1 - k) % 2 === 1;
}

/** Line breaks in buf[start, end). */
export function countLines(buf: Buffer, start: number, end: number): number {
  let n = 0;
  for (let i = buf.indexOf(LF, start); i !== -1 && i < end; i = buf.indexOf(LF, i + 1)) n++;
  return n;
}

/** Longest digit run in the number tokens of one JSON text in buf[start, end). */
export function numberDigits(buf: Buffer, start: number, end: number): number {
  let max = 0;
  let run = 0;
  for (let i = start; i < end; i++) {
    const c = buf[i];
    if (c === QUOTE) {
      run = 0;
      for (i++; i < end && buf[i] !== QUOTE; i++) if (buf[i] === BACKSLASH) i++;
    } else if (c >= 0x30 && c <= 0x39) {
      if (++run > max) max = run;
    } else run = 0;
  }
  return max;
}

/**
 * JSON.parse's complaint as a FormatError on the line it concerns. V8 gives the position (and line) for
 * most errors; for an unexpected token it quotes up to 10 characters either side instead, which locate it.
 */
export function jsonError(e: unknown, text: string, line: number): FormatError {
  const msg = e instanceof Error ? e.message : String(e);
  const say = (what: string, at: number) => new FormatError(`Not valid JSON: ${what[0].toLowerCase()}${what.slice(1)}`, line + (at > 0 ? countNewlines(text, at) : 0));
  const pos = / in JSON at position (\d+)/.exec(msg);
  if (pos) return say(msg.slice(0, pos.index), Number(pos[1]));
  const token = /^Unexpected token '(.)', (\.\.\.)?"([\s\S]*)"(?:\.\.\.)? is not valid JSON$/.exec(msg);
  if (token) {
    const found = text.indexOf(token[3]);
    return say(`unexpected token '${token[1]}'`, token[2] && found !== -1 ? found + 10 : text.indexOf(token[1]));
  }
  return say(msg, /end of JSON input/.test(msg) ? text.length : -1);
}

function countNewlines(s: string, end: number): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < end; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** The elements of the JSON array in a stream of UTF-8 bytes (no BOM), one at a time. */
export async function* scanJsonArray(chunks: AsyncIterable<Buffer>, opts: ScanOptions = {}): AsyncGenerator<ScannedElement, ScanEnd> {
  const scanner = new JsonArrayScanner(opts);
  for await (const chunk of chunks) {
    scanner.push(chunk);
    yield* scanner.out;
    scanner.out.length = 0;
  }
  return scanner.end();
}
