import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { rows } from '../../platform/sql.js';

/** Finds a vendor by name (case-insensitive) or creates it; null clears the vendor. */
export async function vendorIdFor(ctx: Ctx, name: string | null | undefined): Promise<string | null> {
  if (!name) return null;
  const found = await rows<{ id: string }>(exec(ctx), sql`SELECT id FROM vendors WHERE lower(name) = lower(${name}) LIMIT 1`);
  if (found[0]) return found[0].id;
  const id = uuidv7();
  await exec(ctx).execute(sql`INSERT INTO vendors (id, name) VALUES (${id}, ${name})`);
  return id;
}
