/**
 * Builds the bundled app catalog (`catalog/`) from the raw third-party sources in
 * `../shared/data/catalog-sources/` (or `--sources <dir>`) and the curated core in `scripts/catalog/`.
 *
 *   npm run build:catalog
 *
 * Deterministic: the same inputs give byte-identical files (no wall clock; every list is ordered).
 * Tandem never reads the sources at run time; it loads the committed files in `catalog/`.
 * Merge order: curated core → webappanalyzer → SSO Wall of Shame → Entra gallery; Simple Icons and
 * gilbarbara/logos only enrich (aliases, domains, brand colour); Microsoft first-party names become aliases.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type {
  CatalogAlias,
  CatalogAliasKind,
  CatalogAppRecord,
  CatalogMeta,
  CatalogProvenance,
  CatalogSource,
  CatalogSourceInfo,
  CatalogSsoTax,
  MccEntry,
} from '../src/shared/catalog-types.js';
import { CATALOG_SOURCES } from '../src/shared/catalog-types.js';
import { CATEGORIES, type Category } from '../src/shared/enums.js';
import { domainLabel, hostOf, registrableDomain } from '../src/server/modules/catalog/domain.js';
import { nameKey, normaliseAlias, slugify } from '../src/server/modules/catalog/normalise.js';
import { CURATED_APPS, CURATED_VERSION } from './catalog/curated-core.js';
import { DOMAIN_VENDORS, MARKETPLACE_PREFIXES, MULTI_PRODUCT_DOMAINS, OPEN_SOURCE_HOSTS, WA_DOMAIN_OVERRIDES } from './catalog/hosts.js';
import { classifyMcc } from './catalog/mcc.js';
import { MS_FALLBACK, MS_ROLE, MS_ROLLUP, MS_SKIP } from './catalog/microsoft.js';
import { parseCsv, parseFlatYaml, readTable } from './catalog/read.js';
import { CATEGORY_KEYWORDS, DESCRIPTION_KEYWORDS, NAME_CATEGORY_RULES, WA_CATEGORIES, WA_GENERIC } from './catalog/taxonomy.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const argSources = process.argv.indexOf('--sources');
const SOURCES = path.resolve(argSources > 0 ? process.argv[argSources + 1] : path.join(ROOT, '..', 'shared', 'data', 'catalog-sources'));
const OUT = path.join(ROOT, 'catalog');
const FORMAT_VERSION = 1;
/** Card descriptors are cut at 22 characters; long legal names and descriptors get that form too. */
const DESCRIPTOR_LENGTH = 22;

// ---------------------------------------------------------------------------------------------------
// Input bookkeeping: every file read goes into the input hash; versions and dates from PROVENANCE.md.

