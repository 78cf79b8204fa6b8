import type { CatalogInput } from '../matching/catalog-shape.js';
import type { AliasRule } from '../matching/types.js';
import type { AliasRule as StoredRule } from '../../../shared/schemas/discovery.js';
import type { Catalog } from './catalog.js';

/** The bundled catalog in the shape the matching engine indexes (primary domain first, alias texts). */
export function catalogForMatching(catalog: Catalog): CatalogInput {
  return {
    apps: catalog.apps.map((a) => ({
      id: a.id,
      name: a.name,
      vendor: a.vendor,
      domains: catalog.domainsOf(a),
      aliases: a.aliases.map((x) => x[0]),
      category: a.category,
    })),
  };
}

/** Stored alias rules (API shape) → engine rules. */
export function rulesForMatching(rules: readonly StoredRule[]): AliasRule[] {
  return rules.map((r) => ({
    id: r.id,
    kind: r.kind,
    text: r.text,
    sources: r.sources,
    appId: r.appId,
    ...(r.appName ? { appName: r.appName } : {}),
    ...(r.classify ? { classify: r.classify } : {}),
    enabled: r.enabled,
  }));
}
