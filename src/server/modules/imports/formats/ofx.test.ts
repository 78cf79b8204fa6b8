import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect as collectRows, formatError, goodRows } from './test-support.js';
import { decimalToMinor, parseOfx, sniffOfx } from './ofx.js';
import type { BadRow, FileSource, TransactionRow } from './types.js';
import { FormatError } from './types.js';

const dir = path.resolve(import.meta.dirname, '../../../../../test/fixtures/imports/ofx-qfx');

function fixture(name: string): FileSource {
  const p = path.join(dir, name);
  return { open: () => createReadStream(p), size: statSync(p).size, name };
}

/** A source over bytes, optionally handed out in chunks of `chunk` bytes (to cross every boundary). */
function fromBuffer(buf: Buffer, name = 'test.ofx', chunk?: number): FileSource {
  const pieces = chunk ? Array.from({ length: Math.ceil(buf.length / chunk) }, (_, i) => buf.subarray(i * chunk, (i + 1) * chunk)) : [buf];
  return { open: () => Readable.from(pieces), size: buf.length, name };
}

const collect = (src: FileSource) => collectRows(parseOfx(src));
const good = (src: FileSource) => goodRows<TransactionRow>(parseOfx(src));
const failure = (src: FileSource) => formatError(collect(src));

const sum = (rows: TransactionRow[]): number => rows.reduce((s, r) => s + r.amountMinor, 0);
const blank = { merchant: null, cardholder: null, department: null, mcc: null, category: null };

