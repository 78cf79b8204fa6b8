import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/ctx.js';
import { exec } from '../../platform/ctx.js';
import { readCache } from '../../platform/read-cache.js';
import { rows } from '../../platform/sql.js';

export type DeptRef = { id: string; name: string };

/** id → name for every department; small and read on most pages, so cached. */
export async function departmentMap(ctx: Ctx): Promise<Map<string, string>> {
  const load = async () => {
    const r = await rows<{ id: string; name: string }>(exec(ctx), sql`SELECT id, name FROM departments ORDER BY name`);
    return new Map(r.map((d) => [d.id, d.name]));
  };
  // Inside a transaction the cache could hide the transaction's own writes.
  return ctx.tx ? load() : readCache(ctx.database).get('departments:map', load);
}

export function refs(map: Map<string, string>, ids: readonly string[] | null | undefined): DeptRef[] {
  return (ids ?? []).filter((id) => map.has(id)).map((id) => ({ id, name: map.get(id)! })).sort((a, b) => a.name.localeCompare(b.name));
}
