import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { audit } from '../../platform/audit.js';
import { insertRows } from '../../platform/bulk.js';
import type { Ctx } from '../../platform/ctx.js';
import { rows } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { applyApps, appLookups, stageApp, type StagedApp } from './apply-apps.js';
import { applyPeople } from './apply-people.js';
import { storedFile } from './file-store.js';
import { awaitUpload, discardSpool, localFile, UPLOAD_STOPPED } from './local-copy.js';
import { FORMAT_KIND, parseApps, parsePeople, type ImportFormat } from './formats/index.js';
import { FormatError, type BadRow, type CardMapping, type PersonRow } from './formats/types.js';
import { loadTransactions } from './load-transactions.js';
import { orgMatcher } from './org-matcher.js';
import { ImportProgress, yieldToEventLoop } from './progress.js';
import { dropConcurrentDuplicates, nameUnmatchedGrants } from './signin-commit.js';
import { refreshDiscovery } from '../discovery/refresh.js';

/** The bad-row report keeps this many rows; beyond it only the count grows. */
const MAX_REPORTED = 50_000;
/** After this many attempts an unexpected error fails the import instead of retrying. */
const MAX_ATTEMPTS = 4;

type ImportRow = {
  id: string; format: ImportFormat; preset: string | null; mapping: CardMapping | null; file_name: string; file_size: number; skip_bad_rows: boolean;
  state: string; created_by: string | null; created_by_label: string | null; attempts: number; file_sha256: string; cancel_requested: boolean; error: string | null;
};

function importCtx(database: Database, imp: ImportRow): Ctx {
  return {
    database,
    actor: { type: imp.created_by ? 'user' : 'system', id: imp.created_by, label: imp.created_by_label ?? 'import', userId: imp.created_by },
    role: 'it_admin',
    scope: null,
    requestId: `import-${imp.id}`,
  };
}

/** Deletes what an attempt wrote, a slice at a time so the embedded database keeps serving requests. */
export async function discardRows(database: Database, importId: string, opts: { errors?: boolean } = {}): Promise<void> {
  for (;;) {
    const r = await rows<{ n: number }>(database.db, sql`WITH d AS (DELETE FROM transactions WHERE id IN (SELECT id FROM transactions WHERE import_seq = (SELECT seq FROM imports WHERE id = ${importId}) LIMIT 20000) RETURNING 1) SELECT count(*)::int AS n FROM d`);
    if (Number(r[0].n) === 0) break;
    await yieldToEventLoop();
  }
  for (const table of ['signin_events', 'signin_daily', 'signin_users']) {
    for (;;) {
      const r = await rows<{ n: number }>(database.db, sql`WITH d AS (DELETE FROM ${sql.raw(table)} WHERE ctid IN (SELECT ctid FROM ${sql.raw(table)} WHERE import_seq = (SELECT seq FROM imports WHERE id = ${importId}) LIMIT 20000) RETURNING 1) SELECT count(*)::int AS n FROM d`);
      if (Number(r[0].n) === 0) break;
      await yieldToEventLoop();
    }
  }
  await database.db.execute(sql`DELETE FROM oauth_grants WHERE import_seq = (SELECT seq FROM imports WHERE id = ${importId})`);
  await database.db.execute(sql`DELETE FROM idp_apps WHERE import_seq = (SELECT seq FROM imports WHERE id = ${importId})`);
  await database.db.execute(sql`DELETE FROM import_rows WHERE import_id = ${importId}`);
  await database.db.execute(sql`DELETE FROM match_stats WHERE import_seq = (SELECT seq FROM imports WHERE id = ${importId})`);
  // Texts first seen by this import and used by no other row are a cache of its answers: drop them with it.
  await database.db.execute(sql`DELETE FROM match_texts m WHERE m.first_import_id = ${importId} AND NOT EXISTS (SELECT 1 FROM transactions t WHERE t.match_seq = m.seq)`);
  if (opts.errors) await database.db.execute(sql`DELETE FROM import_errors WHERE import_id = ${importId}`);
}

/**
 * The import job. Idempotent: a retry (after a crash) discards what the earlier attempt wrote and starts
 * again from the stored file. Rows are written invisibly in batches; one final transaction applies the
 * import's effects and marks it committed, or the import fails and leaves nothing but its report.
 */
