import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import type { Database } from '../../db/client.js';
import { copyFromText, insertRows, textList, type Column } from '../../platform/bulk.js';
import { rows } from '../../platform/sql.js';
import type { MatchResult } from '../matching/index.js';
import type { ImportFormat } from './formats/index.js';
import { FormatError, type BadRow, type CardMapping } from './formats/types.js';
import { localFile } from './local-copy.js';
import { EVENT_COLUMNS, type SigninSummary } from './signin-batcher.js';
import { enabledRules } from './org-matcher.js';
import type { FromWorker, ToWorker, WorkerData, WorkerInput } from './parse-worker.js';
import type { ImportProgress } from './progress.js';
import { TX_COLUMNS, type MatchRef, type ResolveReply, type ResolveRequest, type TransactionSummary } from './transaction-batcher.js';

export type { TransactionSummary };

/** Rows per batch: bigger on PostgreSQL (fewer round trips); on the embedded database a COPY holds the thread that serves the API. */
const BATCH = { postgres: 10_000, pglite: 4000 };
/** Batches are invisible until the import's final transaction: see copyFromText. */
const STAGING = { staging: true };
const TRANSACTION_FORMATS = ['card_csv', 'ofx', 'camt053'];
const DISCOVERY_FORMATS = ['okta', 'entra', 'google_reports'];

export const MATCH_COLUMNS = [
  ['id', 'uuid'], ['input_key', 'text'], ['source', 'text'], ['raw_text', 'text'], ['hints', 'jsonb'], ['normalised', 'text'], ['catalog_app_id', 'text'],
  ['app_name', 'text'], ['kind', 'text'], ['confidence', 'real'], ['method', 'text'], ['rule_id', 'uuid'], ['reasons', 'text[]'], ['first_import_id', 'uuid'],
] as const;

function workerUrl(): { url: URL; execArgv?: string[] } {
  // From source (tests, tsx) the worker is TypeScript too and needs the same loader.
  const ts = import.meta.url.endsWith('.ts');
  return { url: new URL(ts ? './parse-worker.ts' : './parse-worker.js', import.meta.url), ...(ts ? { execArgv: ['--import', 'tsx'] } : {}) };
}

/**
 * Streams a statement or a sign-in log into its table: two worker threads parse, then match and encode the
 * rows (parse-worker.ts), and this thread writes them with COPY, one batch at a time, answering the
 * encoder's questions (ids for new texts, keys already imported). Rows stay invisible until the import commits. Bad rows go to `onBad`;
 * once one is seen and bad rows are not skipped, nothing more is written but the file is read to the end
 * so the report lists every bad line.
 */
