import { createReadStream, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect as collectRows, formatError, goodRows } from './test-support.js';
import { parseCamt053, sniffCamt053 } from './camt053.js';
import type { BadRow, FileSource, TransactionRow } from './types.js';
import { FormatError } from './types.js';

const dir = path.resolve(import.meta.dirname, '../../../../../test/fixtures/imports/camt053');

function fixture(name: string): FileSource {
  const p = path.join(dir, name);
  return { open: () => createReadStream(p), size: statSync(p).size, name };
}

function fromBuffer(buf: Buffer, name = 'test.xml', chunk?: number): FileSource {
  const pieces = chunk ? Array.from({ length: Math.ceil(buf.length / chunk) }, (_, i) => buf.subarray(i * chunk, (i + 1) * chunk)) : [buf];
  return { open: () => Readable.from(pieces), size: buf.length, name };
}

const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');

const collect = (src: FileSource, stats?: { skipped: number }) => collectRows(parseCamt053(src, { stats }));
const good = (src: FileSource) => goodRows<TransactionRow>(parseCamt053(src));
const failure = (src: FileSource) => formatError(collect(src));

const sum = (rows: TransactionRow[]): number => rows.reduce((s, r) => s + r.amountMinor, 0);
const blank = { cardholder: null, department: null, mcc: null, category: null };

describe('parseCamt053 on the fixtures', () => {
  it('constructed-camt053.001.02-saas.xml: direct debit, card purchase, transfer and a split batch', async () => {
    const rows = await good(fixture('constructed-camt053.001.02-saas.xml'));
    expect(rows).toHaveLength(5);
    // 119.00 + 23.86 + 2400.00 + 1200.00 + 300.00 = OPBD 25000.00 − CLBD 20957.14
    expect(sum(rows)).toBe(404286);
    expect(rows.every((r) => r.currency === 'EUR' && r.account === 'DE00123456780000000000')).toBe(true);
    expect(rows[0]).toEqual({
      line: 37,
      externalId: '2025030300012',
      account: 'DE00123456780000000000',
      date: '2025-03-03',
      amountMinor: 11900,
      currency: 'EUR',
      description: 'Atlassian Pty Ltd',
      merchant: 'Atlassian Pty Ltd',
      ...blank,
    });
    // The merchant is only in AddtlNtryInf; the entry amount (EUR) wins over the instructed USD amount.
    expect(rows[1]).toMatchObject({ line: 65, amountMinor: 2386, currency: 'EUR', merchant: null });
    expect(rows[1].description).toBe('CARD 1234 CANVA* I04123-456789 SYDNEY AU USD 25.99');
    // The batch: one row per TxDtls, at the TxDtls line, with its own amount and a numbered id.
    expect(rows.slice(3).map((r) => [r.line, r.externalId, r.amountMinor, r.description, r.date])).toEqual([
      [124, '2025032500031#1', 120000, 'HubSpot Ireland Ltd', '2025-03-25'],
      [132, '2025032500031#2', 30000, 'Example Catering GmbH', '2025-03-25'],
    ]);
  });

  it('constructed-camt053.001.08-saas.xml: Sts/Cd, Cdtr/Pty/Nm, UltmtCdtr', async () => {
    const rows = await good(fixture('constructed-camt053.001.08-saas.xml'));
    expect(rows).toHaveLength(3);
    // 1650.00 + 47.15 + 377.20 = OPBD 40000.00 − CLBD 37925.65
    expect(sum(rows)).toBe(207435);
    expect(rows.every((r) => r.currency === 'CHF')).toBe(true);
    expect(rows[1]).toEqual({
      line: 84,
      externalId: '20250409CH000002',
      account: 'CH0000000000000000000',
      date: '2025-04-09',
      amountMinor: 4715,
      currency: 'CHF',
      description: 'MAILCHIMP *MONTHLY',
      merchant: 'MAILCHIMP *MONTHLY',
      ...blank,
    });
    expect(rows[2]).toMatchObject({ line: 116, merchant: 'Microsoft Ireland Operations Ltd', amountMinor: 37720 });
  });

  it('actual-camt053.001.04-excerpt.xml: credits, a card purchase named only in AddtlNtryInf, multi-line Ustrd', async () => {
    const rows = await good(fixture('actual-camt053.001.04-excerpt.xml'));
    expect(rows).toHaveLength(4);
    expect(sum(rows)).toBe(-60 + 8985 - 120 + 8000);
    expect(rows.every((r) => r.currency === 'EUR' && r.account === 'DE14740618130000033626')).toBe(true);
    expect(rows[0]).toEqual({
      line: 63,
      externalId: '2013123001153870000',
      account: 'DE14740618130000033626',
      date: '2013-12-30',
      amountMinor: -60,
      currency: 'EUR',
      description: 'Testkonto Nummer 2', // a credit: the Dbtr side
      merchant: 'Testkonto Nummer 2',
      ...blank,
    });
    expect(rows[1]).toMatchObject({ line: 125, externalId: '640387810124072/2', amountMinor: 8985, description: 'Supermarkt A', merchant: null });
    expect(rows[2]).toMatchObject({ line: 157, amountMinor: -120, date: '2014-01-07', merchant: null });
    expect(rows[2].description).toBe(
      'Retoure SEPA Lastschrift vom 03.01.2014, Rueckgabegrund: MD06 Lastschriftwiderspruch durch den Zahlungspflichtigen ' +
        'EREF: STZV-EtE27122013-11 :05-2 CRED: DE79ZZZ00000000584 IBAN: DE14740618130000033626 BIC: GENODEF1PFK ABWE: Testkonto',
    );
    expect(rows[3]).toMatchObject({ line: 210, amountMinor: 8000, date: '2024-03-12', description: 'Rega', merchant: 'Rega' });
  });

  it('genkgo-camt053.001.02-minimal.xml: no AcctSvcrRef, credit from Dbtr/Nm', async () => {
    const rows = await good(fixture('genkgo-camt053.001.02-minimal.xml'));
    expect(rows).toHaveLength(1);
    expect(sum(rows)).toBe(-885);
    expect(rows[0]).toEqual({
      line: 90,
      externalId: null,
      account: 'NL26VAYB8060476890',
      date: '2014-12-31',
      amountMinor: -885,
      currency: 'EUR',
      description: 'NAME NAME',
      merchant: 'NAME NAME',
      ...blank,
    });
  });

  it('genkgo-camt053.001.08.xml: BookgDt/DtTm, Acct/Id/Othr/Id, Dbtr/Pty/Nm', async () => {
    const rows = await good(fixture('genkgo-camt053.001.08.xml'));
    expect(rows).toHaveLength(1);
    expect(sum(rows)).toBe(-885);
    expect(rows[0]).toEqual({
      line: 110,
      externalId: 'AAAASESS-FP-CN_98765/01',
      account: 'NL26VAYB8060476890',
      date: '2014-12-31', // 2014-12-31T13:15:00+01:00, date as written
      amountMinor: -885, // the entry's EUR 8.85, not the single TxDtls' odd "SEK 0"
      currency: 'EUR',
      description: 'NAME NAME',
      merchant: 'NAME NAME',
      ...blank,
    });
  });

  it('gives the same rows when the bytes arrive one at a time', async () => {
    for (const name of ['actual-camt053.001.04-excerpt.xml', 'constructed-camt053.001.02-saas.xml', 'genkgo-camt053.001.08.xml']) {
      expect(await collect(fromBuffer(readFileSync(path.join(dir, name)), name, 1))).toEqual(await collect(fixture(name)));
    }
  });

  it('reports progress up to the file size', async () => {
    const src = fixture('genkgo-camt053.001.08.xml');
    const seen: number[] = [];
    for await (const r of parseCamt053(src, { onBytes: (n) => seen.push(n) })) void r;
    expect(seen.at(-1)).toBe(src.size);
  });
});