describe('parseOfx on the fixtures', () => {
  it('constructed-bank-ofx220.ofx: OFX 2.2 XML bank statement', async () => {
    const rows = await good(fixture('constructed-bank-ofx220.ofx'));
    expect(rows).toHaveLength(4);
    expect(sum(rows)).toBe(11900 + 2380 + 240000 - 500000);
    expect(new Set(rows.map((r) => r.currency))).toEqual(new Set(['EUR']));
    expect(rows[0]).toEqual({
      line: 31,
      externalId: '20250303-0001',
      account: 'NL00EXMP0000000000',
      date: '2025-03-03',
      amountMinor: 11900,
      currency: 'EUR',
      description: 'ATLASSIAN PTY LTD — SEPA DD Jira Software Cloud subscription INV-AT-000123',
      ...blank,
    });
    // The incoming deposit is money in: negative for us.
    expect(rows[3]).toMatchObject({ line: 55, externalId: '20250320-0004', date: '2025-03-20', amountMinor: -500000 });
  });

  it('constructed-creditcard-saas.qfx: SGML credit card, CRLF, DTUSER before DTPOSTED', async () => {
    const rows = await good(fixture('constructed-creditcard-saas.qfx'));
    expect(rows).toHaveLength(10);
    // 54.99 + 87.50 + 2.62 + 15.99 + 432.00 + 20.00 + 12.40 + 890.00 − 15.99 − 1000.00 (= −LEDGERBAL)
    expect(sum(rows)).toBe(49951);
    expect(rows.every((r) => r.currency === 'USD' && r.account === 'XXXXXXXXXXXX1005')).toBe(true);
    expect(rows[0]).toEqual({
      line: 42,
      externalId: '2025030224692165061100001',
      account: 'XXXXXXXXXXXX1005',
      date: '2025-03-01', // DTUSER (purchase), not DTPOSTED 2025-03-02
      amountMinor: 5499,
      currency: 'USD',
      description: 'ADOBE  *CREATIVE CLOUD 800-555-0100 CA', // MEMO is the untruncated NAME
      ...blank,
    });
    expect(rows[8]).toMatchObject({ line: 105, amountMinor: -1599, description: 'ZOOM.US 888-555-0101 — REFUND ZOOM.US' });
    expect(rows[9]).toMatchObject({ line: 113, amountMinor: -100000, description: 'PAYMENT THANK YOU', date: '2025-03-28' });
  });

  it('ofxparse-anzcc.ofx: 2.x XML header with SGML unclosed leaves, credit card', async () => {
    const rows = await good(fixture('ofxparse-anzcc.ofx'));
    expect(rows).toHaveLength(1);
    expect(sum(rows)).toBe(550);
    expect(rows[0]).toEqual({
      line: 29,
      externalId: '201705080001',
      account: '1234123412341234',
      date: '2017-05-08',
      amountMinor: 550,
      currency: 'AUD',
      description: 'SOME MEMO', // no NAME: the MEMO is the descriptor
      ...blank,
    });
  });

  it('ofxparse-bank_medium.ofx: whole transactions on one line, zone-suffixed dates', async () => {
    const rows = await good(fixture('ofxparse-bank_medium.ofx'));
    expect(rows).toHaveLength(3);
    expect(sum(rows)).toBe(660 + 31667 + 2200);
    expect(rows.map((r) => r.line)).toEqual([15, 16, 17]);
    expect(rows[1]).toEqual({
      line: 16,
      externalId: '0000123456782009040200004',
      account: '12300 000012345678',
      date: '2009-04-02',
      amountMinor: 31667,
      currency: 'CAD',
      description: "Joe's Bald Hairstyles",
      ...blank,
    });
  });

  it('ofxparse-checking.ofx: tab-indented SGML with INTU tags', async () => {
    const rows = await good(fixture('ofxparse-checking.ofx'));
    expect(rows).toHaveLength(3);
    expect(sum(rows)).toBe(-1 + 3451 + 2500);
    expect(rows.every((r) => r.currency === 'USD')).toBe(true);
    expect(rows[1]).toEqual({
      line: 54,
      externalId: '0000487',
      account: '1452687~7',
      date: '2011-04-05',
      amountMinor: 3451,
      currency: 'USD',
      description: 'AUTOMATIC WITHDRAWAL, ELECTRIC BILL WEB(S )',
      ...blank,
    });
    expect(rows[0]).toMatchObject({ amountMinor: -1, date: '2011-03-31' });
  });

  it('ofxparse-ofx-v102-empty-tags.ofx: blank lines before the header, empty FITID and NAME, CURRENCY aggregate', async () => {
    const rows = await good(fixture('ofxparse-ofx-v102-empty-tags.ofx'));
    expect(rows).toHaveLength(1);
    expect(sum(rows)).toBe(-1234);
    expect(rows[0]).toEqual({
      line: 23,
      externalId: null,
      account: '12345678',
      date: '2018-05-07',
      amountMinor: -1234,
      currency: 'AUD', // CURDEF is empty; CURRENCY/CURSYM says AUD
      description: 'CBA:Transfer',
      ...blank,
    });
  });

  it('ofxparse-suncorp.ofx: OFX 2.0 XML with CDATA values', async () => {
    const rows = await good(fixture('ofxparse-suncorp.ofx'));
    expect(rows).toHaveLength(1);
    expect(sum(rows)).toBe(1685);
    expect(rows[0]).toEqual({
      line: 35,
      externalId: '1',
      account: '123456789',
      date: '2013-12-15',
      amountMinor: 1685,
      currency: 'AUD',
      description: 'EFTPOS WDL HANDYWAY ALDI STORE   GEELONG WEST VICAU',
      ...blank,
    });
  });

  it('actual-8859-1.qfx: CHARSET:8859-1 accents, no blank line after the header', async () => {
    const rows = await good(fixture('actual-8859-1.qfx'));
    expect(rows).toHaveLength(1);
    expect(sum(rows)).toBe(2000);
    expect(rows[0]).toEqual({
      line: 43,
      externalId: 'wSoKuCS77',
      account: '999-12345-0055666-EOP',
      date: '2022-10-19',
      amountMinor: 2000,
      currency: 'CAD',
      description: 'Paiement facture/Carte prépayée — PWW',
      ...blank,
    });
  });

  it('actual-html-vals.qfx: entities, including double-escaped ones', async () => {
    const rows = await good(fixture('actual-html-vals.qfx'));
    expect(rows).toHaveLength(2);
    expect(sum(rows)).toBe(200);
    expect(rows.every((r) => r.currency === 'CAD')).toBe(true);
    expect(rows[0].description).toBe('000000000000000 — PREAUTHORIZED DEBIT;B.C. HYDRO & POWER AUTHORITY;Electronic Funds Transfer');
    expect(rows[1]).toEqual({
      line: 16,
      externalId: '23060061032549554596530000',
      account: '00000 00-00000',
      date: '2023-03-01',
      amountMinor: 100,
      currency: 'CAD',
      description: 'TPAY <DEFTPYMT> — PREAUTHORIZED DEBIT;LUXMORE REALTY PPTY MGMT;Electronic Funds Transfer',
      ...blank,
    });
  });

  it('gives the same rows when the bytes arrive one at a time', async () => {
    const names = ['actual-8859-1.qfx', 'actual-html-vals.qfx', 'constructed-bank-ofx220.ofx', 'constructed-creditcard-saas.qfx'];
    names.push('ofxparse-anzcc.ofx', 'ofxparse-bank_medium.ofx', 'ofxparse-checking.ofx', 'ofxparse-ofx-v102-empty-tags.ofx', 'ofxparse-suncorp.ofx');
    for (const name of names) {
      const buf = readFileSync(path.join(dir, name));
      expect(await collect(fromBuffer(buf, name, 1))).toEqual(await collect(fixture(name)));
    }
  });

  it('reports progress up to the file size', async () => {
    const src = fixture('ofxparse-checking.ofx');
    const seen: number[] = [];
    for await (const r of parseOfx(src, { onBytes: (n) => seen.push(n) })) void r;
    expect(seen.at(-1)).toBe(src.size);
  });
});

