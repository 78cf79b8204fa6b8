import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { collect, formatError } from './test-support.js';
import { fileSourceFromBuffer, fileSourceFromPath } from './file-source.js';
import { instant, parseOkta, sniffOkta, sniffOktaApps, type OktaOptions } from './okta.js';
import { FormatError, MAX_RECORD_BYTES, type BadRow, type FileSource, type GrantRow, type IdpAppRow, type SignInRow } from './types.js';

const DIR = path.resolve(import.meta.dirname, '../../../../../test/fixtures/imports/okta-system-log');
const PAGE = 'constructed-system-log-page.json';
const CONSENT = 'vets-api-app.oauth2.as.consent.grant.json';
const APP = 'vets-api-app-object-trimmed.json';

type Row = SignInRow | GrantRow | IdpAppRow | BadRow;

const fixture = (name: string): FileSource => fileSourceFromPath(path.join(DIR, name));
const text = (name: string): string => fs.readFileSync(path.join(DIR, name), 'utf8');
const events = (name: string): Record<string, unknown>[] => JSON.parse(text(name)) as Record<string, unknown>[];
const memory = (s: string | Buffer, name = 'okta.json'): FileSource => fileSourceFromBuffer(s, name);
const ndjson = (evs: unknown[]): string => evs.map((e) => JSON.stringify(e)).join('\n') + '\n';

const rows = (src: FileSource, opts: OktaOptions = {}): Promise<Row[]> => collect(parseOkta(src, opts));
const failure = (src: FileSource) => formatError(rows(src));

const signin = (r: Omit<SignInRow, 'kind' | 'source'>): SignInRow => ({ kind: 'signin', source: 'okta', ...r });
const grant = (r: Omit<GrantRow, 'kind' | 'source'>): GrantRow => ({ kind: 'grant', source: 'okta', ...r });

/** The constructed page's rows; `line` says where each event starts (array form). */
const PAGE_ROWS: Row[] = [
  signin({ line: 90, externalId: '0b6c1c2e-0001-11f0-a000-000000000002', at: '2025-03-03T09:00:02.118Z', user: 'alice@example.com', userName: 'Alice Example', appName: 'Salesforce.com', appAlternate: 'Salesforce.com', appId: '0oaexamplesfdc000001', outcome: 'success', ip: '203.0.113.20' }),
  signin({ line: 197, externalId: '0b6c1c2e-0001-11f0-a000-000000000003', at: '2025-03-03T09:14:45.903Z', user: 'alice@example.com', userName: 'Alice Example', appName: null, appAlternate: 'Marketing Analytics Portal', appId: '0oaexampleoidc000002', outcome: 'success', ip: '203.0.113.20' }),
  signin({ line: 303, externalId: '0b6c1c2e-0001-11f0-a000-000000000004', at: '2025-03-03T09:20:13.552Z', user: 'alice@example.com', userName: 'Alice Example', appName: 'Canva', appAlternate: 'Canva', appId: '0oaexampleswa0000003', outcome: 'success', ip: '203.0.113.20' }),
  signin({ line: 492, externalId: '0b6c1c2e-0001-11f0-a000-000000000009', at: '2025-03-03T09:45:00.120Z', user: 'alice@example.com', userName: 'Alice Example', appName: 'Zoom', appAlternate: 'Zoom', appId: '0oaexamplezoom000006', outcome: 'failure', ip: '203.0.113.20' }),
  signin({ line: 674, externalId: '0b6c1c2e-0001-11f0-a000-000000000007', at: '2025-03-03T10:04:19.771Z', user: 'bob@example.com', userName: 'Bob Example', appName: 'Slack', appAlternate: 'Slack', appId: '0oaexampleslack00004', outcome: 'success', ip: '198.51.100.44' }),
  grant({ line: 777, externalId: '0b6c1c2e-0001-11f0-a000-000000000008', at: '2025-03-03T10:31:50.006Z', user: 'bob@example.com', appName: null, clientId: '0oaexamplemiro000005', scopes: ['okta.users.read.self', 'offline_access'], action: 'grant' }),
];

