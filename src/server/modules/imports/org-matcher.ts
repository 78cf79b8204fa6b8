import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { rows } from '../../platform/sql.js';
import { loadCatalog } from '../catalog/catalog.js';
import { catalogForMatching } from '../catalog/matcher-input.js';
import { createMatcher, type AliasRule, type Matcher } from '../matching/index.js';

let base: Matcher | null = null;

/** The bundled catalog's matcher, built once per process (the index is the expensive part). */
export function catalogMatcher(): Matcher {
  base ??= createMatcher(catalogForMatching(loadCatalog()), []);
  return base;
}

/** The organisation's enabled alias rules as the engine takes them. */
export async function enabledRules(ex: Executor): Promise<AliasRule[]> {
  const r = await rows<Record<string, unknown>>(ex, sql`SELECT id, kind, text, sources, app_id, app_name, classify FROM alias_rules WHERE enabled`);
  return r.map((x) => ({
    id: x.id as string,
    kind: x.kind as AliasRule['kind'],
    text: x.text as string,
    sources: (x.sources as AliasRule['sources']) ?? null,
    appId: (x.app_id as string) ?? null,
    ...(x.app_name ? { appName: x.app_name as string } : {}),
    ...(x.classify ? { classify: x.classify as 'software' | 'not_software' } : {}),
    enabled: true,
  }));
}

/** The catalog plus the organisation's enabled alias rules as they are now (read through `ex`, so inside a transaction it sees its own changes). */
export async function orgMatcher(ex: Executor): Promise<Matcher> {
  return catalogMatcher().withRules(await enabledRules(ex));
}

/** The bundled catalog's app for an inventory record, when its name (with its web address) places it surely: discovery joins on it. */
export function catalogIdFor(name: string, website: string | null | undefined): string | null {
  const m = catalogMatcher().match({ text: name, source: 'apps_csv', hints: website ? { domain: website } : {} });
  return m.kind === 'software' && m.app && m.confidence >= 0.85 ? m.app.id : null;
}