export async function loadTransactions(opts: {
  database: Database;
  kind?: 'transactions' | 'signins';
  importId: string;
  format: ImportFormat;
  preset: string | null;
  mapping: CardMapping | null;
  fileName: string;
  fileSize: number;
  progress: ImportProgress;
  onBad(bad: BadRow): Promise<void>;
  writeAfterBad: boolean;
}): Promise<(TransactionSummary | SigninSummary) & { cancelled: boolean; skipped: number }> {
  const { database, importId, progress } = opts;
  const kind = opts.kind ?? 'transactions';
  const target = kind === 'signins' ? { table: 'signin_events', columns: EVENT_COLUMNS, formats: DISCOVERY_FORMATS } : { table: 'transactions', columns: TX_COLUMNS, formats: TRANSACTION_FORMATS };
  const db = database.db;
  const [{ seq: importSeq }] = await rows<{ seq: number }>(db, sql`SELECT seq FROM imports WHERE id = ${importId}`);
  // With nothing committed yet there is nothing to duplicate; imports committing meanwhile are checked at commit.
  const [{ any }] = await rows<{ any: boolean }>(db, sql`SELECT EXISTS (SELECT 1 FROM imports WHERE state = 'committed' AND rows_imported > 0 AND format = ANY(${textList(target.formats)})) AS any`);
  const people = await rows<{ id: string; email: string; name: string; department_id: string | null }>(db, sql`SELECT id, email, name, department_id FROM people`);
  const departments = await rows<{ id: string; name: string }>(db, sql`SELECT id, name FROM departments`);
  const input: WorkerInput = {
    kind,
    ranges: kind === 'signins' ? await eventRanges(db, opts.format) : await dateRanges(db),
    format: opts.format,
    preset: opts.preset,
    mapping: opts.mapping,
    file: localFile(database, importId, opts.fileSize) ?? { databaseUrl: connectionString(database), importId },
    name: opts.fileName,
    size: opts.fileSize,
    rules: await enabledRules(db),
    source: 'card',
    importSeq,
    lookups: { people: people.map((p) => [p.email, p.name, p.id, p.department_id]), departments: departments.map((d) => [d.name, d.id]) },
    checkDuplicates: Boolean(any),
    writeAfterBad: opts.writeAfterBad,
    batchSize: BATCH[database.kind],
  };

  const resolveTexts = async (request: ResolveRequest): Promise<ResolveReply> => {
    const textKeys = request.texts.map((t) => t.key);
    if (request.texts.length) {
      // Another import may have written the same text before (or at this moment): keep its row and point at it.
      await insertRows(db, 'match_texts', MATCH_COLUMNS, request.texts.map((t) => [uuidv7(), t.key, t.source ?? input.source, t.text, t.hints, t.result.normalised, t.result.app?.id ?? null,
        t.result.app?.name ?? null, t.result.kind, t.result.confidence, t.result.method, t.result.ruleId ?? null, t.result.reasons, importId]), { onConflictDoNothing: true });
    }
    const found = textKeys.length
      ? await rows<{ seq: number; input_key: string; kind: MatchResult['kind']; catalog_app_id: string | null; app_name: string | null }>(db,
          sql`SELECT seq, input_key, kind, catalog_app_id, app_name FROM match_texts WHERE input_key = ANY(${textList(textKeys)})`)
      : [];
    const refs: [string, MatchRef][] = found.map((f) => [f.input_key, { seq: Number(f.seq), kind: f.kind, appId: f.catalog_app_id, appName: f.app_name }]);
    const table = request.dedupeIn ?? 'transactions';
    const keyColumn = table === 'transactions' ? sql.raw('dedupe_key') : sql.raw('event_key');
    // Always through the key's index: statistics taken while the table was small would plan a full scan, and
    // this import grows the table by a batch between lookups (a million rows make that quadratic).
    const keys = request.dedupeKeys;
    const duplicates = keys?.length
      ? await db.transaction(async (tx) => {
          await tx.execute(sql`SET LOCAL enable_seqscan = off`);
          // The committed imports as an array filter: a join would probe the index once per committed import.
          const found = await rows<{ k: string }>(tx, sql`SELECT t.${keyColumn} AS k FROM ${sql.raw(table)} t
            WHERE t.${keyColumn} = ANY(${textList(keys)}) AND t.import_seq = ANY(ARRAY(SELECT seq FROM imports WHERE state = 'committed'))`);
          return found.map((d) => d.k);
        })
      : [];
    const clientNames = request.clientIds?.length ? await knownClientNames(db, request.clientIds) : undefined;
    return { refs, duplicates, clientNames };
  };

  const { url, execArgv } = workerUrl();
  const channel = new MessageChannel();
  // A roomy young generation: parsing makes garbage at a high rate, and a small one collects (and promotes) far
  // more often. The encoder's heap has a ceiling, so it collects before the process outgrows its memory budget
  // (what it keeps alive, keys seen and aggregates until drained, stays far below it). On PostgreSQL the parser
  // gets none: under 2 GB V8 grows an old generation by less than 2× its live size, and the parser, whose live
  // size is a few MB, ran a full collection every 80 ms (168 a file; ~4 CPU-seconds with the helpers). The
  // embedded database's memory, which never shrinks, shares the process's budget: there the parser keeps it.
  const spawn = (role: 'parse' | 'encode', peer: MessagePort, oldMb?: number) =>
    new Worker(url, {
      workerData: { input, role, peer } satisfies WorkerData,
      transferList: [peer],
      resourceLimits: { ...(oldMb ? { maxOldGenerationSizeMb: oldMb } : {}), maxYoungGenerationSizeMb: 64 },
      ...(execArgv ? { execArgv } : {}),
    });
  const parser = spawn('parse', channel.port1, database.kind === 'pglite' ? 192 : undefined);
  const worker = spawn('encode', channel.port2, 384);
  const post = (m: ToWorker) => worker.postMessage(m);
  let finished = false;
  try {
    return await new Promise((resolve, reject) => {
      let chain: Promise<unknown> = Promise.resolve();
      // Per table, the COPY on its way: the next batch for a table waits for it (the worker encodes meanwhile), and
      // tables fill side by side at the end (the day aggregates while the per-person totals stream in).
      const copying = new Map<string, Promise<void>>();
      const written = () => Promise.all(copying.values()).then(() => undefined);
      // Fresh statistics for what was written: the embedded database has no autovacuum, and the commit's discovery
      // queries, planned for a few rows, would join hundreds of thousands in nested loops. The main table's as soon
      // as its last rows are in (on its own connection while the aggregates are written), the others' at the end.
      let analyzedMain: Promise<unknown> | null = null;
      const analyzeMain = () =>
        (analyzedMain ??= (copying.get(target.table) ?? Promise.resolve()).then(() => db.execute(sql.raw(`ANALYZE ${target.table}`))));
      const fail = (e: unknown) => {
        if (finished) return;
        finished = true;
        reject(e);
      };
      // Batches are written in order; questions are answered as they come.
      const then = (fn: () => Promise<void>) => (chain = chain.then(() => (finished ? undefined : fn())).catch(fail));
      const onMessage = (m: FromWorker) => {
        if (m.t === 'resolve') resolveTexts(m.request).then((reply) => post({ t: 'resolved', id: m.id, reply }), fail);
        else if (m.t === 'batch')
          then(async () => {
            for (const b of m.bad) await opts.onBad(b);
            const parts = [{ table: target.table, columns: target.columns as readonly (readonly [string, string])[], copy: m.copy }, ...(m.more ?? [])].filter((t) => t.copy);
            for (const t of parts) await copying.get(t.table);
            for (const t of parts) {
              const p = copyFromText(database, t.table, t.columns as Column[], t.copy, STAGING);
              p.catch(fail);
              copying.set(t.table, p);
            }
            if (m.rowsDone) analyzeMain().catch(fail);
            progress.rows += m.rows;
            progress.bytes = m.bytes;
            if (await progress.tick()) {
              await written();
              finished = true;
              resolve({ ...emptySummary(), cancelled: true, skipped: 0 });
              return;
            }
            post({ t: 'ack' });
          });
        else if (m.t === 'done')
          then(async () => {
            if (process.env.TANDEM_TRACE) console.error('TRACE done-msg', new Date().toISOString());
            await written();
            const main = analyzeMain();
            main.catch(() => undefined);
            for (const t of m.tail) await copyFromText(database, t.table, t.columns as Column[], t.copy, STAGING);
            const others = [...new Set([...copying.keys(), ...m.tail.map((t) => t.table)])].filter((t) => t !== target.table);
            // One connection each on PostgreSQL (PGlite queues them).
            await Promise.all([main, ...others.map((table) => db.execute(sql.raw(`ANALYZE ${table}`)))]);
            finished = true;
            resolve({ ...(m.summary as TransactionSummary | SigninSummary), cancelled: false, skipped: m.skipped });
          });
        else if (m.t === 'error')
          then(async () => {
            await written().catch(() => undefined);
            if (!m.formatError) throw new Error(m.message);
            const e = new FormatError(m.message.replace(/^line \d+(, [^:]+)?: /, ''), m.line, m.column);
            throw e;
          });
      };
      worker.on('message', onMessage);
      // The parser only ever reports a failure.
      parser.on('message', onMessage);
      for (const w of [parser, worker]) {
        w.on('error', fail);
        w.on('exit', (code) => {
          if (!finished) chain.then(() => fail(new Error(`The import worker stopped (exit code ${code})`)));
        });
      }
    });
  } finally {
    finished = true;
    await Promise.all([parser.terminate(), worker.terminate()]);
  }
}

