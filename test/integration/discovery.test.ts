import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/server/platform/sql.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { ENGINE } from '../helpers/db.js';
import { importAndWait } from '../helpers/imports.js';

const FIX = 'test/fixtures/imports';
const fixture = (p: string) => readFileSync(`${FIX}/${p}`);

describe(`discovery from identity providers (${ENGINE})`, () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    admin = await t.login('it@demo.example');
  }, 60_000);
  afterAll(() => t?.close());

  const importFile = (name: string, content: Buffer | string, query = 'start=true') => importAndWait(t, admin, name, content, query);
  const count = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(t.db.database.db, q))[0].n);
  const apps = async (query = 'status=shadow,in_inventory,known,not_relevant&pageSize=200') => {
    const res = await t.call('GET', `/api/discovery/apps?${query}`, { as: admin });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as Record<string, any>[];
  };

  it('imports an Okta System Log: sign-ins per app, person and day; failures are not usage; generic template names fall back to the label', async () => {
    const d = await importFile('okta-page.json', fixture('okta-system-log/constructed-system-log-page.json'));
    expect(d.state, d.error).toBe('committed');
    expect(d.format).toBe('okta');
    expect(d.summary.events).toBe(5);
    expect(d.summary.signins).toBe(4);
    expect(d.summary.failures).toBe(1);
    expect(d.summary.grants).toBe(1);
    expect(await count(sql`SELECT count(*)::int AS n FROM signin_events`)).toBe(5);
    expect(await count(sql`SELECT sum(signins)::int AS n FROM signin_daily`)).toBe(4);
    const found = await apps();
    const names = found.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['Slack', 'Canva']));
    expect(names.some((n) => /salesforce/i.test(n))).toBe(true);
    // Zoom only failed: not usage, so not discovered.
    expect(names.some((n) => /zoom/i.test(n))).toBe(false);
    // The demo organisation approved Slack long ago: found, but not shadow IT.
    const slack = found.find((a) => a.name === 'Slack')!;
    expect(slack).toMatchObject({ status: 'in_inventory', users: 1, signins: 1, sources: ['okta'], inventory: { lifecycleStatus: 'approved' } });
    // The OIDC app named only by its admin label waits in the review queue.
    const queue = (await t.call('GET', '/api/review?source=okta', { as: admin })).json();
    expect(queue.items.map((g: { examples: string[] }) => g.examples.join(' '))).toEqual(expect.arrayContaining([expect.stringContaining('Marketing Analytics Portal')]));

    const again = await importFile('okta-page-again.json', fixture('okta-system-log/constructed-system-log-page.json'));
    expect(again.state).toBe('committed');
    expect(again.rowsImported).toBe(0);
    expect(await count(sql`SELECT count(*)::int AS n FROM signin_events`)).toBe(5);
    expect((await apps()).find((a) => a.name === 'Slack')!.signins).toBe(1);
  });

  it('Google token audit: grants with classified scopes, revocations end them; evidence names file and line', async () => {
    const d = await importFile('google-token.json', fixture('google-workspace-reports/constructed-token-activities.json'));
    expect(d.state, d.error).toBe('committed');
    expect(d.format).toBe('google_reports');
    const calendly = (await apps()).find((a) => a.name === 'Calendly')!;
    expect(calendly).toMatchObject({ users: 1, activeGrants: 1, sources: ['google_token'], grantRisk: 'medium' });
    const detail = (await t.call('GET', `/api/discovery/apps/${calendly.catalogAppId}`, { as: admin })).json();
    expect(detail.users[0]).toMatchObject({ userKey: 'alice@example.com', grant: { state: 'active' } });
    expect(detail.scopes.map((s: { scope: string }) => s.scope)).toContain('https://www.googleapis.com/auth/calendar.readonly');
    const evidence = (await t.call('GET', `/api/discovery/apps/${calendly.catalogAppId}/evidence?kind=grants`, { as: admin })).json();
    expect(evidence.items[0]).toMatchObject({ kind: 'grant', fileName: 'google-token.json', user: 'alice@example.com' });
    expect(evidence.items[0].line).toBeGreaterThan(1);
    const grants = await rows<{ risk: string; action: string }>(t.db.database.db, sql`SELECT risk, action FROM oauth_grants WHERE app_name = 'Example AI Email Assistant' ORDER BY at`);
    expect(grants.map((g) => g.action)).toEqual(['grant', 'revoke']);
    expect(grants[0].risk).toBe('high');
  });

  it('Entra sign-ins (Graph page and portal CSV): interrupts are not failures, Microsoft apps roll up', async () => {
    const g = await importFile('entra-graph.json', fixture('entra-signin-logs/constructed-graph-signins-page.json'));
    expect(g.state, g.error).toBe('committed');
    expect(g.format).toBe('entra');
    expect(g.summary.interrupted).toBeGreaterThan(0);
    const c = await importFile('InteractiveSignIns.csv', fixture('entra-signin-logs/constructed-portal-InteractiveSignIns.csv'));
    expect(c.state, c.error).toBe('committed');
    expect(c.format).toBe('entra');
    const found = await apps();
    expect(found.filter((a) => a.sources.includes('entra')).length).toBeGreaterThan(0);
  });

  it('links sign-ins to people by e-mail and alias; flags identities outside the HR list and leavers after their end date', async () => {
    const hr = 'Email,First Name,Last Name,Department,Status,Start Date,End Date\nalice@example.com,Alice,Example,Marketing,Active,2019-01-01,\nbob@example.com,Bob,Example,Sales,Terminated,2018-01-01,2020-06-30\n';
    const h = await importFile('hr.csv', hr);
    expect(h.state, h.error).toBe('committed');
    const users = (await t.call('GET', '/api/discovery/users?status=not_in_hr,leaver_after_end', { as: admin })).json().items as Record<string, any>[];
    const bob = users.find((u) => u.userKey === 'bob@example.com');
    expect(bob).toMatchObject({ status: 'leaver_after_end', endDate: '2020-06-30' });
    expect(bob!.signinsAfterEnd).toBeGreaterThan(0);
    expect(users.find((u) => u.userKey === 'alice@example.com')).toBeUndefined();
    // The apps of the identities worth a look are named; people HR knows are not listed with theirs.
    expect(bob!.appNames.length).toBeGreaterThan(0);
    const everyone = (await t.call('GET', '/api/discovery/users?status=not_in_hr,leaver_after_end,active,leaver&pageSize=200', { as: admin })).json().items as Record<string, any>[];
    expect(everyone.find((u) => u.userKey === 'alice@example.com')).toMatchObject({ status: 'active', appNames: [] });
    expect(everyone.filter((u) => u.status === 'not_in_hr').every((u) => u.appNames.length > 0 || u.apps === 0)).toBe(true);
    const slack = (await apps()).find((a) => a.name === 'Slack')!;
    expect(slack.leaverUsers).toBe(1);
  });

  /** Okta NDJSON in the API's shape: one sso event a line. */
  const okta = (events: [user: string, app: string, at: string, result?: string][]) =>
    events.map(([user, app, at, result], i) => JSON.stringify({
      uuid: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, published: at, eventType: 'user.authentication.sso', version: '0', severity: 'INFO',
      actor: { id: `00u${i}`, type: 'User', alternateId: user, displayName: user.split('@')[0] }, client: { ipAddress: '203.0.113.7', zone: 'null' },
      outcome: { result: result ?? 'SUCCESS', reason: null },
      target: [{ id: `0oa${app.length}`, type: 'AppInstance', alternateId: app, displayName: app, detailEntry: { signOnModeType: 'SAML_2_0' } }],
    })).join('\n') + '\n';

  it('shadow IT: new apps nobody approved, with evidence; one-click add to inventory (discovered → in review), known, not relevant; audited', async () => {
    const file = okta([
      ['alice@example.com', 'Perplexity', '2026-10-01T09:00:00.000Z'], ['Alice@Example.com', 'Perplexity', '2026-10-02T09:00:00.000Z'], ['carol@contractor.example', 'Perplexity', '2026-10-03T09:00:00.000Z'],
      ['alice@example.com', 'Gamma', '2026-10-04T09:00:00.000Z'], ['alice@example.com', 'Replit', '2026-10-05T09:00:00.000Z'], ['alice@example.com', 'Replit', '2026-10-05T10:00:00.000Z', 'FAILURE'],
    ]);
    const d = await importFile('okta-shadow.ndjson', file);
    expect(d.state, d.error).toBe('committed');
    expect(d.format).toBe('okta');
    const shadow = await apps('status=shadow&pageSize=200');
    const perplexity = shadow.find((a) => a.name === 'Perplexity')!;
    // E-mails are linked case-insensitively: Alice counts once.
    expect(perplexity).toMatchObject({ status: 'shadow', users: 2, signins: 3, unknownUsers: 1, sources: ['okta'], firstSeen: '2026-10-01T09:00:00.000Z', lastSeen: '2026-10-03T09:00:00.000Z' });
    expect(shadow.find((a) => a.name === 'Replit')).toMatchObject({ signins: 1, failures: 1, users: 1 });
    const evidence = (await t.call('GET', `/api/discovery/apps/${perplexity.catalogAppId}/evidence?kind=signins`, { as: admin })).json();
    expect(evidence.total).toBe(3);
    expect(evidence.items.map((e: { line: number }) => e.line).sort()).toEqual([1, 2, 3]);
    expect(evidence.items[0]).toMatchObject({ fileName: 'okta-shadow.ndjson', kind: 'signin', detail: 'success' });
    const csv = await t.call('GET', `/api/discovery/apps?status=shadow&format=csv`, { as: admin });
    expect(csv.body.split('\n')[0]).toContain('First seen');

    const added = await t.call('POST', `/api/discovery/apps/${perplexity.catalogAppId}/add-to-inventory`, { as: admin, body: {} });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json()).toMatchObject({ created: true, lifecycleStatus: 'in_review' });
    const app = (await t.call('GET', `/api/apps/${added.json().appId}`, { as: admin })).json();
    expect(app).toMatchObject({ name: 'Perplexity', lifecycleStatus: 'in_review' });
    const gamma = shadow.find((a) => a.name === 'Gamma')!;
    expect((await t.call('POST', `/api/discovery/apps/${gamma.catalogAppId}/decision`, { as: admin, body: { decision: 'not_relevant' } })).statusCode).toBe(200);
    const replit = shadow.find((a) => a.name === 'Replit')!;
    expect((await t.call('POST', `/api/discovery/apps/${replit.catalogAppId}/decision`, { as: admin, body: { decision: 'known', note: 'Engineering sandbox' } })).json()).toMatchObject({ status: 'known' });
    const after = (await apps('status=shadow&pageSize=200')).map((a) => a.name);
    expect(after).not.toContain('Perplexity');
    expect(after).not.toContain('Gamma');
    expect(after).not.toContain('Replit');
    expect((await apps('status=in_inventory&pageSize=200')).find((a) => a.name === 'Perplexity')!.inventory.lifecycleStatus).toBe('in_review');
    const audit = (await t.call('GET', '/api/audit?pageSize=50', { as: admin })).json().items.map((a: { action: string }) => a.action);
    expect(audit).toEqual(expect.arrayContaining(['discovery.decide', 'app.create', 'app.lifecycle']));
    // An alias links the contractor address to a person of the directory: no longer outside the HR list.
    const carol = await t.call('POST', '/api/people', { as: admin, body: { name: 'Carol Example', email: 'carol@example.com', aliases: ['Carol@Contractor.example'] } });
    expect(carol.statusCode, carol.body).toBe(200);
    expect((await apps('status=in_inventory&pageSize=200')).find((a) => a.name === 'Perplexity')!.unknownUsers).toBe(0);
    const summary = (await t.call('GET', '/api/discovery/summary', { as: admin })).json();
    expect(summary.apps).toBeGreaterThan(5);
    expect(summary.leaversAfterEnd).toBe(1);
    expect(summary.usersNotInHr).toBe((await t.call('GET', '/api/discovery/users?status=not_in_hr', { as: admin })).json().total);
  });

  it('a department-scoped reader sees only apps and people of its departments', async () => {
    const depts = (await t.call('GET', '/api/departments?pageSize=100', { as: admin })).json().items as { id: string; name: string }[];
    const marketing = depts.find((d) => d.name === 'Marketing')!.id;
    const made = await t.call('POST', '/api/users', { as: admin, body: { email: 'scoped-finance@demo.example', name: 'Scoped Finance', role: 'finance', departmentScopeIds: [marketing], password: 'correct horse battery staple' } });
    expect(made.statusCode, made.body).toBe(200);
    const scoped = await t.login('scoped-finance@demo.example', 'correct horse battery staple');
    // Bob (Sales) is the only one using Descript.
    expect((await importFile('okta-sales.ndjson', okta([['bob@example.com', 'Descript', '2026-10-07T09:00:00.000Z']]).replace(/00000000-0000-4000-8000-/g, '00000000-0000-4000-9000-'))).state).toBe('committed');
    const all = await apps();
    const mine = (await t.call('GET', '/api/discovery/apps?status=shadow,in_inventory,known,not_relevant&pageSize=200', { as: scoped })).json().items as Record<string, any>[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    for (const a of mine) expect(a.departments.map((d: { id: string }) => d.id)).toEqual([marketing]);
    const hidden = all.find((a) => !a.departments.some((d: { id: string }) => d.id === marketing))!;
    expect((await t.call('GET', `/api/discovery/apps/${hidden.catalogAppId}`, { as: scoped })).statusCode).toBe(404);
    expect((await t.call('GET', `/api/discovery/apps/${hidden.catalogAppId}/evidence`, { as: scoped })).statusCode).toBe(404);
    const users = (await t.call('GET', '/api/discovery/users?status=not_in_hr,leaver_after_end,active,leaver', { as: scoped })).json().items as Record<string, any>[];
    for (const u of users) expect(u.person?.department).toBe('Marketing');
    expect((await t.call('POST', `/api/discovery/apps/${hidden.catalogAppId}/decision`, { as: scoped, body: { decision: 'known' } })).statusCode).toBe(403);
  });

  it('consent grants name no app: an Okta app object imported later names the client id', async () => {
    const g = await importFile('okta-consent.json', fixture('okta-system-log/vets-api-app.oauth2.as.consent.grant.json'));
    expect(g.state, g.error).toBe('committed');
    const unnamed = await rows<{ n: number }>(t.db.database.db, sql`SELECT count(*)::int AS n FROM oauth_grants WHERE client_id = '0oa7rb3qjbKyi6j7O2p7' AND match_seq IS NULL`);
    expect(Number(unnamed[0].n)).toBeGreaterThan(0);
    const a = await importFile('okta-app.json', fixture('okta-system-log/vets-api-app-object-trimmed.json'));
    expect(a.state, a.error).toBe('committed');
    expect(a.format).toBe('okta');
    const named = await rows<{ app_name: string; matched: boolean }>(t.db.database.db, sql`SELECT DISTINCT app_name, match_seq IS NOT NULL AS matched FROM oauth_grants WHERE client_id = '0oa7rb3qjbKyi6j7O2p7'`);
    expect(named).toEqual([{ app_name: expect.stringContaining('ExampleVendorClient'), matched: true }]);
    // Nobody's catalog knows the vendor's client: the name waits in the review queue.
    const queue = (await t.call('GET', '/api/review?source=okta&pageSize=100', { as: admin })).json();
    expect(queue.items.some((q: { examples: string[] }) => q.examples.some((e) => e.includes('ExampleVendorClient')))).toBe(true);
  });

  it('a broken Okta array (trailing comma) fails with its line and leaves nothing', async () => {
    const before = await count(sql`SELECT count(*)::int AS n FROM signin_events`);
    const text = readFileSync(`${FIX}/okta-system-log/constructed-system-log-page.json`, 'utf8').replace(/\}\s*\]\s*$/, '},\n]\n');
    const d = await importFile('okta-trailing-comma.json', text, 'start=true&format=okta');
    expect(d.state).toBe('failed');
    expect(d.error).toMatch(/line \d+/);
    expect(await count(sql`SELECT count(*)::int AS n FROM signin_events`)).toBe(before);
  });
});
