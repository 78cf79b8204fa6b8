import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseDate, parseHr, sniffHr, type ParseHrOptions } from './hr.js';
import { FormatError, MAX_RECORD_BYTES, type BadRow, type FileSource, type PersonRow } from './types.js';

const DIR = path.resolve(import.meta.dirname, '../../../../../test/fixtures/imports/hr-employee-list');
const TODAY = '2026-01-01';

function fixture(name: string): FileSource {
  const file = path.join(DIR, name);
  return { open: () => fs.createReadStream(file), size: fs.statSync(file).size, name };
}

function memory(content: string | Buffer, name = 'people.csv'): FileSource {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return { open: () => Readable.from([buf]), size: buf.length, name };
}

async function rows(src: FileSource, opts: ParseHrOptions = {}): Promise<(PersonRow | BadRow)[]> {
  const out: (PersonRow | BadRow)[] = [];
  for await (const r of parseHr(src, { today: TODAY, ...opts })) out.push(r);
  return out;
}

async function failure(src: FileSource): Promise<FormatError> {
  const e = await rows(src).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FormatError);
  return e as FormatError;
}

/** A person with the fields no fixture fills (title, start date) left empty. */
const person = (p: Omit<PersonRow, 'title' | 'startDate'>): PersonRow => ({ title: null, startDate: null, ...p });

const GENERIC_CSV = fs.readFileSync(path.join(DIR, 'generic-employee-list.csv'), 'utf8');

describe('HR fixtures', () => {
  it('reads the generic CSV', async () => {
    expect(await rows(fixture('generic-employee-list.csv'))).toEqual([
      person({ line: 2, email: 'alice@example.com', name: 'Alice Example', department: 'Marketing', managerEmail: 'carol@example.com', managerRef: null, employeeId: '1001', status: 'active', endDate: null }),
      person({ line: 3, email: 'bob@example.com', name: 'Bob Example', department: 'Sales', managerEmail: 'carol@example.com', managerRef: null, employeeId: '1002', status: 'active', endDate: null }),
      person({ line: 4, email: 'carol@example.com', name: 'Carol Example', department: 'Executive', managerEmail: null, managerRef: null, employeeId: '1003', status: 'active', endDate: null }),
      person({ line: 5, email: 'dan@example.com', name: 'Dan Example', department: 'Marketing', managerEmail: 'alice@example.com', managerRef: null, employeeId: '1004', status: 'leaver', endDate: '2025-02-14' }),
      person({ line: 6, email: 'erin@example.com', name: 'Erin Example', department: 'IT', managerEmail: 'carol@example.com', managerRef: null, employeeId: '1005', status: 'active', endDate: null }),
    ]);
  });

  it('reads the BambooHR custom report: manager by employee number, 0000-00-00 as no date', async () => {
    expect(await rows(fixture('bamboohr-custom-report.json'))).toEqual([
      person({ line: 51, email: 'alice@example.com', name: 'Alice Example', department: 'Marketing', managerEmail: null, managerRef: '1003', employeeId: '1001', status: 'active', endDate: null }),
      person({ line: 63, email: 'bob@example.com', name: 'Bob Example', department: 'Sales', managerEmail: null, managerRef: '1003', employeeId: '1002', status: 'active', endDate: null }),
      person({ line: 75, email: 'carol@example.com', name: 'Carol Example', department: 'Executive', managerEmail: null, managerRef: null, employeeId: '1003', status: 'active', endDate: null }),
      person({ line: 87, email: 'dan@example.com', name: 'Dan Example', department: 'Marketing', managerEmail: null, managerRef: '1001', employeeId: '1004', status: 'leaver', endDate: '2025-02-14' }),
      person({ line: 99, email: 'erin@example.com', name: 'Erin Example', department: 'IT', managerEmail: null, managerRef: '1003', employeeId: '1005', status: 'active', endDate: null }),
    ]);
  });

  it('reads the HiBob people search (nested form)', async () => {
    expect(await rows(fixture('hibob-people-search.json'))).toEqual([
      person({ line: 3, email: 'alice@example.com', name: 'Alice Example', department: 'Marketing', managerEmail: 'carol@example.com', managerRef: null, employeeId: '1001', status: 'active', endDate: null }),
      person({ line: 23, email: 'bob@example.com', name: 'Bob Example', department: 'Sales', managerEmail: 'carol@example.com', managerRef: null, employeeId: '1002', status: 'active', endDate: null }),
      person({ line: 43, email: 'carol@example.com', name: 'Carol Example', department: 'Executive', managerEmail: null, managerRef: null, employeeId: '1003', status: 'active', endDate: null }),
      person({ line: 60, email: 'dan@example.com', name: 'Dan Example', department: 'Marketing', managerEmail: 'alice@example.com', managerRef: null, employeeId: '1004', status: 'leaver', endDate: '2025-02-14' }),
      person({ line: 80, email: 'erin@example.com', name: 'Erin Example', department: 'IT', managerEmail: 'carol@example.com', managerRef: null, employeeId: '1005', status: 'active', endDate: null }),
    ]);
  });

  it('reads the Personio company/employees response by attribute key', async () => {
    expect(await rows(fixture('personio-company-employees.json'))).toEqual([
      person({ line: 11, email: 'alice@example.com', name: 'Alice Example', department: 'Marketing', managerEmail: 'carol@example.com', managerRef: null, employeeId: '1001', status: 'active', endDate: null }),
      person({ line: 86, email: 'bob@example.com', name: 'Bob Example', department: 'Sales', managerEmail: 'carol@example.com', managerRef: null, employeeId: '1002', status: 'active', endDate: null }),
      person({ line: 161, email: 'carol@example.com', name: 'Carol Example', department: 'Executive', managerEmail: null, managerRef: null, employeeId: '1003', status: 'active', endDate: null }),
      person({ line: 220, email: 'dan@example.com', name: 'Dan Example', department: 'Marketing', managerEmail: 'alice@example.com', managerRef: null, employeeId: '1004', status: 'leaver', endDate: '2025-02-14' }),
      person({ line: 295, email: 'erin@example.com', name: 'Erin Example', department: 'IT', managerEmail: 'carol@example.com', managerRef: null, employeeId: '1005', status: 'active', endDate: null }),
    ]);
  });

  it('reports progress up to the file size', async () => {
    const src = fixture('personio-company-employees.json');
    const seen: number[] = [];
    for await (const _ of parseHr(src, { today: TODAY, onBytes: (n) => seen.push(n) })) void _;
    expect(seen.at(-1)).toBe(src.size);
  });
});

