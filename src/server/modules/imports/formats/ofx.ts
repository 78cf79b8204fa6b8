/**
 * OFX / QFX statements (bank and credit card), both the SGML 1.x and the XML 2.x flavour.
 *
 * We do not use an XML parser: real files declare the 2.x XML header and still leave leaf elements
 * unclosed (`<TRNAMT>-34.51`), so one small tokenizer reads both syntaxes. It works chunk by chunk and
 * never holds more than one token (at most MAX_RECORD_BYTES) plus the current transaction.
 *
 * Sign: OFX TRNAMT is negative when money leaves the account; our rows want spend positive, so we negate.
 */
import type { BadRow, FileSource, OnBytes, TransactionRow } from './types.js';
import { FormatError, MAX_RECORD_BYTES } from './types.js';

export interface OfxOptions {
  onBytes?: OnBytes;
}

/** True when the start of a file looks like OFX/QFX (SGML header, `<?OFX …?>` or a bare `<OFX>`). */
export function sniffOfx(head: string): boolean {
  const s = head.replace(/^\uFEFF/, '').trimStart();
  return /^OFXHEADER\s*:/i.test(s) || /<\?OFX[\s?]/i.test(s.slice(0, 4096)) || /^(<\?xml[^>]*>\s*)?<OFX>/i.test(s);
}

export async function* parseOfx(src: FileSource, opts: OfxOptions = {}): AsyncGenerator<TransactionRow | BadRow> {
  const stream = src.open();
  const tokenizer = new Tokenizer();
  const reader = new OfxReader();
  const tokens: Token[] = [];
  const feed = (text: string): void => {
    tokenizer.push(text, tokens);
    for (const t of tokens) reader.token(t);
    tokens.length = 0;
  };
  let decoder: TextDecoder | null = null;
  let head: Buffer[] = [];
  let headBytes = 0;
  let bytes = 0;
  // The charset is only known from the header, so the first bytes wait until we have seen it.
  const start = (): TextDecoder => {
    const buf = Buffer.concat(head);
    head = [];
    const latin1 = buf.toString('latin1'); // the header itself is ASCII in every single-byte charset
    const d = decoderFor(buf, latin1);
    const headText = d.encoding.startsWith('utf-16') ? new TextDecoder(d.encoding).decode(buf) : latin1;
    if (!sniffOfx(headText)) {
      if (headText.replace(/^\uFEFF/, '').trim() === '') throw new FormatError('The file is empty');
      throw new FormatError('This is not an OFX/QFX file (no OFXHEADER, <?OFX …?> or <OFX> at the start)', 1);
    }
    feed(d.decode(buf, { stream: true }));
    return d;
  };
  try {
    for await (const raw of stream as AsyncIterable<Buffer | string>) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
      bytes += chunk.length;
      // A source may hand us one huge buffer; slicing keeps every decoded string small.
      for (let i = 0; i < chunk.length; i += SLICE) {
        const piece = chunk.subarray(i, i + SLICE);
        if (decoder) feed(decoder.decode(piece, { stream: true }));
        else {
          head.push(piece);
          headBytes += piece.length;
          if (headBytes >= HEAD_BYTES || /<OFX[\s>]/i.test(Buffer.concat(head).toString('latin1'))) decoder = start();
        }
        yield* reader.drain();
      }
      opts.onBytes?.(bytes);
    }
    if (bytes === 0) throw new FormatError('The file is empty');
    decoder ??= start();
    feed(decoder.decode());
    tokenizer.end();
    reader.end(tokenizer.contentLine);
    yield* reader.drain();
  } finally {
    stream.destroy();
  }
}

const HEAD_BYTES = 64 * 1024;
const SLICE = 64 * 1024;

