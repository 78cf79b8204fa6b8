import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { INTERRUPT_CODES, parseEntra, parseInstant, sniffEntra, type EntraStats } from './entra.js';
import { fileSourceFromBuffer, fileSourceFromPath } from './file-source.js';
import { FormatError, MAX_RECORD_BYTES, type BadRow, type FileSource, type SignInRow } from './types.js';

const DIR = path.resolve(import.meta.dirname, '../../../../../test/fixtures/imports/entra-signin-logs');
const read = (name: string): string => fs.readFileSync(path.join(DIR, name), 'utf8');
const fixture = (name: string): FileSource => fileSourceFromPath(path.join(DIR, name));
const text = (s: string | Buffer, name = 'signins.csv'): FileSource => fileSourceFromBuffer(s, name);

type Row = SignInRow | BadRow;

async function parse(src: FileSource, onBytes?: (n: number) => void): Promise<{ rows: Row[]; stats: EntraStats }> {
  const stats: EntraStats = { skipped: 0 };
  const rows: Row[] = [];
  for await (const r of parseEntra(src, { stats, onBytes })) rows.push(r);
  return { rows, stats };
}
const rowsOf = async (src: FileSource): Promise<Row[]> => (await parse(src)).rows;

async function failure(src: FileSource): Promise<FormatError> {
  const err = await parse(src).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FormatError);
  return err as FormatError;
}

const signin = (r: Omit<SignInRow, 'kind' | 'appAlternate' | 'source'>): SignInRow => ({ kind: 'signin', appAlternate: null, source: 'entra', ...r });

// The constructed Graph page and the portal CSV describe the same sign-ins (the CSV lacks Teams and Exchange).
const ALICE = { user: 'alice@example.com', userName: 'Alice Example', ip: '203.0.113.20' };
const BOB = { user: 'bob@example.com', userName: 'Bob Example', ip: '198.51.100.44' };
const SALESFORCE = { externalId: 'a0000000-0000-4000-8000-000000000006', at: '2025-03-03T10:04:19.000Z', ...ALICE, appName: 'Salesforce', appId: 'aaaaaaaa-0000-4000-8000-00000000a001', outcome: 'success' } as const;
const ZOOM_FAILED = { externalId: 'a0000000-0000-4000-8000-000000000005', at: '2025-03-03T09:52:10.000Z', ...BOB, appName: 'Zoom', appId: 'aaaaaaaa-0000-4000-8000-00000000a002', outcome: 'failure' } as const;
const ZOOM_MFA = { externalId: 'a0000000-0000-4000-8000-000000000004', at: '2025-03-03T09:51:30.000Z', ...BOB, appName: 'Zoom', appId: 'aaaaaaaa-0000-4000-8000-00000000a002', outcome: 'interrupted' } as const;
const TEAMS = { externalId: 'a0000000-0000-4000-8000-000000000003', at: '2025-03-03T09:40:02.000Z', ...ALICE, appName: 'Microsoft Teams', appId: '1fec8e78-bce4-4aaf-ab1b-5451cc387264', outcome: 'success' } as const;
const SLACK = { externalId: 'a0000000-0000-4000-8000-000000000002', at: '2025-03-03T09:15:45.000Z', ...ALICE, appName: 'Slack', appId: 'aaaaaaaa-0000-4000-8000-00000000a003', outcome: 'success' } as const;
const EXCHANGE = { externalId: 'a0000000-0000-4000-8000-000000000001', at: '2025-03-03T09:00:02.000Z', ...ALICE, appName: 'Office 365 Exchange Online', appId: '00000002-0000-0ff1-ce00-000000000000', outcome: 'success' } as const;
const PAGE_ROWS = [SALESFORCE, ZOOM_FAILED, ZOOM_MFA, TEAMS, SLACK, EXCHANGE];
const CSV_ROWS = [SALESFORCE, ZOOM_FAILED, ZOOM_MFA, SLACK];

const PAGE = read('constructed-graph-signins-page.json');
const DOCS = read('graph-docs-list-signins-example.json');
const PORTAL = read('constructed-portal-InteractiveSignIns.csv');

