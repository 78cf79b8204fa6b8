import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { systemCtx } from '../../platform/ctx.js';
import type { Jobs } from '../../platform/jobs.js';
import { rows } from '../../platform/sql.js';
import { uploadImport } from '../imports/imports.js';
import { runImport } from '../imports/run-import.js';
import { DEMO_APPS } from './demo-apps.js';
import { buildDemoGoogleTokens, buildDemoOktaLog, type DemoPerson } from './demo-signins.js';
import { Random } from './random.js';

// Statement descriptors the way card issuers print them: processor prefixes, references, phone numbers, cities.
const STYLES: ((name: string, r: Random) => string)[] = [
  (n) => n.toUpperCase(),
  (n, r) => `${n.toUpperCase().replace(/\s+/g, '').slice(0, 14)}* ${r.int(100000, 999999)}`,
  (n) => `PAYPAL *${n.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 12)}`,
  (n, r) => `${n.toUpperCase().slice(0, 18)} 888-${r.int(200, 999)}-${r.int(1000, 9999)} CA`,
];
const NOT_SOFTWARE = ['UBER *TRIP', 'DELTA AIR 0062341', 'MARRIOTT SAN FRANCISCO', 'STARBUCKS STORE 10452', 'LYFT *RIDE SUN 8PM', 'SHELL OIL 57442', 'UNITED 0162331', 'WHOLEFDS MKT 10233', 'HILTON HOTELS LONDON', 'AMTRAK TIX'];
const UNKNOWN = ['NORTHSTAR CONSULTING LLC', 'SQ *BLUE BOTTLE COFFEE', 'FS *ORBITAL', 'BRIGHTLINE STUDIO', 'TST* CORNER DELI', 'PADDLE.NET* MINDWAVE', 'GUMROAD *PIXELPACK', 'ACME WIDGETRY 4471'];

/** Six months of a company card statement: recurring SaaS, travel and meals, and a few texts nobody can place yet. */
export function buildDemoCardCsv(people: string[], now = new Date()): string {
  const r = new Random(20260601);
  const lines = ['Date,Description,Card Member,Account #,Amount'];
  const apps = DEMO_APPS.filter((a) => a.status !== 'retired' && a.deployment === 'cloud').slice(0, 90);
  const day = (monthsAgo: number, d: number) => {
    // This month's charges stop at today: a statement holds no future dates.
    const t = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - monthsAgo, Math.min(d, 28, monthsAgo === 0 ? now.getUTCDate() : 28)));
    return `${String(t.getUTCMonth() + 1).padStart(2, '0')}/${String(t.getUTCDate()).padStart(2, '0')}/${t.getUTCFullYear()}`;
  };
  const csv = (s: string) => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  for (const app of apps) {
    const style = r.pick(STYLES);
    const descriptor = style(app.name.replace(/\s+(Hub|Cloud|Engage|Suite|Platform)$/i, ''), r);
    const holder = r.pick(people);
    const price = r.pick([15, 29, 49, 99, 199, 399, 799, 1250]) * 100 + r.pick([0, 0, 99]);
    for (let m = 5; m >= 0; m--) if (r.chance(0.9)) lines.push([day(m, r.int(1, 28)), csv(descriptor), csv(holder), '-71004', (price / 100).toFixed(2)].join(','));
  }
  for (let i = 0; i < 220; i++) lines.push([day(r.int(0, 5), r.int(1, 28)), csv(r.pick(NOT_SOFTWARE)), csv(r.pick(people)), '-71004', (r.int(900, 64000) / 100).toFixed(2)].join(','));
  for (let i = 0; i < 40; i++) lines.push([day(r.int(0, 5), r.int(1, 28)), csv(r.pick(UNKNOWN)), csv(r.pick(people)), '-71004', (r.int(1200, 48000) / 100).toFixed(2)].join(','));
  return `${lines.join('\n')}\n`;
}

const NO_QUEUE: Jobs = {
  get boss(): never {
    throw new Error('the demo runs its imports in-process');
  },
  send: async () => {
    throw new Error('the demo runs its imports in-process');
  },
  work: async () => undefined,
  stop: async () => undefined,
};

/** Runs the demo's imports through the real pipeline (parse, match, store, commit), in this process. */
export async function loadDemoImports(database: Database): Promise<void> {
  const ctx = systemCtx(database, 'Demo data');
  const people = (await rows<{ name: string }>(database.db, sql`SELECT name FROM people WHERE status = 'active' ORDER BY email LIMIT 60`)).map((p) => p.name);
  const directory = await rows<DemoPerson>(database.db, sql`SELECT p.email, p.name, d.name AS department, p.status, p.end_date::text AS "endDate"
    FROM people p LEFT JOIN departments d ON d.id = p.department_id ORDER BY p.email`);
  const files = [
    { name: 'amex-corporate-card-last-6-months.csv', content: buildDemoCardCsv(people), preset: 'amex' },
    { name: 'okta-system-log-last-90-days.ndjson', content: buildDemoOktaLog(directory), preset: undefined },
    { name: 'google-workspace-token-audit.json', content: buildDemoGoogleTokens(directory), preset: undefined },
  ];
  for (const f of files) {
    const d = await uploadImport(ctx, NO_QUEUE, Readable.from([Buffer.from(f.content)]), { fileName: f.name, preset: f.preset });
    await database.db.execute(sql`UPDATE imports SET state = 'queued' WHERE id = ${d.id}`);
    await runImport(database, d.id);
  }
}