/** OFX 1.x names its charset in the header, 2.x in the XML declaration; no declaration means UTF-8. */
function decoderFor(buf: Buffer, headText: string): TextDecoder {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8');
  const xmlEnc = /<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(headText)?.[1];
  if (xmlEnc) return labelDecoder(xmlEnc) ?? new TextDecoder('utf-8');
  const field = (key: string): string | undefined =>
    new RegExp(`^\\s*${key}\\s*:\\s*(\\S*)`, 'im').exec(headText.split(/<OFX/i)[0])?.[1]?.toUpperCase();
  if (field('ENCODING') === 'UTF-8') return new TextDecoder('utf-8');
  const charset = field('CHARSET');
  if (charset === '1252') return new TextDecoder('windows-1252');
  if (charset === '8859-1' || charset === 'ISO-8859-1') return new TextDecoder('iso-8859-1');
  if (charset && charset !== 'NONE') {
    const d = labelDecoder(charset);
    if (d) return d;
  }
  // "USASCII"/"NONE" files often carry Windows bytes anyway: if the head is not valid UTF-8, read it as 1252.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(buf, { stream: true });
    return new TextDecoder('utf-8');
  } catch {
    return new TextDecoder('windows-1252');
  }
}

function labelDecoder(label: string): TextDecoder | null {
  const l = label.trim().toLowerCase();
  if (l === 'us-ascii' || l === 'ascii' || l === 'usascii') return new TextDecoder('utf-8');
  try {
    return new TextDecoder(l);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Tokenizer: markup and text, with the line each token starts on.

type Token =
  | { kind: 'open'; name: string; line: number }
  | { kind: 'close'; name: string; line: number }
  | { kind: 'text'; text: string; cdata: boolean; line: number };

class Tokenizer {
  /** Unconsumed tail: at most one unfinished markup token. */
  private buf = '';
  line = 1;
  /** Last line that held anything but whitespace (where a truncated file "stops"). */
  contentLine = 1;
  private prevCR = false;

  push(text: string, out: Token[]): void {
    const buf = this.buf + text;
    let pos = 0;
    while (pos < buf.length) {
      const lt = buf.indexOf('<', pos);
      if (lt === -1) {
        this.text(buf.slice(pos), false, out);
        pos = buf.length;
        break;
      }
      if (lt > pos) this.text(buf.slice(pos, lt), false, out);
      pos = lt;
      const end = markupEnd(buf, lt);
      if (end === -1) break; // wait for more input
      if (end === -2) {
        // A '<' that cannot start markup (e.g. "A < B") is just text.
        this.text('<', false, out);
        pos = lt + 1;
        continue;
      }
      this.markup(buf.slice(lt, end), out);
      pos = end;
    }
    this.buf = buf.slice(pos);
    if (this.buf.length > MAX_RECORD_BYTES) {
      throw new FormatError(`A tag runs on for more than ${MAX_RECORD_BYTES} bytes without ending`, this.line);
    }
  }

  end(): void {
    if (this.buf !== '') {
      this.advance(this.buf);
      throw new FormatError('The file ends in the middle of a tag; it looks truncated', this.contentLine);
    }
  }

  private text(text: string, cdata: boolean, out: Token[]): void {
    out.push({ kind: 'text', text, cdata, line: this.line });
    this.advance(text);
  }

  private markup(m: string, out: Token[]): void {
    const line = this.line;
    if (m.startsWith('<![CDATA[')) {
      out.push({ kind: 'text', text: m.slice(9, -3), cdata: true, line });
    } else if (m[1] !== '?' && m[1] !== '!') {
      // Tag names are case-insensitive in practice; attributes do not occur in OFX and are ignored.
      const inner = m.slice(1, -1).trim();
      if (inner.startsWith('/')) out.push({ kind: 'close', name: inner.slice(1).trim().toUpperCase(), line });
      else {
        const name = inner.split(/[\s/]/)[0].toUpperCase();
        out.push({ kind: 'open', name, line });
        if (inner.endsWith('/')) out.push({ kind: 'close', name, line });
      }
    } // processing instructions (<?xml, <?OFX), comments and declarations carry nothing we need
    this.advance(m);
  }

  /** Counts CRLF, LF and lone CR as one line break each, across chunk boundaries. */
  private advance(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 10) {
        if (!this.prevCR) this.line++;
        this.prevCR = false;
      } else if (c === 13) {
        this.line++;
        this.prevCR = true;
      } else {
        this.prevCR = false;
        if (c > 32) this.contentLine = this.line;
      }
    }
  }
}

