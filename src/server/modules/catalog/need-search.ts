import { CATEGORY_LABELS } from '../../../shared/enums.js';
import type { Catalog, } from './catalog.js';
import type { CatalogApp } from '../../../shared/catalog-types.js';
import { normaliseAlias } from './normalise.js';

export type InventoryEntry = { id: string; name: string; lifecycleStatus: string; catalogId: string | null };
export type NeedHit = { app: CatalogApp; score: number; why: string[]; inventory: InventoryEntry | null };

/** Curated apps carry facts people checked; source-only apps rank below them on equal evidence. */
function curated(app: CatalogApp): boolean {
  return app.refs.some((r) => r.startsWith('cur:'));
}

const STATUS_BOOST: Record<string, number> = { approved: 100, in_review: 40, restricted: 20, discovered: 10, retired: -50 };

/**
 * Search by need ("webinar", "email marketing"): a phrase found in an app's need keywords or category
 * counts most, then single words, then the name. The organisation's own apps come first: approved
 * before in review, and retired ones last.
 */
export function searchByNeed(catalog: Catalog, query: string, inventory: readonly InventoryEntry[], limit = 20): NeedHit[] {
  const q = normaliseAlias(query);
  if (!q) return [];
  const words = q.split(' ').filter((w) => w.length > 1);
  const byCatalog = new Map<string, InventoryEntry>();
  for (const e of inventory) if (e.catalogId) byCatalog.set(e.catalogId, e);
  const hits: NeedHit[] = [];
  for (const app of catalog.apps) {
    const why: string[] = [];
    let score = 0;
    const keywords = app.keywords.map((k) => normaliseAlias(k));
    const category = normaliseAlias(CATEGORY_LABELS[app.category] ?? app.category);
    const name = normaliseAlias(app.name);
    if (keywords.includes(q)) (score += 60), why.push(`need keyword “${q}”`);
    else if (keywords.some((k) => k.includes(q))) (score += 45), why.push(`need keyword contains “${q}”`);
    if (category.includes(q)) (score += 35), why.push(`category ${CATEGORY_LABELS[app.category]}`);
    if (name === q) (score += 50), why.push('name');
    else if (name.includes(q)) (score += 25), why.push('name contains the search');
    if (!score && words.length > 1) {
      const matched = words.filter((w) => keywords.some((k) => k.split(' ').includes(w)) || category.split(' ').includes(w));
      if (matched.length) (score += (20 * matched.length) / words.length), why.push(`words ${matched.map((w) => `“${w}”`).join(', ')}`);
    }
    if (!score) continue;
    if (curated(app)) score += 5;
    const inv = byCatalog.get(app.id) ?? null;
    if (inv) {
      score += STATUS_BOOST[inv.lifecycleStatus] ?? 0;
      why.push(`in your inventory (${inv.lifecycleStatus.replace('_', ' ')})`);
    }
    hits.push({ app, score, why, inventory: inv });
  }
  hits.sort((a, b) => b.score - a.score || a.app.name.localeCompare(b.app.name));
  return hits.slice(0, limit);
}
