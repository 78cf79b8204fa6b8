/**
 * ISO 20022 camt.053 bank-to-customer statements, any version `camt.053.001.NN` (02 … 08 and later).
 *
 * Streams with saxes and keeps only the current entry (`Ntry`) in memory. Element names are matched by
 * local name, so prefixed documents work too; the version only shows in where things sit
 * (`Sts` vs `Sts/Cd`, `Cdtr/Nm` vs `Cdtr/Pty/Nm`) and both places are read in every version.
 *
 * One row per booked entry; a batch entry (several `TxDtls`) becomes one row per `TxDtls` so spend is
 * attributed to each payee. Sign: `CdtDbtInd` DBIT (money leaves) is spend, positive; CRDT negative.
 * `RvslInd` does not flip it: ISO defines CdtDbtInd of a reversal entry as the direction of that entry
 * itself ("CRDT and reversal = the original was a debit"), which is also how the balances add up.
 *
 * Ids: externalId is the entry's AcctSvcrRef, with `#n` appended for the n-th row of a split batch.
 * Lines: the line of `<Ntry>`, or of `<TxDtls>` for the rows of a split batch.
 *
 * Descriptor: `merchant` is the counterparty name (debit: `Cdtr[/Pty]/Nm`, else `UltmtCdtr[/Pty]/Nm`;
 * credit: the `Dbtr` side), null when absent. `description` is that name, else the joined `RmtInf/Ustrd`
 * lines, else `AddtlNtryInf` (card purchases often name the merchant only there).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { calendarDate, decimalToMinor } from './ofx.js';
import type { BadRow, FileSource, OnBytes, TransactionRow } from './types.js';
import { FormatError, MAX_RECORD_BYTES } from './types.js';

export interface Camt053Options {
  onBytes?: OnBytes;
  /** Filled in while parsing: entries left out because they are not booked (`PDNG`, `INFO`). */
  stats?: { skipped: number };
}

/**
 * externalId is the bank's AcctSvcrRef. Not NtryRef: banks often number entries 1, 2, 3 per statement,
 * and the pipeline dedupes on the id, so next month's entry 1 would vanish as a "duplicate". Same for
 * the placeholders some banks write instead of a reference. Without an id the pipeline keys on content.
 */
const PLACEHOLDER_REF = /^(NONREF|NOTPROVIDED|NOT PROVIDED|NONE|N\/A)$/i;

const NAMESPACE = /^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d+)$/;

/** True when the start of a file carries the camt.053 namespace. */
export function sniffCamt053(head: string): boolean {
  return head.includes('urn:iso:std:iso:20022:tech:xsd:camt.053.');
}

export async function* parseCamt053(src: FileSource, opts: Camt053Options = {}): AsyncGenerator<TransactionRow | BadRow> {
  const stream = src.open();
  const reader = new CamtReader(opts.stats);
  const parser = new SaxesParser({ xmlns: true, position: true });
  reader.attach(parser);
  let decoder: TextDecoder | null = null;
  let head: Buffer[] = [];
  let headBytes = 0;
  let bytes = 0;
  const write = (text: string): void => {
    for (let i = 0; i < text.length; i += SLICE) {
      saxes(parser, () => parser.write(text.slice(i, i + SLICE)));
      // saxes buffers a text node or tag until it ends; refuse to let one grow past the record limit.
      if (parser.position - reader.lastEventAt > MAX_RECORD_BYTES) {
        throw new FormatError(`An element runs on for more than ${MAX_RECORD_BYTES} bytes`, parser.line);
      }
    }
  };
  const start = (): TextDecoder => {
    const buf = Buffer.concat(head);
    head = [];
    const d = decoderFor(buf);
    const first = d.decode(buf, { stream: true });
    const lead = first.replace(/^\uFEFF/, '').trimStart();
    if (lead === '') throw new FormatError('The file is empty');
    if (!lead.startsWith('<')) throw new FormatError('This is not an XML file, so not a camt.053 statement', 1);
    write(first);
    return d;
  };
  try {
    for await (const raw of stream as AsyncIterable<Buffer | string>) {
      const chunk = typeof raw === 'string' ? Buffer.from(raw) : raw;
      bytes += chunk.length;
      for (let i = 0; i < chunk.length; i += SLICE) {
        const piece = chunk.subarray(i, i + SLICE);
        if (decoder) write(decoder.decode(piece, { stream: true }));
        else {
          head.push(piece);
          headBytes += piece.length;
          // Enough to see a BOM and the XML declaration's encoding.
          if (headBytes >= 1024) decoder = start();
        }
        yield* reader.drain();
      }
      opts.onBytes?.(bytes);
    }
    if (bytes === 0) throw new FormatError('The file is empty');
    decoder ??= start();
    write(decoder.decode());
    saxes(parser, () => parser.close());
    if (!reader.sawRoot) throw new FormatError('The file holds no XML element, so not a camt.053 statement');
    yield* reader.drain();
  } finally {
    stream.destroy();
  }
}