/** End index (exclusive) of the markup starting at `lt`; -1 = incomplete, -2 = not markup. */
function markupEnd(buf: string, lt: number): number {
  const c = buf[lt + 1];
  if (c === undefined) return -1;
  const find = (close: string): number => {
    const i = buf.indexOf(close, lt + 2);
    return i === -1 ? -1 : i + close.length;
  };
  if (c === '?') return find('?>');
  if (c === '!') {
    const rest = buf.slice(lt, lt + 9);
    if (rest.startsWith('<!--')) return find('-->');
    if (rest === '<![CDATA[') return find(']]>');
    if ('<![CDATA['.startsWith(rest) || '<!--'.startsWith(rest)) return -1;
    return find('>');
  }
  if (c === '/' || /[A-Za-z_]/.test(c)) return find('>');
  return -2;
}

// ---------------------------------------------------------------------------------------------------
// Reader: rebuilds the element structure and turns STMTTRN aggregates into rows.

/** Elements that are always leaves, so an empty unclosed one (`<BRANCHID>` then a newline) is not taken for an aggregate. */
const LEAVES = new Set(
  ('TRNTYPE DTPOSTED DTUSER DTAVAIL TRNAMT FITID CORRECTFITID CORRECTACTION SRVRTID CHECKNUM REFNUM SIC PAYEEID ' +
    'NAME EXTDNAME MEMO INV401KSOURCE CURSYM CURRATE CURDEF BANKID BRANCHID ACCTID ACCTTYPE ACCTKEY DTSTART DTEND ' +
    'BALAMT DTASOF TRNUID CODE SEVERITY MESSAGE DTSERVER LANGUAGE DTPROFUP DTACCTUP ORG FID INTU.BID INTU.USERID ' +
    'SESSCOOKIE USERKEY TSKEYEXPIRE CLTCOOKIE MKTGINFO ADDR1 ADDR2 ADDR3 CITY STATE POSTALCODE COUNTRY PHONE ' +
    'CATEGORY VALUEDATE ACCTBAL TRANSACTIONSPLIT BALTYPE VALUE DESC').split(' '),
);

/** Aggregates whose children we look at; an unknown element pushed by mistake is skipped when finding the parent. */
const AGGREGATES = new Set(
  ('OFX SIGNONMSGSRSV1 SONRS STATUS FI BANKMSGSRSV1 CREDITCARDMSGSRSV1 STMTTRNRS CCSTMTTRNRS STMTRS CCSTMTRS ' +
    'BANKACCTFROM CCACCTFROM BANKACCTTO CCACCTTO BANKTRANLIST STMTTRN PAYEE CURRENCY ORIGCURRENCY LEDGERBAL ' +
    'AVAILBAL BALLIST BAL IMAGEDATA').split(' '),
);

const STATEMENTS = new Set(['STMTRS', 'CCSTMTRS']);

interface Pending {
  name: string;
  line: number;
  parts: { text: string; cdata: boolean }[];
  len: number;
}

interface Txn {
  line: number;
  fields: Record<string, string>;
  payeeName?: string;
  cursym?: string;
}

class OfxReader {
  private stack: string[] = [];
  private pending: Pending | null = null;
  private strayLen = 0;
  private seenRoot = false;
  private closedRoot = false;
  private stmt: { account: string | null; curdef: string | null } | null = null;
  private txn: Txn | null = null;
  private out: (TransactionRow | BadRow)[] = [];

  *drain(): Generator<TransactionRow | BadRow> {
    if (this.out.length === 0) return;
    const rows = this.out;
    this.out = [];
    yield* rows;
  }

  token(t: Token): void {
    if (this.closedRoot) return; // anything after </OFX> is ignored
    if (t.kind === 'text') return this.text(t);
    this.strayLen = 0;
    if (t.kind === 'open') {
      this.resolvePending();
      if (!this.seenRoot) {
        if (t.name !== 'OFX') throw new FormatError(`Expected the <OFX> element but found <${t.name}>`, t.line);
        this.seenRoot = true;
      }
      this.pending = { name: t.name, line: t.line, parts: [], len: 0 };
      return;
    }
    // A close tag: either the end of the leaf just opened, or of an aggregate (closing any unclosed inner ones).
    if (this.pending?.name === t.name) {
      this.leaf(this.pending);
      this.pending = null;
      return;
    }
    this.resolvePending();
    const at = this.stack.lastIndexOf(t.name);
    if (at === -1) return; // stray end tag of a leaf
    while (this.stack.length > at) this.closed(this.stack.pop() as string);
  }