/** The date spans of committed statement imports (from their per-text aggregates); null when one has rows but no span. */
async function dateRanges(db: Database['db']): Promise<[string, string][] | null> {
  const r = await rows<{ first: string | null; last: string | null; n: number }>(db, sql`
    SELECT min(s.first_seen)::text AS first, max(s.last_seen)::text AS last, max(i.rows_imported) AS n
    FROM imports i LEFT JOIN match_stats s ON s.import_seq = i.seq
    WHERE i.state = 'committed' AND i.format = ANY(${textList(TRANSACTION_FORMATS)}) GROUP BY i.seq`);
  if (r.some((x) => Number(x.n) > 0 && (!x.first || !x.last))) return null;
  return r.filter((x) => x.first && x.last).map((x) => [x.first!, x.last!]);
}

/** The event time ranges of committed imports of a sign-in format; null when one does not say (check every batch). */
async function eventRanges(db: Database['db'], format: string): Promise<[string, string][] | null> {
  const r = await rows<{ first: string | null; last: string | null; events: number | null }>(db, sql`
    SELECT summary->>'firstAt' AS first, summary->>'lastAt' AS last, rows_imported AS events FROM imports WHERE state = 'committed' AND format = ${format}`);
  if (r.some((x) => Number(x.events ?? 0) > 0 && (!x.first || !x.last))) return null;
  return r.filter((x) => x.first && x.last).map((x) => [x.first!, x.last!]);
}

/** Names for OAuth client ids from committed imports: Okta app objects, then the sign-ins that carried the id. */
async function knownClientNames(db: Database['db'], clientIds: string[]): Promise<[string, string][]> {
  const r = await rows<{ client_id: string; name: string }>(db, sql`
    SELECT DISTINCT ON (client_id) client_id, name FROM (
      SELECT coalesce(a.client_id, a.app_id) AS client_id, coalesce(a.label, a.name) AS name, 0 AS rank, a.import_seq FROM idp_apps a JOIN imports i ON i.seq = a.import_seq AND i.state = 'committed'
      WHERE coalesce(a.client_id, a.app_id) = ANY(${textList(clientIds)}) AND coalesce(a.label, a.name) IS NOT NULL
      UNION ALL
      SELECT m.hints->>'oauthClientId', m.raw_text, 1, 0 FROM match_texts m WHERE m.hints->>'oauthClientId' = ANY(${textList(clientIds)})) x
    ORDER BY client_id, rank, import_seq DESC`);
  return r.map((x) => [x.client_id, x.name]);
}

function emptySummary(): TransactionSummary {
  return { rows: 0, duplicates: 0, byKind: { software: { rows: 0, amountMinor: {} }, not_software: { rows: 0, amountMinor: {} }, unknown: { rows: 0, amountMinor: {} } }, topApps: [], unknownTexts: 0 };
}

function connectionString(database: Database): string {
  const s = (database.pool as unknown as { options: { connectionString?: string } }).options.connectionString;
  if (!s) throw new Error('Imports on PostgreSQL need DATABASE_URL');
  return s;
}
