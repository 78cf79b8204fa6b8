/**
 * The bundled app catalog: reads the committed files in `catalog/` (built by `npm run build:catalog`
 * from third-party sources and the curated core; nothing under ../shared is read at run time) and keeps
 * them in memory with lookups by id, registrable domain and normalised alias.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogApp, CatalogAppRecord, CatalogMeta, MccEntry } from '../../../shared/catalog-types.js';
import { registrableDomain } from './domain.js';
import { nameKey, nameKeyOfNormalised, normaliseAlias } from './normalise.js';

/** `catalog/` at the package root (the same relative path from src/ under tsx and from dist/ when built). */
export const CATALOG_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../catalog');

export type Catalog = {
  readonly apps: readonly CatalogApp[];
  readonly meta: CatalogMeta;
  readonly byId: ReadonlyMap<string, CatalogApp>;
  /** Registrable domain → apps; apps whose primary domain it is come first. */
  readonly byDomain: ReadonlyMap<string, readonly CatalogApp[]>;
  /**
   * normaliseAlias(text) → app ids, for names, aliases and domains. Canonical names come first, then
   * domains, then aliases (curated before source aliases, in catalog order).
   */
  readonly aliasIndex: ReadonlyMap<string, readonly string[]>;
  /** nameKey(text) → app ids (legal suffixes and spaces dropped: "SPROUTSOCIAL", "HubSpot, Inc."). */
  readonly keyIndex: ReadonlyMap<string, readonly string[]>;
  /** Merchant category code (4 digits) → description and software / not_software / ambiguous. */
  readonly mcc: ReadonlyMap<string, MccEntry>;
  /** Entra AppId (lower-case GUID) of a Microsoft first-party app → catalog app id. */
  readonly microsoftAppIds: ReadonlyMap<string, string>;
  /** How long the load took, in milliseconds. */
  readonly loadMs: number;
  get(id: string): CatalogApp | undefined;
  /** Primary domain first, then the others. */
  domainsOf(app: CatalogApp): string[];
  /**
   * Apps for a host, URL or domain ("app.hubspot.com", "https://zoom.us/j/1") by registrable domain; a
   * customer sub-domain of a shared-hosting suffix falls back to the suffix ("acme.myshopify.com" → Shopify).
   */
  findByDomain(hostOrUrl: string): readonly CatalogApp[];
  /** Apps whose name, alias or domain normalises to the same text, else to the same name key. */
  findByAlias(text: string): readonly CatalogApp[];
};

const cache = new Map<string, Catalog>();

/** Loads the catalog once per directory and keeps it in memory. */
export function loadCatalog(options: { dir?: string; fresh?: boolean } = {}): Catalog {
  const dir = path.resolve(options.dir ?? CATALOG_DIR);
  const cached = cache.get(dir);
  if (cached && !options.fresh) return cached;
  const catalog = readCatalog(dir);
  cache.set(dir, catalog);
  return catalog;
}

function readJson<T>(dir: string, name: string): T {
  return JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T;
}

function readCatalog(dir: string): Catalog {
  const started = performance.now();
  const meta = readJson<CatalogMeta>(dir, 'meta.json');
  const apps = readJson<CatalogAppRecord[]>(dir, 'apps.json') as CatalogApp[];
  const byId = new Map<string, CatalogApp>();
  const byDomain = new Map<string, CatalogApp[]>();
  const aliasIndex = new Map<string, string[]>();
  const keyIndex = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    if (!key) return;
    const list = map.get(key);
    if (!list) map.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  };
  const index = (text: string, id: string) => {
    const normalised = normaliseAlias(text);
    add(aliasIndex, normalised, id);
    add(keyIndex, nameKeyOfNormalised(normalised), id);
  };

  for (const app of apps) {
    byId.set(app.id, app);
    const categoryKeywords = meta.categoryKeywords[app.category] ?? [];
    if (categoryKeywords.length) app.keywords = [...app.keywords, ...categoryKeywords.filter((k) => !app.keywords.includes(k))];
    index(app.name, app.id);
    if (app.domain) (byDomain.get(app.domain) ?? byDomain.set(app.domain, []).get(app.domain)!).push(app);
  }
  for (const app of apps) {
    for (const d of app.domains) (byDomain.get(d) ?? byDomain.set(d, []).get(d)!).push(app);
    if (app.domain) index(app.domain, app.id);
    for (const d of app.domains) index(d, app.id);
  }
  for (const pass of ['cur', 'other'] as const) {
    for (const app of apps) for (const [text, source] of app.aliases) if ((source === 'cur') === (pass === 'cur')) index(text, app.id);
  }

  const mccRaw = readJson<Record<string, Omit<MccEntry, 'code'>>>(dir, 'mcc.json');
  const mcc = new Map<string, MccEntry>(Object.entries(mccRaw).map(([code, e]) => [code, { code, ...e }]));
  const microsoftAppIds = new Map<string, string>(Object.entries(readJson<Record<string, string>>(dir, 'microsoft-app-ids.json')));
  const loadMs = performance.now() - started;

  return {
    apps,
    meta,
    byId,
    byDomain,
    aliasIndex,
    keyIndex,
    mcc,
    microsoftAppIds,
    loadMs,
    get: (id) => byId.get(id),
    domainsOf: (app) => (app.domain ? [app.domain, ...app.domains] : [...app.domains]),
    findByDomain(hostOrUrl) {
      const d = registrableDomain(hostOrUrl);
      if (!d) return [];
      const direct = byDomain.get(d);
      if (direct) return direct;
      // A customer sub-domain of a shared-hosting suffix ("acme.myshopify.com") belongs to the suffix's app.
      const labels = d.split('.');
      for (let i = 1; i < labels.length - 1; i++) {
        const parent = byDomain.get(labels.slice(i).join('.'));
        if (parent) return parent;
      }
      return [];
    },
    findByAlias(text) {
      const ids = aliasIndex.get(normaliseAlias(text)) ?? keyIndex.get(nameKey(text)) ?? [];
      return ids.map((id) => byId.get(id)!);
    },
  };
}