const SLICE = 64 * 1024;

/** Runs a saxes call, turning its well-formedness errors ("line:col: message") into FormatError. */
function saxes(parser: SaxesParser<{ xmlns: true; position: true }>, call: () => void): void {
  try {
    call();
  } catch (e) {
    if (e instanceof FormatError) throw e;
    const message = (e as Error).message.replace(/^[^:]*:\d+:\d+: /, '');
    throw new FormatError(`Malformed or truncated XML: ${message}`, parser.line);
  }
}

/** By BOM, else the XML declaration's encoding (UTF-8 when there is none). */
function decoderFor(buf: Buffer): TextDecoder {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le');
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be');
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return new TextDecoder('utf-8');
  const label = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(buf.toString('latin1'))?.[1]?.trim().toLowerCase();
  if (!label || label === 'us-ascii' || label === 'ascii') return new TextDecoder('utf-8');
  try {
    return new TextDecoder(label);
  } catch {
    throw new FormatError(`The XML declares an encoding we cannot read: ${label}`, 1);
  }
}

interface Tx {
  line: number;
  amt?: string;
  ccy?: string;
  txAmt?: string;
  txCcy?: string;
  cdtDbt?: string;
  cdtr?: string;
  ultmtCdtr?: string;
  dbtr?: string;
  ultmtDbtr?: string;
  ustrd: string[];
}

interface Entry {
  line: number;
  amt?: string;
  ccy?: string;
  cdtDbt?: string;
  sts?: string;
  bookDt?: string;
  valDt?: string;
  ref?: string;
  addtl?: string;
  txs: Tx[];
}

interface Frame {
  name: string;
  ccy?: string;
  /** Path below the nearest Stmt, Ntry or TxDtls, e.g. `RltdPties/Cdtr/Nm` (built once per element). */
  rel: string;
  /** This element is the Stmt, Ntry or TxDtls being read. */
  anchor: boolean;
}

class CamtReader {
  sawRoot = false;
  /** Parser position at the last event, to notice a token that never ends. */
  lastEventAt = 0;
  private path: Frame[] = [];
  private text = '';
  private tagLine = 1;
  private stmt: { account: string | null; ccy: string | null } | null = null;
  private entry: Entry | null = null;
  private tx: Tx | null = null;
  private out: (TransactionRow | BadRow)[] = [];

  constructor(private readonly stats?: { skipped: number }) {}

  *drain(): Generator<TransactionRow | BadRow> {
    if (this.out.length === 0) return;
    const rows = this.out;
    this.out = [];
    yield* rows;
  }

  attach(parser: SaxesParser<{ xmlns: true; position: true }>): void {
    const seen = (): void => {
      this.lastEventAt = parser.position;
    };
    // The line where the start tag's name is read: the element's start line even when attributes wrap.
    parser.on('opentagstart', () => {
      this.tagLine = parser.line;
      seen();
    });
    parser.on('opentag', (tag) => {
      seen();
      this.open(tag);
    });
    parser.on('closetag', () => {
      seen();
      this.close();
    });
    parser.on('text', (t) => {
      seen();
      this.append(t);
    });
    parser.on('cdata', (t) => {
      seen();
      this.append(t);
    });
    parser.on('comment', seen);
    parser.on('processinginstruction', seen);
    parser.on('doctype', seen);
  }

  private append(t: string): void {
    this.text += t;
    if (this.text.length > MAX_RECORD_BYTES) throw new FormatError(`A value is longer than ${MAX_RECORD_BYTES} bytes`, this.tagLine);
  }

