import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/platform/sql.js';
import { systemCtx } from '../../src/server/platform/ctx.js';
import { refreshDiscovery } from '../../src/server/modules/discovery/refresh.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { ENGINE } from '../helpers/db.js';

/**
 * Walks every API route with every demo role and proves that a department-scoped role cannot
 * read or change anything outside its scope, and that the auditor cannot change anything.
 */
const ROLES = {
  it_admin: 'it@demo.example',
  marketing_lead: 'cmo@demo.example',
  finance: 'finance@demo.example',
  security_reviewer: 'security@demo.example',
  member: 'member@demo.example',
  auditor: 'auditor@demo.example',
} as const;
type RoleName = keyof typeof ROLES;

type Ids = { discoveredId: string; importId: string; ruleId: string; appOut: string; appIn: string; personOut: string; deptOut: string; docOut: string; attOut: string; userId: string; tokenId: string; deptIn: string };
type Case = { url: (ids: Ids) => string; body?: (ids: Ids) => unknown; multipart?: boolean };

const UNSAFE_OWN_ACCOUNT = new Set(['POST /api/auth/login', 'POST /api/auth/logout', 'POST /api/auth/password']);

// One case per route: the request aims at something outside the marketing/sales scopes.
const CASES: Record<string, Case> = {
  'GET /api/health': { url: () => '/api/health' },
  'GET /api/auth/config': { url: () => '/api/auth/config' },
  'POST /api/auth/login': { url: () => '/api/auth/login', body: () => ({ email: 'nobody@demo.example', password: 'x' }) },
  'POST /api/auth/logout': { url: () => '/api/auth/logout' },
  'GET /api/auth/session': { url: () => '/api/auth/session' },
  'POST /api/auth/password': { url: () => '/api/auth/password', body: () => ({ currentPassword: 'wrong-password', newPassword: 'another-long-password' }) },
  'POST /api/admin/demo': { url: () => '/api/admin/demo' },
  'GET /api/apps': { url: () => '/api/apps?pageSize=500' },
  'POST /api/apps': { url: () => '/api/apps', body: (i) => ({ name: 'Scope probe app', category: 'hr', departmentIds: [i.deptOut] }) },
  'GET /api/apps/:id': { url: (i) => `/api/apps/${i.appOut}` },
  'PATCH /api/apps/:id': { url: (i) => `/api/apps/${i.appOut}`, body: () => ({ seats: 4242, ssoSupport: true }) },
  'POST /api/apps/:id/lifecycle': { url: (i) => `/api/apps/${i.appOut}/lifecycle`, body: () => ({ status: 'retired', reason: 'scope probe' }) },
  'GET /api/apps/:id/history': { url: (i) => `/api/apps/${i.appOut}/history` },
  'POST /api/apps/:id/attestations': { url: (i) => `/api/apps/${i.appOut}/attestations`, body: () => ({ type: 'iso27001', expiresOn: '2030-01-01' }) },
  'PATCH /api/attestations/:id': { url: (i) => `/api/attestations/${i.attOut}`, body: () => ({ notes: 'scope probe' }) },
  'DELETE /api/attestations/:id': { url: (i) => `/api/attestations/${i.attOut}` },
  'GET /api/apps/:id/documents': { url: (i) => `/api/apps/${i.appOut}/documents` },
  'POST /api/apps/:id/documents': { url: (i) => `/api/apps/${i.appOut}/documents`, multipart: true },
  'GET /api/documents/:id/download': { url: (i) => `/api/documents/${i.docOut}/download` },
  'DELETE /api/documents/:id': { url: (i) => `/api/documents/${i.docOut}` },
  'GET /api/apps/:id/comments': { url: (i) => `/api/apps/${i.appOut}/comments` },
  'POST /api/apps/:id/comments': { url: (i) => `/api/apps/${i.appOut}/comments`, body: () => ({ body: 'scope probe' }) },
  'GET /api/departments': { url: () => '/api/departments?pageSize=500' },
  'GET /api/departments/:id': { url: (i) => `/api/departments/${i.deptOut}` },
  'POST /api/departments': { url: () => '/api/departments', body: () => ({ name: 'Scope probe department' }) },
  'PATCH /api/departments/:id': { url: (i) => `/api/departments/${i.deptOut}`, body: () => ({ name: 'Renamed by probe' }) },
  'GET /api/people': { url: () => '/api/people?pageSize=500' },
  'GET /api/people/:id': { url: (i) => `/api/people/${i.personOut}` },
  'POST /api/people': { url: () => '/api/people', body: (i) => ({ name: 'Probe Person', email: 'probe.person@demo.example', departmentId: i.deptOut }) },
  'PATCH /api/people/:id': { url: (i) => `/api/people/${i.personOut}`, body: () => ({ title: 'Changed by probe' }) },
  'GET /api/users': { url: () => '/api/users' },
  'POST /api/users': { url: () => '/api/users', body: () => ({ email: 'probe.user@demo.example', name: 'Probe', role: 'it_admin', password: 'a-long-probe-password' }) },
  'PATCH /api/users/:id': { url: (i) => `/api/users/${i.userId}`, body: () => ({ role: 'it_admin' }) },
  'GET /api/tokens': { url: () => '/api/tokens' },
  'POST /api/tokens': { url: () => '/api/tokens', body: () => ({ name: 'probe', role: 'it_admin' }) },
  'POST /api/tokens/:id/revoke': { url: (i) => `/api/tokens/${i.tokenId}/revoke` },
  'GET /api/audit': { url: () => '/api/audit?pageSize=500' },
  'GET /api/catalog/search': { url: () => '/api/catalog/search?q=payroll' },
  'GET /api/alias-rules': { url: () => '/api/alias-rules' },
  'POST /api/alias-rules': { url: () => '/api/alias-rules', body: () => ({ kind: 'exact', text: 'probe rule', classify: 'not_software' }) },
  'PATCH /api/alias-rules/:id': { url: (i) => `/api/alias-rules/${i.ruleId}`, body: () => ({ enabled: false }) },
  'GET /api/imports': { url: () => '/api/imports' },
  'GET /api/imports/presets': { url: () => '/api/imports/presets' },
  'POST /api/imports': { url: () => '/api/imports', multipart: true },
  'GET /api/imports/:id': { url: (i) => `/api/imports/${i.importId}` },
  'POST /api/imports/:id/start': { url: (i) => `/api/imports/${i.importId}/start`, body: () => ({}) },
  'POST /api/imports/:id/cancel': { url: (i) => `/api/imports/${i.importId}/cancel` },
  'GET /api/imports/:id/errors': { url: (i) => `/api/imports/${i.importId}/errors` },
  'GET /api/imports/:id/file': { url: (i) => `/api/imports/${i.importId}/file` },
  'GET /api/review': { url: () => '/api/review' },
  'GET /api/review/rows': { url: () => '/api/review/rows?source=card&normalised=probe' },
  'POST /api/review/label': { url: () => '/api/review/label', body: () => ({ groups: [{ source: 'card', normalised: 'probe text' }], classify: 'not_software' }) },
  'GET /api/discovery/summary': { url: () => '/api/discovery/summary' },
  'GET /api/discovery/apps': { url: () => '/api/discovery/apps' },
  'GET /api/discovery/apps/:id': { url: (i) => `/api/discovery/apps/${i.discoveredId}` },
  'GET /api/discovery/apps/:id/evidence': { url: (i) => `/api/discovery/apps/${i.discoveredId}/evidence?kind=transactions` },
  'POST /api/discovery/apps/:id/decision': { url: (i) => `/api/discovery/apps/${i.discoveredId}/decision`, body: () => ({ decision: 'not_relevant' }) },
  'POST /api/discovery/apps/:id/add-to-inventory': { url: (i) => `/api/discovery/apps/${i.discoveredId}/add-to-inventory`, body: () => ({}) },
  'GET /api/discovery/users': { url: () => '/api/discovery/users' },
  'POST /api/discovery/run': { url: () => '/api/discovery/run', body: () => ({}) },
};