describe('Entra fixtures', () => {
  it('reads the Graph documentation example (the fixture has Microsoft’s trailing comma removed)', async () => {
    const { rows, stats } = await parse(fixture('graph-docs-list-signins-example.json'));
    expect(rows).toEqual([
      signin({
        line: 5,
        externalId: '66ea54eb-6301-4ee5-be62-ff5a759b0100',
        at: '2020-03-13T19:15:41.619Z',
        user: 'testaccount1@contoso.com',
        userName: 'Test Contoso',
        appName: 'Graph explorer',
        appId: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064',
        outcome: 'success',
        ip: '131.107.159.37',
      }),
    ]);
    expect(stats.skipped).toBe(0);
  });

  it('reads the constructed Graph page: success, a 50126 failure, a 50074 interrupt, first-party apps by name', async () => {
    const { rows, stats } = await parse(fixture('constructed-graph-signins-page.json'));
    expect(rows).toEqual([
      signin({ line: 5, ...SALESFORCE }),
      signin({ line: 52, ...ZOOM_FAILED }),
      signin({ line: 99, ...ZOOM_MFA }),
      signin({ line: 146, ...TEAMS }),
      signin({ line: 193, ...SLACK }),
      signin({ line: 240, ...EXCHANGE }),
    ]);
    expect(stats.skipped).toBe(0);
  });

  it('reads the portal CSV (55 columns, trailing spaces, a double space, a duplicated column) by its Status column', async () => {
    const { rows, stats } = await parse(fixture('constructed-portal-InteractiveSignIns.csv'));
    expect(rows).toEqual([signin({ line: 2, ...SALESFORCE }), signin({ line: 3, ...ZOOM_FAILED }), signin({ line: 4, ...ZOOM_MFA }), signin({ line: 5, ...SLACK })]);
    expect(stats).toEqual({ skipped: 0, dateOrder: 'mdy' });
  });

  it('sniffs every fixture', () => {
    expect(sniffEntra(DOCS, 'signins.json')).toBe('entra_json');
    expect(sniffEntra(PAGE, 'page.json')).toBe('entra_json');
    expect(sniffEntra(PORTAL, 'InteractiveSignIns_2025-03-03_2025-03-04.csv')).toBe('entra_csv');
  });

  it('reports progress up to the file size', async () => {
    for (const name of ['constructed-graph-signins-page.json', 'constructed-portal-InteractiveSignIns.csv']) {
      const seen: number[] = [];
      await parse(fixture(name), (n) => seen.push(n));
      expect(seen.at(-1)).toBe(fs.statSync(path.join(DIR, name)).size);
    }
  });
});

// ---------------------------------------------------------------------------------------------------
// Portal CSV variants, built from the fixture's header and cells.

const portalLines = PORTAL.trimEnd().split('\n');
const HEADER = portalLines[0].slice(1, -1).split('","');
const CELLS = portalLines.slice(1).map((l) => l.slice(1, -1).split('","'));
const quote = (c: string): string => `"${c.replace(/"/g, '""')}"`;
const toCsv = (header: string[], rows: string[][], eol = '\n'): string => [header, ...rows].map((r) => r.map(quote).join(',')).join(eol) + eol;
const col = (name: string): number => HEADER.indexOf(name);
/** The fixture with one cell of one data row (0-based) replaced. */
function withCell(row: number, name: string, value: string): string {
  return toCsv(HEADER, CELLS.map((r, i) => (i === row ? r.map((c, j) => (j === col(name) ? value : c)) : r)));
}
const csvRows = (lines: number[]): SignInRow[] => CSV_ROWS.map((r, i) => signin({ line: lines[i], ...r }));

