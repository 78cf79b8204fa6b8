import { sql } from 'drizzle-orm';
import { NeedSearchQuery, type NeedSearchHit } from '../../../shared/schemas/discovery.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { rows } from '../../platform/sql.js';
import { appScopeSql } from '../apps/apps.repo.js';
import { loadCatalog } from './catalog.js';
import { searchByNeed, type InventoryEntry } from './need-search.js';

/**
 * "Before anyone buys something new": the catalog ranked for a need, the organisation's own apps
 * (within the caller's scope) first, approved before the rest.
 */
export async function searchCatalog(ctx: Ctx, input: unknown): Promise<{ items: NeedSearchHit[] }> {
  requirePermission(ctx, 'app.read');
  const q = NeedSearchQuery.parse(input);
  const catalog = loadCatalog();
  const apps = await rows<{ id: string; name: string; website: string | null; lifecycle_status: string }>(
    exec(ctx), sql`SELECT a.id, a.name, a.website, a.lifecycle_status FROM apps a WHERE ${appScopeSql(ctx)}`);
  const inventory: InventoryEntry[] = apps.map((a) => ({
    id: a.id, name: a.name, lifecycleStatus: a.lifecycle_status,
    catalogId: (catalog.findByAlias(a.name)[0] ?? (a.website ? catalog.findByDomain(a.website)[0] : undefined))?.id ?? null,
  }));
  return {
    items: searchByNeed(catalog, q.q, inventory, q.limit).map((h) => ({
      catalogId: h.app.id, name: h.app.name, vendor: h.app.vendor, category: h.app.category, domain: h.app.domain ?? null,
      score: Math.round(h.score * 10) / 10, why: h.why,
      inventory: h.inventory ? { id: h.inventory.id, name: h.inventory.name, lifecycleStatus: h.inventory.lifecycleStatus } : null,
    })),
  };
}