const inputFiles = new Map<string, Buffer>();
function read(rel: string): string {
  const buf = readFileSync(path.join(SOURCES, rel));
  inputFiles.set(`sources/${rel}`, buf);
  return buf.toString('utf8');
}
function provenance(folder: string): { text: string; version: string; dates: string[] } {
  const text = read(`${folder}/PROVENANCE.md`);
  const npm = /npm package `([^`]+)` ([\d.]+)/.exec(text);
  const version = /^- Version:\s*(.+)$/m.exec(text)?.[1].trim() ?? (npm ? `npm ${npm[1]}@${npm[2]}` : 'unknown');
  return { text, version, dates: [...text.matchAll(/\b(20\d\d-\d\d-\d\d)\b/g)].map((m) => m[1]) };
}

// ---------------------------------------------------------------------------------------------------
// Working model.

type Candidate = {
  source: CatalogSource;
  ref: string;
  name: string;
  vendor?: string;
  /** Registrable domains, primary first. */
  domains: string[];
  domainSource?: CatalogSource;
  category?: Category;
  categorySource?: CatalogProvenance;
  keywords: string[];
  aliases: CatalogAlias[];
  /** Keys (nameKey) under which this candidate's app can be found by name. */
  nameKeys: string[];
  sso?: boolean;
  scim?: boolean;
  ssoTax?: CatalogSsoTax;
};

type App = {
  order: number;
  curated: boolean;
  name: string;
  nameSource: CatalogSource;
  vendor?: string;
  vendorSource?: CatalogProvenance;
  domains: string[];
  domainSource?: CatalogSource;
  category?: Category;
  categorySource?: CatalogProvenance;
  keywords: string[];
  keywordSources: Set<CatalogProvenance>;
  aliases: CatalogAlias[];
  aliasKeys: Set<string>;
  sso: Set<CatalogSource>;
  scim: Set<CatalogSource>;
  ssoTax?: CatalogSsoTax;
  color?: string;
  refs: string[];
  /** Normalised names usable for the prefix rule on multi-product domains. */
  prefixNames: string[];
  id?: string;
};

const CATEGORY_RANK: Record<CatalogProvenance, number> = { cur: 0, wa: 1, entra: 3, si: 3, gb: 3, ms: 3, sso: 3, rule: 4, default: 5 };

const apps: App[] = [];
const domainOwner = new Map<string, App>();
const nameIndex = new Map<string, App[]>();
const domainApps = new Map<string, App[]>();
const multiDomains = new Set(MULTI_PRODUCT_DOMAINS);

/** Name variants for matching: "Atlassian (Jira Cloud)" → "Atlassian Jira Cloud", "Atlassian", "Jira Cloud". */
function nameVariants(name: string): string[] {
  const out = [name];
  const m = /^(.*?)\s*\(([^)]+)\)\s*(.*)$/.exec(name);
  if (m) out.push(`${m[1]} ${m[2]} ${m[3]}`.trim(), `${m[1]} ${m[3]}`.trim(), m[2]);
  return out;
}
function keysOf(...names: string[]): string[] {
  const keys = new Set<string>();
  for (const n of names) for (const v of nameVariants(n)) {
    const k = nameKey(v);
    if (k.length >= 2) keys.add(k);
  }
  return [...keys];
}
function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function addAlias(app: App, text: string, source: CatalogSource, kind: CatalogAliasKind) {
  const clean = text.replace(/\s+/g, ' ').trim();
  const key = normaliseAlias(clean) || clean.toLowerCase();
  if (!clean || app.aliasKeys.has(key)) return;
  app.aliasKeys.add(key);
  app.aliases.push([clean, source, kind]);
}
function addDomain(app: App, domain: string, source: CatalogSource): boolean {
  if (app.domains.includes(domain)) return true;
  if (!multiDomains.has(domain)) {
    const owner = domainOwner.get(domain);
    if (owner && owner !== app) return false;
    domainOwner.set(domain, app);
  }
  app.domains.push(domain);
  if (app.domains.length === 1) app.domainSource = source;
  push(domainApps, domain, app);
  return true;
}
function addKeywords(app: App, keywords: readonly string[], source: CatalogProvenance) {
  let added = false;
  for (const k of keywords) if (!app.keywords.includes(k)) {
    app.keywords.push(k);
    added = true;
  }
  if (added) app.keywordSources.add(source);
}
function indexNames(app: App, keys: readonly string[]) {
  for (const k of keys) push(nameIndex, k, app);
}

function createApp(c: Candidate, curated = false): App {
  const app: App = {
    order: apps.length,
    curated,
    name: c.name,
    nameSource: c.source,
    vendor: c.vendor,
    vendorSource: c.vendor ? c.source : undefined,
    domains: [],
    keywords: [],
    keywordSources: new Set(),
    aliases: [],
    aliasKeys: new Set([normaliseAlias(c.name) || c.name.toLowerCase()]),
    sso: new Set(),
    scim: new Set(),
    refs: [],
    prefixNames: [],
  };
  apps.push(app);
  mergeInto(app, c, true);
  return app;
}

function mergeInto(app: App, c: Candidate, first = false) {
  if (!first) addAlias(app, c.name, c.source, c.source === 'entra' ? 'entra' : 'name');
  for (const [text, source, kind] of c.aliases) addAlias(app, text, source, kind);
  for (const d of c.domains) addDomain(app, d, c.domainSource ?? c.source);
  if (!app.vendor && c.vendor) {
    app.vendor = c.vendor;
    app.vendorSource = c.source;
  }
  if (c.category && (!app.category || CATEGORY_RANK[c.categorySource ?? c.source] < CATEGORY_RANK[app.categorySource ?? 'default'])) {
    app.category = c.category;
    app.categorySource = c.categorySource ?? c.source;
  }
  addKeywords(app, c.keywords, c.source);
  if (c.sso) app.sso.add(c.source);
  if (c.scim) app.scim.add(c.source);
  if (c.ssoTax && !app.ssoTax) app.ssoTax = c.ssoTax;
  app.refs.push(c.ref);
  indexNames(app, c.nameKeys);
  const words = normaliseAlias(c.name);
  if (words.split(' ').length >= 2 && !app.prefixNames.includes(words)) app.prefixNames.push(words);
}

function compatible(c: Candidate, app: App): boolean {
  if (!c.domains.length || !app.domains.length || c.domains.some((d) => app.domains.includes(d))) return true;
  // "Salesforce Marketing Cloud Account Engagement" on salesforce.com is the curated app of vendor Salesforce on pardot.com.
  return c.domains.every((d) => multiDomains.has(d) && DOMAIN_VENDORS[d] !== undefined && DOMAIN_VENDORS[d] === app.vendor);
}

function resolve(c: Candidate): App | undefined {
  for (const d of c.domains) if (!multiDomains.has(d)) {
    const owner = domainOwner.get(d);
    if (owner) return owner;
  }
  for (const k of c.nameKeys) for (const app of nameIndex.get(k) ?? []) if (compatible(c, app)) return app;
  // On a multi-product domain, "Google Analytics Enhanced eCommerce" joins "Google Analytics".
  const words = normaliseAlias(c.name);
  let best: App | undefined;
  let bestLength = 0;
  for (const d of c.domains) if (multiDomains.has(d)) {
    for (const app of domainApps.get(d) ?? []) for (const p of app.prefixNames) {
      if ((words === p || words.startsWith(`${p} `)) && p.length > bestLength) {
        best = app;
        bestLength = p.length;
      }
    }
  }
  return best;
}

function addOrMerge(c: Candidate): App {
  const found = resolve(c);
  if (found) {
    mergeInto(found, c);
    return found;
  }
  return createApp(c);
}

function regDomains(values: readonly string[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    const d = registrableDomain(v);
    if (d && !out.includes(d)) out.push(d);
  }
  return out;
}
function isMarketplace(url: string): boolean {
  const host = hostOf(url);
  if (!host) return false;
  const rest = url.replace(/^[a-z]+:\/\//i, '').replace(/^www\./i, '').toLowerCase();
  return MARKETPLACE_PREFIXES.some((p) => rest.startsWith(p));
}
function categoryFromName(name: string): { category: Category; source: CatalogProvenance } {
  for (const [re, category] of NAME_CATEGORY_RULES) if (re.test(name)) return { category, source: 'rule' };
  return { category: 'productivity', source: 'default' };
}

// ---------------------------------------------------------------------------------------------------
// 1. Curated core.

const curatedFile = path.join(ROOT, 'scripts', 'catalog', 'curated-core.ts');
{
  const usage = new Map<string, number>();
  for (const c of CURATED_APPS) for (const d of regDomains(c.domains)) usage.set(d, (usage.get(d) ?? 0) + 1);
  for (const [d, n] of usage) if (n > 1) multiDomains.add(d);
  const seenKeys = new Map<string, string>();
  for (const c of CURATED_APPS) {
    const k = nameKey(c.name);
    if (seenKeys.has(k)) throw new Error(`curated core: "${c.name}" and "${seenKeys.get(k)}" have the same name key`);
    seenKeys.set(k, c.name);
  }
  for (const c of CURATED_APPS) {
    const aliases: CatalogAlias[] = [];
    for (const a of c.aliases) {
      aliases.push([a.text, 'cur', a.kind]);
      if ((a.kind === 'legal' || a.kind === 'billing') && a.text.length > DESCRIPTOR_LENGTH) {
        aliases.push([a.text.slice(0, DESCRIPTOR_LENGTH).trim(), 'cur', 'billing']);
      }
    }
    const matchNames = [c.name, ...c.aliases.filter((a) => a.kind === 'name' || a.kind === 'former').map((a) => a.text)];
    if (c.vendor !== c.name && !normaliseAlias(c.name).startsWith(normaliseAlias(c.vendor))) matchNames.push(`${c.vendor} ${c.name}`);
    createApp(
      {
        source: 'cur',
        ref: `cur:${c.name}`,
        name: c.name,
        vendor: c.vendor,
        domains: regDomains(c.domains),
        category: c.category,
        categorySource: 'cur',
        keywords: c.keywords,
        aliases,
        nameKeys: keysOf(...matchNames),
      },
      true,
    );
  }
}
const curatedCount = apps.length;
const appById = (id: string) => apps.find((a) => a.curated && slugify(a.name) === id);

// ---------------------------------------------------------------------------------------------------
// Simple Icons and gilbarbara/logos indexes (used to fill domains and enrich).

type BrandEntry = { source: 'si' | 'gb'; ref: string; names: string[]; domain?: string; color?: string; aliases: string[] };
const brands: BrandEntry[] = [];
const siProv = provenance('simple-icons');
const gbProv = provenance('gilbarbara-logos');
{
  const si = JSON.parse(read('simple-icons/simple-icons.json')) as {
    title: string;
    slug?: string;
    hex?: string;
    source?: string;
    aliases?: { aka?: string[]; dup?: { title: string }[]; loc?: Record<string, string> };
  }[];
  for (const e of si) {
    const aliases = [...(e.aliases?.aka ?? []), ...(e.aliases?.dup ?? []).map((d) => d.title), ...Object.values(e.aliases?.loc ?? {})];
    // The logo source is a vendor domain only when its label is the brand's name (not github.com, wikimedia…).
    const d = e.source ? registrableDomain(e.source) : null;
    const domain = d && [e.title, e.slug ?? '', ...aliases].some((n) => nameKey(n) === nameKey(domainLabel(d))) ? d : undefined;
    brands.push({ source: 'si', ref: `si:${e.slug ?? slugify(e.title)}`, names: [e.title], domain, color: e.hex, aliases });
  }
  const gb = JSON.parse(read('gilbarbara-logos/logos.json')) as { name: string; shortname: string; url?: string }[];
  for (const e of gb) {
    const domain = e.url && !isMarketplace(e.url) ? (registrableDomain(e.url) ?? undefined) : undefined;
    brands.push({ source: 'gb', ref: `gb:${e.shortname}`, names: [e.name], domain: domain && !OPEN_SOURCE_HOSTS.has(domain) ? domain : undefined, aliases: [] });
  }
}
const brandIndex = new Map<string, BrandEntry[]>();
for (const b of brands) for (const k of keysOf(...b.names)) push(brandIndex, k, b);
/** A domain for a name-only candidate, when exactly one brand entry of that name gives one. */
function brandDomain(names: readonly string[]): { domain: string; source: 'si' | 'gb' } | undefined {
  for (const k of keysOf(...names)) {
    // The domain must look like the name ("evergreen.segment.com" is not Evergreen's own domain).
    const hits = (brandIndex.get(k) ?? []).filter((b) => {
      const label = b.domain ? nameKey(domainLabel(b.domain)) : '';
      return label.length >= 2 && (k.startsWith(label) || label.startsWith(k));
    });
    const domains = [...new Set(hits.map((b) => b.domain!))];
    if (domains.length === 1) return { domain: domains[0], source: hits.find((b) => b.source === 'gb')?.source ?? hits[0].source };
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// 2. webappanalyzer.

const waProv = provenance('webappanalyzer');
let waKept = 0;
let waTotal = 0;
{
  const categories = JSON.parse(read('webappanalyzer/categories.json')) as Record<string, { name: string; priority: number }>;
  read('webappanalyzer/groups.json');
  type Tech = { cats?: number[]; website?: string; description?: string; saas?: boolean; oss?: boolean };
  const techs: [string, Tech][] = [];
  for (const f of readdirSync(path.join(SOURCES, 'webappanalyzer', 'technologies')).filter((f) => f.endsWith('.json')).sort()) {
    techs.push(...Object.entries(JSON.parse(read(`webappanalyzer/technologies/${f}`)) as Record<string, Tech>));
  }
  waTotal = techs.length;
  const candidates: { c: Candidate; group: string; rank: number }[] = [];
  for (const [key, t] of techs) {
    const name = key.trim();
    const cats = (t.cats ?? []).filter((id) => WA_CATEGORIES[id]);
    const kept = cats.filter((id) => WA_CATEGORIES[id].mode !== 'drop' && (t.saas || WA_CATEGORIES[id].mode === 'keep'));
    if (!kept.length || (!t.saas && t.oss)) continue;
    const website = WA_DOMAIN_OVERRIDES[name] ?? t.website ?? '';
    const marketplace = isMarketplace(website);
    const domain = marketplace ? null : registrableDomain(website);
    if (!t.saas && (marketplace || !domain || OPEN_SOURCE_HOSTS.has(domain))) continue;
    if (domain && OPEN_SOURCE_HOSTS.has(domain) && !marketplace) continue;
    const specific = kept.filter((id) => !WA_GENERIC.has(id));
    const pick = (specific.length ? specific : kept).slice().sort((a, b) => (categories[a]?.priority ?? 9) - (categories[b]?.priority ?? 9))[0];
    const keywords: string[] = [];
    for (const id of kept) for (const k of WA_CATEGORIES[id].keywords ?? []) if (!keywords.includes(k)) keywords.push(k);
    for (const [re, k] of DESCRIPTION_KEYWORDS) if (t.description && re.test(t.description) && !keywords.includes(k)) keywords.push(k);
    const c: Candidate = {
      source: 'wa',
      ref: `wa:${name}`,
      name,
      vendor: domain && multiDomains.has(domain) ? DOMAIN_VENDORS[domain] : undefined,
      domains: domain ? [domain] : [],
      category: WA_CATEGORIES[pick].category!,
      categorySource: 'wa',
      keywords,
      aliases: [],
      nameKeys: keysOf(name),
    };
    const group = domain && !multiDomains.has(domain) ? domain : `~${nameKey(name)}`;
    const rank = domain && nameKey(name) === nameKey(domainLabel(domain)) ? 0 : 1;
    candidates.push({ c, group, rank });
  }
  candidates.sort((a, b) => (a.group < b.group ? -1 : a.group > b.group ? 1 : a.rank - b.rank || a.c.name.length - b.c.name.length || (a.c.name < b.c.name ? -1 : a.c.name > b.c.name ? 1 : 0)));
  for (const { c } of candidates) addOrMerge(c);
  waKept = candidates.length;
}

// ---------------------------------------------------------------------------------------------------
// 3. SSO Wall of Shame.

const ssoProv = provenance('sso-wall-of-shame');
let ssoCount = 0;
{
  const files = readdirSync(path.join(SOURCES, 'sso-wall-of-shame', 'vendors')).filter((f) => /\.ya?ml$/.test(f)).sort();
  for (const f of files) {
    const v = parseFlatYaml(read(`sso-wall-of-shame/vendors/${f}`));
    const name = (v.name ?? '').trim();
    if (!name) continue;
    ssoCount++;
    const domains = v.vendor_url ? regDomains([v.vendor_url]) : [];
    const c: Candidate = {
      source: 'sso',
      ref: `sso:${f.replace(/\.ya?ml$/, '')}`,
      name,
      domains,
      keywords: [],
      aliases: [],
      nameKeys: keysOf(name),
      sso: true,
      ssoTax: {
        base: v.base_pricing ?? '',
        sso: v.sso_pricing ?? '',
        ...(/\d/.test(v.percent_increase ?? '') ? { increase: v.percent_increase } : {}),
        asOf: v.updated_at ?? '',
        ...(v.pricing_source ? { pricingUrl: v.pricing_source } : {}),
      },
    };
    if (!resolve(c)) {
      const fill = domains.length ? undefined : brandDomain([name]);
      if (fill) {
        c.domains = [fill.domain];
        c.domainSource = fill.source;
      }
      const cat = categoryFromName(name);
      c.category = cat.category;
      c.categorySource = cat.source;
    }
    addOrMerge(c);
  }
}

// ---------------------------------------------------------------------------------------------------
// 4. Microsoft Entra gallery (SSO and provisioning tutorials).

const entraProv = provenance('entra-saas-apps');
let entraRows = 0;
/** Clean a gallery name: "Fareharbor SAML SSO" → "Fareharbor"; "Cloud Academy(renamed QA)" → "QA" (former "Cloud Academy"). */
function cleanEntraName(raw: string): { name: string; former?: string } | null {
  let s = raw.replace(/Â/g, '').replace(/[®™]/g, '').replace(/\s+/g, ' ').trim();
  if (/^Application proxy|Easy Button|^Tutorial\b|^(OpenID Connect|OIDC|SAML|Generic|Bookmark|Linked sign-on)\b/i.test(s)) return null;
  // HR-driven provisioning connectors ("Workday to Active Directory", "SAP SuccessFactors Writeback") are the HR app.
  s = s.replace(/\s+(to|inbound to) (on-premises )?(Active Directory|Microsoft Entra ID|Azure AD|Microsoft Entra)( (user )?provisioning)?$/i, '').replace(/\s+Writeback$/i, '');
  let former: string | undefined;
  const renamed = /\s*\(renamed (?:to )?([^)]+)\)/i.exec(s);
  if (renamed) {
    former = s.replace(renamed[0], '').trim();
    s = renamed[1].trim();
  }
  s = s.replace(/\s*\((Deprecated|Legacy|Preview|Classic|by [^)]+)\)/gi, '').replace(/^(SSO|SAML SSO|Single Sign-On) for /i, '').replace(/^EasySSO for .*/i, 'EasySSO').replace(/^Active Directory SSO for /i, '');
  const suffixes = [
    /\s*\((SAML|SAML2?|SAML 2\.0|OIDC|SSO|OpenID Connect|SCIM|SAML SSO)\)$/i,
    /\s+(by|for|with|using|and) (Microsoft Entra ID|Microsoft Entra|Azure AD|Azure Active Directory|Microsoft)$/i,
    /\s*[-–:]?\s*(SAML ?2?(\.0)?|SAML SSO|SAML Federated SSO|SSO|OIDC|OpenID Connect|Single Sign[- ]?On|SAML Integration|SSO Integration|SAML Authentication|Saml2 SSO|SAML2\.0 SSO( for [\w ]+)?|Connector|Provisioning|SCIM( Connector)?|User Provisioning|Integration|Data Connector|SAML Connection|SSO Connection|Connection)$/i,
  ];
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of suffixes) {
      const next = s.replace(re, '').trim();
      if (next !== s && next.length >= 2) {
        s = next;
        changed = true;
      }
    }
  }
  s = s.replace(/[\s\-–:,]+$/, '').trim();
  return s.length >= 2 ? { name: s, former } : null;
}
/** A looser form for matching only: edition words dropped ("Dropbox Business" → "Dropbox"). */
function entraLoose(name: string): string {
  return name.replace(/\s+(Enterprise Edition|Enterprise|Business|Cloud|Online|Edition|for Business|Platform|Sandbox|Government|Gov|Portal|App|Suite)$/i, '').trim();
}
/** One-word product names that are also everyday words: too loose to match an edition by its first word. */
const COMMON_WORDS = new Set(
  ('abstract adjust affinity affirm aspire attentive branch bubble buffer census chameleon chorus conductor convert copper cordial ' +
    'cursor degreed delighted deputy diligent doodle fountain funnel groove guideline handshake harness harvest harvey height homebase ' +
    'honeycomb hunter indeed insider intruder lattice linear litmus looker medium mention mercury motion namely nimble observable oyster ' +
    'paddle persona phrase pigment pulley qualified railway recharge relativity remote render replicate responsive reveal runway sanity ' +
    'scribe segment sentry shortcut shorthand singular sketch splash spline square sterling stitch streak stream surfer terminus tropic ' +
    'vertex writer postmark people control arena evidence huddle clever marker civic zero origami tulip locus workshop nomadic ' +
    'evergreen genius pulse spark beacon compass anchor atlas bridge summit pilot frontier horizon nexus orbit quest vision focus ' +
    'flow insight signal people impact canvas slate ally boost bloom echo elevate engage hub nova pivot prism radar relay').split(' '),
);
/** The curated app whose name is the longest word prefix of `name` (two or more words, or one distinctive word or acronym). */
function curatedByPrefix(name: string): App | undefined {
  const words = normaliseAlias(name).split(' ');
  const acronym = /^[A-Z0-9]{3,}\b/.test(name); // "ON24 Virtual Environment", "ADP Globalview"
  for (let n = words.length - 1; n >= 1; n--) {
    const key = nameKey(words.slice(0, n).join(' '));
    if (n === 1 && !acronym && (key.length < 6 || COMMON_WORDS.has(key))) continue;
    const hits = (nameIndex.get(key) ?? []).filter((a) => a.curated);
    if (hits.length === 1) return hits[0];
  }
  return undefined;
}
{
  const rows = readTable(path.join(SOURCES, 'entra-saas-apps', 'toc-apps.tsv'), '\t');
  inputFiles.set('sources/entra-saas-apps/toc-apps.tsv', readFileSync(path.join(SOURCES, 'entra-saas-apps', 'toc-apps.tsv')));
  entraRows = rows.length;
  type EntraApp = { name: string; raws: string[]; former: string[]; sso: boolean; scim: boolean; tutorials: string[] };
  const byKey = new Map<string, EntraApp>();
  for (const r of rows) {
    const cleaned = cleanEntraName(r.name ?? '');
    if (!cleaned) continue;
    const key = nameKey(cleaned.name) || cleaned.name.toLowerCase();
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { name: cleaned.name, raws: [], former: [], sso: false, scim: false, tutorials: [] }));
    if (!e.raws.includes(r.name)) e.raws.push(r.name);
    if (cleaned.former && !e.former.includes(cleaned.former)) e.former.push(cleaned.former);
    if (r.section === 'sso') e.sso = true;
    if (r.section === 'provisioning') e.scim = true;
    const tut = r.tutorial.includes('.md') || r.tutorial.includes('#') || r.tutorial.startsWith('/') || r.tutorial.startsWith('~/') ? r.tutorial : `${r.tutorial}-tutorial.md`;
    if (!e.tutorials.includes(tut)) e.tutorials.push(tut);
  }
  for (const e of byKey.values()) {
    const loose = entraLoose(e.name);
    // An everyday word ("Arena", "Huddle", "Control") names many products: it joins only the curated app of
    // exactly that name; otherwise the gallery entry is an app of its own.
    const words = normaliseAlias(e.name).split(' ');
    const everyday = words.length === 1 && COMMON_WORDS.has(words[0]);
    const c: Candidate = {
      source: 'entra',
      ref: `entra:${e.tutorials[0]}`,
      name: e.name,
      domains: [],
      keywords: [],
      aliases: [...e.raws.filter((r) => r !== e.name).map((r): CatalogAlias => [r, 'entra', 'entra']), ...e.former.map((f): CatalogAlias => [f, 'entra', 'former'])],
      nameKeys: everyday ? [] : keysOf(e.name, ...e.former, ...(loose !== e.name ? [loose] : [])),
      sso: e.sso,
      scim: e.scim,
    };
    let app = everyday ? apps.find((a) => a.curated && normaliseAlias(a.name) === words[0]) : resolve(c);
    if (!app && !everyday) {
      const fill = brandDomain([e.name, loose]);
      if (fill) {
        c.domains = [fill.domain];
        c.domainSource = fill.source;
        app = resolve(c);
      }
    }
    // "Khoros Care", "Zscaler Internet Access ZSNet", "New Relic by Account" are editions of a curated app.
    if (!app && !everyday && !c.domains.length) app = curatedByPrefix(e.name);
    if (app) mergeInto(app, c);
    else {
      const cat = categoryFromName(e.name);
      c.category = cat.category;
      c.categorySource = cat.source;
      app = createApp(c);
    }
    for (const t of e.tutorials.slice(1)) app.refs.push(`entra:${t}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// 5. Simple Icons and gilbarbara/logos: aliases, missing domains, brand colour (never new apps).

