import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { rows } from '../../src/server/platform/sql.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { ENGINE } from '../helpers/db.js';

describe(`sign-in, sessions, CSRF and API tokens (${ENGINE})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('health answers ok without signing in', async () => {
    const res = await t.call('GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('lists demo sign-ins only while the demo is loaded', async () => {
    const res = (await t.call('GET', '/api/auth/config')).json();
    expect(res.demo).toBe(true);
    expect(res.demoAccounts.map((a: { email: string }) => a.email).sort()).toEqual(
      ['auditor@demo.example', 'cmo@demo.example', 'finance@demo.example', 'it@demo.example', 'member@demo.example', 'security@demo.example'],
    );
    expect(res.demoPassword).toBe('tandem-demo');
  });

  it('signs in with an HttpOnly session cookie; passwords are argon2id', async () => {
    const res = await t.call('POST', '/api/auth/login', { body: { email: 'it@demo.example', password: 'tandem-demo' } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'tandem_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    expect(res.json().user.role).toBe('it_admin');
    const [u] = await rows<{ password_hash: string }>(t.db.database.db, sql`SELECT password_hash FROM users WHERE email = 'it@demo.example'`);
    expect(u.password_hash.startsWith('$argon2id$')).toBe(true);
    const [s] = await rows<{ n: number }>(t.db.database.db, sql`SELECT count(*)::int AS n FROM sessions WHERE token_hash = ${cookie.value}`);
    expect(s.n).toBe(0); // only the hash is stored
  });

  it('refuses wrong passwords with the one error shape', async () => {
    const res = await t.call('POST', '/api/auth/login', { body: { email: 'finance@demo.example', password: 'nope' } });
    expect(res.statusCode).toBe(401);
    const body = res.json();
    expect(body.error.code).toBe('unauthenticated');
    expect(typeof body.error.requestId).toBe('string');
  });

  it('validation errors are 422 with paths', async () => {
    const res = await t.call('POST', '/api/auth/login', { body: { email: 'not-an-email' } });
    expect(res.statusCode).toBe(422);
    const paths = res.json().error.details.map((d: { path: string[] }) => d.path.join('.'));
    expect(paths).toContain('body.email');
    expect(paths).toContain('body.password');
  });

  it('rate-limits repeated failures for one account', async () => {
    for (let i = 0; i < 5; i++) await t.call('POST', '/api/auth/login', { body: { email: 'security@demo.example', password: `wrong-${i}` } });
    const res = await t.call('POST', '/api/auth/login', { body: { email: 'security@demo.example', password: 'tandem-demo' } });
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('rate_limited');
  });

  it('requires the CSRF token on unsafe requests with a cookie session', async () => {
    const s = await t.login('it@demo.example');
    const apps = (await t.call('GET', '/api/apps?pageSize=1', { as: s })).json();
    const id = apps.items[0].id;
    const noCsrf = await t.call('PATCH', `/api/apps/${id}`, { headers: { cookie: `tandem_session=${s.cookie}` }, body: { seats: 5 } });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('csrf_failed');
    const ok = await t.call('PATCH', `/api/apps/${id}`, { as: s, body: { seats: 5 } });
    expect(ok.statusCode).toBe(200);
  });

  it('signs out and the session stops working', async () => {
    const s = await t.login('finance@demo.example');
    expect((await t.call('GET', '/api/auth/session', { as: s })).statusCode).toBe(200);
    expect((await t.call('POST', '/api/auth/logout', { as: s })).statusCode).toBe(200);
    expect((await t.call('GET', '/api/auth/session', { as: s })).statusCode).toBe(401);
  });

  it('changes a password: the old one stops working and the demo list drops the account', async () => {
    const s = await t.login('member@demo.example');
    const bad = await t.call('POST', '/api/auth/password', { as: s, body: { currentPassword: 'wrong', newPassword: 'a-brand-new-password' } });
    expect(bad.statusCode).toBe(422);
    const ok = await t.call('POST', '/api/auth/password', { as: s, body: { currentPassword: 'tandem-demo', newPassword: 'a-brand-new-password' } });
    expect(ok.statusCode).toBe(200);
    expect((await t.call('POST', '/api/auth/login', { body: { email: 'member@demo.example', password: 'tandem-demo' } })).statusCode).toBe(401);
    await t.login('member@demo.example', 'a-brand-new-password');
    const cfg = (await t.call('GET', '/api/auth/config')).json();
    expect(cfg.demoAccounts.map((a: { email: string }) => a.email)).not.toContain('member@demo.example');
  });

  it('API tokens: shown once, stored hashed, accepted as Bearer, revocable, expiring', async () => {
    const admin = await t.login('it@demo.example');
    const created = await t.call('POST', '/api/tokens', { as: admin, body: { name: 'BI export', role: 'auditor' } });
    expect(created.statusCode).toBe(200);
    const { secret, token } = created.json();
    const stored = await rows<{ token_hash: string }>(t.db.database.db, sql`SELECT token_hash FROM api_tokens WHERE id = ${token.id}`);
    expect(stored[0].token_hash).not.toBe(secret);
    expect(JSON.stringify((await t.call('GET', '/api/tokens', { as: admin })).json())).not.toContain(secret);
    expect((await t.call('GET', '/api/apps?pageSize=1', { as: secret })).statusCode).toBe(200);
    expect((await t.call('PATCH', `/api/apps/${token.id}`, { as: secret, body: { seats: 1 } })).statusCode).toBe(403);
    expect((await t.call('POST', `/api/tokens/${token.id}/revoke`, { as: admin })).statusCode).toBe(200);
    expect((await t.call('GET', '/api/apps?pageSize=1', { as: secret })).statusCode).toBe(401);

    const past = await t.call('POST', '/api/tokens', { as: admin, body: { name: 'old', role: 'auditor', expiresAt: '2020-01-01T00:00:00Z' } });
    expect(past.statusCode).toBe(422);
    const soon = await t.call('POST', '/api/tokens', { as: admin, body: { name: 'short', role: 'auditor', expiresAt: new Date(Date.now() + 1500).toISOString() } });
    const s2 = soon.json().secret;
    expect((await t.call('GET', '/api/health', { as: s2 })).statusCode).toBe(200);
    await new Promise((r) => setTimeout(r, 1700));
    expect((await t.call('GET', '/api/apps?pageSize=1', { as: s2 })).statusCode).toBe(401);
  });

  it('disabling a user ends their sessions', async () => {
    const admin = await t.login('it@demo.example');
    const fin = await t.login('finance@demo.example');
    const users = (await t.call('GET', '/api/users?q=finance', { as: admin })).json().items;
    const res = await t.call('PATCH', `/api/users/${users[0].id}`, { as: admin, body: { disabled: true } });
    expect(res.statusCode).toBe(200);
    expect((await t.call('GET', '/api/auth/session', { as: fin })).statusCode).toBe(401);
  });

  it('an IT admin can reload the demo; the reload is the first entry of the new history', async () => {
    const admin = await t.login('it@demo.example');
    expect((await t.call('POST', '/api/admin/demo', { as: await t.login('cmo@demo.example') })).statusCode).toBe(403);
    expect((await t.call('POST', '/api/admin/demo', { as: admin })).statusCode).toBe(200);
    // Every session ended with the reset; the member's changed password is back to the demo one.
    expect((await t.call('GET', '/api/auth/session', { as: admin })).statusCode).toBe(401);
    const fresh = await t.login('member@demo.example');
    expect(fresh.email).toBe('member@demo.example');
    const it2 = await t.login('it@demo.example');
    const entries = (await t.call('GET', '/api/audit?action=demo.reload', { as: it2 })).json();
    expect(entries.total).toBe(1);
    expect(entries.items[0].actorLabel).toBe('Jordan Reyes');
  });
});