describe('Entra portal CSV layouts', () => {
  it('the fixture has the vendor quirks it claims', () => {
    expect(HEADER).toHaveLength(55);
    expect(HEADER).toContain('Application ID ');
    expect(HEADER).toContain('Autonomous system  number');
    expect(HEADER.filter((h) => h === 'Incoming token type')).toHaveLength(2);
  });

  it('finds columns by name when they come in another order', async () => {
    const reversed = toCsv([...HEADER].reverse(), CELLS.map((r) => [...r].reverse()));
    expect(await rowsOf(text(reversed))).toEqual(csvRows([2, 3, 4, 5]));
  });

  it('reads the older 49-column layout and a newer one with owner-tenant columns', async () => {
    const dropped = ['Session ID', 'Through Global Secure Access', 'Global Secure Access IP address', 'Federated Token Id', 'Federated Token Issuer', 'Token Protection - Sign In Session StatusCode'];
    const keep = HEADER.map((h, i) => (dropped.includes(h) ? -1 : i)).filter((i) => i >= 0);
    const narrow = toCsv(
      keep.map((i) => HEADER[i]),
      CELLS.map((r) => keep.map((i) => r[i])),
    );
    expect(keep).toHaveLength(49);
    expect(await rowsOf(text(narrow))).toEqual(csvRows([2, 3, 4, 5]));

    const insertAfter = (r: string[], a: string, b: string): string[] => {
      const out = [...r];
      out.splice(col('Resource ID ') + 1, 0, b);
      out.splice(col('Application ID ') + 1, 0, a);
      return out;
    };
    const wide = toCsv(
      insertAfter(HEADER, 'App owner tenant ID', 'Resource owner tenant ID'),
      CELLS.map((r) => insertAfter(r, 'f8cdef31-a31e-4b4a-93e4-5f571e91255a', '00000000-0000-4000-8000-0000000000aa')),
    );
    expect(await rowsOf(text(wide))).toEqual(csvRows([2, 3, 4, 5]));
  });

  it('matches headers trimmed, case-folded and with inner spaces collapsed', async () => {
    const renamed = HEADER.map((h) =>
      h === 'Date (UTC)' ? '  date  (utc) ' : h === 'Username' ? 'USERNAME ' : h === 'Status' ? ' Status' : h === 'IP address' ? 'IP  Address' : h === 'Application' ? 'Application   ' : h,
    );
    expect(await rowsOf(text(toCsv(renamed, CELLS)))).toEqual(csvRows([2, 3, 4, 5]));
  });

  it('takes the first non-empty cell of a duplicated column', async () => {
    const header = [...HEADER, 'Application', 'Username'];
    const cells = CELLS.map((r, i) => {
      const out = [...r, i === 0 ? 'Salesforce' : 'Not this one', i === 1 ? 'bob@example.com' : 'nobody@example.com'];
      if (i === 0) out[col('Application')] = '';
      if (i === 1) out[col('Username')] = '';
      return out;
    });
    expect(await rowsOf(text(toCsv(header, cells)))).toEqual(csvRows([2, 3, 4, 5]));
  });

  it('reads CRLF line ends and a semicolon-separated re-save', async () => {
    expect(await rowsOf(text(toCsv(HEADER, CELLS, '\r\n')))).toEqual(csvRows([2, 3, 4, 5]));
    const semi = [HEADER, ...CELLS].map((r) => r.map(quote).join(';')).join('\n');
    expect(await rowsOf(text(semi))).toEqual(csvRows([2, 3, 4, 5]));
  });

  it('takes Success / Failure / Interrupted from Status, whatever the code says', async () => {
    const rows = await rowsOf(text(withCell(0, 'Status', 'Interrupted')));
    expect(rows[0]).toEqual(signin({ line: 2, ...SALESFORCE, outcome: 'interrupted' }));
    expect((await rowsOf(text(withCell(2, 'Status', 'Failure'))))[2]).toMatchObject({ line: 4, outcome: 'failure' });
  });

  it('falls back on the error code when Status is empty', async () => {
    const cases: [string, string, string, SignInRow['outcome']][] = [
      ['0', '', 'Other.', 'success'],
      ['50140', '', "This occurred due to 'Keep me signed in' interrupt when the user was signing in.", 'interrupted'],
      ['50076', '', 'Due to a configuration change made by your administrator, you must use multi-factor authentication.', 'interrupted'],
      ['50199', '', 'For security reasons, user confirmation is required for this request. Interrupt is shown.', 'interrupted'],
      ['53003', '', 'Access has been blocked by Conditional Access policies.', 'failure'],
      ['50126', '', 'Error validating credentials due to invalid username or password.', 'failure'],
    ];
    for (const [code, status, reason, outcome] of cases) {
      const cells = CELLS.map((r, i) => (i === 0 ? r.map((c, j) => (j === col('Sign-in error code') ? code : j === col('Status') ? status : j === col('Failure reason') ? reason : c)) : r));
      expect((await rowsOf(text(toCsv(HEADER, cells))))[0], code).toEqual(signin({ line: 2, ...SALESFORCE, outcome }));
    }
  });

  it('makes a bad row of a record without status and code, or with a code that is no number', async () => {
    const none = CELLS.map((r, i) => (i === 1 ? r.map((c, j) => (j === col('Status') || j === col('Sign-in error code') ? '' : c)) : r));
    const rows = await rowsOf(text(toCsv(HEADER, none)));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatchObject({ bad: true, line: 3, column: 'Status', reason: 'The sign-in has neither a status nor an error code' });
    const word = CELLS.map((r, i) => (i === 1 ? r.map((c, j) => (j === col('Status') ? '' : j === col('Sign-in error code') ? 'E_FAIL' : c)) : r));
    expect((await rowsOf(text(toCsv(HEADER, word))))[1]).toMatchObject({ bad: true, line: 3, column: 'Sign-in error code', reason: '"E_FAIL" is not a sign-in error code' });
  });

  it('makes a bad row of a bad or missing date, with its line and column, and reads the other rows', async () => {
    const rows = await rowsOf(text(withCell(2, 'Date (UTC)', '2025-13-03T09:51:30Z')));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(signin({ line: 2, ...SALESFORCE }));
    expect(rows[2]).toMatchObject({ bad: true, line: 4, column: 'Date (UTC)', reason: '"2025-13-03T09:51:30Z" is not a date and time' });
    expect((rows[2] as BadRow).raw).toMatch(/^2025-13-03T09:51:30Z,a0000000-0000-4000-8000-000000000004,"Mozilla\/5.0 \(Windows NT 10.0; Win64; x64\) AppleWebKit\/537.36 \(KHTML, like Gecko\)/);
    expect((rows[2] as BadRow).raw).toHaveLength(500);
    expect(rows[3]).toEqual(signin({ line: 5, ...SLACK }));

    const empty = await rowsOf(text(withCell(1, 'Date (UTC)', '')));
    expect(empty[1]).toMatchObject({ bad: true, line: 3, column: 'Date (UTC)', reason: 'The sign-in has no date' });
    const noon = await rowsOf(text(withCell(1, 'Date (UTC)', '2025-03-03T25:00:00Z')));
    expect(noon[1]).toMatchObject({ bad: true, line: 3, column: 'Date (UTC)' });
  });

  it('reports a row with more fields than the header', async () => {
    const extra = toCsv(HEADER, CELLS.map((r, i) => (i === 3 ? [...r, 'surprise'] : r)));
    const rows = await rowsOf(text(extra));
    expect(rows[3]).toMatchObject({ bad: true, line: 5, reason: 'The row has 56 fields but the header has 55 columns' });
  });

  it('reads locale dates from an Excel re-save: month-first with AM/PM, day-first decided by the file', async () => {
    const us = [
      ['3/3/2025 10:04:19 AM', '3/3/2025 9:52:10 AM', '3/3/2025 9:51:30 AM', '3/3/2025 12:15:45 PM'],
      ['2025-03-03T10:04:19.000Z', '2025-03-03T09:52:10.000Z', '2025-03-03T09:51:30.000Z', '2025-03-03T12:15:45.000Z'],
    ];
    const usRows = await parse(text(toCsv(HEADER, CELLS.map((r, i) => r.map((c, j) => (j === col('Date (UTC)') ? us[0][i] : c))))));
    expect(usRows.rows.map((r) => (r as SignInRow).at)).toEqual(us[1]);
    expect(usRows.stats.dateOrder).toBe('mdy');

    const eu = ['05/01/2024 10:11:12', '05/01/2024 09:00:00', '13/01/2024 23:59:59', '03/02/2024 00:00:01'];
    const euRows = await parse(text(toCsv(HEADER, CELLS.map((r, i) => r.map((c, j) => (j === col('Date (UTC)') ? eu[i] : c))))));
    expect(euRows.stats.dateOrder).toBe('dmy');
    expect(euRows.rows.map((r) => (r as SignInRow).at)).toEqual(['2024-01-05T10:11:12.000Z', '2024-01-05T09:00:00.000Z', '2024-01-13T23:59:59.000Z', '2024-02-03T00:00:01.000Z']);

    const mixed = ['13/01/2024 10:00:00', '01/14/2024 10:00:00', '05/01/2024 10:00:00', '05/01/2024 10:00:00'];
    const mixedRows = await rowsOf(text(toCsv(HEADER, CELLS.map((r, i) => r.map((c, j) => (j === col('Date (UTC)') ? mixed[i] : c))))));
    expect(mixedRows[0]).toMatchObject({ at: '2024-01-13T10:00:00.000Z' });
    expect(mixedRows[1]).toMatchObject({ bad: true, line: 3, column: 'Date (UTC)', reason: '"01/14/2024 10:00:00" is month-first, but the file\'s other dates are day-first' });
  });

  it('reads the service-principal file, which has no user columns', async () => {
    const csv = [
      '"Date (UTC)","Request ID","Correlation ID","Service principal ID","Service principal name","Credential key ID","Credential thumbprint","Application","Application ID ","Resource","Resource ID ","IP address","Status","Sign-in error code","Failure reason","Conditional Access"',
      '"2025-03-03T08:00:00Z","b0000000-0000-4000-8000-000000000001","c1","sp1","Nightly sync","","","Nightly sync","aaaaaaaa-0000-4000-8000-00000000a009","Microsoft Graph","00000003-0000-0000-c000-000000000000","192.0.2.7","Success","0","","Not Applied"',
    ].join('\n');
    expect(await rowsOf(text(csv, 'ApplicationSignIns_2025-03-03.csv'))).toEqual([
      signin({ line: 2, externalId: 'b0000000-0000-4000-8000-000000000001', at: '2025-03-03T08:00:00.000Z', user: null, userName: null, appName: 'Nightly sync', appId: 'aaaaaaaa-0000-4000-8000-00000000a009', outcome: 'success', ip: '192.0.2.7' }),
    ]);
  });

  it('reads a Log Analytics CSV export (PascalCase columns, ResultType as text, Status as JSON)', async () => {
    const csv = [
      'TenantId,TimeGenerated [UTC],Id,UserPrincipalName,UserDisplayName,AppDisplayName,AppId,IPAddress,ResultType,ResultDescription,Status',
      't1,"3/3/2025, 10:04:19.123 AM",a0000000-0000-4000-8000-000000000006,Alice@Example.com,Alice Example,Salesforce,aaaaaaaa-0000-4000-8000-00000000a001,203.0.113.20,0,,"{""errorCode"":0}"',
      't1,"3/3/2025, 9:51:30.000 AM",a0000000-0000-4000-8000-000000000004,bob@example.com,Bob Example,Zoom,aaaaaaaa-0000-4000-8000-00000000a002,198.51.100.44,,,"{""errorCode"":50074,""failureReason"":""Strong Authentication is required.""}"',
      't1,"3/3/2025, 9:52:10.000 AM",a0000000-0000-4000-8000-000000000005,bob@example.com,Bob Example,Zoom,aaaaaaaa-0000-4000-8000-00000000a002,198.51.100.44,50126,Invalid username or password,',
    ].join('\r\n');
    expect(sniffEntra(csv, 'query_data.csv')).toBe('entra_csv');
    expect(await rowsOf(text(csv, 'query_data.csv'))).toEqual([
      signin({ line: 2, ...SALESFORCE, at: '2025-03-03T10:04:19.123Z' }),
      signin({ line: 3, ...ZOOM_MFA }),
      signin({ line: 4, ...ZOOM_FAILED }),
    ]);
  });

  it('skips a sign-in that names no application, and counts it', async () => {
    const cells = CELLS.map((r, i) => (i === 3 ? r.map((c, j) => (j === col('Application') || j === col('Application ID ') ? '' : c)) : r));
    const { rows, stats } = await parse(text(toCsv(HEADER, cells)));
    expect(rows).toEqual(csvRows([2, 3, 4, 5]).slice(0, 3));
    expect(stats.skipped).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------------
// JSON shapes

describe('Entra JSON shapes', () => {
  it('tolerates Microsoft’s published example as is, trailing comma included', async () => {
    const original = DOCS.replace(/(\n {16}\})(\n {12}\]\n {8}\}\n {4}\]\n\}\s*)$/, '$1,$2');
    expect(original).not.toBe(DOCS);
    expect(() => JSON.parse(original)).toThrow();
    expect(await rowsOf(text(original, 'signins.json'))).toEqual(await rowsOf(fixture('graph-docs-list-signins-example.json')));
  });

  it('tolerates trailing commas elsewhere but leaves commas inside strings alone', async () => {
    const json = PAGE.replace('"failureReason": "Strong Authentication is required.",', '"failureReason": "Strong, ] Authentication is required.",')
      .replace(/("appliedConditionalAccessPolicies": \[\]\n {4}\})(\n {2}\]\n\})$/, '$1,$2')
      .replace('"altitude": null,\n          "latitude": null,\n          "longitude": null', '"altitude": null,\n          "latitude": null,\n          "longitude": null,');
    expect(await rowsOf(text(json, 'page.json'))).toEqual(PAGE_ROWS.map((r, i) => signin({ line: 5 + 47 * i, ...r })));
  });

  it('gives the same rows when the bytes arrive a few at a time (commas, quotes and escapes cut between chunks)', async () => {
    // A later duplicate key wins, so this renames Bob in the interrupted sign-in.
    const page = PAGE.replace('"correlationId": "00000000-0000-4000-8000-000000000004",', '"userDisplayName": "He said \\"no\\\\\\", ]",').replace(/(\n {4}\})(\n {2}\]\n\})$/, '$1 ,\n \n$2');
    const many = Array.from({ length: 12 }, () => page).join('\n');
    expect(many.length).toBeGreaterThan(96 * 1024);
    const bytes = Buffer.from(many);
    const tiny: FileSource = {
      name: 'pages.json',
      size: bytes.length,
      open: () =>
        Readable.from(
          (function* () {
            for (let i = 0; i < bytes.length; i += 3) yield bytes.subarray(i, i + 3);
          })(),
          { objectMode: false },
        ),
    };
    const rows = await rowsOf(tiny);
    expect(rows).toHaveLength(72);
    expect(rows).toEqual(await rowsOf(text(many, 'pages.json')));
    expect(rows[71]).toEqual(signin({ line: 11 * 290 + 240, ...EXCHANGE }));
    expect(rows[2]).toEqual(signin({ line: 99, ...ZOOM_MFA, userName: 'He said "no\\", ]' }));
  });

  it('fails on truncated JSON, naming the last line read', async () => {
    const cut = PAGE.split('\n').slice(0, 120).join('\n');
    const err = await failure(text(cut, 'page.json'));
    expect(err.message).toMatch(/ends too early/);
    expect(err.line).toBe(120);
  });

  it('fails on other invalid JSON with the line of the error', async () => {
    const lines = PAGE.split('\n');
    expect(lines[58]).toBe('      "appDisplayName": "Zoom",');
    lines[58] = '      "appDisplayName": "Zoom"';
    const err = await failure(text(lines.join('\n'), 'page.json'));
    expect(err.message).toMatch(/^line 60: Not valid JSON/);
    expect(err.line).toBe(60);
  });

  it('fails on an empty, blank, non-text or non-sign-in file', async () => {
    expect((await failure(text(''))).message).toBe('The file is empty');
    expect((await failure(text(' \n\r\n\t'))).message).toBe('The file is empty');
    expect((await failure(text('Dear IT,\nplease find the sign-ins attached.\n', 'letter.txt'))).message).toMatch(/No Entra sign-in header found.*The first line has: Dear IT/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await failure(text(png, 'signins.png'))).message).toMatch(/not a text file \(it is a PNG image\)/);
    expect((await failure(text('{"oops": tru}', 'x.json'))).line).toBe(1);
    expect((await failure(text(`${PAGE}\n"and a trailing remark"`, 'x.json'))).message).toBe('line 289: Expected sign-ins: a JSON object or array');
  });

  it('reads the portal’s JSON download: a plain array of Graph sign-ins', async () => {
    const value = (JSON.parse(PAGE) as { value: unknown[] }).value;
    const json = JSON.stringify(value, null, 2);
    expect(sniffEntra(json, 'InteractiveSignIns_2025-03-03.json')).toBe('entra_json');
    expect(await rowsOf(text(json, 'InteractiveSignIns_2025-03-03.json'))).toEqual(PAGE_ROWS.map((r, i) => signin({ line: 2 + 47 * i, ...r })));
    expect(await rowsOf(text('[]', 'empty.json'))).toEqual([]);
  });

  it('reads several pages: concatenated, or in an array, ignoring @odata.nextLink', async () => {
    expect(await rowsOf(text(`${PAGE}\n${PAGE}`, 'pages.json'))).toEqual([
      ...PAGE_ROWS.map((r, i) => signin({ line: 5 + 47 * i, ...r })),
      ...PAGE_ROWS.map((r, i) => signin({ line: 293 + 47 * i, ...r })),
    ]);
    const page = JSON.parse(PAGE) as unknown;
    expect(await rowsOf(text(JSON.stringify([page, page]), 'pages.json'))).toEqual([...PAGE_ROWS, ...PAGE_ROWS].map((r) => signin({ line: 1, ...r })));
  });

  it('reads Log Analytics JSON rows (PascalCase, ResultType as text, Status as a JSON string)', async () => {
    const json = `[
  {"TimeGenerated": "2025-03-03T10:04:19.1234567Z", "Id": "a0000000-0000-4000-8000-000000000006", "UserPrincipalName": "ALICE@example.com", "UserDisplayName": "Alice Example", "AppDisplayName": "Salesforce", "AppId": "aaaaaaaa-0000-4000-8000-00000000a001", "IPAddress": "203.0.113.20", "ResultType": "0", "Status": "{\\"errorCode\\":0}"},
  {"TimeGenerated": "2025-03-03T09:52:10Z", "Id": "a0000000-0000-4000-8000-000000000005", "CorrelationId": "c5", "UserPrincipalName": "bob@example.com", "UserDisplayName": "Bob Example", "AppDisplayName": "Zoom", "AppId": "aaaaaaaa-0000-4000-8000-00000000a002", "IPAddress": "198.51.100.44", "ResultType": "50126", "ResultDescription": "Invalid username or password."},
  {"TimeGenerated": "2025-03-03T10:51:30+01:00", "Id": "a0000000-0000-4000-8000-000000000004", "UserPrincipalName": "bob@example.com", "UserDisplayName": "Bob Example", "AppDisplayName": "Zoom", "AppId": "aaaaaaaa-0000-4000-8000-00000000a002", "IPAddress": "198.51.100.44", "ResultType": "", "Status": "{\\"errorCode\\":50074}"}
]`;
    expect(sniffEntra(json, 'query.json')).toBe('entra_json');
    expect(await rowsOf(text(json, 'query.json'))).toEqual([
      signin({ line: 2, ...SALESFORCE, at: '2025-03-03T10:04:19.123Z' }),
      signin({ line: 3, ...ZOOM_FAILED }),
      signin({ line: 4, ...ZOOM_MFA }),
    ]);
  });

  it('reads diagnostic-settings records (sign-in under properties) as JSON lines and as an Event Hub message', async () => {
    const value = (JSON.parse(PAGE) as { value: Record<string, unknown>[] }).value;
    const records = value.slice(0, 3).map((p) => ({ time: p.createdDateTime, category: 'SignInLogs', resultType: '0', callerIpAddress: '192.0.2.1', properties: p }));
    const lines = records.map((r) => JSON.stringify(r)).join('\n');
    expect(await rowsOf(text(lines, 'PT1H.json'))).toEqual([SALESFORCE, ZOOM_FAILED, ZOOM_MFA].map((r, i) => signin({ line: i + 1, ...r })));
    const hub = JSON.stringify({ records }, null, 1);
    expect((await rowsOf(text(hub, 'eventhub.json'))).map((r) => (r as SignInRow).outcome)).toEqual(['success', 'failure', 'interrupted']);
  });

  it('reads PowerShell 5 ConvertTo-Json output (PascalCase, /Date(ms)/)', async () => {
    const json = JSON.stringify([
      {
        Id: 'a0000000-0000-4000-8000-000000000004',
        CreatedDateTime: '/Date(1740996259000)/',
        UserPrincipalName: 'bob@example.com',
        UserDisplayName: 'Bob Example',
        AppDisplayName: 'Zoom',
        AppId: 'aaaaaaaa-0000-4000-8000-00000000a002',
        IPAddress: '198.51.100.44',
        Status: { ErrorCode: 50074, FailureReason: 'Strong Authentication is required.', AdditionalDetails: null },
      },
    ]);
    expect(await rowsOf(text(json, 'signins.json'))).toEqual([signin({ line: 1, ...ZOOM_MFA, at: '2025-03-03T10:04:19.000Z' })]);
  });

  it('makes bad rows of a bad date, a missing status and a non-object, and skips a sign-in without an app', async () => {
    const base = { id: 'x', userPrincipalName: 'a@example.com', appDisplayName: 'Slack', status: { errorCode: 0 } };
    const json = [
      '[',
      JSON.stringify({ ...base, createdDateTime: 'yesterday' }) + ',',
      JSON.stringify({ ...base, createdDateTime: '2025-03-03T09:00:00Z', status: { failureReason: null } }) + ',',
      '42,',
      JSON.stringify({ ...base, createdDateTime: '2025-03-03T09:00:00Z', appDisplayName: '' }) + ',',
      JSON.stringify({ ...base, createdDateTime: null }) + ',',
      JSON.stringify({ ...base, createdDateTime: '2025-03-03T09:00:00Z', status: { errorCode: 50097, failureReason: 'Device authentication is required.' } }),
      ']',
    ].join('\n');
    const { rows, stats } = await parse(text(json, 'x.json'));
    expect(rows).toEqual([
      { bad: true, line: 2, column: 'createdDateTime', reason: '"yesterday" is not a date and time', raw: JSON.stringify({ ...base, createdDateTime: 'yesterday' }) },
      expect.objectContaining({ bad: true, line: 3, column: 'status.errorCode', reason: 'The sign-in has neither a status nor an error code' }),
      { bad: true, line: 4, reason: 'Expected a sign-in object', raw: '42' },
      expect.objectContaining({ bad: true, line: 6, column: 'createdDateTime', reason: 'The sign-in has no date' }),
      signin({ line: 7, externalId: 'x', at: '2025-03-03T09:00:00.000Z', user: 'a@example.com', userName: null, appName: 'Slack', appId: null, outcome: 'interrupted', ip: null }),
    ]);
    expect(stats.skipped).toBe(1);
  });

  it('rejects a sign-in record longer than the record limit, at its line', async () => {
    const json = `[\n{"id": "ok", "createdDateTime": "2025-03-03T09:00:00Z", "appDisplayName": "Slack", "status": {"errorCode": 0}},\n{"id": "big", "blob": "${'x'.repeat(2 * MAX_RECORD_BYTES)}"}\n]`;
    const err = await failure(text(json, 'big.json'));
    expect(err.line).toBe(3);
    expect(err.message).toMatch(/longer than/);
  });
});

