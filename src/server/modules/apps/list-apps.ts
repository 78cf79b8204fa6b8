import { AppListQuery, type AppSummary } from '../../../shared/schemas/apps.js';
import { requirePermission } from '../../platform/authz.js';
import type { Ctx } from '../../platform/ctx.js';
import type { PageResult } from '../../platform/paging.js';
import { readCache } from '../../platform/read-cache.js';
import { listAppRows, today } from './apps.repo.js';

/** The inventory: filtered, sorted, paged, limited to the caller's departments. */
export async function listApps(ctx: Ctx, input: unknown): Promise<PageResult<AppSummary>> {
  requirePermission(ctx, 'app.read');
  const q = AppListQuery.parse(input);
  const day = today();
  const key = `apps:${JSON.stringify(ctx.scope)}:${day}:${JSON.stringify(q)}`;
  const load = () => listAppRows(ctx, q, day);
  const { items, total } = ctx.tx ? await load() : await readCache(ctx.database).get(key, load);
  return { items, total, page: q.page, pageSize: q.pageSize };
}