describe('sniffHr', () => {
  const head = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');

  it('recognises every fixture', () => {
    expect(sniffHr(head('generic-employee-list.csv'), 'generic-employee-list.csv')).toBe('hr_csv');
    expect(sniffHr(head('bamboohr-custom-report.json'), 'bamboohr-custom-report.json')).toBe('hr_json');
    expect(sniffHr(head('hibob-people-search.json'), 'hibob-people-search.json')).toBe('hr_json');
    expect(sniffHr(head('personio-company-employees.json'), 'personio-company-employees.json')).toBe('hr_json');
  });

  it('recognises a head cut in the middle of the first employee', () => {
    expect(sniffHr(head('personio-company-employees.json').slice(0, 900), 'x.json')).toBe('hr_json');
    expect(sniffHr('{"employees":[{"/root/email":{"value":"a@example.com"},"/root/displayName":{"value":"A', 'x.json')).toBe('hr_json');
  });

  it('leaves other files alone', () => {
    expect(sniffHr('Application,Vendor,Category,Business Owner,Departments\nSlack,Slack,Communication,a@example.com,IT\n', 'apps.csv')).toBeNull();
    expect(sniffHr('Date (UTC),Posted Date,Amount,User,Department,Email,Status\n', 'card.csv')).toBeNull();
    expect(sniffHr('Transaction Date,Description,Amount\n03/01/2025,SLACK,12.00\n', 'card.csv')).toBeNull();
    expect(sniffHr('{"kind":"admin#reports#activities","items":[{"kind":"admin#reports#activity","actor":{"email":"a@example.com","profileId":"1"},"events":[]}]}', 'log.json')).toBeNull();
    expect(sniffHr('[{"actor":{"id":"00u1","alternateId":"a@example.com","displayName":"A"},"eventType":"user.authentication.sso"}]', 'okta.json')).toBeNull();
    expect(sniffHr('', 'empty.csv')).toBeNull();
  });
});

