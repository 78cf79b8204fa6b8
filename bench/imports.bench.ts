// 1,000,000 card transactions (generated) imported end to end — upload, parse, match, store, commit —
// through a running server: ≤ 30 s on PGlite, ≤ 15 s on PostgreSQL, peak memory < 1.5 GB, and API
// requests keep a p95 under 300 ms meanwhile. Printed beside the throughput of only parsing the file.
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { request } from 'node:http';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { parseCardCsv } from '../src/server/modules/imports/formats/card-csv.js';
import { fileSourceFromPath } from '../src/server/modules/imports/formats/file-source.js';
import { percentile, record, root, startProcess, stop } from './lib.js';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);

const SAAS = ['ZOOM.US 888-799-9666 CA', 'SLACK T0{n} SAN FRANCISCO', 'PAYPAL *HUBSPOT', 'ATLASSIAN 415-7012345', 'GOOGLE *GSUITE_northwind', 'MSFT *E0400{n}', 'CANVA* I0{n}',
  'ADOBE *CREATIVE CLOUD', 'NOTION LABS, INC.', 'FIGMA MONTHLY', 'DROPBOX*{n}', 'MAILCHIMP *MONTHLY', 'SEMRUSH.COM', 'HOOTSUITE MEDIA INC', 'DOCUSIGN INC', 'CALENDLY',
  'GITHUB, INC.', 'AWS EMEA aws.amazon.co', 'LINKEDIN-{n}', 'ZAPIER.COM/CHARGE', 'MIRO.COM', 'AIRTABLE.COM', 'TYPEFORM SL', 'INTERCOM INC', '1PASSWORD'];
const OTHER = ['UBER *TRIP {n}', 'DELTA AIR 006{n}', 'MARRIOTT HOTEL {n}', 'STARBUCKS STORE {n}', 'SHELL OIL {n}', 'AMZN Mktp US*{n}', 'WHOLEFDS MKT {n}', 'LYFT *RIDE {n}'];
const UNKNOWN = ['ACME WIDGETS {n}', 'SQ *BLUE BOTTLE', 'NORTHSTAR CONSULTING', 'FS *ORBITAL {n}', 'TST* CORNER DELI'];