const APP_ROW: IdpAppRow = { kind: 'idp_app', line: 1, appId: '0oa7rb3qjbKyi6j7O2p7', clientId: '0oa7rb3qjbKyi6j7O2p7', label: 'ExampleVendorClient-2020-07-14T16:37:31.039Z', name: 'oidc_client', source: 'okta' };

/** The bytes handed out `size` at a time, so chunk boundaries fall everywhere. */
function chunked(data: string | Buffer, size: number, name = 'okta.json'): FileSource {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  const parts = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size));
  return { name, size: bytes.length, open: () => Readable.from(parts) };
}

/** An SSO event like the page's Salesforce one, with the given changes. */
function sso(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { ...events(PAGE)[1], ...changes };
}

describe('Okta fixtures', () => {
  it('reads the constructed page: SSO to SAML, OIDC (template name), SWA, a failed SSO, a consent; sessions skipped', async () => {
    const stats = { skipped: 0 };
    expect(await rows(fixture(PAGE), { stats })).toEqual(PAGE_ROWS);
    // Three user.session.start events (two successes, one INVALID_CREDENTIALS failure).
    expect(stats.skipped).toBe(3);
  });

  it('reads the real consent capture: scopes from ConsentGrant targets, the app only as its client id', async () => {
    const stats = { skipped: 0 };
    expect(await rows(fixture(CONSENT), { stats })).toEqual([
      grant({ line: 2, externalId: '64c501c6-4568-11eb-8734-8539fa555daa', at: '2020-12-23T21:47:03.448Z', user: 'user.a@example.com', appName: null, clientId: '0oa7rb3qjbKyi6j7O2p7', scopes: ['launch/patient'], action: 'grant' }),
      grant({ line: 106, externalId: '85049f25-4568-11eb-ba7d-892e1f144239', at: '2020-12-23T21:47:57.552Z', user: 'user.b@example.com', appName: null, clientId: '0oa7rb3qjbKyi6j7O2p7', scopes: ['launch/patient', 'disability_rating.read', 'service_history.read', 'veteran_status.read'], action: 'grant' }),
      grant({ line: 243, externalId: '8f2c4531-4b97-11eb-9466-21f77258c27e', at: '2020-12-31T18:39:47.912Z', user: 'user.c@example.com', appName: null, clientId: '0oa7rb3qjbKyi6j7O2p7', scopes: ['launch/patient'], action: 'grant' }),
    ]);
    expect(stats.skipped).toBe(0);
  });

  it('makes the Panther test event (no published, no actor) a bad row', async () => {
    const out = await rows(fixture('panther-user.authentication.sso-partial.json'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ bad: true, line: 2, column: 'published', reason: 'No published time' });
    expect((out[0] as BadRow).raw).toMatch(/^\{"displayMessage":"User single sign on to app","eventType":"user.authentication.sso"/);
  });

  it('reads the app lookup response as the app it names: label and client id', async () => {
    expect(await rows(fixture(APP))).toEqual([APP_ROW]);
  });

  it('closes the file when the reader stops early or the file is refused', async () => {
    const opened: Readable[] = [];
    const tracked = (s: string): FileSource => {
      const inner = memory(s);
      return { ...inner, open: () => opened[opened.push(inner.open()) - 1] };
    };
    // Larger than a few 64 KB chunks, so the stream is still open when reading stops.
    const many = ndjson(Array.from({ length: 100 }, () => events(PAGE)).flat());
    for await (const r of parseOkta(tracked(`[${many.trim().split('\n').join(',')}]`))) if (r) break;
    for await (const r of parseOkta(tracked(many))) if (r) break;
    await rows(tracked('uuid,published\n' + '1,2\n'.repeat(100_000))).catch(() => null);
    await rows(tracked('{\n  "kind": "admin#reports#activities"\n}\n' + ' '.repeat(300_000))).catch(() => null);
    await new Promise((r) => setImmediate(r));
    expect(opened.length).toBe(4);
    expect(opened.map((s) => s.destroyed)).toEqual([true, true, true, true]);
  });

  it('reports progress up to the file size', async () => {
    const src = fixture(PAGE);
    const seen: number[] = [];
    for await (const r of parseOkta(src, { onBytes: (n) => seen.push(n) })) void r;
    expect(seen.at(-1)).toBe(src.size);
  });
});

describe('sniffOkta', () => {
  it('recognises the API page and the consent capture, also cut short and as NDJSON', () => {
    expect(sniffOkta(text(PAGE))).toBe(true);
    expect(sniffOkta(text(CONSENT))).toBe(true);
    expect(sniffOkta(text(PAGE).slice(0, 1500))).toBe(true);
    expect(sniffOkta('\ufeff' + ndjson(events(PAGE)))).toBe(true);
  });

  it('leaves other files alone', () => {
    // Partial security-tool data without an actor, and the app object, are not System Log pages.
    expect(sniffOkta(text('panther-user.authentication.sso-partial.json'))).toBe(false);
    expect(sniffOkta(text('vets-api-app-object-trimmed.json'))).toBe(false);
    expect(sniffOkta('[{"eventtype":"user.authentication.sso","uuid":"1","actor":{"alternateid":"a"}}]')).toBe(false);
    expect(sniffOkta('{"kind":"admin#reports#activities","items":[]}')).toBe(false);
    expect(sniffOkta('eventType,uuid,actor\nuser.authentication.sso,1,a\n')).toBe(false);
    expect(sniffOkta('')).toBe(false);
  });
});

describe('Okta NDJSON', () => {
  it('reads one event a line, with the same rows on their own lines', async () => {
    const stats = { skipped: 0 };
    const lines = [2, 3, 4, 6, 8, 9];
    expect(await rows(memory(ndjson(events(PAGE)), 'okta.ndjson'), { stats })).toEqual(PAGE_ROWS.map((r, i) => ({ ...r, line: lines[i] })));
    expect(stats.skipped).toBe(3);
  });

  it('makes an unreadable line a bad row naming it and keeps the other lines', async () => {
    const evs = events(PAGE).map((e) => JSON.stringify(e));
    evs[3] = evs[3].slice(0, 200);
    const out = await rows(memory(`\n${evs.join('\r\n')}\r\n\r\n`));
    expect(out.map((r) => (r.bad ? [r.line, r.reason] : r.line))).toEqual([3, 4, [5, 'Not valid JSON (a damaged or cut-off line)'], 7, 9, 10]);
    expect((out[2] as BadRow).raw).toBe(evs[3]);
  });

  it('makes a cut-off last line a bad row', async () => {
    const s = ndjson(events(CONSENT));
    const out = await rows(memory(s.slice(0, s.length - 100)));
    expect(out.map((r) => (r.bad ? ['bad', r.line] : r.line))).toEqual([1, 2, ['bad', 3]]);
  });

  it('rejects a file whose first line is not JSON', async () => {
    const e = await failure(memory(`{"uuid": "1", oops}\n${ndjson(events(CONSENT))}`));
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/^line 1: Not valid JSON/);
  });
});

