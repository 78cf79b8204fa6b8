import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../db/client.js';

/** A uuid[] / text[] literal that binds the same on PGlite and node-postgres. */
export function uuidArray(ids: readonly string[]): SQL {
  if (!ids.length) return sql`'{}'::uuid[]`;
  return sql`ARRAY[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]`;
}
export function textArray(values: readonly string[]): SQL {
  if (!values.length) return sql`'{}'::text[]`;
  return sql`ARRAY[${sql.join(values.map((v) => sql`${v}`), sql`, `)}]::text[]`;
}

export async function rows<T = Record<string, unknown>>(ex: Executor, query: SQL): Promise<T[]> {
  const res = (await ex.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

export function isoTime(v: unknown): string {
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return new Date(v.includes('T') || v.includes('Z') || /[+-]\d\d(:?\d\d)?$/.test(v) ? v : `${v}Z`).toISOString();
  return String(v);
}
export function isoTimeOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : isoTime(v);
}
/** Business dates stay calendar dates: never shifted through a time zone. */
export function isoDateOrNull(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).slice(0, 10);
}

/** Escapes LIKE wildcards in user search text. */
export function likePattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function sortSql(sort: string, columns: Record<string, SQL>, tieBreak: SQL): SQL {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  const col = columns[key];
  if (!col) return tieBreak;
  return sql`${col} ${desc ? sql`DESC NULLS LAST` : sql`ASC NULLS LAST`}, ${tieBreak}`;
}
