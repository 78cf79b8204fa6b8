// 1,000,000 Okta System Log events (generated in the real shape: ~200 apps, ~5,000 people, one JSON array of
// ~1.6 GB) imported end to end — upload, parse, match, store, aggregate, commit, rebuild discovery — through a
// running server: ≤ 60 s on PGlite, ≤ 30 s on PostgreSQL, peak memory < 1.5 GB, throughput at least 0.3× that of
// reading and JSON-parsing every event; then the Discovery page's API answers in < 300 ms.
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateOktaLog, parseBaseline } from './okta-generate.js';
import { runOn } from './imports.bench.js';
import { percentile, record } from './lib.js';

const EVENTS = Number(process.env.BENCH_OKTA_EVENTS ?? 1_000_000);

/** The Discovery page's requests, timed once the import is done (each several times; p95). */
async function discoveryPage(base: string, headers: Record<string, string>) {
  const urls = ['/api/discovery/summary', '/api/discovery/apps?page=1&pageSize=50', '/api/discovery/apps?status=shadow&sort=-users&pageSize=50', '/api/discovery/users?pageSize=50'];
  const times: number[] = [];
  let apps = 0;
  for (let i = 0; i < 10; i++) {
    for (const u of urls) {
      const s = performance.now();
      const r = await fetch(`${base}${u}`, { headers });
      const body = (await r.json()) as { total?: number };
      if (u.includes('/apps?page=1')) apps = body.total ?? 0;
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  return { pageP95: percentile(times, 95), pageMax: times[times.length - 1], discoveredApps: apps };
}

export async function discoveryBench() {
  const file = path.join(tmpdir(), `tandem-okta-${EVENTS}.json`);
  // Generated once and kept between runs (it takes a while and is deterministic).
  if (!existsSync(file)) await generateOktaLog(file, EVENTS);
  const gb = statSync(file).size / 1e9;
  const base = await parseBaseline(file);
  const baseRate = base.events / base.seconds;
  console.log(`${EVENTS} events, ${gb.toFixed(2)} GB; read + JSON.parse every event: ${base.seconds.toFixed(1)} s`);
  const lines = [`file: ${EVENTS.toLocaleString('en')} Okta System Log events, one JSON array of ${gb.toFixed(2)} GB; reading and JSON-parsing every event: ${base.seconds.toFixed(1)} s = ${Math.round(baseRate).toLocaleString('en')} events/s`];
  for (const engine of ['pglite', 'postgres'] as const) {
    const r = await runOn(engine, file, false, { fileName: 'okta-bench.json', after: discoveryPage });
    console.log(r);
    const rate = EVENTS / r.total;
    const target = engine === 'pglite' ? 60 : 30;
    lines.push(`${engine}: ${r.state}, ${EVENTS.toLocaleString('en')} events end to end in ${r.total.toFixed(1)} s (upload ${r.upload.toFixed(1)} s; target ≤ ${target} s) = ${Math.round(rate).toLocaleString('en')} events/s, ` +
      `${(rate / baseRate).toFixed(2)}× the read+parse rate (target ≥ 0.3); server peak RSS ${Math.round(r.rss)} MB (target < 1536); ` +
      `Discovery page API p95 ${Number(r.pageP95).toFixed(0)} ms, max ${Number(r.pageMax).toFixed(0)} ms over ${r.discoveredApps} discovered apps (target < 300 ms)` + (r.error ? `; error: ${r.error}` : ''));
  }
  record('Import 1M Okta System Log events (discovery)', lines);
}