describe(`authorisation walk (${ENGINE})`, () => {
  let t: TestApp;
  const sessions = {} as Record<RoleName, Session>;
  let ids: Ids;
  let marketingId: string;
  let salesId: string;

  beforeAll(async () => {
    t = await createTestApp();
    for (const [role, email] of Object.entries(ROLES)) sessions[role as RoleName] = await t.login(email);
    const admin = sessions.it_admin;
    const depts = (await t.call('GET', '/api/departments?pageSize=500', { as: admin })).json().items as { id: string; name: string }[];
    marketingId = depts.find((d) => d.name === 'Marketing')!.id;
    salesId = depts.find((d) => d.name === 'Sales')!.id;
    const deptOut = depts.find((d) => d.id !== marketingId && d.id !== salesId)!.id;
    const apps = (await t.call('GET', '/api/apps?pageSize=500', { as: admin })).json().items as { id: string; departments: { id: string }[] }[];
    const outside = (a: { departments: { id: string }[] }) => a.departments.length > 0 && !a.departments.some((d) => d.id === marketingId || d.id === salesId);
    const appOut = apps.find(outside)!.id;
    // A marketing app that not every department uses, so there is a department to try to add.
    const appIn = apps.find((a) => a.departments.some((d) => d.id === marketingId) && a.departments.length < depts.length - 1)!.id;
    const people = (await t.call('GET', `/api/people?department=${deptOut}&pageSize=5`, { as: admin })).json().items as { id: string }[];
    const doc = await t.call('POST', `/api/apps/${appOut}/documents`, { as: admin, ...multipart('dpa.txt', 'signed DPA') });
    expect(doc.statusCode).toBe(200);
    const att = await t.call('POST', `/api/apps/${appOut}/attestations`, { as: admin, body: { type: 'soc2_type2', issuedOn: '2026-01-01', expiresOn: '2027-01-01' } });
    expect(att.statusCode).toBe(200);
    const users = (await t.call('GET', '/api/users?pageSize=50', { as: admin })).json().items as { id: string; email: string }[];
    const token = await t.call('POST', '/api/tokens', { as: admin, body: { name: 'walk', role: 'auditor' } });
    const rule = await t.call('POST', '/api/alias-rules', { as: admin, body: { kind: 'prefix', text: 'acme travel', classify: 'not_software', sources: ['card'] } });
    expect(rule.statusCode).toBe(200);
    const upload = await t.call('POST', '/api/imports?fileName=amex.csv', { as: admin, payload: 'Date,Description,Amount\n01/05/2026,ZOOM.US 888-799-9666 CA,15.99\n', headers: { 'content-type': 'application/octet-stream' } });
    expect(upload.statusCode, upload.body).toBe(200);
    // A discovered app to probe (the walk runs without a job worker): rebuilt from a committed sign-in import written directly.
    await t.db.database.db.execute(sql`INSERT INTO imports (id, format, file_name, file_size, file_sha256, state) VALUES ('00000000-0000-4000-8000-00000000d15c', 'okta', 'walk.json', 1, 'x', 'committed')`);
    const [{ seq }] = await rows<{ seq: number }>(t.db.database.db, sql`SELECT seq FROM imports WHERE id = '00000000-0000-4000-8000-00000000d15c'`);
    const [{ seq: text }] = await rows<{ seq: number }>(t.db.database.db, sql`INSERT INTO match_texts (id, input_key, source, raw_text, normalised, catalog_app_id, app_name, kind, confidence, method, reasons)
      VALUES ('00000000-0000-4000-8000-00000000d15d', 'walk', 'okta', 'Perplexity', 'perplexity', 'perplexity', 'Perplexity', 'software', 0.97, 'exact', '{}') RETURNING seq`);
    await t.db.database.db.execute(sql`INSERT INTO signin_users (import_seq, match_seq, user_key, signins, failures, first_at, last_at) VALUES (${seq}, ${text}, 'someone@elsewhere.example', 3, 0, now(), now())`);
    await refreshDiscovery(systemCtx(t.db.database));
    const discovered = (await t.call('GET', '/api/discovery/apps?status=shadow,in_inventory,known', { as: admin })).json().items as { catalogAppId: string }[];
    expect(discovered.length).toBeGreaterThan(0);
    ids = {
      discoveredId: discovered[0].catalogAppId,
      importId: upload.json().id,
      ruleId: rule.json().id,
      appOut, appIn, personOut: people[0].id, deptOut, deptIn: marketingId, docOut: doc.json().id, attOut: att.json().id,
      userId: users.find((u) => u.email === 'finance@demo.example')!.id, tokenId: token.json().token.id,
    };
  });
  afterAll(() => t?.close());

  it('has a case for every route the API serves', () => {
    const missing = t.routes.map((r) => `${r.method} ${r.url}`).filter((k) => !CASES[k]);
    expect(missing).toEqual([]);
    expect(t.routes.length).toBeGreaterThanOrEqual(Object.keys(CASES).length);
  });

  function multipart(name: string, content: string) {
    const boundary = '----tandemtest';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: text/plain\r\n\r\n${content}\r\n--${boundary}--\r\n`;
    return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  }

  async function snapshot() {
    const db = t.db.database.db;
    const [app] = await rows(db, sql`SELECT name, seats, sso_support, lifecycle_status, department_ids FROM apps WHERE id = ${ids.appOut}`);
    const [dept] = await rows(db, sql`SELECT name FROM departments WHERE id = ${ids.deptOut}`);
    const [person] = await rows(db, sql`SELECT title FROM people WHERE id = ${ids.personOut}`);
    const counts = await rows(db, sql`SELECT (SELECT count(*)::int FROM attestations WHERE app_id = ${ids.appOut}) a, (SELECT count(*)::int FROM documents WHERE app_id = ${ids.appOut}) d,
      (SELECT count(*)::int FROM comments WHERE app_id = ${ids.appOut}) c, (SELECT count(*)::int FROM users) u, (SELECT count(*)::int FROM api_tokens WHERE revoked_at IS NULL) t,
      (SELECT count(*)::int FROM departments) dp, (SELECT count(*)::int FROM people) p, (SELECT count(*)::int FROM apps) ap,
      (SELECT role FROM users WHERE id = ${ids.userId}) r,
      (SELECT count(*)::int FROM alias_rules WHERE enabled) ar, (SELECT count(*)::int FROM discovery_decisions) dd,
      (SELECT string_agg(state, ',' ORDER BY id) FROM imports) im`);
    return JSON.stringify({ app, dept, person, counts });
  }

  async function run(role: RoleName, key: string) {
    const [method] = key.split(' ');
    const c = CASES[key];
    const as = sessions[role];
    const extra = c.multipart ? multipart('probe.txt', 'probe') : c.body ? { body: c.body(ids) } : {};
    return t.call(method, c.url(ids), { as, ...extra });
  }

  for (const role of ['marketing_lead', 'member'] as const) {
    it(`${role}: nothing outside the department scope can be read or changed`, async () => {
      const before = await snapshot();
      for (const key of Object.keys(CASES)) {
        if (key === 'POST /api/auth/logout' || key === 'POST /api/admin/demo') continue;
        const res = await run(role, key);
        const [method, path] = key.split(' ');
        if (path.includes(':id')) {
          expect([403, 404], `${role} ${key} → ${res.statusCode} ${res.body.slice(0, 200)}`).toContain(res.statusCode);
        } else if (method !== 'GET' && !UNSAFE_OWN_ACCOUNT.has(key)) {
          expect([403, 404, 422], `${role} ${key} → ${res.statusCode}`).toContain(res.statusCode);
        } else if (key === 'GET /api/apps') {
          const scope = role === 'marketing_lead' ? marketingId : salesId;
          const items = res.json().items as { departments: { id: string }[] }[];
          expect(items.length).toBeGreaterThan(0);
          for (const a of items) expect(a.departments.map((d) => d.id)).toContain(scope);
        } else if (key === 'GET /api/people') {
          const scope = role === 'marketing_lead' ? marketingId : salesId;
          for (const p of res.json().items as { department: { id: string } | null }[]) expect(p.department?.id).toBe(scope);
        } else if (key === 'GET /api/departments') {
          expect((res.json().items as { id: string }[]).map((d) => d.id)).toEqual([role === 'marketing_lead' ? marketingId : salesId]);
        } else if (key === 'GET /api/catalog/search') {
          // Catalog facts are public; the organisation's records behind them stay within the scope.
          const scope = role === 'marketing_lead' ? marketingId : salesId;
          for (const h of res.json().items as { inventory: { id: string } | null }[]) {
            if (!h.inventory) continue;
            const app = (await t.call('GET', `/api/apps/${h.inventory.id}`, { as: sessions.it_admin })).json();
            expect(app.departments.map((d: { id: string }) => d.id)).toContain(scope);
          }
        } else if (key === 'GET /api/audit' && res.statusCode === 200) {
          const visible = await t.call('GET', `/api/audit?appId=${ids.appOut}`, { as: sessions[role] });
          expect(visible.json().total).toBe(0);
        }
      }
      expect(await snapshot()).toBe(before);
      // The export of a scoped list is scoped too.
      const csv = await t.call('GET', '/api/apps?format=csv', { as: sessions[role] });
      const appOutName = (await t.call('GET', `/api/apps/${ids.appOut}`, { as: sessions.it_admin })).json().name;
      expect(csv.body).not.toContain(`\n${appOutName},`);
    });
  }

  it('auditor: can read everything and change nothing', async () => {
    const before = await snapshot();
    const auditorAuditBefore = await rows(t.db.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE actor_label = (SELECT name FROM users WHERE email = 'auditor@demo.example') AND action NOT LIKE 'auth.%'`);
    for (const key of Object.keys(CASES)) {
      const [method] = key.split(' ');
      if (key === 'POST /api/auth/logout') continue;
      const res = await run('auditor', key);
      if (method === 'GET') {
        if (!['GET /api/users', 'GET /api/tokens'].includes(key)) expect(res.statusCode, `${key} ${res.body.slice(0, 200)}`).toBe(200);
      } else if (!UNSAFE_OWN_ACCOUNT.has(key)) {
        expect(res.statusCode, `auditor ${key} → ${res.statusCode}`).toBe(403);
      }
    }
    expect(await snapshot()).toBe(before);
    const after = await rows(t.db.database.db, sql`SELECT count(*)::int AS n FROM audit_log WHERE actor_label = (SELECT name FROM users WHERE email = 'auditor@demo.example') AND action NOT LIKE 'auth.%'`);
    expect(after).toEqual(auditorAuditBefore);
  });

  it('every role: unsafe routes beyond its permissions are refused; reads are scoped or allowed', async () => {
    for (const role of ['finance', 'security_reviewer'] as const) {
      for (const key of ['POST /api/users', 'PATCH /api/users/:id', 'POST /api/tokens', 'POST /api/tokens/:id/revoke', 'POST /api/departments', 'POST /api/admin/demo', 'GET /api/users', 'GET /api/tokens']) {
        const res = await run(role, key);
        expect(res.statusCode, `${role} ${key}`).toBe(403);
      }
      expect((await run(role, 'GET /api/apps/:id')).statusCode).toBe(200);
    }
    expect((await run('finance', 'POST /api/apps/:id/lifecycle')).statusCode).toBe(403);
    expect((await run('finance', 'PATCH /api/apps/:id')).statusCode).toBe(403);
    // A security reviewer may record security facts but not rename an app.
    expect((await t.call('PATCH', `/api/apps/${ids.appOut}`, { as: sessions.security_reviewer, body: { ssoSupport: true } })).statusCode).toBe(200);
    expect((await t.call('PATCH', `/api/apps/${ids.appOut}`, { as: sessions.security_reviewer, body: { name: 'Nope' } })).statusCode).toBe(403);
  });

  it('scoped roles can work inside their scope', async () => {
    const res = await t.call('PATCH', `/api/apps/${ids.appIn}`, { as: sessions.marketing_lead, body: { seats: 77 } });
    expect(res.statusCode).toBe(200);
    expect(res.json().seats).toBe(77);
    expect((await t.call('GET', `/api/apps/${ids.appIn}`, { as: sessions.marketing_lead })).statusCode).toBe(200);
    // A marketing lead cannot hand an app to a department outside the scope.
    const inApp = (await t.call('GET', `/api/apps/${ids.appIn}`, { as: sessions.it_admin })).json();
    const depts = (await t.call('GET', '/api/departments?pageSize=500', { as: sessions.it_admin })).json().items as { id: string }[];
    const other = depts.find((d) => !inApp.departments.some((x: { id: string }) => x.id === d.id))!.id;
    const hand = await t.call('PATCH', `/api/apps/${ids.appIn}`, { as: sessions.marketing_lead, body: { departmentIds: [marketingId, other] } });
    expect(hand.statusCode).toBe(403);
    const created = await t.call('POST', '/api/apps', { as: sessions.marketing_lead, body: { name: 'Campaign Planner', category: 'email_automation', departmentIds: [marketingId] } });
    expect(created.statusCode).toBe(200);
  });

  it('API tokens act with their own role and scope', async () => {
    const created = await t.call('POST', '/api/tokens', { as: sessions.it_admin, body: { name: 'mkt export', role: 'marketing_lead', departmentScopeIds: [marketingId] } });
    const secret = created.json().secret as string;
    expect(secret.startsWith('tdm_')).toBe(true);
    expect((await t.call('GET', `/api/apps/${ids.appOut}`, { as: secret })).statusCode).toBe(404);
    expect((await t.call('GET', `/api/apps/${ids.appIn}`, { as: secret })).statusCode).toBe(200);
    expect((await t.call('POST', '/api/tokens', { as: secret, body: { name: 'x', role: 'it_admin' } })).statusCode).toBe(403);
  });
});