describe('parseCamt053 on constructed variants', () => {
  it('books only BOOK entries and counts the others', async () => {
    const text = read('constructed-camt053.001.08-saas.xml').replace('<Cd>BOOK</Cd>', '<Cd>PDNG</Cd>');
    const v2 = read('constructed-camt053.001.02-saas.xml').replace('<Sts>BOOK</Sts>', '<Sts>INFO</Sts>');
    const stats = { skipped: 0 };
    const rows = (await collect(fromBuffer(Buffer.from(text)), stats)) as TransactionRow[];
    expect(rows.map((r) => r.line)).toEqual([84, 116]);
    const rows2 = (await collect(fromBuffer(Buffer.from(v2)), stats)) as TransactionRow[];
    expect(rows2).toHaveLength(4);
    expect(stats.skipped).toBe(2);
  });

  it('keeps the CdtDbtInd direction of a reversal entry (ISO: CRDT + RvslInd = a debit given back)', async () => {
    const text = read('constructed-camt053.001.08-saas.xml').replace(
      '<CdtDbtInd>DBIT</CdtDbtInd>\n        <RvslInd>false</RvslInd>',
      '<CdtDbtInd>CRDT</CdtDbtInd>\n        <RvslInd>true</RvslInd>',
    );
    const rows = await good(fromBuffer(Buffer.from(text)));
    expect(rows[0]).toMatchObject({ line: 45, amountMinor: -165000 });
  });

  it('takes the id from AcctSvcrRef only: not from NtryRef (a per-statement counter) nor placeholders', async () => {
    const text = read('constructed-camt053.001.08-saas.xml')
      .replace('<AcctSvcrRef>20250402CH000001</AcctSvcrRef>', '')
      .replace('<AcctSvcrRef>20250409CH000002</AcctSvcrRef>', '<AcctSvcrRef>NONREF</AcctSvcrRef>');
    const rows = await good(fromBuffer(Buffer.from(text)));
    expect(rows.map((r) => r.externalId)).toEqual([null, null, '20250416CH000003']);
  });

  it('turns an entry with a bad amount or date into a BadRow with line and column', async () => {
    const text = read('constructed-camt053.001.02-saas.xml')
      .replace('<Amt Ccy="EUR">2400.00</Amt>\n        <CdtDbtInd>', '<Amt Ccy="EUR">24OO.00</Amt>\n        <CdtDbtInd>')
      .replace('<BookgDt><Dt>2025-03-07</Dt></BookgDt>', '<BookgDt><Dt>2025-02-30</Dt></BookgDt>')
      .replace('<ValDt><Dt>2025-03-06</Dt></ValDt>', '');
    const rows = await collect(fromBuffer(Buffer.from(text)));
    expect(rows).toHaveLength(5);
    expect(rows[1]).toMatchObject({ bad: true, line: 65, column: 'Ntry/BookgDt' });
    expect((rows[1] as BadRow).reason).toContain('2025-02-30');
    expect(rows[2]).toMatchObject({ bad: true, line: 85, column: 'Ntry/Amt' });
    expect((rows[2] as BadRow).reason).toContain('24OO.00');
    expect(rows[0]).toMatchObject({ line: 37, amountMinor: 11900 });
  });

  it('rejects XML cut in the middle, with the line where it stops', async () => {
    const text = read('constructed-camt053.001.02-saas.xml');
    const cut = text.slice(0, Math.floor(text.length / 2));
    const err = await failure(fromBuffer(Buffer.from(cut)));
    expect(err.line).toBe(cut.split('\n').length);
    expect(err.message).toMatch(/truncated/);
  });

  it('rejects malformed XML with the line of the fault', async () => {
    const text = read('genkgo-camt053.001.08.xml').replace('<AcctSvcrRef>AAAASESS-FP-CN_98765/01</AcctSvcrRef>', '<AcctSvcrRef>x</AcctSvcrRf>');
    const err = await failure(fromBuffer(Buffer.from(text)));
    expect(err.line).toBe(122);
  });

  it('rejects other ISO 20022 messages, non-XML and empty files', async () => {
    const camt054 = read('genkgo-camt053.001.02-minimal.xml').replace('camt.053.001.02', 'camt.054.001.02');
    expect((await failure(fromBuffer(Buffer.from(camt054)))).message).toMatch(/not a camt\.053 statement/);
    const other = '<?xml version="1.0"?>\n<OFX><SIGNONMSGSRSV1/></OFX>';
    expect((await failure(fromBuffer(Buffer.from(other)))).message).toMatch(/not a camt\.053 statement/);
    const csv = 'Date,Description,Amount\n2025-03-01,ZOOM.US,15.99\n';
    expect((await failure(fromBuffer(Buffer.from(csv)))).message).toMatch(/not an XML file/);
    expect((await failure(fromBuffer(Buffer.alloc(0)))).message).toBe('The file is empty');
  });

  it('decodes ISO-8859-1 by the XML declaration', async () => {
    const text = read('constructed-camt053.001.02-saas.xml')
      .replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')
      .replace('Atlassian Pty Ltd', 'Müller Büro GmbH');
    const rows = await good(fromBuffer(Buffer.from(text, 'latin1')));
    expect(rows[0]).toMatchObject({ line: 37, merchant: 'Müller Büro GmbH', description: 'Müller Büro GmbH' });
  });

  it('gives up quickly, with bounded memory, on a 200 MB value without any tag end', async () => {
    const ns = 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.02';
    for (const start of [`<Document xmlns="${ns}"><BkToCstmrStmt><Stmt><Ntry><AddtlNtryInf>`, `<Document xmlns="${ns}" a="`]) {
      const chunk = Buffer.alloc(64 * 1024, 'A');
      let pulled = 0;
      function* huge(): Generator<Buffer> {
        yield Buffer.from(`<?xml version="1.0" encoding="UTF-8"?>\n${start}`);
        for (let sent = 0; sent < 200 * 1024 * 1024; sent += chunk.length) {
          pulled += chunk.length;
          yield chunk;
        }
      }
      const started = Date.now();
      const err = await failure({ open: () => Readable.from(huge()), size: 200 * 1024 * 1024, name: 'huge.xml' });
      expect(err.message).toMatch(/more than/);
      expect(err.line).toBe(2);
      expect(pulled).toBeLessThan(4 * 1024 * 1024);
      expect(Date.now() - started).toBeLessThan(5000);
    }
  });
});

describe('sniffCamt053', () => {
  it('looks for the camt.053 namespace', () => {
    expect(sniffCamt053(read('genkgo-camt053.001.08.xml').slice(0, 200))).toBe(true);
    expect(sniffCamt053('<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">')).toBe(false);
    expect(sniffCamt053('OFXHEADER:100')).toBe(false);
  });
});
