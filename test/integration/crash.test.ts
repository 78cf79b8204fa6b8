import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase, openDatabase } from '../../src/server/db/client.js';
import { lazyJobs } from '../../src/server/platform/jobs.js';
import { systemCtx } from '../../src/server/platform/ctx.js';
import { rows } from '../../src/server/platform/sql.js';
import { uploadImport } from '../../src/server/modules/imports/imports.js';
import { createTestDatabase, ENGINE } from '../helpers/db.js';

const root = path.resolve(import.meta.dirname, '../..');
const cli = ['--import', 'tsx', path.join(root, 'src/cli/main.ts')];
const ROWS = 150_000;

/** A card file of distinct rows, large enough that the import is still running when the process is killed. */
function cardFile(dir: string): string {
  const file = path.join(dir, 'card.csv');
  const names = ['ZOOM.US 888-799-9666 CA', 'SLACK T0', 'PAYPAL *HUBSPOT', 'UBER *TRIP', 'ACME WIDGETS', 'CANVA* I0'];
  let s = 'Date,Description,Card Member,Account #,Amount\n';
  for (let i = 0; i < ROWS; i++) s += `0${1 + (i % 9)}/${String(1 + (i % 28)).padStart(2, '0')}/2026,${names[i % names.length]}${i % 7},PERSON ${i % 50},-1001,${(1 + (i % 997) / 100).toFixed(2)}\n`;
  writeFileSync(file, s);
  return file;
}

function start(args: string[], env: Record<string, string>, ready: string): Promise<{ child: ChildProcess; out: () => string }> {
  const child = spawn(process.execPath, [...cli, ...args], { cwd: root, env: { ...process.env, TANDEM_LOG_LEVEL: 'silent', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (b) => {
      out += b;
      if (out.includes(ready)) resolve({ child, out: () => out });
    });
    child.stderr!.on('data', (b) => (out += b));
    child.on('exit', (c) => reject(new Error(`exited ${c}: ${out}`)));
  });
}
const kill9 = (c: ChildProcess) => new Promise((r) => { c.removeAllListeners('exit'); c.once('exit', r); c.kill('SIGKILL'); });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (ENGINE === 'pglite') describe('an import survives kill -9 of the server (embedded)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('restarted, the job runs to the end by itself and the data equals a clean run', async () => {
    const file = cardFile(dir);
    const data = path.join(dir, 'data');
    let server = await start(['serve', '--demo', '--port', '3331', '--data', data], { DATABASE_URL: '' }, 'API reference');
    const base = 'http://127.0.0.1:3331';
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'it@demo.example', password: 'tandem-demo' }) });
    const headers = { cookie: login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), 'x-csrf-token': ((await login.json()) as { csrfToken: string }).csrfToken };
    const up = await fetch(`${base}/api/imports?fileName=card.csv&start=true&preset=amex`, { method: 'POST', headers: { ...headers, 'content-type': 'application/octet-stream' }, body: (await import('node:fs')).readFileSync(file) });
    const { id } = (await up.json()) as { id: string };
    let progressed = 0;
    for (let i = 0; i < 400 && progressed < 20_000; i++) {
      progressed = ((await (await fetch(`${base}/api/imports/${id}`, { headers })).json()) as { progress: { rowsDone: number } }).progress.rowsDone;
      await wait(25);
    }
    expect(progressed).toBeGreaterThan(0);
    await kill9(server.child);

    server = await start(['serve', '--port', '3331', '--data', data], { DATABASE_URL: '' }, 'API reference');
    const login2 = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'it@demo.example', password: 'tandem-demo' }) });
    const h2 = { cookie: login2.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ') };
    let d: { state: string; rowsImported: number; attempts: number } = { state: '', rowsImported: 0, attempts: 0 };
    for (let i = 0; i < 1200 && !['committed', 'failed'].includes(d.state); i++) {
      d = (await (await fetch(`${base}/api/imports/${id}`, { headers: h2 })).json()) as typeof d;
      await wait(100);
    }
    expect(d.state).toBe('committed');
    expect(d.rowsImported).toBe(ROWS);
    expect(d.attempts).toBeGreaterThanOrEqual(2);
    server.child.kill('SIGTERM');
    await new Promise((r) => server.child.once('exit', r));
    const database = await openDatabase({ dataDir: data });
    // Every stored transaction belongs to a committed statement import (the demo's and this one): nothing left over from the killed attempt.
    const [c] = await rows<{ all: number; mine: number; committed: number }>(database.db, sql`SELECT count(*)::int AS all,
      count(*) FILTER (WHERE import_seq = (SELECT seq FROM imports WHERE id = ${id}))::int AS mine,
      (SELECT sum(rows_imported)::int FROM imports WHERE state = 'committed' AND format IN ('card_csv', 'ofx', 'camt053')) AS committed FROM transactions`);
    await database.close();
    expect(c.mine).toBe(ROWS);
    expect(c.all).toBe(c.committed);
  }, 240_000);
});

if (ENGINE === 'postgres') describe('an import survives kill -9 of its worker (PostgreSQL, two workers)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-crash-pg-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the other worker takes the job over and the data equals a clean run', async () => {
    const file = cardFile(dir);
    const t = await createTestDatabase();
    const env = { DATABASE_URL: t.url! };
    const workers = [await start(['worker'], env, 'waiting for jobs'), await start(['worker'], env, 'waiting for jobs')];
    const jobs = lazyJobs(t.database);
    try {
      const ctx = systemCtx(t.database, 'crash test', 'cli');
      const d0 = await uploadImport(ctx, jobs, (await import('node:fs')).createReadStream(file), { fileName: 'card.csv', preset: 'amex', start: true });
      let holder: { child: ChildProcess; out: () => string } | undefined;
      for (let i = 0; i < 400 && !holder; i++) {
        holder = workers.find((w) => w.out().includes(`started import ${d0.id}`));
        await wait(25);
      }
      expect(holder).toBeDefined();
      await wait(800);
      await kill9(holder!.child);
      const other = workers.find((w) => w !== holder)!;
      let state = '';
      for (let i = 0; i < 1200 && !['committed', 'failed'].includes(state); i++) {
        state = (await rows<{ state: string }>(t.database.db, sql`SELECT state FROM imports WHERE id = ${d0.id}`))[0].state;
        await wait(100);
      }
      expect(state).toBe('committed');
      expect(other.out()).toContain(`started import ${d0.id}`);
      const [c] = await rows<{ all: number; imported: number }>(t.database.db, sql`SELECT (SELECT count(*)::int FROM transactions) AS all, (SELECT rows_imported FROM imports WHERE id = ${d0.id}) AS imported`);
      expect(c).toEqual({ all: ROWS, imported: ROWS });
    } finally {
      for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) await kill9(w.child);
      await jobs.stop();
      await t.drop();
    }
  }, 240_000);
});
void migrateDatabase;