describe('Okta events', () => {
  it('skips an SSO without an app (null target) and counts it', async () => {
    const stats = { skipped: 0 };
    const out = await rows(memory(JSON.stringify([sso({ target: null }), sso({ target: [] }), sso()])), { stats });
    expect(out.map((r) => r.line)).toEqual([1]);
    expect(stats.skipped).toBe(2);
  });

  it('never takes the literal "null" for data', async () => {
    const client = { ...(sso().client as object), zone: 'null', ipAddress: 'null', id: 'null' };
    const [row] = await rows(memory(JSON.stringify([sso({ client, uuid: 'null' })])));
    expect(row).toMatchObject({ kind: 'signin', ip: null, externalId: null, appName: 'Salesforce.com' });
    expect(JSON.stringify(row)).not.toContain('"null"');
  });

  it('treats generic template names as no name, keeping the label and id', async () => {
    const target = (displayName: string) => [{ id: '0oaT', type: 'AppInstance', alternateId: 'Our Wiki', displayName, detailEntry: null }];
    const out = await rows(memory(JSON.stringify(['OpenID Connect Client', 'Template Plugin App', 'Bookmark App', 'SAML 2.0 App', 'Notion'].map((n) => sso({ target: target(n) })))));
    expect(out.map((r) => (r.bad || r.kind !== 'signin' ? r : [r.appName, r.appAlternate, r.appId]))).toEqual([
      [null, 'Our Wiki', '0oaT'],
      [null, 'Our Wiki', '0oaT'],
      [null, 'Our Wiki', '0oaT'],
      [null, 'Our Wiki', '0oaT'],
      ['Notion', 'Our Wiki', '0oaT'],
    ]);
  });

  it('maps outcome results; a missing or unknown one is neither usage nor failure', async () => {
    const results = ['SUCCESS', 'ALLOW', 'FAILURE', 'DENY', 'CHALLENGE', 'UNKNOWN', 'SKIPPED', 'success', 'WHATEVER', null];
    const out = await rows(memory(JSON.stringify(results.map((result) => sso({ outcome: result === null ? null : { result, reason: null } })))));
    expect(out.map((r) => (r.bad || r.kind !== 'signin' ? r : r.outcome))).toEqual(['success', 'success', 'failure', 'failure', 'interrupted', 'interrupted', 'interrupted', 'success', 'interrupted', 'interrupted']);
  });

  it('lower-cases the login and leaves the user empty when the actor is not a person', async () => {
    const out = await rows(
      memory(JSON.stringify([sso({ actor: { id: '00u1', type: 'User', alternateId: ' Alice@Example.COM ', displayName: 'Alice' } }), sso({ actor: { id: '0oa9', type: 'PublicClientApp', alternateId: 'Robot', displayName: 'Robot' } }), sso({ actor: undefined })])),
    );
    expect(out.map((r) => (r.bad || r.kind !== 'signin' ? r : [r.user, r.userName]))).toEqual([
      ['alice@example.com', 'Alice'],
      [null, null],
      [null, null],
    ]);
  });

  it('makes bad events bad rows naming the line and field', async () => {
    const json = ['[', JSON.stringify(sso({ published: '2022-12-13 15:22:58.759' })) + ',', JSON.stringify(sso({ published: '2025-02-30T10:00:00.000Z' })) + ',', '"text",', JSON.stringify(sso({ eventType: undefined })) + ',', JSON.stringify(sso({ published: 1741000000 })) + ',', JSON.stringify(sso()), ']'].join('\n');
    const out = await rows(memory(json));
    expect(out.map((r) => (r.bad ? [r.line, r.column, r.reason] : r.line))).toEqual([
      [2, 'published', '"2022-12-13 15:22:58.759" is not an ISO 8601 time with a time zone'],
      [3, 'published', '"2025-02-30T10:00:00.000Z" is not an ISO 8601 time with a time zone'],
      [4, undefined, 'The event is not a JSON object'],
      [5, 'eventType', 'No eventType'],
      [6, 'published', '"1741000000" is not an ISO 8601 time with a time zone'],
      7,
    ]);
  });

  it('turns consent revocations and token grants into grant rows; refused ones are skipped', async () => {
    const base = { ...events(PAGE)[8] };
    const token = (eventType: string, result: string, extra: Record<string, unknown> = {}) => ({
      ...base,
      eventType,
      uuid: `t-${eventType}-${result}`,
      outcome: { result, reason: null },
      target: [{ id: '0oaexamplemiro000005', type: 'AppInstance', alternateId: 'Miro', displayName: 'Miro', detailEntry: null }],
      debugContext: { debugData: { grantType: 'authorization_code', grantedScopes: 'openid, profile offline_access' } },
      ...extra,
    });
    const stats = { skipped: 0 };
    const out = await rows(
      memory(
        JSON.stringify([
          { ...base, eventType: 'app.oauth2.as.consent.revoke', uuid: 'revoke-1' },
          token('app.oauth2.as.token.grant.access_token', 'SUCCESS'),
          token('app.oauth2.token.grant.refresh_token', 'FAILURE'),
          token('app.oauth2.token.grant', 'SUCCESS', { target: null, debugContext: { debugData: { clientId: '0oaCLIENT', grantedScopes: 'openid' } } }),
          token('app.oauth2.as.token.grant.id_token', 'SUCCESS', { target: null, debugContext: null, actor: { id: '0oa9', type: 'PublicClientApp', alternateId: '0oa9', displayName: 'Robot' } }),
          { ...base, eventType: 'app.oauth2.as.authorize.code', uuid: 'code-1' },
          { ...base, eventType: 'application.user_membership.add', uuid: 'assign-1' },
        ]),
      ),
      { stats },
    );
    expect(out).toEqual([
      grant({ line: 1, externalId: 'revoke-1', at: '2025-03-03T10:31:50.006Z', user: 'bob@example.com', appName: null, clientId: '0oaexamplemiro000005', scopes: ['okta.users.read.self', 'offline_access'], action: 'revoke' }),
      grant({ line: 1, externalId: 't-app.oauth2.as.token.grant.access_token-SUCCESS', at: '2025-03-03T10:31:50.006Z', user: 'bob@example.com', appName: 'Miro', clientId: '0oaexamplemiro000005', scopes: ['openid', 'profile', 'offline_access'], action: 'grant' }),
      grant({ line: 1, externalId: 't-app.oauth2.token.grant-SUCCESS', at: '2025-03-03T10:31:50.006Z', user: 'bob@example.com', appName: null, clientId: '0oaCLIENT', scopes: ['openid'], action: 'grant' }),
    ]);
    // The refused refresh token, the client-credentials token naming no client, the code and the assignment.
    expect(stats.skipped).toBe(4);
  });

  it('tolerates an object holding the events', async () => {
    const out = await rows(memory(JSON.stringify({ items: events(CONSENT) }, null, 2)));
    expect(out.map((r) => r.line)).toEqual([3, 107, 244]);
  });

  it('reads times with offsets as UTC and refuses impossible ones', () => {
    expect(instant('2025-03-03T10:31:50.006Z')).toBe('2025-03-03T10:31:50.006Z');
    expect(instant(' 2025-03-03T10:31:50.006Z ')).toBe('2025-03-03T10:31:50.006Z');
    expect(instant('2024-02-29T23:59:59.999Z')).toBe('2024-02-29T23:59:59.999Z');
    expect(instant('2025-02-29T10:31:50.006Z')).toBeNull();
    expect(instant('2025-03-03T10:60:50.006Z')).toBeNull();
    expect(instant('2025-13-03T10:31:50.006Z')).toBeNull();
    expect(instant('2025-03-03t10:31:50.006z')).toBe('2025-03-03T10:31:50.006Z');
    expect(instant('2025-03-03T11:31:50+01:00')).toBe('2025-03-03T10:31:50.000Z');
    expect(instant('2024-02-29T00:00:00Z')).toBe('2024-02-29T00:00:00.000Z');
    expect(instant('2025-02-29T00:00:00Z')).toBeNull();
    expect(instant('2025-03-03T24:00:00Z')).toBeNull();
    expect(instant('2025-03-03')).toBeNull();
    expect(instant(null)).toBeNull();
  });
});