  private open(tag: SaxesTagNS): void {
    const name = tag.local;
    if (!this.sawRoot) {
      this.sawRoot = true;
      if (name !== 'Document' || !NAMESPACE.test(tag.uri)) {
        const ns = tag.uri ? ` in namespace ${tag.uri}` : '';
        throw new FormatError(`The root element is <${tag.name}>${ns}: not a camt.053 statement`, this.tagLine);
      }
    }
    const parent = this.path.at(-1);
    let anchor = false;
    if (name === 'Stmt' && parent?.name === 'BkToCstmrStmt') {
      this.stmt = { account: null, ccy: null };
      anchor = true;
    } else if (name === 'Ntry' && parent?.name === 'Stmt' && !this.entry) {
      this.entry = { line: this.tagLine, txs: [] };
      anchor = true;
    } else if (name === 'TxDtls' && parent?.name === 'NtryDtls' && this.entry && !this.tx) {
      this.tx = { line: this.tagLine, ustrd: [] };
      anchor = true;
    }
    const rel = anchor ? '' : parent?.rel ? `${parent.rel}/${name}` : name;
    this.path.push({ name, ccy: tag.attributes.Ccy?.value, rel, anchor });
    this.text = '';
  }

  private close(): void {
    const frame = this.path.pop() as Frame;
    const text = this.text.trim();
    this.text = '';
    if (frame.anchor) {
      if (this.tx) {
        (this.entry as Entry).txs.push(this.tx);
        this.tx = null;
      } else if (this.entry) {
        this.emit(this.entry);
        this.entry = null;
      } else this.stmt = null;
    } else if (this.tx) this.txField(frame.rel, text, frame.ccy);
    else if (this.entry) this.entryField(frame.rel, text, frame.ccy);
    else if (this.stmt) this.stmtField(frame.rel, text);
  }

  private stmtField(rel: string, text: string): void {
    const stmt = this.stmt as { account: string | null; ccy: string | null };
    if ((rel === 'Acct/Id/IBAN' || rel === 'Acct/Id/Othr/Id') && text) stmt.account ??= text;
    else if (rel === 'Acct/Ccy' && text) stmt.ccy = text.toUpperCase();
  }

  private entryField(rel: string, text: string, ccy: string | undefined): void {
    const e = this.entry as Entry;
    switch (rel) {
      case 'Amt':
        e.amt = text;
        e.ccy = ccy;
        break;
      case 'CdtDbtInd':
        e.cdtDbt = text;
        break;
      case 'Sts': // 001.02–.04: the code is the text; 001.08: <Sts><Cd>…</Cd></Sts>
      case 'Sts/Cd':
      case 'Sts/Prtry':
        if (text) e.sts ??= text;
        break;
      case 'BookgDt/Dt':
      case 'BookgDt/DtTm':
        e.bookDt ??= text;
        break;
      case 'ValDt/Dt':
      case 'ValDt/DtTm':
        e.valDt ??= text;
        break;
      case 'AcctSvcrRef':
        e.ref = text && !PLACEHOLDER_REF.test(text) ? text : undefined;
        break;
      case 'AddtlNtryInf':
        e.addtl = text;
        break;
    }
  }

  private txField(rel: string, text: string, ccy: string | undefined): void {
    const tx = this.tx as Tx;
    switch (rel) {
      case 'Amt':
        tx.amt = text;
        tx.ccy = ccy;
        break;
      case 'AmtDtls/TxAmt/Amt':
        tx.txAmt = text;
        tx.txCcy = ccy;
        break;
      case 'CdtDbtInd':
        tx.cdtDbt = text;
        break;
      case 'RltdPties/Cdtr/Nm':
      case 'RltdPties/Cdtr/Pty/Nm':
        tx.cdtr ??= text || undefined;
        break;
      case 'RltdPties/UltmtCdtr/Nm':
      case 'RltdPties/UltmtCdtr/Pty/Nm':
        tx.ultmtCdtr ??= text || undefined;
        break;
      case 'RltdPties/Dbtr/Nm':
      case 'RltdPties/Dbtr/Pty/Nm':
        tx.dbtr ??= text || undefined;
        break;
      case 'RltdPties/UltmtDbtr/Nm':
      case 'RltdPties/UltmtDbtr/Pty/Nm':
        tx.ultmtDbtr ??= text || undefined;
        break;
      case 'RmtInf/Ustrd':
        if (text) tx.ustrd.push(text);
        break;
    }
  }