{
  const byCanonical = new Map<string, App[]>();
  for (const app of apps) push(byCanonical, nameKey(app.name), app);
  for (const b of brands) {
    const key = nameKey(b.names[0]);
    let hits = byCanonical.get(key) ?? [];
    if (hits.length > 1) hits = hits.filter((a) => b.domain && a.domains.includes(b.domain));
    if (hits.length !== 1) continue;
    const app = hits[0];
    if (b.domain && app.domains.length && !app.domains.includes(b.domain) && !multiDomains.has(app.domains[0])) continue; // another brand of the same name
    app.refs.push(b.ref);
    if (b.domain && !app.domains.length) addDomain(app, b.domain, b.source);
    if (b.color && !app.color) app.color = b.color.toUpperCase();
    for (const a of b.aliases) addAlias(app, a, b.source, 'aka');
  }
}

// ---------------------------------------------------------------------------------------------------
// 6. Microsoft first-party app names → aliases of the Microsoft product apps.

const msProv = provenance('microsoft-first-party-apps');
const msAppIds = new Map<string, App>();
let msRows = 0;
let msAliases = 0;
{
  const targets = new Map<string, App>();
  for (const [, id] of MS_ROLLUP) {
    const app = appById(id);
    if (!app) throw new Error(`Microsoft roll-up target "${id}" is not a curated app`);
    targets.set(id, app);
  }
  const fallback = appById(MS_FALLBACK);
  if (!fallback) throw new Error(`Microsoft fallback "${MS_FALLBACK}" is not a curated app`);
  const seenRef = new Set<App>();
  for (const file of ['MicrosoftApps.csv', 'OtherMicrosoftApps.csv']) {
    const rows = parseCsv(read(`microsoft-first-party-apps/${file}`));
    const header = rows[0];
    const iId = header.indexOf('AppId');
    const iName = header.indexOf('AppDisplayName');
    const iSource = header.indexOf('Source');
    for (const r of rows.slice(1)) {
      msRows++;
      const appId = (r[iId] ?? '').trim().toLowerCase();
      const source = (r[iSource] ?? '').trim();
      const name = (r[iName] ?? '')
        .replace(/\s*\[Community Contributed\]/gi, '')
        .replace(/\s*-\s*DEPRECATED$/i, '')
        .replace(/_\d+$/, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (name.length < 2 || MS_SKIP.some((re) => re.test(name)) || (source === 'EntraDocs' && MS_ROLE.test(name))) continue;
      // A Microsoft app of that exact name, else the product rules, else a non-Microsoft app of that name
      // ("Marketo", "Amazon Business" appear in the list), else Microsoft's own services.
      const cleaned = cleanEntraName(name)?.name ?? name;
      const hits = keysOf(cleaned).flatMap((k) => nameIndex.get(k) ?? []);
      const spaced = name.replace(/([a-z])([A-Z])/g, '$1 $2');
      const rule = MS_ROLLUP.find(([re]) => re.test(name) || re.test(spaced));
      const target =
        hits.find((a) => a.vendor === 'Microsoft') ?? (rule ? targets.get(rule[1]) : undefined) ?? hits[0] ?? fallback;
      const before = target.aliases.length;
      addAlias(target, name, 'ms', 'ms1p');
      if (target.aliases.length > before) msAliases++;
      if (!seenRef.has(target)) {
        seenRef.add(target);
        target.refs.push('ms:microsoft-info');
      }
      if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(appId) && !msAppIds.has(appId)) msAppIds.set(appId, target);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// 7. Finish: vendors, categories, ids; write the files.

for (const app of apps) {
  if (!app.vendor) {
    const parent = app.domains.find((d) => multiDomains.has(d) && DOMAIN_VENDORS[d]);
    if (parent && app.nameSource !== 'cur') {
      app.vendor = DOMAIN_VENDORS[parent];
      app.vendorSource = 'rule';
    } else {
      app.vendor = app.name;
      app.vendorSource = app.nameSource;
    }
  }
  if (!app.category) {
    const cat = categoryFromName(app.name);
    app.category = cat.category;
    app.categorySource = cat.source;
  }
}

// Ids: slug of the name; the first app (curated first, then source order) keeps the plain slug.
{
  const taken = new Set<string>();
  for (const app of apps) {
    const base = slugify(app.name) !== 'app' ? slugify(app.name) : app.domains[0] ? slugify(app.domains[0]) : 'app';
    let id = base;
    if (taken.has(id) && app.domains[0]) id = `${base}-${slugify(app.domains[0])}`;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    app.id = id;
  }
}

const records: CatalogAppRecord[] = apps
  .map((app): CatalogAppRecord => {
    const r: CatalogAppRecord = {
      id: app.id!,
      name: app.name,
      vendor: app.vendor!,
      domain: app.domains[0] ?? null,
      domains: app.domains.slice(1),
      category: app.category!,
      keywords: app.keywords,
      aliases: app.aliases,
      src: {
        name: app.nameSource,
        vendor: app.vendorSource!,
        ...(app.domainSource ? { domain: app.domainSource } : {}),
        category: app.categorySource!,
        keywords: [...app.keywordSources],
      },
      refs: app.refs,
    };
    if (app.sso.size) {
      r.sso = true;
      r.src.sso = [...app.sso];
    }
    if (app.scim.size) {
      r.scim = true;
      r.src.scim = [...app.scim];
    }
    if (app.ssoTax) r.ssoTax = app.ssoTax;
    if (app.color) {
      r.color = app.color;
      r.src.color = 'si';
    }
    return r;
  })
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

// MCC codes.
const mccProv = provenance('mcc-codes');
const mcc: Record<string, Omit<MccEntry, 'code'>> = {};
for (const row of readTable(path.join(SOURCES, 'mcc-codes', 'mcc_codes.csv'))) {
  const code = row.mcc.padStart(4, '0');
  if (!/^\d{4}$/.test(code) || mcc[code]) continue;
  const description = (row.edited_description || row.combined_description || row.irs_description).replace(/\s+/g, ' ').trim();
  const { kind, group } = classifyMcc(code);
  mcc[code] = { description, kind, ...(group ? { group } : {}) };
}
inputFiles.set('sources/mcc-codes/mcc_codes.csv', readFileSync(path.join(SOURCES, 'mcc-codes', 'mcc_codes.csv')));
// An array, not an object: JS orders integer-like keys ("1520") before "0742".
const mccSorted = Object.entries(mcc).sort(([a], [b]) => (a < b ? -1 : 1));

// Meta.
for (const f of readdirSync(path.join(ROOT, 'scripts', 'catalog')).sort()) inputFiles.set(`scripts/catalog/${f}`, readFileSync(path.join(ROOT, 'scripts', 'catalog', f)));
inputFiles.set('scripts/build-catalog.ts', readFileSync(path.join(ROOT, 'scripts', 'build-catalog.ts')));
const hash = createHash('sha256');
for (const [name, buf] of [...inputFiles].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(name).update('\0').update(buf).update('\0');

const allDates = [waProv, entraProv, siProv, gbProv, msProv, ssoProv, mccProv].flatMap((p) => p.dates).concat(CURATED_VERSION);
const bySource = Object.fromEntries(CATALOG_SOURCES.map((s) => [s, records.filter((r) => r.refs.some((ref) => ref.startsWith(`${s}:`))).length])) as Record<CatalogSource, number>;
const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, records.filter((r) => r.category === c).length]));
const sources: CatalogSourceInfo[] = [
  { code: 'cur', name: 'Tandem curated core', url: 'scripts/catalog/curated-core.ts', version: CURATED_VERSION, licence: 'AGPL-3.0-or-later', records: CURATED_APPS.length },
  { code: 'wa', name: 'webappanalyzer', url: 'https://github.com/enthec/webappanalyzer', version: waProv.version, licence: 'GPL-3.0', records: waTotal },
  { code: 'entra', name: 'Microsoft Entra SaaS-app tutorials (MicrosoftDocs/entra-docs)', url: 'https://github.com/MicrosoftDocs/entra-docs', version: entraProv.version, licence: 'CC-BY-4.0', records: entraRows },
  { code: 'si', name: 'Simple Icons', url: 'https://github.com/simple-icons/simple-icons', version: siProv.version, licence: 'CC0-1.0', records: brands.filter((b) => b.source === 'si').length },
  { code: 'gb', name: 'gilbarbara/logos', url: 'https://github.com/gilbarbara/logos', version: gbProv.version, licence: 'CC0-1.0', records: brands.filter((b) => b.source === 'gb').length },
  { code: 'ms', name: 'merill/microsoft-info', url: 'https://github.com/merill/microsoft-info', version: msProv.version, licence: 'MIT', records: msRows },
  { code: 'sso', name: 'SSO Wall of Shame', url: 'https://github.com/robchahin/sso-wall-of-shame', version: ssoProv.version, licence: 'Apache-2.0', records: ssoCount },
];
const meta: CatalogMeta = {
  formatVersion: FORMAT_VERSION,
  dataDate: allDates.sort().at(-1)!,
  inputHash: hash.digest('hex'),
  counts: {
    apps: records.length,
    aliases: records.reduce((n, r) => n + r.aliases.length, 0),
    curated: curatedCount,
    withSso: records.filter((r) => r.sso).length,
    withScim: records.filter((r) => r.scim).length,
    withDomain: records.filter((r) => r.domain).length,
    bySource,
    byCategory,
    mcc: mccSorted.length,
    microsoftAppIds: msAppIds.size,
  },
  sources,
  categoryKeywords: CATEGORY_KEYWORDS,
};

// Write.
mkdirSync(path.join(OUT, 'licenses'), { recursive: true });
const write = (name: string, text: string) => writeFileSync(path.join(OUT, name), text);
write('apps.json', `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`);
write('mcc.json', `{\n${mccSorted.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n')}\n}\n`);
write(
  'microsoft-app-ids.json',
  `{\n${[...msAppIds].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, app]) => `${JSON.stringify(k)}:${JSON.stringify(app.id)}`).join(',\n')}\n}\n`,
);
write('meta.json', `${JSON.stringify(meta, null, 2)}\n`);
const licences: [string, string][] = [
  ['webappanalyzer/LICENSE', 'webappanalyzer-GPL-3.0.txt'],
  ['sso-wall-of-shame/LICENSE', 'sso-wall-of-shame-Apache-2.0.txt'],
  ['microsoft-first-party-apps/LICENSE', 'microsoft-info-MIT.txt'],
  ['simple-icons/LICENSE.md', 'simple-icons-CC0-1.0.md'],
  ['simple-icons/DISCLAIMER.md', 'simple-icons-DISCLAIMER.md'],
  ['gilbarbara-logos/LICENSE.txt', 'gilbarbara-logos-CC0-1.0.txt'],
  ['mcc-codes/LICENSE.txt', 'mcc-codes-Unlicense.txt'],
];
for (const [from, to] of licences) {
  if (existsSync(path.join(SOURCES, from))) writeFileSync(path.join(OUT, 'licenses', to), readFileSync(path.join(SOURCES, from)));
}

console.log(
  `catalog: ${records.length} apps (${curatedCount} curated; webappanalyzer ${waKept} kept of ${waTotal}; ${bySource.entra} with Entra; ${bySource.sso} with SSO Wall), ` +
    `${meta.counts.aliases} aliases (${msAliases} Microsoft first-party), ${meta.counts.withSso} with SSO, ${meta.counts.withScim} with SCIM, ` +
    `${meta.counts.mcc} MCC codes, ${msAppIds.size} Microsoft app ids → ${path.relative(ROOT, OUT)}/`,
);
