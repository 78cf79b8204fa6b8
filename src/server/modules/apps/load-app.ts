import type { Ctx } from '../../platform/ctx.js';
import { inScope } from '../../platform/authz.js';
import { notFound } from '../../platform/errors.js';
import { getAppRow, type AppRow } from './apps.repo.js';

/** Loads an app the caller may see; outside the scope it does not exist for them. */
export async function loadAppInScope(ctx: Ctx, id: string): Promise<AppRow> {
  const row = await getAppRow(ctx, id);
  if (!row || !inScope(ctx, row.department_ids)) throw notFound('App');
  return row;
}
