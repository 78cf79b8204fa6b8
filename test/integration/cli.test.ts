import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, ENGINE, type TestDatabase } from '../helpers/db.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = ['--import', 'tsx', path.join(root, 'src/cli/main.ts')];

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [...cli, ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', TANDEM_LOG_LEVEL: 'silent', ...env }, encoding: 'utf8', timeout: 90_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function serve(args: string[], env: Record<string, string> = {}): Promise<{ child: ChildProcess; out: string }> {
  const child = spawn(process.execPath, [...cli, 'serve', ...args], { cwd: root, env: { ...process.env, DATABASE_URL: '', TANDEM_LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (b) => {
      out += b;
      if (out.includes('API reference')) resolve({ child, out });
    });
    child.stderr!.on('data', (b) => (out += b));
    child.on('exit', (c) => reject(new Error(`serve exited ${c}: ${out}`)));
  });
}

async function stop(child: ChildProcess) {
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

// Each engine's project runs its own half, so nothing is reported as skipped.
if (ENGINE === 'pglite') describe('CLI on the embedded database', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-cli-'));
  let server: { child: ChildProcess; out: string };
  beforeAll(async () => {
    server = await serve(['--demo', '--port', '3321', '--data', dir]);
  });
  afterAll(async () => {
    if (server) await stop(server.child);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serve prints the URL and the demo sign-ins', () => {
    expect(server.out).toContain('Tandem is ready at http://localhost:3321');
    expect(server.out).toContain('it@demo.example');
    expect(server.out).toContain('tandem-demo');
  });

  it('a second server on the same folder refuses clearly', () => {
    const r = spawnSync(process.execPath, [...cli, 'serve', '--port', '3322', '--data', dir], { cwd: root, env: { ...process.env, DATABASE_URL: '' }, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/in use by process \d+ \(serve at http:\/\/127\.0\.0\.1:3321\)/);
  });

  it('export, user add/list/set-role and demo go through the running server', async () => {
    const csv = run(['export', 'apps', '--data', dir, '-f', 'status=retired']);
    expect(csv.code, csv.err).toBe(0);
    const lines = csv.out.trim().split('\n');
    expect(lines[0]).toContain('Name,Vendor,Category,Lifecycle status');
    expect(lines.slice(1).every((l) => l.includes(',Retired,'))).toBe(true);
    const json = run(['export', 'people', '--format', 'json', '--data', dir, '-f', 'status=leaver']);
    expect(JSON.parse(json.out).length).toBeGreaterThan(20);

    const add = run(['user', 'add', '--email', 'new.lead@demo.example', '--name', 'New Lead', '--role', 'marketing_lead', '--scope', 'Marketing', '--password', 'a-long-password-1', '--data', dir]);
    expect(add.code, add.err).toBe(0);
    const set = run(['user', 'set-role', 'new.lead@demo.example', 'auditor', '--scope', 'all', '--data', dir]);
    expect(set.code, set.err).toBe(0);
    const list = run(['user', 'list', '--data', dir]);
    expect(list.out).toMatch(/new\.lead@demo\.example\s+auditor\s+whole organisation/);
    // The change went through the API, so it is in the audit log as the CLI actor.
    const audit = run(['export', 'audit', '--format', 'json', '--data', dir, '-f', 'action=user.update']);
    expect(JSON.parse(audit.out)[0]).toMatchObject({ actorLabel: 'tandem CLI', action: 'user.update' });
    // match: the bundled catalog, then the organisation's rules from the running server.
    const plain = spawnSync(process.execPath, [...cli, 'match', '--source', 'card', '--json'], { cwd: root, input: 'PAYPAL *HUBSPOT\nACME WIDGETS 4411\n', encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
    const [hub, acme] = plain.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(hub).toMatchObject({ input: 'PAYPAL *HUBSPOT', app: { id: 'hubspot' }, kind: 'software' });
    expect(hub.reasons.length).toBeGreaterThan(0);
    expect(acme.app).toBeNull();
    const { DataLock } = await import('../../src/server/platform/data-lock.js');
    const lock = DataLock.read(dir)!;
    const rule = await fetch(`${lock.url}/api/alias-rules`, { method: 'POST', headers: { authorization: `Bearer ${lock.secret}`, 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'prefix', text: acme.normalised ?? 'acme widgets', appId: 'hubspot', appName: 'HubSpot', sources: ['card'] }) });
    expect(rule.status).toBe(200);
    const taught = spawnSync(process.execPath, [...cli, 'match', '--source', 'card', '--json', '--data', dir], { cwd: root, input: 'ACME WIDGETS 4411\n', encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
    expect(JSON.parse(taught.stdout.trim())).toMatchObject({ app: { id: 'hubspot' }, kind: 'software', confidence: expect.any(Number) });

    // import goes through the running server too, waits for the job and reports; a bad file exits 1 with its line.
    const imp = run(['import', path.join(root, 'test/fixtures/imports/card-expense-csv/ramp-transactions.csv'), '--data', dir]);
    expect(imp.code, imp.err).toBe(0);
    expect(imp.out).toMatch(/Imported \d+ rows from ramp-transactions\.csv/);
    const badFile = path.join(dir, 'broken.csv');
    writeFileSync(badFile, 'Date,Description,Card Member,Account #,Amount\n01/05/2026,ZOOM.US,A B,-1001,15.99\n01/06/2026,SLACK,A B,-1001,not-money\n');
    const failed = run(['import', badFile, '--data', dir]);
    expect(failed.code).toBe(1);
    expect(failed.err).toMatch(/line 3 \(Amount\)/);
    const jobs = run(['jobs', '--data', dir]);
    expect(jobs.out).toMatch(/committed .*ramp-transactions\.csv/);
    expect(jobs.out).toMatch(/failed .*broken\.csv/);

    // discover: an Okta log imported through the server, then the summary.
    const okta = run(['import', path.join(root, 'test/fixtures/imports/okta-system-log/constructed-system-log-page.json'), '--data', dir]);
    expect(okta.code, okta.err).toBe(0);
    const discover = run(['discover', '--data', dir]);
    expect(discover.code, discover.err).toBe(0);
    expect(discover.out).toMatch(/Apps found: +\d+/);
    // The demo organisation's own Okta log and Google token audit bring shadow IT, outsiders and leavers.
    expect(discover.out).toMatch(/Shadow IT: +([5-9]|\d\d+) /);
    expect(discover.out).toMatch(/Leavers signing in: +[1-9]/);
    expect(discover.out).toMatch(/Not in the HR list: +[1-9]/);
    expect(discover.out).toContain('Perplexity');
    expect(discover.out).toMatch(/Unknowns waiting: +[1-9]/);

    const bad = run(['user', 'set-role', 'new.lead@demo.example', 'wizard', '--data', dir]);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('Unknown role "wizard"');
  });
});

if (ENGINE === 'postgres') describe('CLI on PostgreSQL (DATABASE_URL)', () => {
  let db: TestDatabase;
  let server: { child: ChildProcess; out: string };
  beforeAll(async () => {
    db = await createTestDatabase();
    server = await serve(['--demo', '--port', '3323'], { DATABASE_URL: db.url! });
  });
  afterAll(async () => {
    if (server) await stop(server.child);
    await db?.drop();
  });

  it('serves the same portal with migrations applied on start', async () => {
    expect(server.out).toContain('PostgreSQL (DATABASE_URL)');
    const res = await fetch('http://127.0.0.1:3323/api/auth/config');
    expect((await res.json()).demo).toBe(true);
  });

  it('CLI commands use the database directly, next to a running server', () => {
    const r = run(['export', 'departments', '--format', 'json'], { DATABASE_URL: db.url! });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).length).toBeGreaterThanOrEqual(8);
    const imp = run(['import', path.join(root, 'test/fixtures/imports/camt053/constructed-camt053.001.08-saas.xml')], { DATABASE_URL: db.url! });
    expect(imp.code, imp.err).toBe(0);
    expect(imp.out).toMatch(/Imported \d+ rows/);
  });
});
