/**
 * Bytes → text for every text import format (CSV, JSON, OFX…), with bounded memory.
 *
 * Exports come from Excel, banks and HR tools in UTF-8 (with or without BOM), UTF-16 (Excel's
 * "Unicode text") or Windows-1252 (older Excel "CSV"). The encoding is decided once from the first
 * HEAD_BYTES, never per chunk: flipping encodings half-way would silently corrupt names. If the head is
 * valid UTF-8 but later bytes are not, the file is mixed or damaged, and we say where rather than guess.
 */
import { isUtf8 } from 'node:buffer';
import { FormatError, type FileSource, type OnBytes } from './types.js';

/** How much of the file decides the encoding. */
export const HEAD_BYTES = 64 * 1024;
/** Largest piece decoded at once, so one huge source chunk never becomes one huge string. */
const SLICE = 64 * 1024;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface EncodingChoice {
  encoding: TextEncoding;
  /** Bytes of byte-order mark to skip. */
  bom: number;
}

/**
 * Picks the encoding from the head of a file. `complete` says the head is the whole file, so a
 * multi-byte sequence cut at its end is an error rather than a chunk boundary.
 */
export function chooseEncoding(head: Uint8Array, complete: boolean): EncodingChoice {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: utf8OrLegacy(head.subarray(3), complete), bom: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bom: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bom: 2 };
  const utf16 = utf16ByNulPattern(head);
  if (utf16) return { encoding: utf16, bom: 0 };
  if (head.includes(0)) throw new FormatError(`This is not a text file${binaryHint(head)}. Export the data as CSV (or the format's text file) and upload that.`);
  return { encoding: utf8OrLegacy(head, complete), bom: 0 };
}

function utf8OrLegacy(bytes: Uint8Array, complete: boolean): TextEncoding {
  const whole = complete ? bytes : bytes.subarray(0, completeUtf8Length(bytes));
  return isUtf8(whole) ? 'utf-8' : 'windows-1252';
}

