import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/platform/sql.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { ENGINE } from '../helpers/db.js';

type App = { id: string; name: string; lifecycleStatus: string; category: string; businessOwner: { id: string; name: string } | null; departments: { id: string; name: string }[]; dataClasses: string[]; ssoSupport: boolean; nextAttestationExpiry: string | null };

describe(`inventory (${ENGINE})`, () => {
  let t: TestApp;
  let it_: Session;
  beforeAll(async () => {
    t = await createTestApp();
    it_ = await t.login('it@demo.example');
  });
  afterAll(() => t?.close());

  const get = (url: string, as: Session | string = it_) => t.call('GET', url, { as });

  it('lists the demo inventory with paging and totals', async () => {
    const res = await get('/api/apps?pageSize=50&page=2');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.total).toBeGreaterThanOrEqual(250);
    expect(body.items).toHaveLength(50);
    expect(body.page).toBe(2);
  });

  it('filters by status, category, department, data held, SSO, owner and expiring attestations', async () => {
    const approved = (await get('/api/apps?status=approved&pageSize=500')).json();
    expect(approved.items.every((a: App) => a.lifecycleStatus === 'approved')).toBe(true);
    const two = (await get('/api/apps?status=approved,retired&pageSize=500')).json();
    expect(two.total).toBeGreaterThan(approved.total);
    const cat = (await get('/api/apps?category=email_automation')).json();
    expect(cat.total).toBeGreaterThan(0);
    expect(cat.items.every((a: App) => a.category === 'email_automation')).toBe(true);
    const depts = (await get('/api/departments')).json().items;
    const mkt = depts.find((d: { name: string }) => d.name === 'Marketing');
    const byDept = (await get(`/api/apps?department=${mkt.id}&pageSize=500`)).json();
    expect(byDept.items.every((a: App) => a.departments.some((d) => d.id === mkt.id))).toBe(true);
    const pii = (await get('/api/apps?dataClass=customer_personal&sso=false&pageSize=500')).json();
    expect(pii.items.every((a: App) => a.dataClasses.includes('customer_personal') && !a.ssoSupport)).toBe(true);
    const owner = approved.items.find((a: App) => a.businessOwner)!.businessOwner!;
    const owned = (await get(`/api/apps?owner=${owner.id}&pageSize=500`)).json();
    expect(owned.total).toBeGreaterThan(0);
    const expiring = (await get('/api/apps?attestationExpiringDays=60&pageSize=500')).json();
    expect(expiring.total).toBeGreaterThan(0);
    const limit = new Date(Date.now() + 60 * 86400_000).toISOString().slice(0, 10);
    expect(expiring.items.every((a: App) => a.nextAttestationExpiry! <= limit)).toBe(true);
  });

  it('searches and sorts', async () => {
    const res = (await get('/api/apps?q=hub')).json();
    expect(res.items.map((a: App) => a.name)).toContain('HubSpot Marketing Hub');
    const asc = (await get('/api/apps?sort=name&pageSize=500')).json().items.map((a: App) => a.name.toLowerCase());
    expect(asc).toEqual([...asc].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const desc = (await get('/api/apps?sort=-name&pageSize=5')).json().items.map((a: App) => a.name.toLowerCase());
    expect(desc[0] >= desc[4]).toBe(true);
  });

  it('rejects bad filters with 422 and the field', async () => {
    const res = await get('/api/apps?status=bogus');
    expect(res.statusCode).toBe(422);
    expect(JSON.stringify(res.json().error.details)).toContain('status');
  });

  it('returns one app with attestations and tab counts; 404 for unknown', async () => {
    const first = (await get('/api/apps?status=approved&pageSize=1')).json().items[0];
    const res = await get(`/api/apps/${first.id}`);
    expect(res.statusCode).toBe(200);
    const app = res.json();
    expect(app.counts).toMatchObject({ contracts: 0, integrations: 0, kpis: 0 });
    expect(Array.isArray(app.attestations)).toBe(true);
    expect((await get('/api/apps/0190a0a0-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });

  it('changes owner and lifecycle (with reason) and both show in the history', async () => {
    const app = (await get('/api/apps?status=approved&pageSize=1&sort=-name')).json().items[0] as App;
    const person = (await get('/api/people?status=active&pageSize=3')).json().items.find((p: { id: string }) => p.id !== app.businessOwner?.id);
    const upd = await t.call('PATCH', `/api/apps/${app.id}`, { as: it_, body: { businessOwnerId: person.id } });
    expect(upd.statusCode).toBe(200);
    expect(upd.json().businessOwner.id).toBe(person.id);
    const noReason = await t.call('POST', `/api/apps/${app.id}/lifecycle`, { as: it_, body: { status: 'restricted' } });
    expect(noReason.statusCode).toBe(422);
    const lc = await t.call('POST', `/api/apps/${app.id}/lifecycle`, { as: it_, body: { status: 'restricted', reason: 'No DPA signed yet' } });
    expect(lc.statusCode).toBe(200);
    expect(lc.json().lifecycleStatus).toBe('restricted');
    const bad = await t.call('POST', `/api/apps/${app.id}/lifecycle`, { as: it_, body: { status: 'discovered', reason: 'not allowed' } });
    expect(bad.statusCode).toBe(409);
    const history = (await get(`/api/apps/${app.id}/history`)).json().items;
    const lifecycle = history.find((h: { action: string }) => h.action === 'app.lifecycle');
    expect(lifecycle.after).toMatchObject({ lifecycleStatus: 'restricted', reason: 'No DPA signed yet' });
    expect(lifecycle.before).toEqual({ lifecycleStatus: 'approved' });
    const owner = history.find((h: { action: string; after: Record<string, unknown> }) => h.action === 'app.update' && 'businessOwnerId' in h.after);
    expect(owner.after.businessOwnerName).toBe(person.name);
    expect(owner.actorLabel).toBeTruthy();
  });

  it('creates an app with validation that names the field', async () => {
    const bad = await t.call('POST', '/api/apps', { as: it_, body: { name: '', category: 'nope' } });
    expect(bad.statusCode).toBe(422);
    const paths = bad.json().error.details.map((d: { path: string[] }) => d.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['body.name', 'body.category']));
    const unknownOwner = await t.call('POST', '/api/apps', { as: it_, body: { name: 'X', category: 'hr', businessOwnerId: '0190a0a0-0000-7000-8000-000000000000' } });
    expect(unknownOwner.statusCode).toBe(422);
    const ok = await t.call('POST', '/api/apps', { as: it_, body: { name: 'Lemlist', vendor: 'Lemlist SAS', category: 'email_automation', dataClasses: ['customer_personal'], website: 'https://lemlist.com' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Lemlist', vendor: 'Lemlist SAS', lifecycleStatus: 'discovered' });
  });

  it('attestations with a document keep the next expiry in step', async () => {
    const app = (await t.call('POST', '/api/apps', { as: it_, body: { name: 'Attest Co', category: 'security_identity' } })).json();
    const boundary = 'xyzBoundary';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="soc2-report.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 fake\r\n--${boundary}--\r\n`;
    const doc = await t.call('POST', `/api/apps/${app.id}/documents`, { as: it_, payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(doc.statusCode).toBe(200);
    expect(doc.json()).toMatchObject({ name: 'soc2-report.pdf', size: 13 });
    const dl = await get(`/api/documents/${doc.json().id}/download`);
    expect(dl.body).toBe('%PDF-1.4 fake');
    expect(dl.headers['content-disposition']).toContain('soc2-report.pdf');
    const a1 = await t.call('POST', `/api/apps/${app.id}/attestations`, { as: it_, body: { type: 'soc2_type2', issuedOn: '2026-01-10', expiresOn: '2027-01-10', documentId: doc.json().id } });
    expect(a1.statusCode).toBe(200);
    expect(a1.json().documentName).toBe('soc2-report.pdf');
    await t.call('POST', `/api/apps/${app.id}/attestations`, { as: it_, body: { type: 'gdpr_dpa', issuedOn: '2024-01-01', expiresOn: '2025-01-01' } });
    let detail = (await get(`/api/apps/${app.id}`)).json();
    expect(detail.nextAttestationExpiry).toBe('2025-01-01');
    expect(detail.attestations.find((a: { type: string }) => a.type === 'gdpr_dpa').status).toBe('expired');
    const badDates = await t.call('POST', `/api/apps/${app.id}/attestations`, { as: it_, body: { type: 'iso27001', issuedOn: '2026-01-01', expiresOn: '2025-01-01' } });
    expect(badDates.statusCode).toBe(422);
    const gdpr = detail.attestations.find((a: { type: string }) => a.type === 'gdpr_dpa');
    expect((await t.call('DELETE', `/api/attestations/${gdpr.id}`, { as: it_ })).statusCode).toBe(200);
    detail = (await get(`/api/apps/${app.id}`)).json();
    expect(detail.nextAttestationExpiry).toBe('2027-01-10');
    expect(detail.counts.documents).toBe(1);
  });

  it('comments resolve @mentions to people', async () => {
    const app = (await get('/api/apps?pageSize=1')).json().items[0];
    const person = (await get('/api/people?pageSize=1&status=active')).json().items[0];
    const handle = person.email.split('@')[0];
    const res = await t.call('POST', `/api/apps/${app.id}/comments`, { as: it_, body: { body: `@${handle} can you check the renewal?` } });
    expect(res.statusCode).toBe(200);
    expect(res.json().mentions.map((m: { id: string }) => m.id)).toEqual([person.id]);
    const list = (await get(`/api/apps/${app.id}/comments`)).json();
    expect(list.items[0].body).toContain(handle);
  });

  it('exports the filtered inventory as CSV and JSON', async () => {
    const filtered = (await get('/api/apps?status=approved&category=collaboration_pm&pageSize=500')).json();
    const csv = await get('/api/apps?status=approved&category=collaboration_pm&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="apps-\d{4}-\d\d-\d\d\.csv"/);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toContain('Name,Vendor,Category');
    expect(lines.length - 1).toBe(filtered.total);
    const json = await get('/api/apps?status=approved&category=collaboration_pm&format=json');
    expect(JSON.parse(json.body)).toHaveLength(filtered.total);
    const all = JSON.parse((await get('/api/apps?format=json')).body);
    expect(all.length).toBe((await get('/api/apps')).json().total);
  });

  it('exports people, departments, users, tokens and audit', async () => {
    for (const list of ['people', 'departments', 'users', 'tokens', 'audit']) {
      const csv = await get(`/api/${list}?format=csv`);
      expect(csv.statusCode, list).toBe(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      const json = await get(`/api/${list}?format=json`);
      expect(Array.isArray(JSON.parse(json.body))).toBe(true);
    }
    const people = JSON.parse((await get('/api/people?format=json&status=leaver')).body);
    expect(people.length).toBeGreaterThan(20);
    expect(people.every((p: { status: string }) => p.status === 'leaver')).toBe(true);
  });

  it('people and departments pages have what the directory needs', async () => {
    const depts = (await get('/api/departments')).json();
    expect(depts.total).toBeGreaterThanOrEqual(8);
    const total = depts.items.reduce((s: number, d: { peopleCount: number }) => s + d.peopleCount, 0);
    expect(total).toBeGreaterThan(1100);
    const people = (await get('/api/people?pageSize=5')).json();
    expect(people.total).toBeGreaterThan(1100);
    const withManager = (await get('/api/people?pageSize=200')).json().items.filter((p: { manager: unknown }) => p.manager);
    expect(withManager.length).toBeGreaterThan(100);
  });

  it('writes an audit row in the same transaction as each change', async () => {
    const before = await rows<{ n: number }>(t.db.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'app.update'`);
    const app = (await get('/api/apps?pageSize=1&sort=-updatedAt')).json().items[0];
    await t.call('PATCH', `/api/apps/${app.id}`, { as: it_, body: { notes: 'Reviewed at the weekly check-in' } });
    const after = await rows<{ n: number }>(t.db.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'app.update'`);
    expect(after[0].n).toBe(before[0].n + 1);
    // A failing change leaves neither the change nor an audit row.
    const failing = await t.call('PATCH', `/api/apps/${app.id}`, { as: it_, body: { departmentIds: ['0190a0a0-0000-7000-8000-000000000000'], notes: 'never' } });
    expect(failing.statusCode).toBe(422);
    const again = await rows<{ n: number }>(t.db.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE action = 'app.update'`);
    expect(again[0].n).toBe(after[0].n);
    expect((await get(`/api/apps/${app.id}`)).json().notes).toBe('Reviewed at the weekly check-in');
  });

  it('the audit log rejects UPDATE and DELETE', async () => {
    const refused = async (q: ReturnType<typeof sql>) => {
      const e = await t.db.database.db.execute(q).then(() => null, (err: Error & { cause?: Error }) => err);
      expect(String(e?.cause?.message ?? e?.message)).toMatch(/append-only/);
    };
    await refused(sql`UPDATE audit_log SET action = 'x'`);
    await refused(sql`DELETE FROM audit_log`);
    const page = (await get('/api/audit?entityType=app&pageSize=10')).json();
    expect(page.total).toBeGreaterThan(0);
    expect(page.items[0]).toHaveProperty('before');
  });

  it('searches the catalog by need with the organisation’s approved apps first', async () => {
    const res = await get('/api/catalog/search?q=webinar');
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { name: string; inventory: { lifecycleStatus: string } | null; why: string[] }[];
    expect(items.length).toBeGreaterThan(3);
    expect(items[0].inventory?.lifecycleStatus).toBe('approved');
    expect(items.every((h) => h.why.length > 0)).toBe(true);
    expect((await get('/api/catalog/search?q=')).statusCode).toBe(422);
  });

  it('serves an OpenAPI 3.1 document that matches the committed openapi.json', async () => {
    const res = await get('/api/openapi.json');
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/apps'].get.operationId).toBe('listApps');
    const { readFileSync } = await import('node:fs');
    const committed = JSON.parse(readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    expect(doc).toEqual(committed);
  });
});
