/**
 * The bundled app catalog (`catalog/` in the package, built by `npm run build:catalog`).
 * Types only: the server loads the files (`server/modules/catalog/catalog.ts`); the web UI may show them.
 */
import type { Category } from './enums.js';

/** Where a fact came from. `cur` is the curated core written by the Tandem authors. */
export const CATALOG_SOURCES = ['cur', 'wa', 'entra', 'si', 'gb', 'ms', 'sso'] as const;
export type CatalogSource = (typeof CATALOG_SOURCES)[number];
export const CATALOG_SOURCE_LABELS: Record<CatalogSource, string> = {
  cur: 'Tandem curated core',
  wa: 'webappanalyzer',
  entra: 'Microsoft Entra SaaS-app tutorials',
  si: 'Simple Icons',
  gb: 'gilbarbara/logos',
  ms: 'Microsoft first-party apps (merill/microsoft-info)',
  sso: 'SSO Wall of Shame',
};

/**
 * Provenance of a derived field: a source, or `rule` (a build-script rule: category from name words,
 * vendor from a parent domain) or `default` (nothing known; a placeholder the UI should treat as a guess).
 */
export type CatalogProvenance = CatalogSource | 'rule' | 'default';

/**
 * Kinds of alias:
 * - `name`    another name for the app (a merged source entry, a product module, a renamed product)
 * - `legal`   a legal entity name that appears on invoices and card statements
 * - `billing` a card-statement descriptor (processor prefix, truncation, domain form)
 * - `former`  a former brand or product name
 * - `entra`   a display name in the Microsoft Entra app gallery
 * - `ms1p`    a Microsoft first-party app name as seen in Entra sign-in logs
 * - `aka`     a short or localised name (Simple Icons `aka`/`loc`)
 */
export const CATALOG_ALIAS_KINDS = ['name', 'legal', 'billing', 'former', 'entra', 'ms1p', 'aka'] as const;
export type CatalogAliasKind = (typeof CATALOG_ALIAS_KINDS)[number];
export type CatalogAlias = readonly [text: string, source: CatalogSource, kind: CatalogAliasKind];

/** What the SSO Wall of Shame says about SSO pricing (a security-review input). */
export type CatalogSsoTax = {
  /** Price of the base plan, as published (e.g. "$7.25 per u/m"). */
  base: string;
  /** Price of the cheapest plan with SSO ("Call Us!" when only by quote). */
  sso: string;
  increase?: string;
  /** When the SSO Wall of Shame last checked the price (YYYY-MM-DD). */
  asOf: string;
  pricingUrl?: string;
};

/** One application, one line of `catalog/apps.ndjson`. */
export type CatalogAppRecord = {
  /** Stable slug of the canonical name (with a domain suffix when two apps share a name). */
  id: string;
  name: string;
  vendor: string;
  /** Primary registrable domain (eTLD+1), or null when no source gives one. */
  domain: string | null;
  /** Further registrable domains of the app (former brands, regional sites, product hosts). */
  domains: string[];
  category: Category;
  /** App-specific need keywords (the category's keywords are added by the loader). */
  keywords: string[];
  aliases: CatalogAlias[];
  /** SAML/OIDC single sign-on is available (true) where a source says so; absent = unknown. */
  sso?: boolean;
  /** Automatic user provisioning (SCIM or vendor API connector) is available; absent = unknown. */
  scim?: boolean;
  ssoTax?: CatalogSsoTax;
  /** Brand colour (hex without #), from Simple Icons. */
  color?: string;
  /** Per-field provenance. */
  src: {
    name: CatalogSource;
    vendor: CatalogProvenance;
    domain?: CatalogSource;
    category: CatalogProvenance;
    keywords: CatalogProvenance[];
    sso?: CatalogSource[];
    scim?: CatalogSource[];
    color?: CatalogSource;
  };
  /** Source records merged into this app (`wa:HubSpot Chat`, `entra:hubspot-tutorial.md`, `cur:HubSpot`…). */
  refs: string[];
};

/** A catalog app as the loader returns it: keywords include the category's keywords. */
export type CatalogApp = CatalogAppRecord;

export const MCC_KINDS = ['software', 'not_software', 'ambiguous'] as const;
export type MccKind = (typeof MCC_KINDS)[number];
export type MccEntry = {
  code: string;
  description: string;
  kind: MccKind;
  /** A short group label for not-software codes: airline, lodging, car_rental, restaurant, fuel, transport, retail… */
  group?: string;
};

export type CatalogSourceInfo = {
  code: CatalogSource;
  name: string;
  url: string;
  version: string;
  licence: string;
  records: number;
};

export type CatalogMeta = {
  formatVersion: number;
  /** Latest date found in the source versions and the curated core: deterministic, not the wall clock. */
  dataDate: string;
  /** SHA-256 over the input files and the curated core. */
  inputHash: string;
  counts: {
    apps: number;
    aliases: number;
    curated: number;
    withSso: number;
    withScim: number;
    withDomain: number;
    bySource: Record<CatalogSource, number>;
    byCategory: Record<string, number>;
    mcc: number;
    microsoftAppIds: number;
  };
  sources: CatalogSourceInfo[];
  categoryKeywords: Record<Category, string[]>;
};