export async function runImport(database: Database, importId: string): Promise<void> {
  const found = await rows<ImportRow>(database.db, sql`SELECT * FROM imports WHERE id = ${importId}`);
  const imp = found[0];
  if (!imp || !['queued', 'running'].includes(imp.state)) return;
  // Cancelled while queued, or its upload (the import started while it streamed in) stopped.
  if (imp.cancel_requested) return imp.error ? finishFailed(database, importCtx(database, imp), imp, 0, null, 0, imp.error) : finishCancelled(database, importCtx(database, imp), imp);
  // Started early by a process that is still receiving the file: another worker waits until it is stored whole.
  if (!imp.file_sha256 && !localFile(database, importId, Number(imp.file_size))) {
    const stored = await awaitUpload(database, importId);
    if (stored === null) return finishFailed(database, importCtx(database, imp), imp, 0, null, 0, UPLOAD_STOPPED);
    imp.file_size = stored;
  }
  await database.db.execute(sql`UPDATE imports SET state = 'running', phase = 'reading', attempts = attempts + 1, started_at = now(), error = NULL,
    rows_done = 0, bytes_done = 0, rows_bad = 0, rows_skipped = 0, rows_duplicate = 0, updated_at = now() WHERE id = ${importId}`);
  await discardRows(database, importId, { errors: true });

  const src = storedFile(database, importId, imp.file_name, Number(imp.file_size));
  const progress = new ImportProgress(database, importId, Number(imp.file_size));
  const stats = { skipped: 0 };
  let badCount = 0;
  let firstBad: BadRow | null = null;
  let pendingBad: unknown[][] = [];
  const flushBad = async () => {
    await insertRows(database.db, 'import_errors', [['import_id', 'uuid'], ['seq', 'int'], ['line', 'int'], ['column', 'text'], ['reason', 'text'], ['raw', 'text']], pendingBad);
    pendingBad = [];
  };
  const onBad = async (b: BadRow) => {
    badCount++;
    firstBad ??= b;
    if (badCount <= MAX_REPORTED) pendingBad.push([importId, badCount, b.line, b.column ?? null, b.reason, b.raw?.slice(0, 500) ?? null]);
    if (pendingBad.length >= 500) await flushBad();
  };
  const parseOpts = { preset: imp.preset, mapping: imp.mapping, onBytes: (n: number) => (progress.bytes = n), stats };
  const kind = FORMAT_KIND[imp.format];
  const ctx = importCtx(database, imp);

  try {
    progress.phase = 'loading';
    let summary: Record<string, unknown> = {};
    let imported = 0;
    let duplicates = 0;
    let staged: { people?: PersonRow[]; apps?: StagedApp[] } = {};
    if (kind === 'transactions' || kind === 'signins') {
      const r = await loadTransactions({ database, kind, importId, format: imp.format, preset: imp.preset, mapping: imp.mapping, fileName: imp.file_name, fileSize: Number(imp.file_size), progress, onBad, writeAfterBad: imp.skip_bad_rows });
      if (r.cancelled) return await finishCancelled(database, ctx, imp);
      const { cancelled: _c, skipped, ...s } = r;
      stats.skipped = skipped;
      summary = s;
      imported = 'events' in r ? r.events + r.grants + r.revokes : r.rows;
      duplicates = r.duplicates;
    } else if (kind === 'people') {
      const list: PersonRow[] = [];
      for await (const row of parsePeople(src, parseOpts)) {
        if (row.bad) await onBad(row);
        else list.push(row);
        progress.rows++;
        if (progress.rows % 2000 === 0 && (await progress.tick())) return await finishCancelled(database, ctx, imp);
      }
      staged = { people: list };
    } else {
      const lookups = await appLookups(database);
      const matcher = await orgMatcher(database.db);
      const list: StagedApp[] = [];
      for await (const row of parseApps(src, parseOpts)) {
        const s = row.bad ? row : stageApp(row, lookups, matcher);
        if ('bad' in s && s.bad) await onBad(s);
        else list.push(s as StagedApp);
        progress.rows++;
      }
      staged = { apps: list };
    }
    await flushBad();
    progress.bytes = Number(imp.file_size);
    if (badCount && !imp.skip_bad_rows) return await finishFailed(database, ctx, imp, badCount, firstBad!, stats.skipped);

    if (process.env.TANDEM_TRACE) console.error('TRACE loaded', new Date().toISOString());
    progress.phase = 'committing';
    await progress.tick(true);
    await withTx(ctx, async (tx) => {
      const t = tx.tx!;
      // Imports that committed while this one loaded may hold the same transactions: drop ours, under a lock.
      if (kind === 'transactions') {
        await t.execute(sql`SELECT pg_advisory_xact_lock(73010)`);
        const removed = await rows<{ n: number }>(t, sql`WITH d AS (DELETE FROM transactions t USING transactions o, imports i
          WHERE t.import_seq = (SELECT seq FROM imports WHERE id = ${importId}) AND o.dedupe_key = t.dedupe_key AND o.import_seq = i.seq AND i.id <> ${importId} AND i.state = 'committed'
            AND i.finished_at >= (SELECT started_at FROM imports WHERE id = ${importId})
          RETURNING 1) SELECT count(*)::int AS n FROM d`);
        duplicates += Number(removed[0].n);
        imported -= Number(removed[0].n);
        if (Number(removed[0].n) > 0) {
          // Rare (two overlapping files committing at once): rebuild this import's aggregates from its rows.
          await t.execute(sql`DELETE FROM match_stats WHERE import_seq = (SELECT seq FROM imports WHERE id = ${importId})`);
          await t.execute(sql`INSERT INTO match_stats (import_seq, match_seq, department_id, currency, rows, amount_minor, first_seen, last_seen, holders)
            SELECT import_seq, match_seq, department_id, currency, count(*), sum(amount_minor), min(posted_on), max(posted_on),
              (array_agg(DISTINCT coalesce(person_id::text, lower(cardholder))) FILTER (WHERE person_id IS NOT NULL OR cardholder IS NOT NULL))[1:1000]
            FROM transactions WHERE import_seq = (SELECT seq FROM imports WHERE id = ${importId}) GROUP BY 1, 2, 3, 4`);
        }
      }
      if (kind === 'signins') {
        await t.execute(sql`SELECT pg_advisory_xact_lock(73010)`);
        const removed = await dropConcurrentDuplicates(t, importId);
        duplicates += removed;
        imported -= removed;
        await nameUnmatchedGrants(t, importId);
      }
      if (staged.people) {
        summary = { ...(await applyPeople(tx, staged.people)) };
        imported = staged.people.length;
      }
      if (staged.apps) {
        summary = { ...(await applyApps(tx, staged.apps)) };
        imported = staged.apps.length;
      }
      await t.execute(sql`UPDATE imports SET state = 'committed', phase = 'done', rows_imported = ${imported}, rows_duplicate = ${duplicates}, rows_bad = ${badCount},
        rows_skipped = ${stats.skipped}, rows_done = ${progress.rows}, bytes_done = file_size, eta_seconds = 0, summary = ${JSON.stringify(summary)}::jsonb,
        finished_at = now(), updated_at = now() WHERE id = ${importId}`);
      // Spend, sign-ins and grants feed discovery; new people and leavers change who is outside the HR list.
      if (process.env.TANDEM_TRACE) console.error('TRACE before refresh', new Date().toISOString());
      if (kind !== 'apps') await refreshDiscovery(tx);
      if (process.env.TANDEM_TRACE) console.error('TRACE after refresh', new Date().toISOString());
      await audit(tx, { action: 'import.commit', entityType: 'import', entityId: importId, entityLabel: imp.file_name,
        after: { format: imp.format, preset: imp.preset, rowsImported: imported, rowsDuplicate: duplicates, rowsBad: badCount, rowsSkipped: stats.skipped, summary } });
    });
    discardSpool(database, importId);
  } catch (e) {
    await flushBad().catch(() => undefined);
    const [now] = await rows<{ cancel_requested: boolean; error: string | null }>(database.db, sql`SELECT cancel_requested, error FROM imports WHERE id = ${importId}`);
    if (now?.cancel_requested && now.error) return await finishFailed(database, ctx, imp, badCount, null, stats.skipped, now.error);
    if (e instanceof FormatError) {
      await insertRows(database.db, 'import_errors', [['import_id', 'uuid'], ['seq', 'int'], ['line', 'int'], ['column', 'text'], ['reason', 'text']], [[importId, badCount + 1, e.line ?? null, e.column ?? null, e.message]], { onConflictDoNothing: true });
      return await finishFailed(database, ctx, imp, badCount, null, stats.skipped, e.message);
    }
    if (imp.attempts + 1 >= MAX_ATTEMPTS) return await finishFailed(database, ctx, imp, badCount, null, stats.skipped, `The import stopped: ${(e as Error).message}`);
    throw e;
  }
}