describe('sniffEntra', () => {
  it('recognises Graph pages by @odata.context, even cut short', () => {
    expect(sniffEntra(PAGE.slice(0, 120), 'x.json')).toBe('entra_json');
    expect(sniffEntra('{"@odata.context":"https://graph.microsoft.com/beta/$metadata#auditLogs/signIns","value":[', 'x')).toBe('entra_json');
    expect(sniffEntra('{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#auditLogs/directoryAudits","value":[{"activityDisplayName":"Add user"}]}', 'x')).toBeNull();
  });

  it('leaves Okta, HR and card files alone', () => {
    expect(sniffEntra('[{"uuid":"1","published":"2025-03-03T10:04:19Z","eventType":"user.session.start","actor":{"alternateId":"alice@example.com"}}]', 'okta.json')).toBeNull();
    expect(sniffEntra('Email,Name,Department,Status\nalice@example.com,Alice,IT,Active\n', 'people.csv')).toBeNull();
    expect(sniffEntra('Date,Description,Amount\n03/02/2025,ZOOM.US,14.99\n', 'card.csv')).toBeNull();
    expect(sniffEntra('', 'x.csv')).toBeNull();
  });

  it('uses the file name only to break a tie', () => {
    const head = '"Date (UTC)","Request ID","User","Username"\n';
    expect(sniffEntra(head, 'InteractiveSignIns_2025-03-01_2025-03-02.csv')).toBe('entra_csv');
    expect(sniffEntra(head, 'export.csv')).toBeNull();
  });
});

