import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collect, formatError } from './test-support.js';
import { fileSourceFromBuffer, fileSourceFromPath } from './file-source.js';
import { parseGoogleReports, sniffGoogleReports, type GoogleReportsOptions } from './google-reports.js';
import { sniffOkta } from './okta.js';
import { FormatError, type BadRow, type FileSource, type GrantRow, type SignInRow } from './types.js';

const DIR = path.resolve(import.meta.dirname, '../../../../../test/fixtures/imports/google-workspace-reports');
const LOGIN = 'constructed-login-activities.json';
const SAML = 'constructed-saml-activities.json';
const TOKEN = 'constructed-token-activities.json';

type Row = SignInRow | GrantRow | BadRow;
type Activity = Record<string, unknown> & { id: Record<string, unknown>; events: Record<string, unknown>[] };

const fixture = (name: string): FileSource => fileSourceFromPath(path.join(DIR, name));
const text = (name: string): string => fs.readFileSync(path.join(DIR, name), 'utf8');
const items = (name: string): Activity[] => (JSON.parse(text(name)) as { items: Activity[] }).items;
const memory = (s: string, name = 'activities.json'): FileSource => fileSourceFromBuffer(s, name);
const ndjson = (acts: unknown[]): string => acts.map((a) => JSON.stringify(a)).join('\n') + '\n';

const rows = (src: FileSource, opts: GoogleReportsOptions = {}): Promise<Row[]> => collect(parseGoogleReports(src, opts));
const failure = (src: FileSource) => formatError(rows(src));

const google = (r: Pick<SignInRow, 'line' | 'externalId' | 'at' | 'user' | 'ip' | 'outcome'>): SignInRow => ({
  kind: 'signin',
  source: 'google_login',
  userName: null,
  appName: 'Google Workspace',
  appAlternate: null,
  appId: null,
  ...r,
});
const saml = (r: Pick<SignInRow, 'line' | 'externalId' | 'at' | 'user' | 'ip' | 'outcome' | 'appName'>): SignInRow => google(r as SignInRow);
const token = (r: Omit<GrantRow, 'kind' | 'source'>): GrantRow => ({ kind: 'grant', source: 'google_token', ...r });

const LOGIN_ROWS: Row[] = [
  google({ line: 5, externalId: 'login:2025-03-03T09:00:01.512Z:-4711000000000000001', at: '2025-03-03T09:00:01.512Z', user: 'alice@example.com', ip: '203.0.113.20', outcome: 'success' }),
  google({ line: 44, externalId: 'login:2025-03-03T09:48:10.004Z:-4711000000000000002', at: '2025-03-03T09:48:10.004Z', user: 'bob@example.com', ip: '198.51.100.44', outcome: 'failure' }),
  google({ line: 86, externalId: 'login:2025-03-03T09:49:02.771Z:-4711000000000000003', at: '2025-03-03T09:49:02.771Z', user: 'bob@example.com', ip: '198.51.100.44', outcome: 'success' }),
];

const CALENDLY = '123456789012-exampleclientid0000000000000001.apps.googleusercontent.com';
const ASSISTANT = '123456789012-exampleclientid0000000000000002.apps.googleusercontent.com';
const ASSISTANT_SCOPES = ['https://mail.google.com/', 'https://www.googleapis.com/auth/contacts.readonly', 'https://www.googleapis.com/auth/userinfo.profile'];

const TOKEN_ROWS: Row[] = [
  token({
    line: 5,
    externalId: 'token:2025-03-03T09:20:00.410Z:6911000000000000001',
    at: '2025-03-03T09:20:00.410Z',
    user: 'alice@example.com',
    appName: 'Calendly',
    clientId: CALENDLY,
    scopes: ['https://www.googleapis.com/auth/calendar.readonly', 'https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/userinfo.email', 'openid'],
    action: 'grant',
  }),
  token({ line: 109, externalId: 'token:2025-03-03T11:42:18.925Z:6911000000000000002', at: '2025-03-03T11:42:18.925Z', user: 'bob@example.com', appName: 'Example AI Email Assistant', clientId: ASSISTANT, scopes: ASSISTANT_SCOPES, action: 'grant' }),
  token({ line: 250, externalId: 'token:2025-03-10T16:30:51.700Z:6911000000000000004', at: '2025-03-10T16:30:51.700Z', user: 'bob@example.com', appName: 'Example AI Email Assistant', clientId: ASSISTANT, scopes: ASSISTANT_SCOPES, action: 'revoke' }),
];