describe('parseOfx on constructed variants', () => {
  const header = 'OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n';

  it('reads several statements (bank and card) and per-transaction currency, PAYEE, SIC', async () => {
    const body = [
      '<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR<BANKACCTFROM><BANKID>1<ACCTID>BANK-1</BANKACCTFROM>',
      '<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250102<TRNAMT>-10<FITID>a1<NAME>FIRST',
      '<BANKACCTTO><BANKID>2<ACCTID>OTHER</BANKACCTTO></STMTTRN>',
      '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250103<TRNAMT>-1.5<FITID>a2<PAYEE><NAME>PAYEE NAME<CITY>X</PAYEE><SIC>5734</STMTTRN>',
      '</BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1>',
      '<CREDITCARDMSGSRSV1><CCSTMTTRNRS><CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>CARD-9</CCACCTFROM>',
      '<BANKTRANLIST><STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250104<TRNAMT>-20.00<FITID>c1<NAME>GITHUB',
      '<CURRENCY><CURRATE>0.9<CURSYM>GBP</CURRENCY></STMTTRN>',
      '<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20250105<TRNAMT>-5,25<FITID>c2<NAME>COMMA',
      '<ORIGCURRENCY><CURRATE>1.1<CURSYM>JPY</ORIGCURRENCY></STMTTRN>',
      '</BANKTRANLIST></CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>',
    ].join('\n');
    const rows = await good(fromBuffer(Buffer.from(header + body)));
    expect(rows.map((r) => [r.line, r.account, r.externalId, r.amountMinor, r.currency, r.description, r.mcc])).toEqual([
      [12, 'BANK-1', 'a1', 1000, 'EUR', 'FIRST', null],
      [14, 'BANK-1', 'a2', 150, 'EUR', 'PAYEE NAME', '5734'],
      [17, 'CARD-9', 'c1', 2000, 'GBP', 'GITHUB', null],
      // ORIGCURRENCY: the amount was already converted to CURDEF, so it stays USD.
      [19, 'CARD-9', 'c2', 525, 'USD', 'COMMA', null],
    ]);
  });

  it('decodes by the declared charset: UTF-8 (split mid-character), Windows-1252, UTF-16 with BOM', async () => {
    const xml = (name: string, enc: string) =>
      `<?xml version="1.0" encoding="${enc}"?><?OFX OFXHEADER="200" VERSION="220"?>\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>` +
      `<CURDEF>EUR</CURDEF><BANKTRANLIST><STMTTRN><DTPOSTED>20250101</DTPOSTED><TRNAMT>-1.00</TRNAMT><NAME>${name}</NAME>` +
      '</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>';
    const utf8 = await good(fromBuffer(Buffer.from(xml('Café Zürich €', 'UTF-8')), 'a.ofx', 1));
    expect(utf8[0]).toMatchObject({ line: 2, description: 'Café Zürich €', amountMinor: 100, currency: 'EUR' });
    const sgml = `${header}<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST><STMTTRN><DTPOSTED>20250101<TRNAMT>-2<NAME>Caf\xe9 \x80</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>`;
    const cp1252 = await good(fromBuffer(Buffer.from(sgml, 'latin1')));
    expect(cp1252[0]).toMatchObject({ line: 11, description: 'Café €', amountMinor: 200, currency: 'USD' });
    const utf16 = await good(fromBuffer(Buffer.from(`\uFEFF${xml('Café', 'UTF-16')}`, 'utf16le'), 'a.ofx', 3));
    expect(utf16[0]).toMatchObject({ line: 2, description: 'Café', amountMinor: 100 });
  });

  it('turns a transaction with a bad amount or date into a BadRow and keeps the others', async () => {
    const text = readFileSync(path.join(dir, 'ofxparse-bank_medium.ofx'), 'latin1')
      .replace('<TRNAMT>-316.67', '<TRNAMT>12..3')
      .replace('<DTPOSTED>20090403122017.000[-5:EST]', '<DTPOSTED>20091303');
    const rows = await collect(fromBuffer(Buffer.from(text, 'latin1')));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ line: 15, amountMinor: 660 });
    expect(rows[1]).toMatchObject({ bad: true, line: 16, column: 'TRNAMT' });
    expect((rows[1] as BadRow).reason).toContain('12..3');
    expect((rows[1] as BadRow).raw).toContain('<FITID>0000123456782009040200004');
    expect(rows[2]).toMatchObject({ bad: true, line: 17, column: 'DTPOSTED' });
  });

  it('rejects a file truncated in the middle of a transaction, naming the line', async () => {
    const lines = readFileSync(path.join(dir, 'constructed-creditcard-saas.qfx'), 'latin1').split('\r\n');
    expect(lines[69]).toBe('<FITID>2025030924692165061100004'); // line 70, inside the ZOOM.US transaction
    const err = await failure(fromBuffer(Buffer.from(lines.slice(0, 70).join('\r\n') + '\r\n', 'latin1')));
    expect(err.line).toBe(70);
    expect(err.message).toMatch(/truncated/);
  });

  it('rejects a file cut inside a tag or missing </OFX>', async () => {
    const text = readFileSync(path.join(dir, 'ofxparse-checking.ofx'), 'latin1');
    const cut = text.slice(0, text.indexOf('<TRNAMT>-25.00') + 5);
    expect((await failure(fromBuffer(Buffer.from(cut)))).line).toBe(65);
    const noEnd = text.replace('</OFX>', '');
    const err = await failure(fromBuffer(Buffer.from(noEnd)));
    expect(err.message).toMatch(/truncated/);
    expect(err.line).toBe(82); // </BANKMSGSRSV1>, the last line with content
  });

  it('rejects an empty file and files that are not OFX', async () => {
    expect((await failure(fromBuffer(Buffer.alloc(0)))).message).toBe('The file is empty');
    expect((await failure(fromBuffer(Buffer.from('\n  \n')))).message).toBe('The file is empty');
    const csv = 'Date,Description,Amount\n03/01/2025,ZOOM.US,15.99\n';
    expect((await failure(fromBuffer(Buffer.from(csv)))).message).toMatch(/not an OFX/);
    const html = `${header}<HTML><BODY>oops</BODY></HTML>`;
    expect((await failure(fromBuffer(Buffer.from(html)))).message).toMatch(/<OFX>/);
  });

  it('gives up quickly, with bounded memory, on a 200 MB line that never ends a tag', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'A');
    let pulled = 0;
    function* huge(): Generator<Buffer> {
      yield Buffer.from(`${header}<OFX><SIGNONMSGSRSV1`);
      for (let sent = 0; sent < 200 * 1024 * 1024; sent += chunk.length) {
        pulled += chunk.length;
        yield chunk;
      }
    }
    const started = Date.now();
    const err = await failure({ open: () => Readable.from(huge()), size: 200 * 1024 * 1024, name: 'huge.ofx' });
    expect(err.message).toMatch(/more than/);
    expect(err.line).toBe(11);
    expect(pulled).toBeLessThan(4 * 1024 * 1024);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('also bounds a value that never ends', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'A');
    let pulled = 0;
    function* huge(): Generator<Buffer> {
      yield Buffer.from(`${header}<OFX><NAME>`);
      for (let sent = 0; sent < 200 * 1024 * 1024; sent += chunk.length) {
        pulled += chunk.length;
        yield chunk;
      }
    }
    const err = await failure({ open: () => Readable.from(huge()), size: 200 * 1024 * 1024, name: 'huge.ofx' });
    expect(err.message).toMatch(/<NAME>/);
    expect(pulled).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('sniffOfx', () => {
  it('recognises the three ways an OFX file starts', () => {
    expect(sniffOfx('\n\nOFXHEADER:100\nDATA:OFXSGML')).toBe(true);
    expect(sniffOfx('<?xml version="1.0"?>\n<?OFX OFXHEADER="200" VERSION="220"?>')).toBe(true);
    expect(sniffOfx('\uFEFF<OFX>\n<SIGNONMSGSRSV1>')).toBe(true);
    expect(sniffOfx('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">')).toBe(false);
    expect(sniffOfx('Date,Description,Amount')).toBe(false);
  });
});

describe('decimalToMinor', () => {
  it('converts exactly, with the currency minor unit', () => {
    expect(decimalToMinor('-34.51', 'USD')).toBe(-3451);
    expect(decimalToMinor('0.29', 'USD')).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(decimalToMinor('80', 'EUR')).toBe(8000);
    expect(decimalToMinor('.5', 'EUR')).toBe(50);
    expect(decimalToMinor('+12,30', 'EUR')).toBe(1230);
    expect(decimalToMinor('1.23456', 'EUR')).toBe(123);
    expect(decimalToMinor('1.235', 'EUR')).toBe(124);
    expect(decimalToMinor('2700', 'JPY')).toBe(2700);
    expect(decimalToMinor('1.234', 'KWD')).toBe(1234);
    expect(decimalToMinor('-0.00', 'USD')).toBe(0);
    for (const bad of ['', '-', '.', '1.2.3', '1,234.56', 'abc', '12e3']) expect(decimalToMinor(bad, 'USD')).toBeNull();
  });
});