  private emit(e: Entry): void {
    const status = (e.sts ?? 'BOOK').toUpperCase();
    if (status !== 'BOOK') {
      if (this.stats) this.stats.skipped++;
      return;
    }
    const bad = (line: number, column: string, reason: string): void => {
      this.out.push({ bad: true, line, column, reason });
    };
    const date = isoDate(e.bookDt) ?? isoDate(e.valDt);
    if (!date) {
      const given = e.bookDt ?? e.valDt;
      return bad(e.line, 'Ntry/BookgDt', given ? `"${given}" is not a date` : 'The entry has no booking or value date');
    }
    const direction = e.cdtDbt?.toUpperCase();
    if (direction !== 'DBIT' && direction !== 'CRDT') {
      return bad(e.line, 'Ntry/CdtDbtInd', `CdtDbtInd "${e.cdtDbt ?? ''}" is neither DBIT nor CRDT`);
    }
    const base = e.ref ?? null;
    const account = this.stmt?.account ?? null;
    const split = e.txs.length > 1 && e.txs.every((t) => (t.amt ?? t.txAmt) !== undefined);
    if (!split) {
      // One movement: the entry amount is the booked one (a single TxDtls may quote another currency).
      const tx = e.txs.find((t) => describe(t, direction, undefined).merchant) ?? e.txs[0];
      const row = this.row(e.line, base, account, date, e.amt, e.ccy, direction, tx, e.addtl);
      if (typeof row === 'string') return bad(e.line, 'Ntry/Amt', row);
      this.out.push(row);
      return;
    }
    e.txs.forEach((t, i) => {
      const [amt, ccy] = t.amt !== undefined ? [t.amt, t.ccy] : [t.txAmt, t.txCcy];
      const id = base === null ? null : `${base}#${i + 1}`;
      // Batches may mix directions; a TxDtls' own CdtDbtInd (001.03+) wins over the entry's.
      const own = t.cdtDbt?.toUpperCase();
      const txDirection = own === 'DBIT' || own === 'CRDT' ? own : direction;
      const row = this.row(t.line, id, account, date, amt, ccy ?? e.ccy, txDirection, t, e.addtl);
      if (typeof row === 'string') bad(t.line, t.amt !== undefined ? 'TxDtls/Amt' : 'TxDtls/AmtDtls/TxAmt/Amt', row);
      else this.out.push(row);
    });
  }

  /** The row, or the reason its amount or currency cannot be read. */
  private row(
    line: number,
    externalId: string | null,
    account: string | null,
    date: string,
    amt: string | undefined,
    ccy: string | undefined,
    direction: 'DBIT' | 'CRDT',
    tx: Tx | undefined,
    addtl: string | undefined,
  ): TransactionRow | string {
    const currency = (ccy ?? this.stmt?.ccy ?? '').toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) return `The amount has no currency (Ccy "${ccy ?? ''}")`;
    if (amt === undefined) return 'The entry has no amount';
    const minor = decimalToMinor(amt, currency);
    if (minor === null || /,/.test(amt)) return `"${amt}" is not an amount`;
    const { merchant, description } = describe(tx, direction, addtl);
    return {
      line,
      externalId,
      account,
      date,
      amountMinor: direction === 'DBIT' ? minor : minor === 0 ? 0 : -minor,
      currency,
      description,
      merchant,
      cardholder: null,
      department: null,
      mcc: null,
      category: null,
    };
  }
}

function describe(tx: Tx | undefined, direction: 'DBIT' | 'CRDT', addtl: string | undefined): { merchant: string | null; description: string } {
  const party = tx && (direction === 'DBIT' ? (tx.cdtr ?? tx.ultmtCdtr) : (tx.dbtr ?? tx.ultmtDbtr));
  const merchant = party ? collapse(party) : null;
  const ustrd = tx ? collapse(tx.ustrd.join(' ')) : '';
  return { merchant, description: merchant || ustrd || collapse(addtl ?? '') };
}

/** Remittance lines may hold raw newlines and indentation; one space is what the matcher wants. */
function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** `YYYY-MM-DD` from an ISO date or date-time, as written (no time-zone shifting). */
function isoDate(v: string | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v ?? '');
  return m ? calendarDate(m[1], m[2], m[3]) : null;
}
