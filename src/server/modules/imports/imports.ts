import { sql, type SQL } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { CardMapping, ImportListQuery, ImportStartInput, ImportUploadQuery, type ImportDetail, type ImportError, type ImportSummary } from '../../../shared/schemas/imports.js';
import { audit } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError, forbidden, notFound } from '../../platform/errors.js';
import type { Jobs } from '../../platform/jobs.js';
import { QUEUES } from '../../platform/jobs.js';
import type { PageResult } from '../../platform/paging.js';
import { isoTime, isoTimeOrNull, likePattern, rows, sortSql, textArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { storedFile, storeFile } from './file-store.js';
import { discardLocal, discardSpool, UPLOAD_STOPPED } from './local-copy.js';
import { fileSourceFromBuffer } from './formats/file-source.js';
import { CARD_PRESETS, detectCardPreset, detectFormat, FORMAT_KIND, FORMAT_LABELS, IMPORT_FORMATS, previewCsv, type ImportFormat } from './formats/index.js';
import { FormatError } from './formats/types.js';
import { discardRows } from './run-import.js';

const FORMAT_PERMISSION = { hr: 'person.write', apps_csv: 'app.create' } as const;

function requireImportRights(ctx: Ctx, format?: ImportFormat | null) {
  requirePermission(ctx, 'import.write');
  // An import changes the whole organisation's records, so it is not for department-scoped callers.
  if (ctx.scope !== null) throw forbidden('Imports change the whole organisation: a department-scoped account cannot run them');
  const extra = format && format in FORMAT_PERMISSION ? FORMAT_PERMISSION[format as keyof typeof FORMAT_PERMISSION] : null;
  if (extra) requirePermission(ctx, extra);
}

const SELECT = sql`SELECT i.*, count(*) OVER () AS _total FROM imports i`;

function toSummary(r: Record<string, unknown>): ImportSummary {
  const bytesTotal = Number(r.file_size);
  const bytesDone = Number(r.bytes_done);
  const format = r.format as string;
  const preset = (r.preset as string) ?? null;
  const presetLabel = preset ? CARD_PRESETS.find((p) => p.id === preset)?.label : null;
  return {
    id: r.id as string,
    format,
    formatLabel: `${FORMAT_LABELS[format as ImportFormat] ?? 'Not recognised yet'}${presetLabel ? `: ${presetLabel}` : ''}`,
    preset,
    fileName: r.file_name as string,
    fileSize: bytesTotal,
    state: r.state as ImportSummary['state'],
    phase: r.phase as string,
    skipBadRows: Boolean(r.skip_bad_rows),
    progress: {
      bytesDone,
      bytesTotal,
      rowsDone: Number(r.rows_done),
      rowsPerSecond: r.rows_per_second === null ? null : Number(r.rows_per_second),
      etaSeconds: r.eta_seconds === null ? null : Number(r.eta_seconds),
      fraction: r.state === 'committed' ? 1 : bytesTotal ? Math.min(1, bytesDone / bytesTotal) : 0,
    },
    rowsImported: Number(r.rows_imported),
    rowsDuplicate: Number(r.rows_duplicate),
    rowsBad: Number(r.rows_bad),
    rowsSkipped: Number(r.rows_skipped),
    error: (r.error as string) ?? null,
    attempts: Number(r.attempts),
    createdBy: (r.created_by_label as string) ?? null,
    createdAt: isoTime(r.created_at),
    startedAt: isoTimeOrNull(r.started_at),
    finishedAt: isoTimeOrNull(r.finished_at),
  };
}

async function loadImport(ctx: Ctx, id: string): Promise<Record<string, unknown>> {
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE i.id = ${id}`);
  if (!r[0]) throw notFound('Import');
  return r[0];
}

export async function getImport(ctx: Ctx, id: string): Promise<ImportDetail> {
  requirePermission(ctx, 'import.read');
  const r = await loadImport(ctx, id);
  const s = toSummary(r);
  const isCsv = s.format === 'card_csv' || s.format === 'pending';
  let preview: ImportDetail['preview'] = null;
  let alternatives: ImportDetail['alternatives'] = [];
  if (isCsv && s.state === 'uploaded') {
    try {
      const p = await previewCsv(storedFile(ctx.database, id, s.fileName, s.fileSize), 5);
      preview = { header: p.header, rows: p.rows };
      const d = detectCardPreset(p.header);
      const ids = d ? [d.preset, ...(d.alternatives ?? [])].filter((x) => x !== s.preset) : [];
      if (d?.alternatives?.length) alternatives = ids.map((x) => ({ id: x, label: CARD_PRESETS.find((c) => c.id === x)?.label ?? x }));
    } catch {
      preview = null;
    }
  }
  return {
    ...s,
    summary: (r.summary as Record<string, unknown>) ?? null,
    mapping: (r.mapping as Record<string, unknown>) ?? null,
    preview,
    alternatives,
    needsMapping: s.state === 'uploaded' && (s.format === 'pending' || (s.format === 'card_csv' && !s.preset && !r.mapping)),
  };
}

export async function listImports(ctx: Ctx, input: unknown): Promise<PageResult<ImportSummary>> {
  requirePermission(ctx, 'import.read');
  const q = ImportListQuery.parse(input);
  const parts: SQL[] = [sql`TRUE`];
  if (q.q) parts.push(sql`i.file_name ILIKE ${likePattern(q.q)}`);
  if (q.state?.length) parts.push(sql`i.state = ANY(${textArray(q.state)})`);
  if (q.type?.length) parts.push(sql`i.format = ANY(${textArray(q.type)})`);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY ${sortSql(q.sort, { createdAt: sql`i.created_at`, fileName: sql`i.file_name` }, sql`i.id DESC`)} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: r.map(toSummary), total: Number(r[0]?._total ?? 0), page: q.page, pageSize: q.pageSize };
}

export async function listImportErrors(ctx: Ctx, id: string, input: unknown): Promise<PageResult<ImportError>> {
  requirePermission(ctx, 'import.read');
  await loadImport(ctx, id);
  const q = ImportListQuery.pick({ page: true, pageSize: true }).parse(input);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`SELECT line, "column", reason, raw, count(*) OVER () AS _total FROM import_errors
    WHERE import_id = ${id} ORDER BY seq LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return {
    items: r.map((e) => ({ line: e.line === null ? null : Number(e.line), column: (e.column as string) ?? null, reason: e.reason as string, raw: (e.raw as string) ?? null })),
    total: Number(r[0]?._total ?? 0),
    page: q.page,
    pageSize: q.pageSize,
  };
}

/**
 * Receives a file: stores it, recognises its format and either starts it (`start`, when the format is
 * known) or leaves it waiting for the user to confirm the format or map the columns.
 */
export async function uploadImport(ctx: Ctx, jobs: Jobs, body: AsyncIterable<Buffer>, input: unknown, expectedSize?: number): Promise<ImportDetail> {
  const q = ImportUploadQuery.parse(input);
  requireImportRights(ctx, q.format);
  const fileName = q.fileName ?? 'upload';
  const id = uuidv7();
  await exec(ctx).execute(sql`INSERT INTO imports (id, format, file_name, file_size, file_sha256, state, phase, skip_bad_rows, created_by, created_by_label)
    VALUES (${id}, 'pending', ${fileName}, 0, '', 'uploading', 'uploading', ${q.skipBadRows ?? false}, ${ctx.actor.userId}, ${ctx.actor.label})`);
  // Started while the rest streams in: a big sign-in log or statement is half parsed by the time it is uploaded.
  let early = false;
  const startEarly = async (head: Buffer) => {
    const d = q.format ? { format: q.format, preset: q.preset ?? null, alternatives: [] } : await detectFormat(fileSourceFromBuffer(head, fileName)).catch(() => null);
    if (!d || q.mappingName || !['signins', 'transactions'].includes(FORMAT_KIND[d.format])) return;
    const preset = q.preset ?? d.preset;
    if (d.format === 'card_csv' && (!preset || (!q.preset && d.alternatives?.length))) return;
    await exec(ctx).execute(sql`UPDATE imports SET format = ${d.format}, preset = ${preset}, file_size = ${expectedSize ?? 0}, state = 'uploaded', phase = 'queued' WHERE id = ${id}`);
    await startImport(ctx, jobs, id, {});
    early = true;
  };
  try {
    const { size, sha256 } = await storeFile(ctx.database, id, body, q.start ? startEarly : undefined);
    if (early) {
      await exec(ctx).execute(sql`UPDATE imports SET file_size = ${size}, file_sha256 = ${sha256}, updated_at = now() WHERE id = ${id}`);
      return await getImport(ctx, id);
    }
    if (size === 0) throw new AppError('validation_failed', `${fileName}: the file is empty`, [{ path: ['file'], message: 'Empty file' }]);
    const src = storedFile(ctx.database, id, fileName, size);
    let format: ImportFormat | 'pending' = q.format ?? 'pending';
    let preset = q.preset ?? null;
    if (!q.format) {
      const d = await detectFormat(src).catch((e: unknown) => {
        if (e instanceof FormatError) throw new AppError('validation_failed', `${fileName}: ${e.message}`, [{ path: ['file'], message: e.message }]);
        throw e;
      });
      if (d) {
        format = d.format;
        if (q.start && !preset && d.alternatives?.length)
          throw new AppError('validation_failed', `${fileName}: the header fits several layouts (${[d.preset, ...d.alternatives].join(', ')}), which disagree on the sign of amounts; choose one with preset (--preset)`, [{ path: ['preset'], message: 'Ambiguous layout' }]);
        preset = preset ?? d.preset;
      } else if (!looksLikeCsv(fileName)) {
        throw new AppError('validation_failed', `${fileName}: not a format Tandem reads (card or expense CSV, OFX/QFX, camt.053, HR list, app list)`, [{ path: ['file'], message: 'Unrecognised format' }]);
      }
    }
    let mapping: unknown = null;
    if (q.mappingName) mapping = await savedMapping(ctx, q.mappingName);
    if (format === 'pending' && mapping) format = 'card_csv';
    await exec(ctx).execute(sql`UPDATE imports SET format = ${format}, preset = ${preset}, mapping = ${mapping ? JSON.stringify(mapping) : null}::jsonb, mapping_name = ${q.mappingName ?? null},
      file_size = ${size}, file_sha256 = ${sha256}, state = 'uploaded', phase = 'queued' WHERE id = ${id}`);
    const ready = format !== 'pending' && (format !== 'card_csv' || preset || mapping);
    if (q.start && !ready)
      throw new AppError('validation_failed', `${fileName}: this CSV layout is not one Tandem knows; map its columns (in the Imports page, or with --mapping FILE)`, [{ path: ['mapping'], message: 'Required' }]);
    if (q.start) return await startImport(ctx, jobs, id, {});
    await withTx(ctx, (tx) => audit(tx, { action: 'import.upload', entityType: 'import', entityId: id, entityLabel: fileName, after: { format, preset, size } }));
    return await getImport(ctx, id);
  } catch (e) {
    if (early) {
      // Its job is queued or running: it stops, discards what it wrote and fails with this reason.
      await exec(ctx).execute(sql`UPDATE imports SET cancel_requested = TRUE, error = ${UPLOAD_STOPPED}, updated_at = now() WHERE id = ${id}`);
      throw e;
    }
    await exec(ctx).execute(sql`DELETE FROM imports WHERE id = ${id}`);
    // Database pieces go with the row.
    discardLocal(ctx.database, id);
    throw e;
  }
}

function looksLikeCsv(name: string) {
  return /\.(csv|txt|tsv)$/i.test(name) || name === 'upload';
}

async function savedMapping(ctx: Ctx, name: string): Promise<unknown> {
  const r = await rows<{ mapping: unknown }>(exec(ctx), sql`SELECT mapping FROM import_mappings WHERE name = ${name}`);
  if (!r[0]) throw new AppError('validation_failed', `No saved column mapping called "${name}"`, [{ path: ['mappingName'], message: 'Unknown mapping' }]);
  return r[0].mapping;
}

/** Confirms the format (and mapping) of an uploaded file and queues it, in one transaction with its job. */
export async function startImport(ctx: Ctx, jobs: Jobs, id: string, input: unknown): Promise<ImportDetail> {
  const data = ImportStartInput.parse(input);
  const r = await loadImport(ctx, id);
  const format = (data.format ?? r.format) as ImportFormat | 'pending';
  requireImportRights(ctx, format === 'pending' ? null : format);
  if (r.state !== 'uploaded') throw new AppError('conflict', `This import is already ${r.state}`);
  if (format === 'pending' || !IMPORT_FORMATS.includes(format)) throw new AppError('validation_failed', 'Choose the file’s format', [{ path: ['format'], message: 'Required' }]);
  let mapping: unknown = data.mapping ?? (data.mappingName ? await savedMapping(ctx, data.mappingName) : r.mapping) ?? null;
  const preset = data.preset !== undefined ? data.preset : (r.preset as string | null);
  if (format === 'card_csv') {
    if (preset && !CARD_PRESETS.some((p) => p.id === preset)) throw new AppError('validation_failed', `Unknown preset "${preset}"`, [{ path: ['preset'], message: `One of ${CARD_PRESETS.map((p) => p.id).join(', ')}` }]);
    if (!preset && !mapping) throw new AppError('validation_failed', 'Map the columns of this CSV (date, amount, description…)', [{ path: ['mapping'], message: 'Required' }]);
    if (mapping) mapping = CardMapping.parse(mapping);
  }
  return withTx(ctx, async (tx) => {
    if (data.saveMappingAs && mapping) {
      await exec(tx).execute(sql`INSERT INTO import_mappings (name, format, mapping, created_by) VALUES (${data.saveMappingAs}, ${format}, ${JSON.stringify(mapping)}::jsonb, ${ctx.actor.userId})
        ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping, format = excluded.format, updated_at = now()`);
      await audit(tx, { action: 'import_mapping.save', entityType: 'import_mapping', entityId: data.saveMappingAs, entityLabel: data.saveMappingAs, after: mapping });
    }
    await exec(tx).execute(sql`UPDATE imports SET format = ${format}, preset = ${format === 'card_csv' && !data.mapping ? preset : null}, mapping = ${mapping ? JSON.stringify(mapping) : null}::jsonb,
      mapping_name = ${data.saveMappingAs ?? data.mappingName ?? r.mapping_name ?? null}, skip_bad_rows = ${data.skipBadRows ?? Boolean(r.skip_bad_rows)}, state = 'queued', phase = 'queued', updated_at = now()
      WHERE id = ${id}`);
    await jobs.send(tx, QUEUES.import, { importId: id });
    await audit(tx, { action: 'import.start', entityType: 'import', entityId: id, entityLabel: r.file_name as string, after: { format, preset, skipBadRows: data.skipBadRows ?? Boolean(r.skip_bad_rows) } });
    return getImport(tx, id);
  });
}

export async function cancelImport(ctx: Ctx, id: string): Promise<ImportDetail> {
  requireImportRights(ctx);
  const r = await loadImport(ctx, id);
  if (r.state === 'uploaded') {
    await discardRows(ctx.database, id, { errors: true });
    discardSpool(ctx.database, id);
    await withTx(ctx, async (tx) => {
      await exec(tx).execute(sql`UPDATE imports SET state = 'cancelled', phase = 'done', finished_at = now(), updated_at = now() WHERE id = ${id}`);
      await audit(tx, { action: 'import.cancel', entityType: 'import', entityId: id, entityLabel: r.file_name as string });
    });
  } else if (r.state === 'queued' || r.state === 'running') {
    // The job sees the flag at its next progress write, discards what it wrote and ends as cancelled.
    await withTx(ctx, async (tx) => {
      await exec(tx).execute(sql`UPDATE imports SET cancel_requested = TRUE, updated_at = now() WHERE id = ${id}`);
      await audit(tx, { action: 'import.cancel_request', entityType: 'import', entityId: id, entityLabel: r.file_name as string });
    });
  } else throw new AppError('conflict', `This import is already ${r.state}`);
  return getImport(ctx, id);
}

/** The uploaded original, for tracing a row back to its file and line. */
export async function importFile(ctx: Ctx, id: string) {
  requirePermission(ctx, 'import.read');
  const r = await loadImport(ctx, id);
  return { name: r.file_name as string, size: Number(r.file_size), stream: storedFile(ctx.database, id, r.file_name as string, Number(r.file_size)).open() };
}

export async function importPresets(ctx: Ctx) {
  requirePermission(ctx, 'import.read');
  const mappings = await rows<{ name: string; format: string; mapping: Record<string, unknown> }>(exec(ctx), sql`SELECT name, format, mapping FROM import_mappings ORDER BY name`);
  return {
    formats: IMPORT_FORMATS.map((id) => ({ id, label: FORMAT_LABELS[id] })),
    cardPresets: CARD_PRESETS.map((p) => ({ id: p.id, label: p.label })),
    mappings,
  };
}
