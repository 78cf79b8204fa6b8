import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { ENGINE } from '../helpers/db.js';

describe(`alias rules (${ENGINE})`, () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.login('it@demo.example');
  });
  afterAll(() => t?.close());

  it('creates, lists, filters, edits, disables and exports rules, each change audited', async () => {
    const a = await t.call('POST', '/api/alias-rules', { as: admin, body: { kind: 'exact', text: 'hubspot inc', appId: 'hubspot', appName: 'HubSpot', sources: ['card'] } });
    expect(a.statusCode).toBe(200);
    expect(a.json()).toMatchObject({ kind: 'exact', text: 'hubspot inc', sources: ['card'], enabled: true, createdBy: 'Jordan Reyes' });
    const b = await t.call('POST', '/api/alias-rules', { as: admin, body: { kind: 'prefix', text: 'uber eats', classify: 'not_software' } });
    expect(b.json().sources).toBeNull();

    const clash = await t.call('POST', '/api/alias-rules', { as: admin, body: { kind: 'exact', text: 'hubspot inc', appId: 'other' } });
    expect(clash.statusCode).toBe(409);
    const neither = await t.call('POST', '/api/alias-rules', { as: admin, body: { kind: 'exact', text: 'something' } });
    expect(neither.statusCode).toBe(422);
    expect(JSON.stringify(neither.json().error.details)).toContain('appId');

    const card = (await t.call('GET', '/api/alias-rules?source=card', { as: admin })).json();
    expect(card.total).toBe(2); // the card-only rule and the all-sources rule
    const okta = (await t.call('GET', '/api/alias-rules?source=okta', { as: admin })).json();
    expect(okta.items.map((r: { text: string }) => r.text)).toEqual(['uber eats']);

    const off = await t.call('PATCH', `/api/alias-rules/${a.json().id}`, { as: admin, body: { enabled: false } });
    expect(off.json().enabled).toBe(false);
    // Disabled, it no longer blocks a new rule for the same text.
    expect((await t.call('POST', '/api/alias-rules', { as: admin, body: { kind: 'exact', text: 'hubspot inc', appId: 'hubspot' } })).statusCode).toBe(200);
    expect((await t.call('PATCH', `/api/alias-rules/${a.json().id}`, { as: admin, body: { enabled: true } })).statusCode).toBe(409);

    const csv = await t.call('GET', '/api/alias-rules?format=csv', { as: admin });
    expect(csv.body.split('\n')[0]).toContain('Kind,Text,Sources');
    expect(csv.body).toContain('uber eats');
    const history = (await t.call('GET', '/api/audit?entityType=alias_rule', { as: admin })).json();
    expect(history.items.map((e: { action: string }) => e.action).sort()).toEqual(['alias_rule.create', 'alias_rule.create', 'alias_rule.create', 'alias_rule.update']);
  });

  it('only IT admins change rules; finance and auditors read them', async () => {
    const fin = await t.login('finance@demo.example');
    expect((await t.call('GET', '/api/alias-rules', { as: fin })).statusCode).toBe(200);
    expect((await t.call('POST', '/api/alias-rules', { as: fin, body: { text: 'x', classify: 'software' } })).statusCode).toBe(403);
    const cmo = await t.login('cmo@demo.example');
    expect((await t.call('GET', '/api/alias-rules', { as: cmo })).statusCode).toBe(403);
  });
});