describe('parseInstant and the interrupt codes', () => {
  it('reads the forms the exports use', () => {
    expect(parseInstant('2020-03-13T19:15:41.6195833Z', 'mdy')).toBe('2020-03-13T19:15:41.619Z');
    expect(parseInstant('2025-03-03T10:04:19+02:00', 'mdy')).toBe('2025-03-03T08:04:19.000Z');
    expect(parseInstant('2025-03-03 10:04:19', 'mdy')).toBe('2025-03-03T10:04:19.000Z');
    expect(parseInstant('3/12/2025 12:22:01 AM', 'mdy')).toBe('2025-03-12T00:22:01.000Z');
    expect(parseInstant('3/12/2025 7:22:01 AM', 'dmy')).toBe('2025-12-03T07:22:01.000Z');
    expect(parseInstant('2025-03-03', 'mdy')).toBe('2025-03-03T00:00:00.000Z');
    for (const bad of ['', 'now', '2025-02-30T00:00:00Z', '3/12/2025 13:00 PM', '2025-03-03T10:60:00Z', '2025-03-03T10:04:19 tomorrow']) expect(parseInstant(bad, 'mdy'), bad).toBeNull();
  });

  it('treats the codes formats.md names as interrupts and the failures it names as failures', () => {
    for (const c of [50074, 50140]) expect(INTERRUPT_CODES.has(c)).toBe(true);
    for (const c of [50126, 53003]) expect(INTERRUPT_CODES.has(c)).toBe(false);
  });
});

