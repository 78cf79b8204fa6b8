import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase, type Database } from '../../db/client.js';
import { verifyPassword } from '../auth/passwords.js';
import { buildDemoOrganisation, DEMO_ACCOUNTS, DEMO_ORGANISATION_NAME, DEMO_PASSWORD, loadDemo, type DemoCounts } from './load-demo.js';

const NOW = new Date('2026-06-15T10:30:00Z');
const TODAY = '2026-06-15';
const plusDays = (n: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function q<T = Record<string, unknown>>(database: Database, query: ReturnType<typeof sql>): Promise<T[]> {
  return ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;
}
async function n(database: Database, query: ReturnType<typeof sql>): Promise<number> {
  const r = await q<{ n: number | string }>(database, query);
  return Number(r[0].n);
}

/** What two loads of the same organisation must agree on, whatever the ids. */
async function fingerprint(database: Database) {
  return q(database, sql`
    SELECT a.name, v.name AS vendor, a.category, a.lifecycle_status, b.name AS business_owner, i.name AS it_owner, a.seats,
           a.sso_support, a.scim_support, a.data_classes, a.next_attestation_expiry,
           (SELECT array_agg(d.name ORDER BY d.name) FROM departments d WHERE d.id = ANY(a.department_ids)) AS departments
    FROM apps a LEFT JOIN vendors v ON v.id = a.vendor_id
    LEFT JOIN people b ON b.id = a.business_owner_id LEFT JOIN people i ON i.id = a.it_owner_id
    ORDER BY a.name`);
}

async function openPglite(): Promise<Database> {
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrateDatabase(database);
  return database;
}

type Engine = { name: string; open(): Promise<Database>; dispose(): Promise<void> };

const engines: Engine[] = [{ name: 'pglite', open: openPglite, dispose: async () => {} }];
const adminUrl = process.env.TANDEM_TEST_DATABASE_URL;
if (adminUrl) {
  const dbName = `tandem_test_demo_${randomBytes(4).toString('hex')}`;
  const withDb = (url: string, name: string) => {
    const u = new URL(url);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  engines.push({
    name: 'postgres',
    async open() {
      await admin(`CREATE DATABASE ${dbName}`);
      const database = await openDatabase({ databaseUrl: withDb(adminUrl, dbName), poolSize: 4 });
      await migrateDatabase(database);
      return database;
    },
    dispose: () => admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`),
  });
}

describe('buildDemoOrganisation', () => {
  it('is deterministic and keeps its invariants without a database', () => {
    const a = buildDemoOrganisation(NOW);
    const b = buildDemoOrganisation(NOW);
    expect(b.people.map((p) => [p.id, p.email, p.title, p.status])).toEqual(a.people.map((p) => [p.id, p.email, p.title, p.status]));
    expect(b.apps.map((x) => [x.id, x.spec.name, x.businessOwnerId, x.itOwnerId])).toEqual(a.apps.map((x) => [x.id, x.spec.name, x.businessOwnerId, x.itOwnerId]));
    expect(b.comments.map((c) => c.body)).toEqual(a.comments.map((c) => c.body));

    // A later "now" moves the dates but not who is who or who owns what.
    const later = buildDemoOrganisation(new Date('2027-03-01T08:00:00Z'));
    expect(later.people.map((p) => p.email)).toEqual(a.people.map((p) => p.email));
    expect(later.apps.map((x) => [x.spec.name, x.lifecycleStatus])).toEqual(a.apps.map((x) => [x.spec.name, x.lifecycleStatus]));

    const nowMs = NOW.getTime();
    expect(a.audit.every((e) => e.at < nowMs)).toBe(true);
    expect(a.comments.every((c) => c.createdAt < nowMs)).toBe(true);
    const sorted = a.audit.map((e) => e.id);
    expect([...sorted].sort()).toEqual(sorted);
  });
});

describe.each(engines)('loadDemo on $name', (engine) => {
  let database: Database;
  let counts: DemoCounts;
  let loadMs = 0;
  const phases: string[] = [];

  beforeAll(async () => {
    database = await engine.open();
    const t = performance.now();
    counts = await loadDemo(database, { now: NOW, onProgress: (phase, done, total) => done === total && phases.push(`${phase}:${total}`) });
    loadMs = performance.now() - t;
    console.log(`[demo] ${engine.name}: loaded in ${(loadMs / 1000).toFixed(2)} s`, counts);
  }, 120_000);

  afterAll(async () => {
    await database?.close();
    await engine.dispose();
  });

  it('loads the organisation quickly, in the promised sizes', async () => {
    expect(loadMs).toBeLessThan(10_000);
    expect(counts.people).toBeGreaterThanOrEqual(1150);
    expect(counts.people).toBeLessThanOrEqual(1250);
    expect(counts.departments).toBeGreaterThanOrEqual(9);
    expect(counts.apps).toBeGreaterThanOrEqual(260);
    expect(counts.apps).toBeLessThanOrEqual(290);
    expect(counts.users).toBe(6);
    expect(counts.comments).toBeGreaterThanOrEqual(250);
    expect(phases).toContain(`people:${counts.people}`);

    expect(await n(database, sql`SELECT count(*) AS n FROM people`)).toBe(counts.people);
    expect(await n(database, sql`SELECT count(*) AS n FROM departments`)).toBe(counts.departments);
    expect(await n(database, sql`SELECT count(*) AS n FROM apps`)).toBe(counts.apps);
    expect(await n(database, sql`SELECT count(*) AS n FROM users`)).toBe(6);
    expect(await n(database, sql`SELECT count(*) AS n FROM attestations`)).toBe(counts.attestations);
    expect(await n(database, sql`SELECT count(*) AS n FROM comments`)).toBe(counts.comments);
    expect(await n(database, sql`SELECT count(*) AS n FROM audit_log`)).toBe(counts.auditRows);

    const settings = await q<{ key: string; value: string }>(database, sql`SELECT key, value FROM settings ORDER BY key`);
    expect(Object.fromEntries(settings.map((s) => [s.key, s.value]))).toMatchObject({ organisation_name: DEMO_ORGANISATION_NAME, demo_loaded: 'true' });
  });

  it('has a plausible workforce: leavers, a hierarchy, unique e-mails', async () => {
    const leavers = await n(database, sql`SELECT count(*) AS n FROM people WHERE status = 'leaver'`);
    expect(leavers / counts.people).toBeGreaterThan(0.04);
    expect(leavers / counts.people).toBeLessThan(0.08);
    expect(await n(database, sql`SELECT count(*) AS n FROM people WHERE status = 'leaver' AND (end_date IS NULL OR end_date >= ${TODAY}::date OR end_date < ${plusDays(-184)}::date OR start_date >= end_date)`)).toBe(0);
    expect(await n(database, sql`SELECT count(*) AS n FROM people WHERE status = 'active' AND end_date IS NOT NULL`)).toBe(0);
    expect(await n(database, sql`SELECT count(*) AS n FROM people WHERE start_date < ${plusDays(-8 * 366)}::date OR start_date > ${TODAY}::date`)).toBe(0);
    expect(await n(database, sql`SELECT count(DISTINCT lower(email)) AS n FROM people`)).toBe(counts.people);
    expect(await n(database, sql`SELECT count(*) AS n FROM people WHERE email !~ '^[a-z0-9]+[.][a-z0-9]+[0-9]*@demo[.]example$'`)).toBe(0);
    // Every department has a head from the department; everyone else reports to someone in their department.
    expect(await n(database, sql`SELECT count(*) AS n FROM departments d JOIN people p ON p.id = d.head_id AND p.department_id = d.id`)).toBe(counts.departments);
    expect(await n(database, sql`
      SELECT count(*) AS n FROM people p LEFT JOIN people m ON m.id = p.manager_id
      WHERE p.id NOT IN (SELECT head_id FROM departments) AND (m.id IS NULL OR m.department_id <> p.department_id OR m.status <> 'active')`)).toBe(0);
    const sizes = await q<{ name: string; n: number }>(database, sql`SELECT d.name, count(*)::int AS n FROM people p JOIN departments d ON d.id = p.department_id GROUP BY d.name`);
    const size = Object.fromEntries(sizes.map((s) => [s.name, Number(s.n)]));
    expect(size.Engineering).toBeGreaterThan(size.Legal);
    expect(size.Marketing).toBeGreaterThan(50);
  });

  it('keeps the app records consistent', async () => {
    // app_departments and the denormalised array say the same thing.
    expect(await n(database, sql`
      SELECT count(*) AS n FROM apps a
      WHERE ARRAY(SELECT department_id FROM app_departments ad WHERE ad.app_id = a.id ORDER BY 1)
         <> ARRAY(SELECT x FROM unnest(a.department_ids) AS x ORDER BY 1)
         OR cardinality(a.department_ids) = 0`)).toBe(0);
    // next_attestation_expiry is the earliest expiry (null when there is none).
    expect(await n(database, sql`
      SELECT count(*) AS n FROM apps a
      WHERE a.next_attestation_expiry IS DISTINCT FROM (SELECT min(expires_on) FROM attestations t WHERE t.app_id = a.id)`)).toBe(0);
    // Owners exist; IT owners sit in IT.
    expect(await n(database, sql`SELECT count(*) AS n FROM apps WHERE business_owner_id IS NULL OR it_owner_id IS NULL`)).toBe(0);
    expect(await n(database, sql`SELECT count(*) AS n FROM apps a JOIN people p ON p.id = a.it_owner_id JOIN departments d ON d.id = p.department_id WHERE d.name <> 'IT'`)).toBe(0);
    expect(await n(database, sql`SELECT count(DISTINCT vendor_id) AS n FROM apps`)).toBeLessThan(counts.apps);
    // Slack and Salesforce share a vendor; Slack is used everywhere.
    const slack = await q<{ vendor: string; depts: number }>(database, sql`
      SELECT v.name AS vendor, cardinality(a.department_ids) AS depts FROM apps a JOIN vendors v ON v.id = a.vendor_id WHERE a.name = 'Slack'`);
    expect(slack[0]).toEqual({ vendor: 'Salesforce', depts: counts.departments });

    const statuses = await q<{ s: string; n: number }>(database, sql`SELECT lifecycle_status AS s, count(*)::int AS n FROM apps GROUP BY 1`);
    const by = Object.fromEntries(statuses.map((r) => [r.s, Number(r.n)]));
    expect(by.approved / counts.apps).toBeGreaterThan(0.55);
    for (const s of ['discovered', 'in_review', 'restricted', 'retired']) expect(by[s]).toBeGreaterThan(0);
    expect(await n(database, sql`SELECT count(*) AS n FROM apps WHERE 'customer_personal' = ANY(data_classes)`)).toBeGreaterThan(50);
    expect(await n(database, sql`SELECT count(*) AS n FROM apps WHERE deployment_model <> 'cloud'`)).toBeGreaterThan(0);
  });

  it('has attestations that are expired, expiring soon and valid', async () => {
    const expired = await n(database, sql`SELECT count(*) AS n FROM attestations WHERE expires_on < ${TODAY}::date`);
    const within30 = await n(database, sql`SELECT count(*) AS n FROM attestations WHERE expires_on BETWEEN ${TODAY}::date AND ${plusDays(30)}::date`);
    const in30to90 = await n(database, sql`SELECT count(*) AS n FROM attestations WHERE expires_on > ${plusDays(30)}::date AND expires_on <= ${plusDays(90)}::date`);
    const valid = await n(database, sql`SELECT count(*) AS n FROM attestations WHERE expires_on > ${plusDays(90)}::date`);
    expect(expired).toBeGreaterThan(0);
    expect(within30).toBeGreaterThan(0);
    expect(in30to90).toBeGreaterThan(0);
    expect(valid).toBeGreaterThan(expired + within30 + in30to90);
    expect(await n(database, sql`SELECT count(*) AS n FROM attestations WHERE issued_on > ${TODAY}::date OR expires_on < issued_on`)).toBe(0);
    const approvedWithSoc2 = await n(database, sql`SELECT count(DISTINCT a.id) AS n FROM apps a JOIN attestations t ON t.app_id = a.id AND t.type = 'soc2_type2' WHERE a.lifecycle_status = 'approved'`);
    const approved = await n(database, sql`SELECT count(*) AS n FROM apps WHERE lifecycle_status = 'approved'`);
    expect(approvedWithSoc2 / approved).toBeGreaterThan(0.75);
  });

  it('creates the six demo accounts, linked to people, with one working password', async () => {
    const users = await q<{ email: string; role: string; name: string; person_name: string; person_dept: string; scope: string[] | null; password_hash: string }>(database, sql`
      SELECT u.email, u.role, u.name, p.name AS person_name, pd.name AS person_dept, u.password_hash,
             (SELECT array_agg(d.name ORDER BY d.name) FROM departments d WHERE d.id = ANY(u.scope_department_ids)) AS scope
      FROM users u JOIN people p ON p.id = u.person_id LEFT JOIN departments pd ON pd.id = p.department_id ORDER BY u.email`);
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    for (const account of DEMO_ACCOUNTS) {
      const u = users.find((x) => x.email === account.email)!;
      expect(u.role).toBe(account.role);
      expect(u.name).toBe(u.person_name);
      expect(u.scope ?? []).toEqual(account.scopeDepartment ? [account.scopeDepartment] : []);
    }
    expect(users.find((u) => u.email === 'cmo@demo.example')!.person_dept).toBe('Marketing');
    expect(users.find((u) => u.email === 'member@demo.example')!.person_dept).toBe('Sales');
    expect(users.find((u) => u.email === 'it@demo.example')!.person_dept).toBe('IT');
    expect(await verifyPassword(users[0].password_hash, DEMO_PASSWORD)).toBe(true);
    expect(await verifyPassword(users[0].password_hash, 'wrong password')).toBe(false);
  });

  it('writes comments with resolvable mentions and a time-ordered history', async () => {
    const comments = await q<{ body: string; mention_ids: string[]; author_label: string; user_name: string | null; locals: string[] | null }>(database, sql`
      SELECT c.body, c.mention_ids, c.author_label, u.name AS user_name,
             (SELECT array_agg(split_part(p.email, '@', 1)) FROM people p WHERE p.id = ANY(c.mention_ids)) AS locals
      FROM comments c LEFT JOIN users u ON u.id = c.author_id`);
    expect(comments.length).toBe(counts.comments);
    expect(comments.every((c) => c.user_name === c.author_label)).toBe(true);
    const withMentions = comments.filter((c) => c.mention_ids.length);
    expect(withMentions.length).toBeGreaterThan(50);
    for (const c of withMentions) for (const local of c.locals ?? []) expect(c.body).toContain(`@${local}`);
    expect(withMentions.every((c) => (c.locals ?? []).length === c.mention_ids.length)).toBe(true);

    const actions = await q<{ action: string; n: number }>(database, sql`SELECT action, count(*)::int AS n FROM audit_log GROUP BY action`);
    const by = Object.fromEntries(actions.map((a) => [a.action, Number(a.n)]));
    expect(by['app.create']).toBe(counts.apps);
    expect(by['attestation.create']).toBe(counts.attestations);
    expect(by['comment.create']).toBe(counts.comments);
    expect(by['app.lifecycle']).toBeGreaterThan(0);
    expect(by['app.update']).toBeGreaterThan(0);
    // Ids are UUIDv7 of the event time, so id order is time order; everything is in the past 18 months.
    const ordered = await q<{ id: string }>(database, sql`SELECT id FROM audit_log ORDER BY at, id`);
    expect(ordered.map((r) => r.id)).toEqual([...ordered.map((r) => r.id)].sort());
    const range = await q<{ min: string; max: string }>(database, sql`SELECT min(at)::text AS min, max(at)::text AS max FROM audit_log`);
    expect(Date.parse(range[0].max)).toBeLessThan(NOW.getTime());
    expect(Date.parse(range[0].min)).toBeGreaterThan(NOW.getTime() - 560 * 86_400_000);
    expect(await n(database, sql`SELECT count(*) AS n FROM audit_log l JOIN apps a ON a.id = l.app_id WHERE l.entity_label <> a.name OR l.department_ids <> a.department_ids`)).toBe(0);
    // Owner hand-overs carry both names; lifecycle moves carry a reason.
    const update = await q<{ before: Record<string, unknown>; after: Record<string, unknown> }>(database, sql`SELECT before, after FROM audit_log WHERE action = 'app.update' LIMIT 1`);
    expect(Object.keys(update[0].before).sort()).toEqual(['businessOwnerId', 'businessOwnerName']);
    expect(update[0].after.businessOwnerName).toEqual(expect.any(String));
    expect(await n(database, sql`SELECT count(*) AS n FROM audit_log WHERE action = 'app.lifecycle' AND (after->>'reason' IS NULL OR before->>'lifecycleStatus' IS NULL)`)).toBe(0);
  });

  it('does nothing on a second load without reset', async () => {
    const before = await fingerprint(database);
    const again = await loadDemo(database, { now: NOW });
    expect(again).toEqual({ departments: 0, people: 0, apps: 0, users: 0, attestations: 0, comments: 0, auditRows: 0 });
    expect(await n(database, sql`SELECT count(*) AS n FROM people`)).toBe(counts.people);
    expect(await fingerprint(database)).toEqual(before);
  });

  it('matches a load into a second, separate database', async () => {
    const other = await openPglite();
    try {
      await loadDemo(other, { now: NOW });
      expect(await fingerprint(other)).toEqual(await fingerprint(database));
    } finally {
      await other.close();
    }
  });

  it('reset wipes the organisation and loads it again', async () => {
    const before = await fingerprint(database);
    await database.db.execute(sql`UPDATE apps SET name = 'Renamed by a test' WHERE name = 'Slack'`);
    await database.db.execute(sql`INSERT INTO settings (key, value) VALUES ('stray', 'x')`);
    const t = performance.now();
    const reloaded = await loadDemo(database, { now: NOW, reset: true });
    console.log(`[demo] ${engine.name}: reset + reload in ${((performance.now() - t) / 1000).toFixed(2)} s`);
    expect(reloaded).toEqual(counts);
    expect(await fingerprint(database)).toEqual(before);
    expect(await n(database, sql`SELECT count(*) AS n FROM audit_log`)).toBe(counts.auditRows);
    expect(await n(database, sql`SELECT count(*) AS n FROM settings WHERE key = 'stray'`)).toBe(0);
  });
});
