import { sql } from 'drizzle-orm';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database, Executor } from '../db/client.js';

export type ColumnType = 'uuid' | 'text' | 'date' | 'timestamptz' | 'int' | 'bigint' | 'real' | 'boolean' | 'uuid[]' | 'text[]' | 'jsonb';
export type Column = readonly [name: string, type: ColumnType];

/** A Postgres array literal of text elements: {"a","b \"c\"",NULL}. */
export function arrayLiteral(items: readonly (string | null)[]): string {
  return `{${items.map((x) => (x === null ? 'NULL' : `"${x.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
}

function encode(value: unknown, type: ColumnType): string | null {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'uuid[]':
    case 'text[]':
      return arrayLiteral(value as string[]);
    case 'jsonb':
      return JSON.stringify(value);
    case 'timestamptz':
      return new Date(value as number).toISOString();
    default:
      // PostgreSQL text cannot hold NUL; a stray one in an imported descriptor must not fail the load.
      return String(value).replace(/\u0000/g, '');
  }
}

/**
 * One INSERT … SELECT FROM unnest(...) per table: every column travels as a single text-array
 * parameter (a literal built here), so the statement binds identically on PGlite and node-postgres
 * whatever their array serialisers do, and nested arrays (uuid[] per row) survive the trip.
 */
export async function insertRows(
  ex: Executor,
  table: string,
  columns: readonly Column[],
  data: readonly (readonly unknown[])[],
  opts: { onConflictDoNothing?: boolean; onConflict?: ReturnType<typeof sql> } = {},
): Promise<number> {
  if (!data.length) return 0;
  const params = columns.map(([, type], i) => arrayLiteral(data.map((row) => encode(row[i], type))));
  const names = sql.raw(columns.map(([name]) => `"${name}"`).join(', '));
  const select = sql.raw(columns.map(([, type], i) => `u.c${i}::${type}`).join(', '));
  const aliases = sql.raw(columns.map((_, i) => `c${i}`).join(', '));
  const unnest = sql.join(params.map((p) => sql`(${p})::text::text[]`), sql`, `);
  const conflict = opts.onConflict ? sql` ${opts.onConflict}` : opts.onConflictDoNothing ? sql` ON CONFLICT DO NOTHING` : sql``;
  const res = (await ex.execute(sql`INSERT INTO ${sql.raw(`"${table}"`)} (${names}) SELECT ${select} FROM unnest(${unnest}) AS u(${aliases})${conflict}`)) as unknown as {
    rowCount?: number | null;
    affectedRows?: number;
  };
  return res.rowCount ?? res.affectedRows ?? data.length;
}

/** A whole list as one text[] parameter (one bind, however long the list). */
export function textList(values: readonly string[]) {
  return sql`(${arrayLiteral(values)})::text[]`;
}

/** One value in COPY's text format: backslash, tab, newline and carriage return escaped; null is \N. */
function copyValue(value: unknown, type: ColumnType): string {
  const v = encode(value, type);
  if (v === null) return '\\N';
  return v.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** Rows in COPY's text format (tab-separated, one line per row). */
export function copyText(columns: readonly Column[], data: readonly (readonly unknown[])[]): string {
  const parts: string[] = [];
  for (const row of data) parts.push(`${columns.map(([, type], i) => copyValue(row[i], type)).join('\t')}\n`);
  return parts.join('');
}

/**
 * Bulk load by COPY, the fastest way in on both engines (PGlite: from a blob; PostgreSQL: a COPY stream).
 * Runs outside any transaction: for rows that stay invisible until something else commits them.
 */
export async function copyRows(database: Database, table: string, columns: readonly Column[], data: readonly (readonly unknown[])[]): Promise<number> {
  if (!data.length) return 0;
  await copyFromText(database, table, columns, copyText(columns, data));
  return data.length;
}

const PGLITE_COPY_PIECE = 4 << 20;

/** The text cut after a newline about every `size` characters. */
function* linePieces(text: string, size: number): Generator<string> {
  let from = 0;
  while (text.length - from > size) {
    const nl = text.indexOf('\n', from + size);
    if (nl === -1) break;
    yield text.slice(from, nl + 1);
    from = nl + 1;
  }
  if (from < text.length) yield from === 0 ? text : text.slice(from);
}

/**
 * COPY of ready-made text. `staging`: rows nobody reads before a later transaction commits them (an import's
 * batches): PostgreSQL need not wait for each batch to reach the disk, since a crash restarts the import anyway.
 */
export async function copyFromText(database: Database, table: string, columns: readonly Column[], text: string, opts: { staging?: boolean } = {}): Promise<void> {
  if (!text) return;
  const statement = `COPY "${table}" (${columns.map(([name]) => `"${name}"`).join(', ')}) FROM`;
  if (database.kind === 'pglite') {
    // The embedded database copies a blob into its WebAssembly memory, which never shrinks: a few MB at a time.
    for (const piece of linePieces(text, PGLITE_COPY_PIECE)) await database.pglite!.query(`${statement} '/dev/blob'`, [], { blob: new Blob([piece]) });
    return;
  }
  const client = await database.pool!.connect();
  try {
    if (opts.staging) await client.query('BEGIN; SET LOCAL synchronous_commit = off');
    const stream = client.query(copyFrom(`${statement} STDIN`));
    await pipeline(Readable.from([text]), stream);
    if (opts.staging) await client.query('COMMIT');
  } catch (e) {
    if (opts.staging) await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}
