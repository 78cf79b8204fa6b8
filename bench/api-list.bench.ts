// GET /api/apps (a page of 50, filtered) from a 5,000-app inventory under 50 concurrent clients on PGlite:
// p95 under 50 ms, and at least a quarter of the requests per second of a bare Fastify constant route.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { CATEGORIES, DATA_CLASSES, LIFECYCLE } from '../src/shared/enums.js';
import { uuidv7 } from '../src/shared/ids.js';
import { migrateDatabase, openDatabase } from '../src/server/db/client.js';
import { loadDemo } from '../src/server/modules/demo/load-demo.js';
import { rows, textArray, uuidArray } from '../src/server/platform/sql.js';
import { load, record, root, startProcess, stop } from './lib.js';

const TARGET_APPS = 5000;

async function prepare(dir: string) {
  const database = await openDatabase({ dataDir: dir });
  await migrateDatabase(database);
  await loadDemo(database);
  const db = database.db;
  const [{ n }] = await rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM apps`);
  const depts = (await rows<{ id: string }>(db, sql`SELECT id FROM departments`)).map((d) => d.id);
  const people = (await rows<{ id: string }>(db, sql`SELECT id FROM people LIMIT 400`)).map((p) => p.id);
  const extra = TARGET_APPS - n;
  const ids: string[] = [], names: string[] = [], cats: string[] = [], statuses: string[] = [], owners: string[] = [], dcs: string[] = [], deptLists: string[] = [];
  for (let i = 0; i < extra; i++) {
    ids.push(uuidv7());
    names.push(`Synthetic App ${String(i).padStart(4, '0')}`);
    cats.push(CATEGORIES[i % CATEGORIES.length]);
    statuses.push(LIFECYCLE[i % LIFECYCLE.length]);
    owners.push(people[i % people.length]);
    dcs.push(`{${DATA_CLASSES[i % DATA_CLASSES.length]}}`);
    deptLists.push(`{${[...new Set([depts[i % depts.length], depts[(i * 7 + 3) % depts.length]])].join(',')}}`);
  }
  await db.execute(sql`INSERT INTO apps (id, name, category, lifecycle_status, business_owner_id, it_owner_id, data_classes, department_ids, sso_support)
    SELECT id, name, cat, st, owner, owner, dc::text[], dl::uuid[], (row_number() OVER ()) % 2 = 0
    FROM unnest(${uuidArray(ids)}, ${textArray(names)}, ${textArray(cats)}, ${textArray(statuses)}, ${uuidArray(owners)}, ${textArray(dcs)}, ${textArray(deptLists)})
      AS t(id, name, cat, st, owner, dc, dl)`);
  await db.execute(sql`INSERT INTO app_departments (app_id, department_id) SELECT id, unnest(department_ids) FROM apps WHERE name LIKE 'Synthetic App %'`);
  const [{ total }] = await rows<{ total: number }>(db, sql`SELECT count(*)::int AS total FROM apps`);
  await database.close();
  return { total, depts };
}

export async function apiBench() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-api-'));
  try {
    const { total, depts } = await prepare(dir);
    const server = await startProcess([path.join(root, 'bin/tandem.js'), 'serve', '--port', '3392', '--data', dir], { TANDEM_LOG_LEVEL: 'silent' });
    const url = 'http://127.0.0.1:3392';
    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'it@demo.example', password: 'tandem-demo' }) });
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    // Realistic mix: status/category/department filters, sorts and the first 20 pages.
    const paths: string[] = [];
    const filters = ['status=approved', 'status=approved,in_review&sort=-updatedAt', 'category=email_automation,advertising', `department=${depts[0]}`, 'sso=false&dataClass=customer_personal', 'q=app&sort=vendor'];
    for (let page = 1; page <= 20; page++) for (const f of filters) paths.push(`/api/apps?${f}&pageSize=50&page=${page}`);
    const check = await (await fetch(`${url}${paths[0]}`, { headers: { cookie } })).json();
    // Headers as a browser sends them: the UI's requests accept gzip.
    const headers = { cookie, 'accept-encoding': 'gzip, deflate, br' };
    await load({ url, paths, headers, connections: 50, seconds: 3 }); // warm-up
    const api = await load({ url, paths, headers, connections: 50, seconds: 15 });
    await stop(server.child);

    const bare = await startProcess([path.join(root, 'bench/bare-server.mjs'), '3393'], {}, 'bare ready');
    await load({ url: 'http://127.0.0.1:3393', paths: ['/constant'], connections: 50, seconds: 3 });
    const base = await load({ url: 'http://127.0.0.1:3393', paths: ['/constant'], connections: 50, seconds: 15 });
    await stop(bare.child);
    const ratio = api.rps / base.rps;
    record('GET /api/apps under load (PGlite)', [
      `inventory: ${total} apps; ${paths.length} distinct filtered/sorted/paged queries of 50 rows (first page total ${check.total}); 50 connections, 15 s, autocannon, browser headers (session cookie, accept-encoding gzip)`,
      `p50 ${api.p50.toFixed(1)} ms, **p95 ${api.p95.toFixed(1)} ms** (target < 50 ms) ${api.p95 < 50 ? 'PASS' : 'FAIL'}, p99 ${api.p99.toFixed(1)} ms; ${api.rps.toFixed(0)} req/s; ${api.non2xx} non-2xx, ${api.errors} errors`,
      `bare Fastify constant route: ${base.rps.toFixed(0)} req/s (p95 ${base.p95.toFixed(1)} ms)`,
      `**ratio ${(ratio * 100).toFixed(1)}%** of the bare route (target ≥ 25%) ${ratio >= 0.25 ? 'PASS' : 'FAIL'}`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
