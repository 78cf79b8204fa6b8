import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CARD_PRESETS, detectCardPreset, parseAmount, parseCardCsv, parseDate, type CardCsvOptions, type CardCsvStats } from './card-csv.js';
import { previewCsv } from './csv-read.js';
import { fileSourceFromBuffer, fileSourceFromPath } from './file-source.js';
import { FormatError, type BadRow, type FileSource, type TransactionRow } from './types.js';

const FIXTURES = join(import.meta.dirname, '../../../../../test/fixtures/imports/card-expense-csv');

async function parse(src: FileSource, opts: CardCsvOptions = {}): Promise<{ rows: (TransactionRow | BadRow)[]; stats: CardCsvStats }> {
  const stats: CardCsvStats = { skipped: 0 };
  const rows: (TransactionRow | BadRow)[] = [];
  for await (const r of parseCardCsv(src, { ...opts, stats })) rows.push(r);
  return { rows, stats };
}

const good = (rows: (TransactionRow | BadRow)[]): TransactionRow[] => rows.filter((r): r is TransactionRow => !r.bad);
const sum = (rows: TransactionRow[]): number => rows.reduce((s, r) => s + r.amountMinor, 0);
const fixture = (name: string): FileSource => fileSourceFromPath(join(FIXTURES, name));
const text = (s: string, name = 'test.csv'): FileSource => fileSourceFromBuffer(s, name);

interface Expectation {
  preset: string;
  count: number;
  sum: number;
  skipped?: number;
  order: string;
  /** Index into the rows and the fields it must have. */
  check: [number, Partial<TransactionRow>][];
}

