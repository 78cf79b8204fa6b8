import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { NoHeaderError, normalizeHeader, previewCsv, readCsv, type CsvRecord } from './csv-read.js';
import { fileSourceFromBuffer } from './file-source.js';
import { FormatError, MAX_RECORD_BYTES, type FileSource } from './types.js';

async function all(records: AsyncIterable<CsvRecord>): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

const hasDate = (cells: string[]): boolean => cells.some((c) => normalizeHeader(c) === 'date');

describe('readCsv', () => {
  it('skips sep=, blank and summary lines, takes the delimiter from the header, trims names', async () => {
    const src = fileSourceFromBuffer(
      'sep=;\r\n\r\nAccount;DE00 1234;EUR\r\nOpening balance;1.000,00\r\n  Date ; Description;Amount \r\n02.03.2025;"Adobe; Inc";-54,99\r\n\r\n20.03.2025;Payout;1.842,19\r\n',
      'eu.csv',
    );
    const table = await readCsv(src, { findHeader: hasDate });
    expect(table.header).toEqual(['Date', 'Description', 'Amount']);
    expect(table.headerLine).toBe(5);
    expect(table.delimiter).toBe(';');
    const rows = await all(table.records);
    expect(rows.map((r) => [r.line, r.get('date'), r.get(' DESCRIPTION '), r.get('Amount')])).toEqual([
      [6, '02.03.2025', 'Adobe; Inc', '-54,99'],
      [8, '20.03.2025', 'Payout', '1.842,19'],
    ]);
    expect(rows[0].get('missing')).toBeUndefined();
  });

  it('reads tab-separated files and Xero-style *required names', async () => {
    const table = await readCsv(fileSourceFromBuffer('*Date\t*Amount\tPayee\n02/03/2025\t-1.00\tAdobe\n', 't.csv'), { findHeader: hasDate });
    expect(table.delimiter).toBe('\t');
    const [row] = await all(table.records);
    expect([row.get('Date'), row.get('amount'), row.get('PAYEE')]).toEqual(['02/03/2025', '-1.00', 'Adobe']);
  });

  it('gives each record its starting physical line, with LF and CRLF inside quotes', async () => {
    const csv = 'Date,Note,Amount\r\n01/01/2025,"two\r\nlines",1\r\n01/02/2025,"three\nlines\nhere",2\r\n\r\n01/03/2025,plain,3\r\n01/04/2025,"a\r\n\r\nb",4\r\n01/05/2025,last,5';
    const rows = await all((await readCsv(fileSourceFromBuffer(csv, 'q.csv'))).records);
    expect(rows.map((r) => [r.line, r.get('Amount')])).toEqual([
      [2, '1'],
      [4, '2'],
      [8, '3'],
      [9, '4'],
      [12, '5'],
    ]);
    expect(rows[1].get('Note')).toBe('three\nlines\nhere');
  });

  it('tolerates an empty trailing field and counts real extra fields', async () => {
    const csv = 'Details,Posting Date,Amount\nDEBIT,03/03/2025,-1.00,\nDEBIT,03/04/2025,-2.00,oops,\n';
    const rows = await all((await readCsv(fileSourceFromBuffer(csv, 'c.csv'))).records);
    expect(rows.map((r) => r.extra)).toEqual([0, 1]);
  });

  it('says the file is empty, or has no header', async () => {
    await expect(readCsv(fileSourceFromBuffer('', 'e.csv'))).rejects.toThrow('The file is empty');
    await expect(readCsv(fileSourceFromBuffer('\r\n  \n\n', 'e.csv'))).rejects.toThrow('The file is empty');
    const err = await readCsv(fileSourceFromBuffer('a,b\n1,2\n', 'x.csv'), { findHeader: hasDate }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NoHeaderError);
    expect((err as NoHeaderError).firstCells).toEqual(['a', 'b']);
  });

  it('rejects a never-closed quote at the line where its record starts', async () => {
    const csv = 'Date,Note\n01/01/2025,ok\n01/02/2025,"never closed\nmore\n';
    const err = await all((await readCsv(fileSourceFromBuffer(csv, 'q.csv'))).records).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).line).toBe(3);
  });

  it('rejects a record over MAX_RECORD_BYTES without reading the rest', async () => {
    let pulled = 0;
    const src: FileSource = {
      name: 'long.csv',
      size: 50 << 20,
      open: () =>
        Readable.from(
          (function* () {
            yield Buffer.from('Date,Note\n01/01/2025,ok\n\n01/02/2025,');
            for (let i = 0; i < 800; i++) {
              pulled++;
              yield Buffer.alloc(64 * 1024, 'x');
            }
          })(),
          { objectMode: false },
        ),
    };
    const err = await all((await readCsv(src)).records).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).line).toBe(4);
    expect(pulled * 64 * 1024).toBeLessThan(MAX_RECORD_BYTES * 4);
  });

  it('stops reading when the consumer stops', async () => {
    const big = 'Date,Amount\n' + '01/01/2025,1\n'.repeat(200_000);
    const table = await readCsv(fileSourceFromBuffer(big, 'b.csv'));
    let n = 0;
    for await (const _ of table.records) if (++n === 3) break;
    expect(n).toBe(3);
  });
});

describe('previewCsv', () => {
  it('guesses the header past an account summary and returns the first rows', async () => {
    const csv = 'Account Name:,Main\nAccount Number:,XXXX1234\n\nDate,Description,Amount,Balance\n03/02/2025,ADOBE,-54.99,100.00\n03/03/2025,SLACK,-8.75,91.25\n';
    const p = await previewCsv(fileSourceFromBuffer(csv, 'p.csv'), 1);
    expect(p).toEqual({ header: ['Date', 'Description', 'Amount', 'Balance'], headerLine: 4, delimiter: ',', rows: [['03/02/2025', 'ADOBE', '-54.99', '100.00']] });
  });
});