describe('Google Workspace fixtures', () => {
  it('reads login activities as sign-ins to Google Workspace; logout skipped', async () => {
    const stats = { skipped: 0 };
    expect(await rows(fixture(LOGIN), { stats })).toEqual(LOGIN_ROWS);
    expect(stats.skipped).toBe(1);
  });

  it('reads SAML activities as sign-ins to the third-party app', async () => {
    const stats = { skipped: 0 };
    expect(await rows(fixture(SAML), { stats })).toEqual([
      saml({ line: 5, externalId: 'saml:2025-03-03T09:05:33.300Z:5811000000000000001', at: '2025-03-03T09:05:33.300Z', user: 'alice@example.com', ip: '203.0.113.20', outcome: 'success', appName: 'Slack' }),
      saml({ line: 41, externalId: 'saml:2025-03-03T09:07:12.090Z:5811000000000000002', at: '2025-03-03T09:07:12.090Z', user: 'alice@example.com', ip: '203.0.113.20', outcome: 'failure', appName: 'HubSpot' }),
    ]);
    expect(stats.skipped).toBe(0);
  });

  it('reads token authorize/revoke as grants whether or not the event has a type; API activity skipped', async () => {
    const stats = { skipped: 0 };
    expect(await rows(fixture(TOKEN), { stats })).toEqual(TOKEN_ROWS);
    expect(stats.skipped).toBe(1);
  });

  it('reports progress up to the file size', async () => {
    const src = fixture(TOKEN);
    const seen: number[] = [];
    for await (const r of parseGoogleReports(src, { onBytes: (n) => seen.push(n) })) void r;
    expect(seen.at(-1)).toBe(src.size);
  });
});

describe('sniffGoogleReports', () => {
  it('recognises pages, arrays and NDJSON of activities', () => {
    for (const f of [LOGIN, SAML, TOKEN]) expect(sniffGoogleReports(text(f))).toBe(true);
    expect(sniffGoogleReports(text(TOKEN).slice(0, 200))).toBe(true);
    expect(sniffGoogleReports(JSON.stringify(items(LOGIN)))).toBe(true);
    // Without `kind` (some exporters drop it), the id and events still tell.
    expect(sniffGoogleReports(ndjson(items(SAML).map(({ kind: _kind, ...a }) => a)))).toBe(true);
  });

  it('leaves other files alone', () => {
    expect(sniffGoogleReports(fs.readFileSync(path.resolve(DIR, '../okta-system-log/constructed-system-log-page.json'), 'utf8'))).toBe(false);
    expect(sniffGoogleReports('kind,id.time\nadmin#reports#activity,2025-03-03\n')).toBe(false);
    expect(sniffGoogleReports('')).toBe(false);
    expect(sniffOkta(text(TOKEN))).toBe(false);
  });
});

describe('Google Workspace shapes', () => {
  it('reads a plain array of activities', async () => {
    const json = `[\n${items(LOGIN)
      .map((a) => JSON.stringify(a))
      .join(',\n')}\n]\n`;
    expect(await rows(memory(json))).toEqual(LOGIN_ROWS.map((r, i) => ({ ...r, line: i + 2 })));
  });

  it('reads NDJSON, one activity a line', async () => {
    const stats = { skipped: 0 };
    expect(await rows(memory(ndjson(items(TOKEN)), 'token.ndjson'), { stats })).toEqual(TOKEN_ROWS.map((r, i) => ({ ...r, line: [1, 2, 4][i] })));
    expect(stats.skipped).toBe(1);
  });

  it('makes an unreadable NDJSON line a bad row naming it and keeps the others', async () => {
    const lines = items(LOGIN).map((a) => JSON.stringify(a));
    lines[1] = lines[1].replace('"events":[', '"events":[,');
    const out = await rows(memory(lines.join('\n')));
    expect(out.map((r) => (r.bad ? [r.line, r.reason, r.raw] : r.line))).toEqual([1, [2, 'Not valid JSON (a damaged or cut-off line)', lines[1].slice(0, 500)], 3]);
  });

  it('keeps every digit of a uniqueQualifier written as a number', async () => {
    const a = JSON.stringify(items(LOGIN)[0]).replace('"-4711000000000000001"', '-6709442587437772138');
    for (const s of [`${a}\n`, `[${a}]`, `{"kind":"admin#reports#activities","items":[${a}]}`]) {
      expect(await rows(memory(s))).toMatchObject([{ externalId: 'login:2025-03-03T09:00:01.512Z:-6709442587437772138' }]);
    }
  });

  it('reads a page the same whatever the chunk size, numbers kept as written', async () => {
    const page = text(TOKEN).replace('"6911000000000000001"', '6911000000000000001');
    for (const size of [1, 3, 1000]) {
      const bytes = Buffer.from(page);
      const parts = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
      expect(await rows({ name: 'token.json', size: bytes.length, open: () => Readable.from(parts) }), `chunks of ${size}`).toEqual(TOKEN_ROWS);
    }
  });

  it('reads an empty page (no items) as no rows, pretty or compact', async () => {
    expect(await rows(memory('{\n  "kind": "admin#reports#activities",\n  "etag": "\\"e\\""\n}\n'))).toEqual([]);
    expect(await rows(memory('{"kind":"admin#reports#activities","etag":"\\"e\\""}'))).toEqual([]);
  });

  it('rejects an API error response', async () => {
    const e = await failure(memory(JSON.stringify({ error: { code: 403, message: 'Not Authorized to access this resource/api' } }, null, 2)));
    expect(e.message).toBe('No list of Google Workspace activities found: expected a JSON array, an object with an "items" array, or one JSON object per line');
  });
});