const EXPECTED: Record<string, Expectation> = {
  'amex-activity-basic.csv': {
    preset: 'amex', count: 3, sum: -5501, order: 'mdy',
    check: [
      [0, { line: 2, date: '2025-03-02', amountMinor: 5499, currency: 'USD', description: 'ADOBE  *CREATIVE CLD', cardholder: 'ALICE EXAMPLE', account: '91005', externalId: null }],
      [2, { line: 4, date: '2025-03-28', amountMinor: -100000, description: 'AUTOPAY PAYMENT - THANK YOU' }],
    ],
  },
  'amex-activity-extended.csv': {
    preset: 'amex', count: 7, sum: -41311, order: 'mdy',
    check: [
      [0, {
        line: 2, date: '2025-03-02', amountMinor: 5499, currency: 'USD', description: 'ADOBE  *CREATIVE CLD ADOBE.LY/ENUS CA',
        externalId: '320250610000000001', category: 'Merchandise & Supplies-Computer Supplies', cardholder: 'ALICE EXAMPLE', merchant: null,
      }],
      [5, { line: 21, date: '2025-03-25', amountMinor: -1599, description: 'ZOOM.US 888-555-0101 CA' }],
    ],
  },
  'amex-uk-activity.csv': {
    preset: 'amex_uk', count: 3, sum: -47301, order: 'dmy',
    check: [
      [0, { line: 2, date: '2025-03-04', amountMinor: 1600, currency: 'GBP', description: 'MIRO.COM AMSTERDAM', externalId: 'AT250630000000001' }],
      [1, { line: 4, date: '2025-03-15', amountMinor: 1099, currency: 'GBP', description: 'CANVA* I04123-456789 SYDNEY' }],
    ],
  },
  'brex-card-transactions.csv': {
    preset: 'brex', count: 3, sum: 140950, skipped: 1, order: 'ymd',
    check: [
      [0, {
        line: 2, date: '2025-03-04', amountMinor: 8750, currency: 'USD', description: 'SLACK T02ABCDEF', merchant: 'Slack', cardholder: 'Alice Example',
        department: 'Marketing', category: 'Software', externalId: 'dtx_example000000000000001', account: '1005',
      }],
    ],
  },
  'capital-one-credit-card.csv': {
    preset: 'capital_one', count: 4, sum: -20758, order: 'ymd',
    check: [
      [1, { line: 3, date: '2025-03-06', amountMinor: 2100, currency: 'USD', description: 'GITHUB, INC.', category: 'Internet', account: '1005' }],
      [3, { line: 5, date: '2025-03-20', amountMinor: -30000, description: 'CAPITAL ONE MOBILE PYMT' }],
    ],
  },
  'chase-checking.csv': {
    preset: 'chase_checking', count: 4, sum: -223100, order: 'mdy',
    check: [
      [0, { line: 2, date: '2025-03-03', amountMinor: 11900, currency: 'USD', description: 'ORIG CO NAME:ATLASSIAN         ORIG ID:0000000000 DESC DATE:250303 CO ENTRY DESCR:SUBSCRIPT' }],
      [2, { line: 4, amountMinor: -500000 }],
      [3, { line: 5, date: '2025-03-24', amountMinor: 25000, description: 'CHECK 1042' }],
    ],
  },
  'chase-credit-card.csv': {
    preset: 'chase_credit', count: 6, sum: -36315, order: 'mdy',
    check: [
      [0, { line: 2, date: '2025-03-01', amountMinor: 7200, currency: 'USD', description: 'GOOGLE *WORKSPACE_examp', category: 'Professional Services' }],
      [4, { line: 6, amountMinor: -1500, description: 'FIGMA' }],
      [5, { line: 7, date: '2025-03-28', amountMinor: -50000, description: 'Payment Thank You-Mobile', category: null }],
    ],
  },
  'expensify-default-export.csv': {
    preset: 'expensify', count: 4, sum: 142435, order: 'ymd',
    check: [[0, { line: 2, date: '2025-03-04', amountMinor: 8750, currency: 'USD', description: 'Slack', mcc: '5734', category: 'Software' }]],
  },
  'mercury-transactions.csv': {
    preset: 'mercury', count: 4, sum: -133683, skipped: 1, order: 'mdy',
    check: [
      [0, { line: 2, date: '2025-03-02', amountMinor: 2000, currency: 'USD', description: 'NOTION LABS, INC.', merchant: 'Notion', cardholder: 'Alice Example', category: 'Software' }],
      [3, { line: 6, date: '2025-03-20', amountMinor: -500000, description: 'EXAMPLE CUSTOMER INC', merchant: 'Example Customer Inc', cardholder: null }],
    ],
  },
  'quickbooks-online-3-column.csv': {
    preset: 'quickbooks_3', count: 2, sum: -178720, order: 'mdy',
    check: [
      [0, { line: 2, date: '2025-03-02', amountMinor: 5499, currency: 'USD', description: 'ADOBE *CREATIVE CLD' }],
      [1, { line: 3, amountMinor: -184219, description: 'Stripe payout' }],
    ],
  },
  'quickbooks-online-4-column.csv': {
    preset: 'quickbooks_4', count: 2, sum: -178720, order: 'mdy',
    check: [
      [0, { line: 2, date: '2025-03-02', amountMinor: 5499, currency: 'USD', description: 'ADOBE *CREATIVE CLD' }],
      [1, { line: 3, date: '2025-03-20', amountMinor: -184219 }],
    ],
  },
  'ramp-transactions.csv': {
    preset: 'ramp', count: 3, sum: 35885, order: 'mdy',
    check: [
      [0, {
        line: 2, date: '2025-03-07', amountMinor: 4500, currency: 'USD', description: 'FIGMA', merchant: 'Figma', cardholder: 'Alice Example',
        department: 'Marketing', category: 'SaaS / Software', externalId: 'RAMP.00000000-0000-4000-8000-000000000001', account: '1005',
      }],
    ],
  },
  'revolut-business-statement.csv': {
    preset: 'revolut_business', count: 3, sum: 47556, skipped: 1, order: 'ymd',
    check: [
      [1, {
        line: 3, date: '2025-03-05', amountMinor: 1084, currency: 'EUR', description: 'Canva', cardholder: 'Alice Example', mcc: '5818',
        externalId: '00000000-0000-4000-8000-00000000r002',
      }],
      [2, { line: 4, date: '2025-03-10', amountMinor: 45000, description: 'To Personio GmbH', mcc: null }],
    ],
  },
  'xero-bank-statement-template.csv': {
    preset: 'xero', count: 2, sum: -178720, order: 'dmy',
    check: [
      [0, { line: 2, date: '2025-03-02', amountMinor: 5499, currency: 'USD', description: 'Adobe Creative Cloud All Apps' }],
      [1, { line: 3, date: '2025-03-20', amountMinor: -184219, description: 'Stripe Payout' }],
    ],
  },
};