describe('HR CSV variants', () => {
  it('makes a bad date a bad row naming the line and column, and keeps the others', async () => {
    const csv = GENERIC_CSV.replace('leaver,2025-02-14', 'leaver,2025-14-02');
    const out = await rows(memory(csv));
    expect(out).toHaveLength(5);
    expect(out[3]).toMatchObject({ bad: true, line: 5, column: 'termination_date', reason: '"2025-14-02" is not a date' });
    expect(out.filter((r) => !r.bad).map((r) => r.line)).toEqual([2, 3, 4, 6]);
  });

  it('rejects a missing, an invalid and a repeated e-mail', async () => {
    const csv = GENERIC_CSV.replace('bob@example.com,', ',').replace('carol@example.com,Carol', 'carol(at)example.com,Carol').replace('erin@example.com,', 'ALICE@example.com,');
    const out = await rows(memory(csv));
    expect(out.map((r) => (r.bad ? [r.line, r.column, r.reason] : r.line))).toEqual([
      2,
      [3, 'email', 'No e-mail address'],
      [4, 'email', '"carol(at)example.com" is not an e-mail address'],
      5,
      [6, 'email', 'alice@example.com is listed twice (first on line 2)'],
    ]);
  });

  it('reads synonyms, a title line, semicolons, CRLF, a BOM and the date forms', async () => {
    const csv = [
      '\ufeffEmployee export 2025-12-31;;;;;;;',
      'Work E-mail;Full Name;Job Title;Team;Reports To;Employment Status;Hire Date;Termination Date',
      'Ann.Lee@Example.com;Ann Lee;Designer;Design;boss@example.com;Active;03/31/2021;',
      'ben@example.com;Ben Ode;Engineer;Engineering;Ann Lee;Full-Time;15.01.2020;31.03.2026',
      'cy@example.com;Cy Pan;;Sales;;Active;2019-05-01T00:00:00Z;Nov 30, 2025',
      'dee@example.com;Dee Fox;;Sales;;on leave;14 Feb 2022;',
    ].join('\r\n');
    expect(await rows(memory(csv))).toEqual([
      { line: 3, email: 'ann.lee@example.com', name: 'Ann Lee', title: 'Designer', department: 'Design', managerEmail: 'boss@example.com', managerRef: null, employeeId: null, status: 'active', startDate: '2021-03-31', endDate: null },
      // A future end date (notice given) keeps the person active until then.
      { line: 4, email: 'ben@example.com', name: 'Ben Ode', title: 'Engineer', department: 'Engineering', managerEmail: null, managerRef: 'Ann Lee', employeeId: null, status: 'active', startDate: '2020-01-15', endDate: '2026-03-31' },
      // A past end date makes a leaver whatever the status column says.
      { line: 5, email: 'cy@example.com', name: 'Cy Pan', title: null, department: 'Sales', managerEmail: null, managerRef: null, employeeId: null, status: 'leaver', startDate: '2019-05-01', endDate: '2025-11-30' },
      { line: 6, email: 'dee@example.com', name: 'Dee Fox', title: null, department: 'Sales', managerEmail: null, managerRef: null, employeeId: null, status: 'active', startDate: '2022-02-14', endDate: null },
    ]);
  });

  it('maps the status vocabulary and rejects an unknown status', async () => {
    const csv = 'email,status\na@example.com,Terminated\nb@example.com,Onboarding\nc@example.com,inactive\nd@example.com,Leave\ne@example.com,maybe\n';
    const out = await rows(memory(csv));
    expect(out.map((r) => (r.bad ? r.column : r.status))).toEqual(['leaver', 'active', 'leaver', 'active', 'status']);
    expect(out[4]).toMatchObject({ line: 6, reason: expect.stringContaining('Unknown status "maybe"') });
  });

  it('keeps line numbers right after a quoted field that spans lines, and falls back to the e-mail as name', async () => {
    const csv = 'email,department,manager\n"a@example.com","Sales\nEMEA",b@example.com\n\nb@example.com,Sales,1001\n';
    expect(await rows(memory(csv))).toEqual([
      { line: 2, email: 'a@example.com', name: 'a@example.com', title: null, department: 'Sales\nEMEA', managerEmail: 'b@example.com', managerRef: null, employeeId: null, status: 'active', startDate: null, endDate: null },
      { line: 5, email: 'b@example.com', name: 'b@example.com', title: null, department: 'Sales', managerEmail: null, managerRef: '1001', employeeId: null, status: 'active', startDate: null, endDate: null },
    ]);
  });

  it('decodes a Windows-1252 export', async () => {
    const csv = Buffer.concat([Buffer.from('email,first name,last name\njose@example.com,Jos'), Buffer.from([0xe9]), Buffer.from(',M'), Buffer.from([0xfc]), Buffer.from('ller\n')]);
    expect(await rows(memory(csv))).toMatchObject([{ email: 'jose@example.com', name: 'José Müller' }]);
  });

  it('fails on a file without an e-mail header, an unclosed quote, an empty file and a PNG', async () => {
    expect((await failure(memory('name,department\nAnn,Sales\n'))).message).toContain('No header row with an e-mail column');
    const unclosed = await failure(memory('email,name\na@example.com,Ann\nb@example.com,"Ben\n'));
    expect(unclosed.line).toBe(3);
    expect((await failure(memory(''))).message).toBe('The file is empty');
    expect((await failure(memory(' \n\r\n  \n'))).message).toBe('The file is empty');
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201e221bc330000000049454e44ae426082', 'hex');
    expect((await failure(memory(png, 'photo.png'))).message).toMatch(/not a text file/);
  });
});