describe('Google Workspace events', () => {
  const login = items(LOGIN)[0];
  const event = (name: string, parameters: unknown[] = [], type?: string) => ({ ...(type ? { type } : {}), name, parameters });

  it('makes each event of an activity its own row on the same line', async () => {
    const a = { ...login, events: [event('login_challenge', [], 'login'), event('login_success', [], 'login'), event('logout'), event('login_verification'), event('login_failure')] };
    const stats = { skipped: 0 };
    const out = await rows(memory(`[${JSON.stringify(a)}]`), { stats });
    expect(out.map((r) => (r.bad || r.kind !== 'signin' ? r : [r.line, r.externalId, r.outcome]))).toEqual([
      [1, 'login:2025-03-03T09:00:01.512Z:-4711000000000000001:0', 'interrupted'],
      [1, 'login:2025-03-03T09:00:01.512Z:-4711000000000000001:1', 'success'],
      [1, 'login:2025-03-03T09:00:01.512Z:-4711000000000000001:3', 'interrupted'],
      [1, 'login:2025-03-03T09:00:01.512Z:-4711000000000000001:4', 'failure'],
    ]);
    expect(stats.skipped).toBe(1);
  });

  it('reads scopes from scope_data when an event has no scope list', async () => {
    const a = items(TOKEN)[0];
    const only = { ...a, events: [{ ...a.events[0], parameters: (a.events[0].parameters as { name: string }[]).filter((p) => p.name !== 'scope') }] };
    expect(await rows(memory(ndjson([only])))).toEqual([{ ...TOKEN_ROWS[0], line: 1 }]);
  });

  it('takes a failed SAML status as a failure and skips SAML events naming no app', async () => {
    const a = items(SAML)[0];
    const params = (status?: string, app = 'Slack') => [{ name: 'application_name', value: app }, ...(status ? [{ name: 'saml_status_code', value: status }] : [])];
    const acts = [
      { ...a, events: [event('login_success', params('urn:oasis:names:tc:SAML:2.0:status:Success'), 'login')] },
      { ...a, events: [event('login_success', params('urn:oasis:names:tc:SAML:2.0:status:Requester'), 'login')] },
      { ...a, events: [event('login_success', [{ name: 'initiated_by', value: 'sp' }], 'login')] },
    ];
    const stats = { skipped: 0 };
    const out = await rows(memory(ndjson(acts)), { stats });
    expect(out.map((r) => (r.bad || r.kind !== 'signin' ? r : [r.line, r.appName, r.outcome]))).toEqual([
      [1, 'Slack', 'success'],
      [2, 'Slack', 'failure'],
    ]);
    expect(stats.skipped).toBe(1);
  });

  it('leaves the user empty when the actor has no e-mail, and lower-cases it otherwise', async () => {
    const acts = [
      { ...login, actor: { callerType: 'KEY', key: 'SYSTEM' } },
      { ...login, actor: { email: 'Alice@Example.COM' } },
    ];
    expect((await rows(memory(ndjson(acts)))).map((r) => (r.bad ? r : r.user))).toEqual([null, 'alice@example.com']);
  });

  it('makes bad activities bad rows naming the line and field; other applications are skipped', async () => {
    const acts: unknown[] = [
      { ...login, id: { ...login.id, applicationName: undefined } },
      'text',
      { ...login, id: { ...login.id, time: '03/03/2025 09:00' } },
      { ...login, id: { ...login.id, time: undefined } },
      { ...login, events: { name: 'login_success' } },
      { ...login, events: [{ type: 'login', parameters: [] }, event('login_success')] },
      { ...login, id: { ...login.id, applicationName: 'drive' } },
      login,
    ];
    const stats = { skipped: 0 };
    const out = await rows(memory(ndjson(acts)), { stats });
    expect(out.map((r) => (r.bad ? [r.line, r.column, r.reason] : r.line))).toEqual([
      [1, 'id.applicationName', 'No applicationName'],
      [2, undefined, 'The activity is not a JSON object'],
      [3, 'id.time', '"03/03/2025 09:00" is not an RFC 3339 time'],
      [4, 'id.time', 'No time'],
      [5, 'events', 'No events list'],
      [6, 'events[0].name', 'An event without a name'],
      6,
      8,
    ]);
    expect(stats.skipped).toBe(1);
  });
});

describe('Google Workspace broken files', () => {
  it('rejects a trailing comma in items naming its line', async () => {
    const json = text(SAML).replace(/\}\n  \]\n\}\s*$/, '},\n  ]\n}\n');
    const e = await failure(memory(json));
    expect(e.message).toBe("line 81: Not valid JSON: unexpected token ']'");
    expect(e.line).toBe(81);
  });

  it('rejects a truncated page', async () => {
    const e = await failure(memory(text(TOKEN).slice(0, 5000)));
    expect(e.message).toMatch(/The JSON ends too early/);
  });

  it('rejects an empty file and a non-JSON file', async () => {
    expect((await failure(memory(''))).message).toBe('The file is empty');
    const e = await failure(memory('Event name,Description,User,Date\nLogin,alice logged in,alice@example.com,2025-03-03\n', 'login.csv'));
    expect(e.message).toBe('line 1: This does not look like JSON: expected Google Workspace activities as a JSON array or one JSON object per line');
  });
});