describe('card CSV fixtures', () => {
  it('has an expectation for every fixture', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.csv')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, exp] of Object.entries(EXPECTED)) {
    it(`${file}: ${exp.preset}, ${exp.count} rows, sum ${exp.sum}`, async () => {
      const header = readFileSync(join(FIXTURES, file), 'utf8').split(/\r?\n/)[0].split(',');
      expect(detectCardPreset(header)?.preset).toBe(exp.preset);
      const { rows, stats } = await parse(fixture(file));
      expect(rows.filter((r) => r.bad)).toEqual([]);
      const ok = good(rows);
      expect(ok).toHaveLength(exp.count);
      expect(sum(ok)).toBe(exp.sum);
      expect(stats).toEqual({ skipped: exp.skipped ?? 0, dateOrder: exp.order, preset: exp.preset });
      for (const [i, fields] of exp.check) expect(ok[i]).toMatchObject(fields);
      // The same result when the preset is given instead of detected.
      expect(sum(good((await parse(fixture(file), { preset: exp.preset })).rows))).toBe(exp.sum);
    });
  }

  it('the generic CSV preview finds the same header, so format detection agrees', async () => {
    for (const [file, exp] of Object.entries(EXPECTED)) {
      const preview = await previewCsv(fixture(file), 1);
      expect(detectCardPreset(preview.header)?.preset, file).toBe(exp.preset);
      expect(preview.headerLine, file).toBe(1);
    }
  });

  it('amex extended: multi-line quoted fields keep each record at its starting line', async () => {
    const { rows } = await parse(fixture('amex-activity-extended.csv'));
    expect(rows.map((r) => r.line)).toEqual([2, 7, 10, 14, 19, 21, 23]);
  });
});

describe('detectCardPreset', () => {
  it('matches by names, not positions, ignoring case and stray spaces', () => {
    expect(detectCardPreset([' amount', 'SWIPE DATE (UTC) ', 'Posted Date (UTC)', 'merchant name', 'Statement Descriptor', 'Id'])?.preset).toBe('brex');
    expect(detectCardPreset(['Transaction Date', 'Amount', 'Cardholder Name', 'Merchant Name', 'Merchant Description'])?.preset).toBe('ramp');
    const mercury14 = 'Date (UTC),Description,Amount,Status,Source Account,Bank Description,Reference,Note,Last Four Digits,Name On Card,Category,GL Code,Timestamp,Original Currency';
    expect(detectCardPreset(mercury14.split(','))?.preset).toBe('mercury');
    expect(detectCardPreset(['Date', 'Description', 'Card Member', 'Account #', 'Amount'])?.preset).toBe('amex');
    expect(detectCardPreset(['Date', 'Description', 'Amount', 'Extended Details', 'Appears On Your Statement As'])?.preset).toBe('amex');
    expect(detectCardPreset(['Date', 'Amount', 'Payee', 'Description', 'Reference', 'Cheque Number'])?.preset).toBe('xero');
  });

  it('flags the header Amex (shortest) and QuickBooks share, and refuses custom layouts', () => {
    expect(detectCardPreset(['Date', 'Description', 'Amount'])).toEqual({ preset: 'quickbooks_3', score: 3, alternatives: ['amex'] });
    expect(detectCardPreset(['Date', 'Description', 'Amount', 'Project code'])).toBeNull();
    expect(detectCardPreset(['When', 'What', 'How much'])).toBeNull();
  });

  it('has unique ids', () => {
    const ids = CARD_PRESETS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['amex', 'amex_uk', 'chase_credit', 'chase_checking', 'capital_one', 'brex', 'ramp', 'expensify', 'mercury', 'revolut_business', 'quickbooks_3', 'quickbooks_4', 'xero']) {
      expect(ids).toContain(id);
    }
  });
});