describe('HR JSON variants', () => {
  const BAMBOO = fs.readFileSync(path.join(DIR, 'bamboohr-custom-report.json'), 'utf8');

  it('makes a bad date a bad row at the element line, naming the key', async () => {
    const json = BAMBOO.replace('"terminationDate": "2025-02-14"', '"terminationDate": "14/31/2025"');
    const out = await rows(memory(json, 'b.json'));
    expect(out).toHaveLength(5);
    expect(out[3]).toMatchObject({ bad: true, line: 87, column: 'terminationDate', reason: '"14/31/2025" is not a date' });
  });

  it('makes a missing e-mail and a non-object element bad rows', async () => {
    const json = '[\n  {"workEmail": "a@example.com", "department": "Sales"},\n  {"workEmail": null, "department": "Sales"},\n  "oops",\n  {"department": "IT"}\n]\n';
    expect(await rows(memory(json, 'x.json'))).toEqual([
      { line: 2, email: 'a@example.com', name: 'a@example.com', title: null, department: 'Sales', managerEmail: null, managerRef: null, employeeId: null, status: 'active', startDate: null, endDate: null },
      { bad: true, line: 3, column: 'workEmail', reason: 'No e-mail address', raw: '{"workEmail":null,"department":"Sales"}' },
      { bad: true, line: 4, reason: 'Element 3 is not an object', raw: '"oops"' },
      { bad: true, line: 5, column: 'email', reason: 'No e-mail address', raw: '{"department":"IT"}' },
    ]);
  });

  it('reads the HiBob field-path form, preferring human-readable values', async () => {
    const json = JSON.stringify(
      {
        employees: [
          {
            '/root/email': { value: 'Alice@Example.com' },
            '/root/displayName': { value: 'Alice Example' },
            '/work/department': { value: '2481', humanReadable: 'Marketing' },
            '/work/title': { value: 'Growth lead' },
            '/work/startDate': { value: '2020-04-01' },
            '/work/reportsTo/email': { value: 'carol@example.com' },
            '/internal/status': { value: 'Active' },
            '/internal/lifecycleStatus': { value: 'terminated' },
            '/internal/terminationDate': { value: '2025-02-14' },
          },
          { '/root/email': { value: 'bob@example.com' }, '/work/reportsTo': { value: { email: null, displayName: 'Carol Example' } }, '/internal/terminationDate': { value: 'soon' } },
        ],
      },
      null,
      2,
    );
    expect(await rows(memory(json, 'hibob.json'))).toEqual([
      { line: 3, email: 'alice@example.com', name: 'Alice Example', title: 'Growth lead', department: 'Marketing', managerEmail: 'carol@example.com', managerRef: null, employeeId: null, status: 'leaver', startDate: '2020-04-01', endDate: '2025-02-14' },
      expect.objectContaining({ bad: true, line: 33, column: '/internal/terminationDate', reason: '"soon" is not a date' }),
    ]);
  });

  it('reads flat exports with a nested manager and a Workday Report_Entry wrapper', async () => {
    const json = '{"Report_Entry": [\n{"Worker": "Ann Lee", "Primary Work Email": "ann@example.com", "Business Title": "CFO", "Manager": {"Email": "ceo@example.com"}, "Active": "1"},\n{"Worker": "Ben Ode", "Primary Work Email": "ben@example.com", "Active": "0"}\n]}';
    expect(await rows(memory(json, 'workday.json'))).toEqual([
      { line: 2, email: 'ann@example.com', name: 'Ann Lee', title: 'CFO', department: null, managerEmail: 'ceo@example.com', managerRef: null, employeeId: null, status: 'active', startDate: null, endDate: null },
      { line: 3, email: 'ben@example.com', name: 'Ben Ode', title: null, department: null, managerEmail: null, managerRef: null, employeeId: null, status: 'leaver', startDate: null, endDate: null },
    ]);
  });

  it('fails on truncated JSON at the last line it read', async () => {
    const cut = BAMBOO.split('\n').slice(0, 90).join('\n');
    const got: (PersonRow | BadRow)[] = [];
    const e = await (async () => {
      for await (const r of parseHr(memory(cut, 'b.json'), { today: TODAY })) got.push(r);
    })().then(
      () => null,
      (err: unknown) => err as FormatError,
    );
    expect(e).toBeInstanceOf(FormatError);
    expect(e).toMatchObject({ line: 90, message: 'line 90: The JSON ends too early (is the file truncated?)' });
    expect(got).toHaveLength(3);
  });

  it('fails on a trailing comma at its line', async () => {
    const e = await failure(memory('[\n  {"email": "a@example.com"},\n  {"email": "b@example.com"},\n]\n', 'x.json'));
    expect(e.line).toBe(4);
    expect(e.message).toMatch(/Not valid JSON/);
  });

  it('refuses an element or a CSV record beyond the size limit instead of buffering it', async () => {
    // JSON is measured a 64 KB slice at a time, so the test goes well past the limit.
    const long = 'x'.repeat(2 * MAX_RECORD_BYTES);
    expect(await failure(memory(`[\n{"email": "a@example.com"},\n{"email": "b@example.com", "notes": "${long}"}\n]`, 'x.json'))).toMatchObject({ line: 3 });
    expect((await failure(memory(`email,notes\na@example.com,${long}\n`))).message).toMatch(/longer than/);
  });

  it('fails on JSON with no employee list and on trailing garbage', async () => {
    expect((await failure(memory('{"title": "Report", "fields": [{"id": "workEmail"}]}', 'x.json'))).message).toMatch(/No list of employees/);
    expect((await failure(memory('[{"email": "a@example.com"}]\n]', 'x.json'))).line).toBe(2);
  });
});

describe('parseDate', () => {
  it('normalises the usual forms and rejects impossible dates', () => {
    expect(parseDate('2025-02-14')).toBe('2025-02-14');
    expect(parseDate('2025-02-14T00:00:00+01:00')).toBe('2025-02-14');
    expect(parseDate('02/14/2025')).toBe('2025-02-14');
    expect(parseDate('14/02/2025')).toBe('2025-02-14');
    expect(parseDate('03/04/2025', 'dmy')).toBe('2025-04-03');
    expect(parseDate('14.02.2025')).toBe('2025-02-14');
    expect(parseDate('0000-00-00')).toBeNull();
    expect(parseDate('  ')).toBeNull();
    expect(parseDate('2025-02-30')).toBeUndefined();
    expect(parseDate('13/13/2025')).toBeUndefined();
    expect(parseDate('yesterday')).toBeUndefined();
  });
});