export async function generate(file: string) {
  const out = createWriteStream(file);
  const people = Array.from({ length: 400 }, (_, i) => `PERSON ${String(i).padStart(3, '0')}`);
  let rng = 42;
  const rand = (n: number) => ((rng = (rng * 1103515245 + 12345) % 2147483648), rng % n);
  out.write('Date,Description,Card Member,Account #,Amount\n');
  let buf = '';
  for (let i = 0; i < ROWS; i++) {
    const r = rand(100);
    const pool = r < 55 ? SAAS : r < 90 ? OTHER : UNKNOWN;
    const desc = pool[rand(pool.length)].replace('{n}', String(rand(5000)));
    const day = 1 + rand(28);
    const month = 1 + rand(12);
    buf += `${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/2026,${desc.includes(',') ? `"${desc}"` : desc},${people[rand(people.length)]},-${1000 + rand(9)},${(rand(50000) / 100 + 1).toFixed(2)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await new Promise((r) => out.once('drain', r));
      buf = '';
    }
  }
  out.end(buf);
  await new Promise((r) => out.on('finish', r));
}

async function parseOnly(file: string) {
  const t0 = performance.now();
  let n = 0;
  for await (const r of parseCardCsv(fileSourceFromPath(file), { preset: 'amex', stats: { skipped: 0 } })) if (!r.bad) n++;
  return { rows: n, seconds: (performance.now() - t0) / 1000 };
}

function peakRss(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** CPU-seconds the process has used (all its threads): on a shared machine a steadier yardstick than the wall clock. */
function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

function upload(url: string, headers: Record<string, string>, file: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/octet-stream', 'content-length': statSync(file).size } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => (res.statusCode === 200 ? resolve(JSON.parse(body)) : reject(new Error(`upload: ${res.statusCode} ${body}`))));
    });
    req.on('error', reject);
    pipeline(createReadStream(file, { highWaterMark: 1 << 20 }), req).catch(reject);
  });
}

/** Starts a server on `engine`, uploads `file` and waits for its import; `after` measures the server once it is done. */
export async function runOn(engine: 'pglite' | 'postgres', file: string, withLoad: boolean, opts: { fileName?: string; after?: (base: string, headers: Record<string, string>) => Promise<Record<string, unknown>> } = {}) {
  const port = engine === 'pglite' ? 3391 : 3392;
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-import-'));
  let dbName: string | null = null;
  const env: Record<string, string> = { TANDEM_LOG_LEVEL: 'warn' };
  if (engine === 'postgres') {
    const admin = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    dbName = `tandem_bench_${Date.now()}`;
    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`CREATE DATABASE ${dbName}`);
    await c.end();
    const u = new URL(admin);
    u.pathname = `/${dbName}`;
    env.DATABASE_URL = u.toString();
  }
  const server = await startProcess([...(process.env.BENCH_NODE_FLAGS ? process.env.BENCH_NODE_FLAGS.split(' ') : []), 'bin/tandem.js', 'serve', '--demo', '--port', String(port), '--data', dir], env);
  // TANDEM_TRACE=1: the server's phase times (see run-import.ts) next to the bench's own.
  if (process.env.TANDEM_TRACE) server.child.stderr!.on('data', (b: Buffer) => process.stderr.write(b));
  if (process.env.BENCH_NODE_FLAGS) server.child.stdout!.on('data', (b: Buffer) => process.stderr.write(b));
  const base = `http://127.0.0.1:${port}`;
  try {
    const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'it@demo.example', password: 'tandem-demo' }) });
    const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const headers = { cookie, 'x-csrf-token': csrf };
    const t0 = performance.now();
    if (process.env.TANDEM_TRACE) console.error('TRACE upload', new Date().toISOString());
    // Streamed with node:http, like curl would: the client shares the server's two cores here, and fetch's web
    // streams cost it several CPU-seconds for a 1.8 GB file (a real client runs on its own machine).
    const { id } = (await upload(`${base}/api/imports?fileName=${opts.fileName ?? 'bench.csv'}&start=true`, headers, file)) as { id: string };
    const uploaded = performance.now();
    if (process.env.TANDEM_TRACE) console.error('TRACE uploaded', new Date().toISOString());
    // Meanwhile, people use the portal: 4 clients page through the inventory.
    const times: number[] = [];
    let done = false;
    const client = async (k: number) => {
      for (let i = 0; !done; i++) {
        const s = performance.now();
        const r = await fetch(`${base}/api/apps?page=${1 + ((i + k) % 5)}&pageSize=50&sort=${i % 2 ? 'name' : '-name'}`, { headers });
        await r.arrayBuffer();
        times.push(performance.now() - s);
      }
    };
    const clients = withLoad ? [0, 1, 2, 3].map(client) : [];
    let d: Record<string, unknown> = {};
    while (true) {
      d = (await (await fetch(`${base}/api/imports/${id}`, { headers })).json()) as Record<string, unknown>;
      if (['committed', 'failed', 'cancelled'].includes(d.state as string)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    const total = (performance.now() - t0) / 1000;
    done = true;
    await Promise.all(clients);
    times.sort((a, b) => a - b);
    const rss = peakRss(server.child.pid!);
    const cpu = cpuSeconds(server.child.pid!);
    const extra = opts.after ? await opts.after(base, headers) : {};
    return { engine, withLoad, state: d.state as string, error: d.error, rows: d.rowsImported as number, total, upload: (uploaded - t0) / 1000, cpu, p95: percentile(times, 95), requests: times.length, rss, ...extra };
  } finally {
    await stop(server.child);
    rmSync(dir, { recursive: true, force: true });
    // BENCH_KEEP_DB=1 keeps the database for a look at what the import wrote.
    if (dbName && !process.env.BENCH_KEEP_DB) {
      const c = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await c.end();
    }
  }
}

export async function importsBench() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-file-'));
  const file = path.join(dir, 'card-1m.csv');
  await generate(file);
  const mb = statSync(file).size / 1e6;
  const parse = await parseOnly(file);
  const parseRate = parse.rows / parse.seconds;
  console.log(`generated ${ROWS} rows (${mb.toFixed(0)} MB); parse only: ${parse.seconds.toFixed(1)} s, ${Math.round(parseRate)} rows/s`);
  const lines = [`file: ${ROWS.toLocaleString('en')} Amex-layout card rows, ${mb.toFixed(0)} MB; parsing only: ${parse.seconds.toFixed(1)} s = ${Math.round(parseRate).toLocaleString('en')} rows/s`];
  // Import time is measured on an otherwise idle server; responsiveness in a second run with 4 clients paging the inventory throughout.
  const engines = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',');
  for (const [engine, withLoad] of ([['pglite', false], ['pglite', true], ['postgres', false], ['postgres', true]] as const).filter(([e]) => engines.includes(e))) {
    const r = await runOn(engine, file, withLoad);
    const rate = r.rows / r.total;
    const target = engine === 'pglite' ? 30 : 15;
    console.log(r);
    lines.push(`${engine}${withLoad ? ', with 4 clients paging GET /api/apps' : ', idle server'}: ${r.state}, ${r.rows.toLocaleString('en')} rows end to end in ${r.total.toFixed(1)} s (upload ${r.upload.toFixed(1)} s; target ≤ ${target} s) = ${Math.round(rate).toLocaleString('en')} rows/s, ` +
      `${(rate / parseRate).toFixed(2)}× the parse-only rate; server peak RSS ${Math.round(r.rss)} MB (target < 1536)` +
      (withLoad ? `; GET /api/apps during the import: p95 ${r.p95.toFixed(0)} ms over ${r.requests} requests (target < 300 ms)` : '') + (r.error ? `; error: ${r.error}` : ''));
  }
  record('Import 1M card transactions', lines);
  rmSync(dir, { recursive: true, force: true });
  void root;
}