describe('parseCardCsv', () => {
  const amexBasic = (dates: string[]): string =>
    'Date,Description,Card Member,Account #,Amount\r\n' + dates.map((d, i) => `${d},VENDOR ${i},ALICE EXAMPLE,-91005,${i + 1}.00\r\n`).join('');

  it('reports a bad date as a bad row with its line and column, and keeps the others', async () => {
    const { rows } = await parse(text(amexBasic(['03/02/2025', '32/13/2025', '03/28/2025'])));
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual({
      bad: true, line: 3, column: 'Date', reason: '"32/13/2025" is not a date (expected MM/DD/YYYY)', raw: '32/13/2025,VENDOR 1,ALICE EXAMPLE,-91005,2.00',
    });
    expect(good(rows).map((r) => r.date)).toEqual(['2025-03-02', '2025-03-28']);
  });

  it('reads a day-first file as day-first, for every row', async () => {
    const { rows, stats } = await parse(text(amexBasic(['04/03/2025', '15/03/2025', '01/02/2025'])));
    expect(stats.dateOrder).toBe('dmy');
    expect(good(rows).map((r) => r.date)).toEqual(['2025-03-04', '2025-03-15', '2025-02-01']);
  });

  it('reports a date that contradicts the decided order of the file as a bad row on its line', async () => {
    const { rows, stats } = await parse(text(amexBasic(['15/03/2025', '03/02/2025', '03/16/2025'])));
    expect(stats.dateOrder).toBe('dmy');
    const bad = rows.filter((r): r is BadRow => !!r.bad);
    expect(bad).toHaveLength(1);
    expect(bad[0]).toMatchObject({ line: 4, column: 'Date' });
    expect(bad[0].reason).toMatch(/month-first, but the file's other dates are day-first/);
  });

  it('decodes a Windows-1252 file', async () => {
    const bytes = Buffer.from('Date,Description,Amount\r\n03/02/2025,CAF\xc9 Z\xdcRICH \x80,-4.50\r\n', 'latin1');
    const { rows } = await parse(fileSourceFromBuffer(bytes, 'w.csv'));
    expect(good(rows)[0]).toMatchObject({ description: 'CAFÉ ZÜRICH €', amountMinor: 450 });
  });

  it('decodes UTF-16LE with a BOM', async () => {
    const csv = 'Transaction Date,Post Date,Description,Category,Type,Amount,Memo\r\n03/01/2025,03/02/2025,Café Zürich,Food & Drink,Sale,-72.00,\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]);
    const { rows, stats } = await parse(fileSourceFromBuffer(bytes, 'u16.csv'));
    expect(stats.preset).toBe('chase_credit');
    expect(good(rows)).toMatchObject([{ line: 2, description: 'Café Zürich', amountMinor: 7200, date: '2025-03-01' }]);
  });

  it('reads a ;-delimited decimal-comma file with a sep=; preamble and an account summary', async () => {
    const csv = [
      'sep=;',
      'Konto;DE00 1234 5678;EUR',
      '',
      'Transaction Date;Post Date;Description;Category;Type;Amount;Memo',
      '01/03/2025;02/03/2025;ATLASSIAN;Software;Sale;-1.234,56;',
      '15/03/2025;16/03/2025;"MIRO; NL";Software;Sale;-12,5;',
      '20/03/2025;21/03/2025;REFUND;;Return;7,00;',
    ].join('\r\n');
    const { rows, stats } = await parse(text(csv));
    expect(stats).toMatchObject({ preset: 'chase_credit', dateOrder: 'dmy' });
    expect(good(rows).map((r) => [r.line, r.date, r.description, r.amountMinor])).toEqual([
      [5, '2025-03-01', 'ATLASSIAN', 123456],
      [6, '2025-03-15', 'MIRO; NL', 1250],
      [7, '2025-03-20', 'REFUND', -700],
    ]);
  });

  it('rejects non-CSV and empty files', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await expect(parse(fileSourceFromBuffer(png, 'receipt.png'))).rejects.toThrow(/This is not a text file/);
    await expect(parse(text(''))).rejects.toThrow(/The file is empty/);
    await expect(parse(text('When,What,How much\n1,2,3\n'))).rejects.toThrow(/Unknown CSV layout.*map the columns.*When, What, How much/);
  });

  it('rejects a single 200 MB line at line 1, quickly and without reading it all', async () => {
    let pulled = 0;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const src: FileSource = {
      name: 'huge.csv',
      size: 200 << 20,
      open: () =>
        Readable.from(
          (function* () {
            for (let i = 0; i < (200 << 20) / chunk.length; i++) {
              pulled++;
              yield chunk;
            }
          })(),
          { objectMode: false },
        ),
    };
    const started = Date.now();
    const err = await parse(src).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).line).toBe(1);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(pulled * chunk.length).toBeLessThan(8 << 20);
  });

  it('rejects a 200 MB data line at its line, with a valid header before it', async () => {
    let pulled = 0;
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const src: FileSource = {
      name: 'huge.csv',
      size: 200 << 20,
      open: () =>
        Readable.from(
          (function* () {
            yield Buffer.from('Date,Description,Card Member,Account #,Amount\n03/02/2025,ADOBE,ALICE,-91005,1.00\n03/03/2025,');
            for (let i = 0; i < (200 << 20) / chunk.length; i++) {
              pulled++;
              yield chunk;
            }
          })(),
          { objectMode: false },
        ),
    };
    const err = await parse(src).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FormatError);
    expect((err as FormatError).line).toBe(3);
    expect(pulled * chunk.length).toBeLessThan(8 << 20);
  });

  it('reports a bad amount and too many fields as bad rows', async () => {
    const csv = 'Date,Description,Card Member,Account #,Amount\n03/02/2025,A,X,-1,12.3.4\n03/03/2025,B,X,-1,\n03/04/2025,C,X,-1,1.00,surprise\n';
    const { rows } = await parse(text(csv));
    expect(rows).toMatchObject([
      { bad: true, line: 2, column: 'Amount', reason: '"12.3.4" is not an amount' },
      { bad: true, line: 3, column: 'Amount', reason: 'The amount is empty' },
      { bad: true, line: 4, reason: 'The row has 6 fields but the header has 5 columns' },
    ]);
  });

  it('tells Amex’s shortest export from a QuickBooks upload by which sign most rows have', async () => {
    const amex = 'Date,Description,Amount\n03/02/2025,ADOBE,54.99\n03/03/2025,SLACK,8.75\n03/28/2025,PAYMENT,-63.74\n';
    const a = await parse(text(amex));
    expect(a.stats.preset).toBe('amex');
    expect(good(a.rows).map((r) => r.amountMinor)).toEqual([5499, 875, -6374]);
    const qb = 'Date,Description,Amount\n03/02/2025,ADOBE,-54.99\n03/03/2025,SLACK,-8.75\n03/28/2025,PAYOUT,63.74\n';
    const q = await parse(text(qb));
    expect(q.stats.preset).toBe('quickbooks_3');
    expect(good(q.rows).map((r) => r.amountMinor)).toEqual([5499, 875, -6374]);
  });

  it('follows a column mapping, with its sign, date order and currency', async () => {
    const csv = 'Booked;Payee;Out;In;Who\n2025-03-02;Adobe;54,99;;ann@example.com\n03.04.2025;Refund;;5,00;ann@example.com\n';
    const { rows, stats } = await parse(text(csv), {
      mapping: { date: 'Booked', description: 'payee', debit: 'Out', credit: 'In', cardholder: 'Who', defaultCurrency: 'eur', dateOrder: 'dmy' },
    });
    expect(stats).toMatchObject({ preset: 'mapping', dateOrder: 'dmy' });
    expect(good(rows)).toMatchObject([
      { line: 2, date: '2025-03-02', amountMinor: 5499, currency: 'EUR', description: 'Adobe', cardholder: 'ann@example.com' },
      { line: 3, date: '2025-04-03', amountMinor: -500, currency: 'EUR', description: 'Refund' },
    ]);
    const signed = await parse(text('d,t,v\n03/02/2025,x,-1.50\n'), { mapping: { date: 'd', description: 't', amount: 'v', spendSign: 'negative' } });
    expect(good(signed.rows)[0]).toMatchObject({ amountMinor: 150, currency: 'USD', date: '2025-03-02' });
    await expect(parse(text('a,b\n1,2\n'), { mapping: { date: 'd', description: 't', amount: 'v' } })).rejects.toThrow(/mapped columns "d", "v", "t"/);
    await expect(parse(text('a,b\n1,2\n'), { preset: 'nope' })).rejects.toThrow(/Unknown card CSV preset/);
  });

  it('reports progress that only moves forward', async () => {
    const seen: number[] = [];
    const src = fixture('amex-activity-extended.csv');
    for await (const _ of parseCardCsv(src, { onBytes: (n) => seen.push(n) })) void _;
    expect(seen.length).toBeGreaterThan(0);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.at(-1)).toBe(src.size);
  });
});