describe('Okta broken files', () => {
  it('rejects a trailing comma before ] naming its line', async () => {
    const json = text(CONSENT).replace(/\}\n\]\s*$/, '},\n]\n');
    const e = await failure(memory(json));
    expect(e.line).toBe(text(CONSENT).split('\n').length);
    expect(e.message).toMatch(/Not valid JSON/);
  });

  it('rejects a truncated array', async () => {
    // Cut just after the Zoom event's closing brace on line 587: every event read is whole, the array is not.
    const e = await failure(memory(text(PAGE).slice(0, 15000)));
    expect(e.message).toBe('line 587: The JSON ends too early (is the file truncated?)');
    expect(e.line).toBe(587);
  });

  it('rejects an empty file, a blank one, a CSV and a binary file', async () => {
    expect((await failure(memory(''))).message).toBe('The file is empty');
    expect((await failure(memory(' \n\n'))).message).toBe('The file is empty');
    const csv = await failure(memory('\n\nuuid,published,eventType\n1,2025-03-03,user.authentication.sso\n', 'log.csv'));
    expect([csv.line, csv.message]).toEqual([3, 'line 3: This does not look like JSON: expected Okta events as a JSON array or one JSON object per line']);
    expect((await failure(memory(Buffer.from('%PDF-1.7\n\0\0binary')))).message).toMatch(/This is not a text file \(it is a PDF\)/);
  });
});