describe('Entra streaming', () => {
  it('parses a 50 MB Graph page with bounded heap', async () => {
    const TARGET = 50 << 20;
    const element = (i: number): string =>
      JSON.stringify(
        {
          id: `a0000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          createdDateTime: new Date(Date.UTC(2025, 2, 3) - i * 1000).toISOString(),
          userDisplayName: `User ${i % 500}`,
          userPrincipalName: `user${i % 500}@example.com`,
          userId: '11111111-1111-4111-8111-111111111111',
          appId: 'aaaaaaaa-0000-4000-8000-00000000a001',
          appDisplayName: i % 3 ? 'Salesforce' : 'Slack',
          ipAddress: '203.0.113.20',
          clientAppUsed: 'Browser',
          status: { errorCode: i % 10 === 0 ? 50074 : 0, failureReason: null, additionalDetails: null },
          deviceDetail: { deviceId: '', operatingSystem: 'MacOs', browser: 'Chrome 124.0.0' },
          location: { city: 'New York', state: 'New York', countryOrRegion: 'US', geoCoordinates: { altitude: null, latitude: null, longitude: null } },
          appliedConditionalAccessPolicies: [],
        },
        null,
        2,
      );
    // Every open() generates the file again; the parser opens it once to peek and once to read.
    let count = 0;
    let size = 0;
    function* page(): Generator<Buffer> {
      let bytes = 0;
      let n = 0;
      yield Buffer.from('{\n"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#auditLogs/signIns",\n"value": [\n');
      const batch: string[] = [];
      for (; bytes < TARGET; n++) {
        const s = (n ? ',\n' : '') + element(n);
        bytes += s.length;
        batch.push(s);
        if (batch.length === 100) yield Buffer.from(batch.splice(0).join(''));
      }
      if (batch.length) yield Buffer.from(batch.join(''));
      yield Buffer.from('\n]\n}\n');
      [count, size] = [n, bytes];
    }
    const src: FileSource = { name: 'big.json', size: TARGET, open: () => Readable.from(page(), { objectMode: false }) };
    (globalThis as { gc?: () => void }).gc?.();
    const before = process.memoryUsage().heapUsed;
    let peak = before;
    let rows = 0;
    let interrupted = 0;
    let last: SignInRow | null = null;
    for await (const r of parseEntra(src)) {
      if (r.bad) throw new Error(r.reason);
      rows++;
      if (r.outcome === 'interrupted') interrupted++;
      last = r;
      if (rows % 2000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(size).toBeGreaterThanOrEqual(TARGET);
    expect(rows).toBe(count);
    expect(interrupted).toBe(Math.ceil(count / 10));
    expect(last).toMatchObject({ externalId: `a0000000-0000-4000-8000-${String(count - 1).padStart(12, '0')}`, source: 'entra' });
    expect(peak - before).toBeLessThan(100 << 20);
  });
});