  end(lastLine: number): void {
    this.resolvePending();
    if (!this.seenRoot) throw new FormatError('No <OFX> element found: this is not an OFX/QFX statement');
    if (!this.closedRoot) {
      const where = this.txn ? 'in the middle of a transaction' : 'before </OFX>';
      throw new FormatError(`The file stops ${where}; it looks truncated`, lastLine);
    }
  }

  private text(t: Extract<Token, { kind: 'text' }>): void {
    const p = this.pending;
    if (p) {
      p.parts.push({ text: t.text, cdata: t.cdata });
      p.len += t.text.length;
      if (p.len > MAX_RECORD_BYTES) {
        throw new FormatError(`The value of <${p.name}> is longer than ${MAX_RECORD_BYTES} bytes`, p.line);
      }
    } else {
      // Whitespace between aggregates (or header lines); counted only so a runaway text cannot go unnoticed.
      this.strayLen += t.text.length;
      if (this.strayLen > MAX_RECORD_BYTES) throw new FormatError(`Text runs on for more than ${MAX_RECORD_BYTES} bytes`, t.line);
    }
  }

  /** Decides what the last start tag was: a leaf when it has a value (or is a known leaf), else an aggregate. */
  private resolvePending(): void {
    const p = this.pending;
    if (!p) return;
    this.pending = null;
    if (LEAVES.has(p.name) || p.parts.some((x) => x.cdata || x.text.trim() !== '')) this.leaf(p);
    else this.opened(p.name, p.line);
  }

  private opened(name: string, line: number): void {
    this.stack.push(name);
    if (STATEMENTS.has(name)) this.stmt = { account: null, curdef: null };
    if (name === 'STMTTRN') {
      if (this.txn) this.emit(this.txn); // a missing </STMTTRN>: keep the earlier one rather than merge them
      this.txn = { line, fields: {} };
    }
  }

  private closed(name: string): void {
    if (name === 'STMTTRN' && this.txn) {
      this.emit(this.txn);
      this.txn = null;
    } else if (STATEMENTS.has(name)) this.stmt = null;
    else if (name === 'OFX') this.closedRoot = true;
  }

  private parent(): string | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) if (AGGREGATES.has(this.stack[i])) return this.stack[i];
    return undefined;
  }

  private leaf(p: Pending): void {
    const value = leafValue(p.parts);
    const parent = this.parent();
    const txn = this.txn;
    if (txn) {
      if (parent === 'STMTTRN') txn.fields[p.name] ??= value;
      else if (parent === 'PAYEE' && p.name === 'NAME') txn.payeeName ??= value;
      // CURRENCY means TRNAMT is in that currency; ORIGCURRENCY means TRNAMT was already converted to CURDEF.
      else if (parent === 'CURRENCY' && p.name === 'CURSYM') txn.cursym ??= value;
    } else if (this.stmt) {
      if (p.name === 'CURDEF' && parent && STATEMENTS.has(parent)) this.stmt.curdef = value;
      if (p.name === 'ACCTID' && (parent === 'BANKACCTFROM' || parent === 'CCACCTFROM')) this.stmt.account = value || null;
    }
  }

  private emit(txn: Txn): void {
    const f = txn.fields;
    const raw = Object.entries(f)
      .map(([k, v]) => `<${k}>${v}`)
      .join('')
      .slice(0, 500);
    const date = ofxDate(f.DTUSER) ?? ofxDate(f.DTPOSTED);
    if (!date) {
      const column = f.DTPOSTED || !f.DTUSER ? 'DTPOSTED' : 'DTUSER';
      const reason = f[column] ? `${column} "${f[column]}" is not a date (YYYYMMDD…)` : 'The transaction has no DTPOSTED';
      this.out.push({ bad: true, line: txn.line, column, reason, raw });
      return;
    }
    const currency =
      [txn.cursym, f.CURRENCY, this.stmt?.curdef].map((c) => c?.trim().toUpperCase()).find((c) => c && /^[A-Z]{3}$/.test(c)) ??
      'USD';
    const amount = f.TRNAMT === undefined ? null : decimalToMinor(f.TRNAMT, currency);
    if (amount === null) {
      const reason = f.TRNAMT ? `TRNAMT "${f.TRNAMT}" is not an amount` : 'The transaction has no TRNAMT';
      this.out.push({ bad: true, line: txn.line, column: 'TRNAMT', reason, raw });
      return;
    }
    this.out.push({
      line: txn.line,
      externalId: f.FITID || null,
      account: this.stmt?.account ?? null,
      date,
      amountMinor: amount === 0 ? 0 : -amount,
      currency,
      description: describe(f.NAME || txn.payeeName || '', f.MEMO || ''),
      merchant: null,
      cardholder: null,
      department: null,
      mcc: f.SIC && /^\d{4}$/.test(f.SIC) ? f.SIC : null,
      category: null,
    });
  }
}

