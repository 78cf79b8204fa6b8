import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/server/platform/sql.js';
import { createTestApp, type Session, type TestApp } from '../helpers/app.js';
import { ENGINE } from '../helpers/db.js';
import { importAndWait, importFinished, uploadFile } from '../helpers/imports.js';

const FIX = 'test/fixtures/imports';
const fixture = (p: string) => readFileSync(`${FIX}/${p}`);

describe(`imports (${ENGINE})`, () => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    admin = await t.login('it@demo.example');
  }, 60_000);
  afterAll(() => t?.close());

  const upload = (name: string, content: Buffer | string, query = 'start=true', as: Session = admin) => uploadFile(t, as, name, content, query);
  const finished = (id: string) => importFinished(t, admin, id);
  const importFile = (name: string, content: Buffer | string, query = 'start=true') => importAndWait(t, admin, name, content, query);
  const count = async (q: ReturnType<typeof sql>) => Number((await rows<{ n: number }>(t.db.database.db, q))[0].n);

  it('imports a card CSV end to end: detected, matched, stored, summarised, audited; re-importing adds nothing', async () => {
    const d = await importFile('amex-activity-extended.csv', fixture('card-expense-csv/amex-activity-extended.csv'));
    expect(d.state, d.error).toBe('committed');
    expect(d.format).toBe('card_csv');
    expect(d.preset).toMatch(/^amex/);
    expect(d.rowsImported).toBeGreaterThan(0);
    const stored = await count(sql`SELECT count(*)::int AS n FROM transactions WHERE import_seq = (SELECT seq FROM imports WHERE id = ${d.id})`);
    expect(stored).toBe(d.rowsImported);
    expect(d.summary.byKind.software.rows + d.summary.byKind.not_software.rows + d.summary.byKind.unknown.rows).toBe(d.rowsImported);
    expect(d.progress.fraction).toBe(1);
    const audit = (await t.call('GET', `/api/audit?q=amex-activity-extended`, { as: admin })).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toContain('import.commit');

    const again = await importFile('amex-again.csv', fixture('card-expense-csv/amex-activity-extended.csv'));
    expect(again.state).toBe('committed');
    expect(again.rowsImported).toBe(0);
    expect(again.rowsDuplicate).toBe(d.rowsImported);
    expect(await count(sql`SELECT count(*)::int AS n FROM transactions`)).toBe(d.rowsImported);
  });

  it('a bad row fails the whole import with its line in the report; "skip bad rows" commits the rest', async () => {
    const csv = 'Date,Description,Amount\n01/05/2026,ZOOM.US 888-799-9666 CA,15.99\n13/45/2026,SLACK T0123,8.75\n01/07/2026,DELTA AIR 0062341,420.10\n';
    const before = await count(sql`SELECT count(*)::int AS n FROM transactions`);
    const ambiguous = await upload('bad-date.csv', csv);
    expect(ambiguous.statusCode).toBe(422);
    expect(ambiguous.json().error.message).toContain('quickbooks_3');
    // Uploaded without starting, the import waits and says which presets compete.
    const waiting = await upload('bad-date.csv', csv, '');
    expect(waiting.json().alternatives.map((a: { id: string }) => a.id).sort()).toEqual(['amex']);
    await t.call('POST', `/api/imports/${waiting.json().id}/cancel`, { as: admin });
    const failed = await importFile('bad-date.csv', csv, 'start=true&preset=amex');
    expect(failed.state).toBe('failed');
    expect(failed.error).toContain('line 3');
    expect(await count(sql`SELECT count(*)::int AS n FROM transactions`)).toBe(before);
    const report = (await t.call('GET', `/api/imports/${failed.id}/errors`, { as: admin })).json();
    expect(report.items[0]).toMatchObject({ line: 3 });
    expect(report.items[0].column).toBeTruthy();
    const reportCsv = await t.call('GET', `/api/imports/${failed.id}/errors?format=csv`, { as: admin });
    expect(reportCsv.body.split('\n')[0]).toContain('Line');

    const skipped = await importFile('bad-date-skip.csv', csv, 'start=true&preset=amex&skipBadRows=true');
    expect(skipped.state).toBe('committed');
    expect(skipped.rowsImported).toBe(2);
    expect(skipped.rowsBad).toBe(1);
  });

  it('keeps descriptors exactly, whatever characters they hold', async () => {
    const csv = 'Date,Description,Card Member,Account #,Amount\n01/05/2026,"ZOOM\\US\tMULTI\nLINE ""Q""",A B,-1001,15.99\n';
    const d = await importFile('odd.csv', csv, 'start=true&preset=amex');
    expect(d.state, d.error).toBe('committed');
    const [tx] = await rows<{ description: string }>(t.db.database.db, sql`SELECT description FROM transactions WHERE import_seq = (SELECT seq FROM imports WHERE id = ${d.id})`);
    expect(tx.description).toBe('ZOOM\\US\tMULTI\nLINE "Q"');
  });

  it('rejects empty and unrecognisable files clearly and keeps nothing', async () => {
    const before = await count(sql`SELECT count(*)::int AS n FROM imports`);
    const empty = await upload('empty.csv', '');
    expect(empty.statusCode).toBe(422);
    expect(empty.json().error.message).toContain('empty');
    const png = await upload('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    expect(png.statusCode).toBe(422);
    expect(await count(sql`SELECT count(*)::int AS n FROM imports`)).toBe(before);
    expect(await count(sql`SELECT count(*)::int AS n FROM import_file_chunks c WHERE NOT EXISTS (SELECT 1 FROM imports i WHERE i.id = c.import_id)`)).toBe(0);
  });

  it('keeps the original where any worker can read it; the receiving process reads its local copy, dropped when the import ends', async () => {
    const database = t.db.database;
    const content = fixture('okta-system-log/constructed-system-log-page.json');
    const up = await upload('okta-stored.json', content, '');
    expect(up.statusCode, up.body).toBe(200);
    const id = up.json().id as string;
    const [{ n: pieces }] = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM import_file_chunks WHERE import_id = ${id}`);
    if (database.kind === 'postgres') {
      // PostgreSQL: pieces in the database for any worker, and a copy in this process's spool folder.
      expect(Number(pieces)).toBe(1);
      // Compressed by this process (zstd) on its way in, so the database stores and logs a fraction of it.
      const [piece] = await rows<{ zstd: boolean; bytes: number }>(database.db, sql`SELECT zstd, length(data)::int AS bytes FROM import_file_chunks WHERE import_id = ${id}`);
      expect(piece.zstd).toBe(true);
      expect(Number(piece.bytes)).toBeLessThan(content.length / 2);
      const local = path.join(database.spoolDir!, id);
      expect(readFileSync(local).equals(content)).toBe(true);
      // A worker without the copy (another machine, a cleaned folder) reads the pieces back.
      rmSync(local);
    } else {
      // Embedded: the data folder holds the original itself.
      expect(Number(pieces)).toBe(0);
      expect(readFileSync(path.join(database.filesDir!, id)).equals(content)).toBe(true);
    }
    const start = await t.call('POST', `/api/imports/${id}/start`, { as: admin, body: {} });
    expect(start.statusCode, start.body).toBe(200);
    const d = await finished(id);
    expect(d.state, d.error).toBe('committed');
    expect(d.summary.events).toBe(5);
    expect((await t.call('GET', `/api/imports/${id}/file`, { as: admin })).rawPayload.equals(content)).toBe(true);

    // Started on upload, the import reads the local copy and drops it once committed.
    const again = await importFile('okta-stored-again.json', content);
    expect(again.state, again.error).toBe('committed');
    expect(again.rowsDuplicate).toBe(d.rowsImported);
    if (database.kind === 'postgres') expect(existsSync(path.join(database.spoolDir!, again.id))).toBe(false);
    else expect(existsSync(path.join(database.filesDir!, again.id))).toBe(true);
  });

  it('reads a file that is not UTF-8 back from the stored pieces byte for byte', async () => {
    // Windows-1252: é is the single byte 0xE9, which is not valid UTF-8 on its own.
    const csv = Buffer.from('Date,Description,Card Member,Account #,Amount\n01/05/2026,CAF\u00c9 CR\u00c8ME,A B,-1001,15.99\n', 'latin1');
    const up = await upload('cafe-1252.csv', csv, '');
    expect(up.statusCode, up.body).toBe(200);
    const id = up.json().id as string;
    const database = t.db.database;
    if (database.kind === 'postgres') rmSync(path.join(database.spoolDir!, id));
    const start = await t.call('POST', `/api/imports/${id}/start`, { as: admin, body: { preset: 'amex' } });
    expect(start.statusCode, start.body).toBe(200);
    const d = await finished(id);
    expect(d.state, d.error).toBe('committed');
    const [tx] = await rows<{ description: string }>(database.db, sql`SELECT description FROM transactions WHERE import_seq = (SELECT seq FROM imports WHERE id = ${id})`);
    expect(tx.description).toBe('CAF\u00c9 CR\u00c8ME');
    expect((await t.call('GET', `/api/imports/${id}/file`, { as: admin })).rawPayload.equals(csv)).toBe(true);
  });

  /** An Okta log of more than a MiB: the fixture's events again and again, each with its own uuid. */
  const bigOktaLog = (copies: number) => {
    const events = JSON.parse(fixture('okta-system-log/constructed-system-log-page.json').toString()) as Record<string, unknown>[];
    const all: string[] = [];
    for (let i = 0; i < copies; i++) for (const e of events) all.push(JSON.stringify({ ...e, uuid: `${String(e.uuid)}-${i}` }));
    return { bytes: Buffer.from(`[\n${all.join(',\n')}\n]\n`), events: events.length * copies };
  };
  const state = async (name: string) => (await rows<{ state: string; id: string }>(t.db.database.db, sql`SELECT state, id FROM imports WHERE file_name = ${name}`))[0];

  it('a big file starts importing while it is still being uploaded', async () => {
    const { bytes, events } = bigOktaLog(900);
    expect(bytes.length).toBeGreaterThan(2 << 20);
    const half = 1536 * 1024;
    let queuedMidUpload = '';
    async function* slowly() {
      yield bytes.subarray(0, half);
      // The rest only once the import is queued or running: it must have started on the first MiB.
      for (let i = 0; i < 400 && !queuedMidUpload; i++) {
        const r = await state('okta-streamed.json');
        if (r && ['queued', 'running'].includes(r.state)) queuedMidUpload = r.state;
        else await new Promise((done) => setTimeout(done, 25));
      }
      yield bytes.subarray(half);
    }
    const res = await t.call('POST', '/api/imports?fileName=okta-streamed.json&start=true', {
      as: admin, payload: Readable.from(slowly()), headers: { 'content-type': 'application/octet-stream', 'content-length': String(bytes.length) },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(queuedMidUpload).not.toBe('');
    const d = await finished(res.json().id);
    expect(d.state, d.error).toBe('committed');
    expect(d.fileSize).toBe(bytes.length);
    expect(d.progress.fraction).toBe(1);
    const [{ n }] = await rows<{ n: number }>(t.db.database.db, sql`SELECT count(*)::int AS n FROM signin_events WHERE import_seq = (SELECT seq FROM imports WHERE id = ${d.id})`);
    // The fixture's events: four sign-ins with an app, one grant and one event of another type per copy.
    expect(Number(n)).toBe(d.summary.events);
    expect(d.summary.events + d.summary.grants + d.rowsSkipped).toBe(events);
    expect((await t.call('GET', `/api/imports/${d.id}/file`, { as: admin })).rawPayload.equals(bytes)).toBe(true);
  });

  it('an upload cut off after its import started fails the import and leaves nothing', async () => {
    const { bytes } = bigOktaLog(900);
    async function* cutOff() {
      yield bytes.subarray(0, 1536 * 1024);
      for (let i = 0; i < 400; i++) {
        const r = await state('okta-cut.json');
        if (r && ['queued', 'running'].includes(r.state)) break;
        await new Promise((done) => setTimeout(done, 25));
      }
      throw new Error('connection reset');
    }
    const outcome = await t.call('POST', '/api/imports?fileName=okta-cut.json&start=true', { as: admin, payload: Readable.from(cutOff()), headers: { 'content-type': 'application/octet-stream' } })
      .then((r) => r.statusCode, (e: Error) => e.message);
    expect(outcome).not.toBe(200);
    const { id } = await state('okta-cut.json');
    const d = await finished(id);
    expect(d.state).toBe('failed');
    expect(d.error).toContain('upload stopped');
    const [{ n }] = await rows<{ n: number }>(t.db.database.db, sql`SELECT count(*)::int AS n FROM signin_events WHERE import_seq = (SELECT seq FROM imports WHERE id = ${id})`);
    expect(Number(n)).toBe(0);
    const dir = t.db.database.filesDir ?? t.db.database.spoolDir!;
    expect(existsSync(path.join(dir, `${id}.part`))).toBe(false);
  });

  it('a CSV no preset knows waits for a column mapping, which can be saved and reused', async () => {
    const csv = 'Booked,Payee,Money out,Money in,Who\n2026-03-02,CANVA* I04123-456789,12.99,,Priya Shah\n2026-03-03,Refund Shop,,5.00,Priya Shah\n';
    const up = await upload('bank.csv', csv, '');
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ state: 'uploaded', needsMapping: true });
    expect(up.json().preview.header).toEqual(['Booked', 'Payee', 'Money out', 'Money in', 'Who']);
    const start = await t.call('POST', `/api/imports/${up.json().id}/start`, {
      as: admin,
      body: { format: 'card_csv', mapping: { date: 'Booked', description: 'Payee', debit: 'Money out', credit: 'Money in', cardholder: 'Who', defaultCurrency: 'EUR' }, saveMappingAs: 'My bank' },
    });
    expect(start.statusCode, start.body).toBe(200);
    const d = await finished(up.json().id);
    expect(d.state, d.error).toBe('committed');
    const tx = await rows<{ amount_minor: number; currency: string }>(t.db.database.db, sql`SELECT amount_minor, currency FROM transactions WHERE import_seq = (SELECT seq FROM imports WHERE id = ${d.id}) ORDER BY line`);
    expect(tx.map((x) => [Number(x.amount_minor), x.currency])).toEqual([[1299, 'EUR'], [-500, 'EUR']]);
    const presets = (await t.call('GET', '/api/imports/presets', { as: admin })).json();
    expect(presets.mappings.map((m: { name: string }) => m.name)).toContain('My bank');
    expect(presets.cardPresets.length).toBeGreaterThanOrEqual(10);
  });

  it('imports OFX and camt.053 statements', async () => {
    const ofx = await importFile('card.qfx', fixture('ofx-qfx/constructed-creditcard-saas.qfx'));
    expect(ofx.state, ofx.error).toBe('committed');
    expect(ofx.format).toBe('ofx');
    expect(ofx.rowsImported).toBeGreaterThan(0);
    const camt = await importFile('stmt.xml', fixture('camt053/constructed-camt053.001.08-saas.xml'));
    expect(camt.state, camt.error).toBe('committed');
    expect(camt.format).toBe('camt053');
    expect(camt.rowsImported).toBeGreaterThan(0);
  });

  it('an HR list creates and updates people and departments and marks leavers, audited', async () => {
    const d = await importFile('employees.csv', fixture('hr-employee-list/generic-employee-list.csv'));
    expect(d.state, d.error).toBe('committed');
    expect(d.format).toBe('hr');
    expect(d.summary.created + d.summary.updated + d.summary.unchanged).toBe(d.rowsImported);
    const people = await count(sql`SELECT count(*)::int AS n FROM audit_log WHERE request_id = ${`import-${d.id}`} AND entity_type = 'person'`);
    expect(people).toBe(d.summary.created + d.summary.updated);
  });

  it('an app list adds apps to the inventory (and names the line of an owner nobody knows)', async () => {
    const failed = await importFile('apps-inventory.csv', fixture('apps/apps-inventory.csv'));
    expect(failed.state).toBe('failed');
    expect(failed.format).toBe('apps_csv');
    expect(failed.error).toMatch(/line 2 .*owner/i);
    const people = (await t.call('GET', '/api/people?pageSize=2&status=active', { as: admin })).json().items as { email: string }[];
    const csv = `Application,Vendor,Category,Business Owner,Departments,Website,Status,Seats\nLoomly Test Tool,Loomly,Social,${people[0].email},Marketing,https://loomly.com,In use,12\nPlausible Probe,,Analytics,${people[1].email},Marketing;Sales,,,\n`;
    const d = await importFile('apps.csv', csv);
    expect(d.state, d.error).toBe('committed');
    expect(d.summary).toMatchObject({ created: 2, updated: 0 });
    const apps = (await t.call('GET', '/api/apps?q=Loomly Test', { as: admin })).json().items;
    expect(apps[0]).toMatchObject({ name: 'Loomly Test Tool', lifecycleStatus: 'approved', seats: 12 });
  });

  it('the review queue groups unknown texts with their rows; labelling a group learns a rule and re-matches', async () => {
    const csv = 'Date,Description,Amount\n02/01/2026,ACME WIDGETRY 4471,99.00\n02/08/2026,ACME WIDGETRY 4471,99.00\n02/09/2026,ACME WIDGETRY 4471,10.00\n';
    const d = await importFile('unknowns.csv', csv, 'start=true&preset=amex');
    expect(d.state, d.error).toBe('committed');
    const queue = (await t.call('GET', '/api/review?q=widgetry', { as: admin })).json();
    expect(queue.total).toBe(1);
    const g = queue.items[0];
    expect(g).toMatchObject({ source: 'card', kind: 'unknown', rows: 3, amountMinor: 20800 });
    expect(g.reasons.length).toBeGreaterThan(0);
    const detail = (await t.call('GET', `/api/review/rows?source=card&normalised=${encodeURIComponent(g.normalised)}`, { as: admin })).json();
    expect(detail.items.map((r: { line: number }) => r.line).sort()).toEqual([2, 3, 4]);
    expect(detail.items[0].fileName).toBe('unknowns.csv');

    const label = await t.call('POST', '/api/review/label', { as: admin, body: { groups: [{ source: 'card', normalised: g.normalised }], appId: 'asana', appName: 'Asana' } });
    expect(label.statusCode, label.body).toBe(200);
    expect(label.json()).toMatchObject({ rulesCreated: 1, alreadyCovered: 0 });
    expect(label.json().rematchedTexts).toBeGreaterThan(0);
    expect((await t.call('GET', '/api/review?q=widgetry', { as: admin })).json().total).toBe(0);
    const m = await rows<{ app_name: string; kind: string }>(t.db.database.db, sql`SELECT app_name, kind FROM match_texts WHERE normalised = ${g.normalised}`);
    expect(m[0]).toMatchObject({ app_name: 'Asana', kind: 'software' });
    // Disabling the rule puts the texts back in the queue.
    const rule = (await t.call('GET', '/api/alias-rules?q=widgetry', { as: admin })).json().items[0];
    await t.call('PATCH', `/api/alias-rules/${rule.id}`, { as: admin, body: { enabled: false } });
    expect((await t.call('GET', '/api/review?q=widgetry', { as: admin })).json().total).toBe(1);
  });

  it('only whole-organisation roles with import rights can import', async () => {
    const cmo = await t.login('cmo@demo.example');
    expect((await upload('x.csv', 'Date,Description,Amount\n01/05/2026,ZOOM,1.00\n', 'start=true&preset=amex', cmo)).statusCode).toBe(403);
    const finance = await t.login('finance@demo.example');
    expect((await upload('people.csv', fixture('hr-employee-list/generic-employee-list.csv'), 'start=true&format=hr', finance)).statusCode).toBe(403);
    const ok = await upload('fin.csv', 'Date,Description,Amount\n01/05/2026,ZOOM.US,1.00\n', 'start=true&preset=amex', finance);
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await finished(ok.json().id)).state).toBe('committed');
  });
});