/** UTF-16 text without a BOM is mostly ASCII, so every other byte is NUL; binary files are not that regular. */
function utf16ByNulPattern(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(head.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (head[i] === 0) evenNul++;
    if (head[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.6 && evenNul <= pairs * 0.05) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** People upload spreadsheets and PDFs instead of their CSV export; naming the kind helps them fix it. */
function binaryHint(head: Uint8Array): string {
  const starts = (...sig: number[]): boolean => sig.every((b, i) => head[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return ' (it is a PNG image)';
  if (starts(0xff, 0xd8, 0xff)) return ' (it is a JPEG image)';
  if (starts(0x25, 0x50, 0x44, 0x46)) return ' (it is a PDF)';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return ' (it is a ZIP archive — an Excel .xlsx workbook? Save it as CSV)';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return ' (it is an old Excel .xls workbook? Save it as CSV)';
  if (starts(0x1f, 0x8b)) return ' (it is gzip-compressed)';
  return '';
}

/** Length of the prefix that ends on a UTF-8 character boundary (a cut sequence stays for the next chunk). */
function completeUtf8Length(b: Uint8Array): number {
  const len = b.length;
  for (let i = len - 1; i >= 0 && i >= len - 4; i--) {
    const c = b[i];
    if ((c & 0xc0) === 0x80) continue;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return len - i < need ? i : len;
  }
  return len;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      else if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f; // beyond U+10FFFF
    } else return i;
    if (i + n >= b.length) return i; // cut short
    if (b[i + 1] < lo || b[i + 1] > hi) return i;
    for (let k = 2; k <= n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Counts line breaks (CRLF, LF or a lone CR) so errors can name the line the CSV reader would. */
class LineCounter {
  breaks = 0;
  private endedCr = false;

  add(b: Uint8Array): void {
    if (b.length === 0) return;
    const buf = Buffer.from(b.buffer, b.byteOffset, b.byteLength);
    let lf = 0;
    for (let i = buf.indexOf(0x0a); i !== -1; i = buf.indexOf(0x0a, i + 1)) lf++;
    let cr = 0;
    let crlf = 0;
    for (let i = buf.indexOf(0x0d); i !== -1; i = buf.indexOf(0x0d, i + 1)) {
      cr++;
      if (buf[i + 1] === 0x0a) crlf++;
    }
    if (this.endedCr && buf[0] === 0x0a) crlf++;
    this.breaks += lf + cr - crlf;
    this.endedCr = buf[buf.length - 1] === 0x0d;
  }
}

interface Sink {
  write(bytes: Uint8Array): string;
  end(): string;
}

/** UTF-8 checked as it streams; the first invalid byte becomes a FormatError naming its line. */
class Utf8Sink implements Sink {
  private carry: Buffer = Buffer.alloc(0);
  private readonly lines = new LineCounter();

  write(bytes: Uint8Array): string {
    const buf = this.carry.length ? Buffer.concat([this.carry, bytes]) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const cut = completeUtf8Length(buf);
    const whole = buf.subarray(0, cut);
    this.carry = Buffer.from(buf.subarray(cut));
    if (!isUtf8(whole)) this.fail(whole);
    this.lines.add(whole);
    return whole.toString('utf8');
  }

  end(): string {
    if (this.carry.length) this.fail(this.carry);
    return '';
  }

  private fail(buf: Buffer): never {
    const at = Math.max(0, firstInvalidUtf8(buf));
    this.lines.add(buf.subarray(0, at));
    throw new FormatError(
      'The file is not valid UTF-8 here, although its start is (mixed encodings or a damaged file). Save it again as UTF-8 and re-upload.',
      this.lines.breaks + 1,
    );
  }
}

class DecoderSink implements Sink {
  private readonly decoder: TextDecoder;
  constructor(encoding: TextEncoding) {
    // ignoreBOM: the BOM was already skipped by offset; a second one would be content.
    this.decoder = new TextDecoder(encoding, { ignoreBOM: true });
  }
  write(bytes: Uint8Array): string {
    return this.decoder.decode(bytes, { stream: true });
  }
  end(): string {
    return this.decoder.decode();
  }
}

function sinkFor(encoding: TextEncoding): Sink {
  return encoding === 'utf-8' ? new Utf8Sink() : new DecoderSink(encoding);
}

/**
 * The file's text in pieces of at most a few tens of KB, BOM removed. Throws FormatError for binary
 * files and for invalid UTF-8 after a valid UTF-8 head. Stops reading when the consumer stops.
 */
export async function* decodeText(src: FileSource, onBytes?: OnBytes): AsyncGenerator<string> {
  const stream = src.open();
  let read = 0;
  let sink: Sink | null = null;
  let head: Buffer[] = [];
  let headLen = 0;
  function* feed(s: Sink, bytes: Uint8Array): Generator<string> {
    for (let i = 0; i < bytes.length; i += SLICE) {
      const text = s.write(bytes.subarray(i, i + SLICE));
      if (text) yield text;
    }
  }
  function start(complete: boolean): { sink: Sink; rest: Buffer } {
    const all = Buffer.concat(head);
    head = [];
    const choice = chooseEncoding(all.subarray(0, HEAD_BYTES), complete && all.length <= HEAD_BYTES);
    return { sink: sinkFor(choice.encoding), rest: all.subarray(choice.bom) };
  }
  try {
    for await (const raw of stream as AsyncIterable<Buffer | string>) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
      read += chunk.length;
      onBytes?.(read);
      if (sink) {
        yield* feed(sink, chunk);
        continue;
      }
      head.push(chunk);
      headLen += chunk.length;
      if (headLen < HEAD_BYTES) continue;
      const started = start(false);
      sink = started.sink;
      yield* feed(sink, started.rest);
    }
    if (!sink) {
      if (headLen === 0) return;
      const started = start(true);
      sink = started.sink;
      yield* feed(sink, started.rest);
    }
    const tail = sink.end();
    if (tail) yield tail;
  } finally {
    stream.destroy();
  }
}

/** The first `maxChars` characters of the decoded file (for format detection); reads no further. */
export async function readHead(src: FileSource, maxChars: number): Promise<string> {
  let text = '';
  for await (const piece of decodeText(src)) {
    text += piece;
    if (text.length >= maxChars) break;
  }
  return text.length > maxChars ? text.slice(0, maxChars) : text;
}