/**
 * The descriptor the matcher sees. NAME is the payee (≤32 characters in 1.x, so often cut short); MEMO is
 * free text that sometimes holds the full descriptor. NAME alone when MEMO adds nothing; MEMO when it is
 * the untruncated NAME; otherwise both, so e.g. "000000000000000 — B.C. HYDRO …" still names the payee.
 */
function describe(name: string, memo: string): string {
  if (!name) return memo;
  if (!memo || name.includes(memo)) return name;
  if (memo.startsWith(name)) return memo;
  if (memo.includes(name)) return name;
  return `${name} — ${memo}`;
}

/** Text arrives in chunk-sized pieces that may split an entity, so runs of plain text are decoded whole. */
function leafValue(parts: { text: string; cdata: boolean }[]): string {
  let value = '';
  let run = '';
  for (const p of parts) {
    if (p.cdata) {
      value += decodeEntities(run) + p.text;
      run = '';
    } else run += p.text;
  }
  return (value + decodeEntities(run)).trim();
}

const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes character references; a second pass undoes the double escaping some banks do (`&amp;lt;` → `<`). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  const once = s.replace(ENTITY, decodeEntity);
  return once === s || !once.includes('&') ? once : once.replace(ENTITY, decodeEntity);
}

function decodeEntity(m: string, e: string): string {
  if (e[0] !== '#') return NAMED[e.toLowerCase()] ?? m;
  const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
  return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : m;
}

/** `YYYYMMDD[HHMMSS[.XXX]][[±h[:TZ]]]` → the date part as written (no time-zone shifting). */
function ofxDate(v: string | undefined): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})/.exec(v?.trim() ?? '');
  return m ? calendarDate(m[1], m[2], m[3]) : null;
}

/** `YYYY-MM-DD` when the parts form a real calendar date, else null. */
export function calendarDate(y: string, m: string, d: string): string | null {
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) {
    return null;
  }
  return `${y}-${m}-${d}`;
}

/** ISO 4217 currencies whose minor unit is not 1/100. */
const MINOR_DIGITS: Record<string, number> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0,
  XAF: 0, XOF: 0, XPF: 0, BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3, CLF: 4, UYW: 4,
};

/**
 * A decimal string (`-34.51`, `80`, `.5`, `12,30`: OFX allows a decimal comma) to integer minor units of
 * the currency, exactly (string arithmetic, no floats). Digits beyond the minor unit round half away from
 * zero. Null when it is not a plain decimal number.
 */
export function decimalToMinor(raw: string, currency: string): number | null {
  const m = /^([+-]?)(\d*)(?:[.,](\d*))?$/.exec(raw.trim());
  if (!m || (m[2] === '' && !m[3])) return null;
  const digits = MINOR_DIGITS[currency] ?? 2;
  const frac = m[3] ?? '';
  let units = BigInt((m[2] || '0') + frac.slice(0, digits).padEnd(digits, '0'));
  if (frac.length > digits && frac[digits] >= '5') units += 1n;
  const n = Number(units);
  if (!Number.isSafeInteger(n)) return null;
  return m[1] === '-' && n !== 0 ? -n : n;
}