describe('Okta byte reader', () => {
  it('reads the page the same in chunks of any size, with a BOM, and as UTF-16', async () => {
    const page = text(PAGE);
    for (const size of [1, 7, 333, 4096]) expect(await rows(chunked(page, size)), `chunks of ${size}`).toEqual(PAGE_ROWS);
    expect(await rows(chunked(`\ufeff${page}`, 5))).toEqual(PAGE_ROWS);
    // Not UTF-8: decoded and tokenized instead, with the same rows.
    expect(await rows(chunked(Buffer.from(`\ufeff${page}`, 'utf16le'), 4096))).toEqual(PAGE_ROWS);
  });

  it('keeps names with multi-byte characters and escapes whole across chunk boundaries', async () => {
    const actor = { id: '00u1', type: 'User', alternateId: 'zoe@example.com', displayName: 'Zoë "Z" Ünal 日本 🚀 \\' };
    const target = [{ id: '0oaX', type: 'AppInstance', alternateId: 'Ärzte-Portal }]', displayName: 'Ärzte-Portal }]', detailEntry: null }];
    const evs = [sso({ actor, target }), sso({ actor, target, uuid: 'second' })];
    const json = `[\n${evs.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
    for (const size of [1, 2, 3]) {
      const out = await rows(chunked(json, size));
      expect(out.map((r) => (r.bad || r.kind !== 'signin' ? r : [r.line, r.userName, r.appName]))).toEqual([
        [2, actor.displayName, 'Ärzte-Portal }]'],
        [3, actor.displayName, 'Ärzte-Portal }]'],
      ]);
    }
  });

  it('reads the events under an envelope key after other values', async () => {
    const doc = { meta: { next: '/api/v1/logs?after=1', items: 'not this' }, data: events(CONSENT), count: 3 };
    const out = await rows(chunked(JSON.stringify(doc, null, 2), 64));
    expect(out.map((r) => [r.line, !r.bad && r.kind])).toEqual([
      [7, 'grant'],
      [111, 'grant'],
      [248, 'grant'],
    ]);
  });

  it('names the line inside an event where its JSON breaks', async () => {
    const lines = text(PAGE).split('\n');
    // Line 100 is inside the Salesforce event (lines 90-196): drop its comma.
    lines[99] = lines[99].replace(/,$/, '');
    const e = await failure(memory(lines.join('\n')));
    expect(e.line).toBe(101);
    expect(e.message).toMatch(/^line 101: Not valid JSON: expected ',' or '}' after property value/);
  });

  it('rejects bytes that are not UTF-8 after a UTF-8 start, naming their line', async () => {
    // Past the head that decides the encoding (64 KB), in the last event.
    const evs = Array.from({ length: 60 }, (_, i) => JSON.stringify(sso({ uuid: `u${i}` })));
    const json = `[\n${evs.join(',\n')}\n]\n`;
    const at = json.lastIndexOf('Salesforce');
    const bytes = Buffer.concat([Buffer.from(json.slice(0, at)), Buffer.from([0xe9]), Buffer.from(json.slice(at))]);
    const e = await failure(chunked(bytes, 1000));
    expect([e.line, e.message]).toEqual([61, 'line 61: The file is not valid UTF-8 here, although its start is (mixed encodings or a damaged file). Save it again as UTF-8 and re-upload.']);
  });

  it('rejects an event longer than the record limit at its line', async () => {
    const e = await failure(memory(`[\n${JSON.stringify(sso())},\n${JSON.stringify(sso({ displayMessage: 'x'.repeat(MAX_RECORD_BYTES) }))}\n]`));
    expect([e.line, e.message]).toEqual([3, `line 3: An element is longer than ${MAX_RECORD_BYTES} bytes`]);
  });
});

describe('Okta apps', () => {
  const app = (changes: Record<string, unknown>) => ({ ...(JSON.parse(text(APP)) as Record<string, unknown>), ...changes });

  it('reads a list of apps, one object or one per line; an OIDC app without credentials is its own client', async () => {
    const apps = [
      app({}),
      app({ id: '0oaSAML', name: 'salesforce', label: 'Salesforce.com', signOnMode: 'SAML_2_0', credentials: { userNameTemplate: {} } }),
      app({ id: '0oaOIDC', label: 'Internal Portal', credentials: undefined }),
    ];
    const expected: IdpAppRow[] = [
      APP_ROW,
      { ...APP_ROW, appId: '0oaSAML', clientId: null, label: 'Salesforce.com', name: 'salesforce' },
      { ...APP_ROW, appId: '0oaOIDC', clientId: '0oaOIDC', label: 'Internal Portal' },
    ];
    expect(await rows(memory(JSON.stringify(apps)))).toEqual(expected);
    expect(await rows(memory(ndjson(apps)))).toEqual(expected.map((r, i) => ({ ...r, line: i + 1 })));
    const pretty = JSON.stringify(apps, null, 2);
    const starts = pretty.split('\n').flatMap((l, i) => (l === '  {' ? [i + 1] : []));
    expect(await rows(memory(pretty))).toEqual(expected.map((r, i) => ({ ...r, line: starts[i] })));
  });

  it('still rejects an object that is neither a list nor an app', async () => {
    const e = await failure(memory(JSON.stringify({ errorCode: 'E0000011', errorSummary: 'Invalid token provided' }, null, 2)));
    expect(e.message).toBe('No list of Okta events found: expected a JSON array, an object with an "items" array, or one JSON object per line');
  });

  it('sniffs app objects, and not events, HR lists or apps nested deeper', () => {
    expect(sniffOktaApps(text(APP))).toBe(true);
    expect(sniffOktaApps(`[${text(APP)}]`)).toBe(true);
    expect(sniffOktaApps('\ufeff' + ndjson([JSON.parse(text(APP))]))).toBe(true);
    expect(sniffOktaApps(text(APP).slice(0, 300))).toBe(true);
    expect(sniffOktaApps(text(PAGE))).toBe(false);
    expect(sniffOktaApps('[{"id":"7","label":"x","name":"Alice","email":"alice@example.com"}]')).toBe(false);
    expect(sniffOktaApps('[{"id":"7","label":"x","settings":{"signOnMode":"SAML_2_0"}}]')).toBe(false);
    expect(sniffOktaApps('id,label,signOnMode\n1,x,SAML_2_0\n')).toBe(false);
    expect(sniffOkta(text(APP))).toBe(false);
  });
});

describe('Okta streaming', () => {
  it('parses a 50 MB page with bounded heap', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const template = events(PAGE)[1];
    // Fixed-width uuids make every event the same length, so the size is known without generating twice.
    const event = (i: number) => JSON.stringify({ ...template, uuid: `00000000-0000-0000-0000-${String(i).padStart(12, '0')}` });
    const perEvent = Buffer.byteLength(event(0)) + 2;
    const count = Math.ceil((50 * 2 ** 20) / perEvent);
    function* generate(): Generator<string> {
      yield '[';
      for (let i = 0; i < count; i++) yield `${i ? ',' : ''}\n${event(i)}`;
      yield '\n]\n';
    }
    const src: FileSource = { name: 'big.json', size: 1 + count * perEvent - 1 + 3, open: () => Readable.from(generate(), { objectMode: false }) };

    gc();
    const base = process.memoryUsage().heapUsed;
    let peak = 0;
    let n = 0;
    let last: Row | null = null;
    let bytes = 0;
    for await (const r of parseOkta(src, { onBytes: (b) => (bytes = b) })) {
      n++;
      last = r;
      if (n % 2000 === 0) {
        gc();
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
      }
    }
    expect(n).toBe(count);
    expect(last).toMatchObject({ kind: 'signin', line: count + 1, appName: 'Salesforce.com' });
    expect(bytes).toBe(src.size);
    expect(peak).toBeLessThan(100 * 2 ** 20);
  });
});