describe('parseAmount', () => {
  it('converts exactly to minor units', () => {
    expect(parseAmount('0.29')).toBe(29);
    expect(parseAmount('1,234.56')).toBe(123456);
    expect(parseAmount('(12.00)')).toBe(-1200);
    expect(parseAmount('12.00-')).toBe(-1200);
    expect(parseAmount('-$1,000.10')).toBe(-100010);
    expect(parseAmount('$-5')).toBe(-500);
    expect(parseAmount('£ 3.5')).toBe(350);
    expect(parseAmount('€12,50')).toBe(1250);
    expect(parseAmount('1.234,56')).toBe(123456);
    expect(parseAmount('1,234')).toBe(123400);
    expect(parseAmount('1.234', 2, true)).toBe(123400);
    expect(parseAmount('-1.234,5', 2, true)).toBe(-123450);
    expect(parseAmount('12.50', 2, true)).toBe(1250);
    expect(parseAmount('1.005')).toBe(101);
    expect(parseAmount('2700', 0)).toBe(2700);
    expect(parseAmount('-0.00')).toBe(0);
    for (const bad of ['', '-', 'abc', '1.2.3', '12e3', '1,23,4']) expect(parseAmount(bad)).toBeNull();
  });
});

describe('parseDate', () => {
  it('reads the formats the exports use', () => {
    expect(parseDate('03/02/2025', 'mdy')).toBe('2025-03-02');
    expect(parseDate('03/02/2025', 'dmy')).toBe('2025-02-03');
    expect(parseDate('03/07/25', 'mdy')).toBe('2025-03-07');
    expect(parseDate('03-02-2025', 'mdy')).toBe('2025-03-02');
    expect(parseDate('2025-03-31T23:30:00Z', 'mdy')).toBe('2025-03-31');
    expect(parseDate('2025-03-04 00:00:00', 'dmy')).toBe('2025-03-04');
    expect(parseDate('4 Mar 2025', 'mdy')).toBe('2025-03-04');
    expect(parseDate('Mar 4, 2025', 'dmy')).toBe('2025-03-04');
    expect(parseDate('02/29/2025', 'mdy')).toBeNull();
    expect(parseDate('32/13/2025', 'dmy')).toBeNull();
    expect(parseDate('soon', 'mdy')).toBeNull();
  });
});