async function finishFailed(database: Database, ctx: Ctx, imp: ImportRow, badCount: number, firstBad: BadRow | null, skipped: number, message?: string) {
  await discardRows(database, imp.id);
  discardSpool(database, imp.id);
  const error =
    message ??
    `${badCount} bad row${badCount === 1 ? '' : 's'}; first at line ${firstBad!.line}${firstBad!.column ? ` (${firstBad!.column})` : ''}: ${firstBad!.reason}. Nothing was imported: fix the file, or import it again with "skip bad rows".`;
  await withTx(ctx, async (tx) => {
    await tx.tx!.execute(sql`UPDATE imports SET state = 'failed', phase = 'done', error = ${error}, rows_bad = ${badCount}, rows_skipped = ${skipped}, rows_imported = 0,
      eta_seconds = NULL, finished_at = now(), updated_at = now() WHERE id = ${imp.id}`);
    await audit(tx, { action: 'import.fail', entityType: 'import', entityId: imp.id, entityLabel: imp.file_name, after: { format: imp.format, error, rowsBad: badCount } });
  });
}

async function finishCancelled(database: Database, ctx: Ctx, imp: ImportRow) {
  await discardRows(database, imp.id);
  discardSpool(database, imp.id);
  await withTx(ctx, async (tx) => {
    await tx.tx!.execute(sql`UPDATE imports SET state = 'cancelled', phase = 'done', rows_imported = 0, eta_seconds = NULL, finished_at = now(), updated_at = now() WHERE id = ${imp.id}`);
    await audit(tx, { action: 'import.cancel', entityType: 'import', entityId: imp.id, entityLabel: imp.file_name, after: { format: imp.format } });
  });
}
