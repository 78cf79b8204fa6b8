import type { CatalogInput } from './catalog-shape.js';
import { LEGAL_SUFFIXES } from './lexicon.js';
import { normalise } from './normalise.js';
import { TRIGRAM_SPACE, canonical, compact, dice, domainLabel, isDomain, registrableDomain, trigrams } from './text.js';

/** A short text prepared for repeated similarity checks: its words and its trigram ids. */
export interface Phrase {
  text: string;
  words: string[];
  tg: number[];
}

export function phrase(text: string): Phrase {
  return { text, words: text.split(' '), tg: trigrams(text, []) };
}

export type KeySource = 'name' | 'alias' | 'domain' | 'vendor' | 'billing';

/** One way to name an app: its canonical name, an alias, a domain, its vendor (single-app vendors). */
export interface Key {
  app: number;
  source: KeySource;
  /** As written in the catalog, for reasons. */
  original: string;
}

export interface IndexedApp {
  id: string;
  name: string;
  vendor: string;
  vendorKey: string;
  category: string;
}

/**
 * Everything the matcher looks up, built once per catalog: canonical key → apps, compact key → apps,
 * domain → apps, vendor → apps, sorted compact keys for prefix look-ups (cut-off descriptors), and
 * trigram postings over the keys for fuzzy matching without scanning the catalog.
 */
export interface CatalogIndex {
  apps: IndexedApp[];
  byId: Map<string, number>;
  exact: Map<string, Key[]>;
  compactKeys: Map<string, Key[]>;
  domains: Map<string, number[]>;
  vendors: Map<string, number[]>;
  /** Sorted compact keys (length ≥ 4) and their apps, for "starts with" look-ups. */
  sortedCompact: string[];
  sortedCompactApps: number[][];
  /** Fuzzy: the keys, their app, their trigram count, and postings trigram id → key ids. */
  fuzzyKeys: string[];
  fuzzyApp: Int32Array;
  fuzzyLen: Int32Array;
  postings: (Int32Array | undefined)[];
  /** 1 for trigrams too common to count. */
  stop: Uint8Array;
  /** Per app, its keys without the vendor's words (for "Adobe … creative cld" within a vendor). */
  vendorFreeKeys: Phrase[][];
  buildMs: number;
}

const VENDOR_NOISE = new Set(['the', 'software', 'technologies', 'technology', 'labs', 'systems', 'hq', 'group', 'holdings', 'international', 'platforms', 'ai']);

const VENDOR_KEYS_PER_APP = 16;

export function vendorKey(vendor: string): string {
  const t = canonical(vendor).split(' ').filter(Boolean);
  while (t.length > 1 && (LEGAL_SUFFIXES.has(t[t.length - 1]) || VENDOR_NOISE.has(t[t.length - 1]))) t.pop();
  return t.join(' ');
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

export function buildIndex(catalog: CatalogInput): CatalogIndex {
  const t0 = performance.now();
  const apps: IndexedApp[] = [];
  const byId = new Map<string, number>();
  const exact = new Map<string, Key[]>();
  const compactKeys = new Map<string, Key[]>();
  const domains = new Map<string, number[]>();
  const vendors = new Map<string, number[]>();
  const perApp: Set<string>[] = [];

  const addKey = (key: string, k: Key) => {
    if (!key) return;
    const list = exact.get(key);
    if (list?.some((x) => x.app === k.app)) return;
    push(exact, key, k);
    perApp[k.app].add(key);
    const c = compact(key);
    if (c.length >= 3) {
      const cl = compactKeys.get(c);
      if (!cl?.some((x) => x.app === k.app)) push(compactKeys, c, k);
    }
  };

  for (const a of catalog.apps) {
    if (byId.has(a.id)) continue;
    const idx = apps.length;
    const vk = vendorKey(a.vendor || a.name);
    apps.push({ id: a.id, name: a.name, vendor: a.vendor, vendorKey: vk, category: a.category });
    byId.set(a.id, idx);
    perApp.push(new Set());
    push(vendors, vk, idx);
    addKey(canonical(a.name), { app: idx, source: 'name', original: a.name });
    for (const d of a.domains ?? []) {
      // A domain with a path (vendor.com/product) is a page on the vendor's site, not the app's own domain.
      const clean = d.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '');
      if (clean.includes('/')) continue;
      const host = clean;
      if (!isDomain(host)) continue;
      const list = domains.get(host);
      if (!list?.includes(idx)) push(domains, host, idx);
      addKey(host, { app: idx, source: 'domain', original: host });
    }
    for (const alias of a.aliases ?? []) {
      const key = canonical(alias);
      addKey(key, { app: idx, source: 'alias', original: alias });
      // Raw billing descriptors in the catalog (PAYPAL *HUBSPOT, ZOOM.US 888-799-9666 CA) meet card text after normalisation.
      const n = normalise(alias, 'card');
      if (!n.hidden && n.text && n.text !== key) addKey(n.text, { app: idx, source: 'billing', original: alias });
    }
  }
  // A domain's label (zoom.us → zoom) is a key when one app owns the domain, no other key has the label,
  // and the label is not a vendor with several apps (intuit.com is not QuickBooks alone).
  const listed = [...domains];
  for (const [host, list] of listed) {
    if (list.length !== 1 || registrableDomain(host) !== host) continue;
    const label = domainLabel(host);
    if (label.length >= 4 && !exact.has(label) && (vendors.get(label)?.length ?? 0) <= 1) addKey(label, { app: list[0], source: 'domain', original: host });
  }
  // Registrable domains: a product's subdomain (workspace.google.com) also lists the app under google.com,
  // which then names several apps and decides nothing on its own.
  for (const [host, list] of listed) {
    const reg = registrableDomain(host);
    if (reg === host) continue;
    const at = domains.get(reg);
    if (!at) domains.set(reg, [...list]);
    else for (const a of list) if (!at.includes(a)) at.push(a);
  }
  // A vendor with one app is that app.
  for (const [vk, list] of vendors) {
    if (list.length === 1 && vk && !exact.has(vk)) addKey(vk, { app: list[0], source: 'vendor', original: apps[list[0]].vendor });
  }

  // Sorted compact keys for prefix search.
  const compactList = [...compactKeys.keys()].filter((k) => k.length >= 4).sort();
  const sortedCompactApps = compactList.map((k) => [...new Set(compactKeys.get(k)!.map((x) => x.app))]);

  // Trigram postings over keys that are words (not domains).
  const fuzzyKeys: string[] = [];
  const fuzzyAppList: number[] = [];
  const fuzzyLenList: number[] = [];
  const lists: number[][] = [];
  const tg: number[] = [];
  for (const [key, ks] of exact) {
    if (key.length < 3 || isDomain(key)) continue;
    const owners = [...new Set(ks.map((k) => k.app))];
    if (owners.length !== 1) continue;
    const id = fuzzyKeys.length;
    fuzzyKeys.push(key);
    fuzzyAppList.push(owners[0]);
    trigrams(key, tg);
    fuzzyLenList.push(tg.length);
    for (const t of tg) (lists[t] ??= []).push(id);
  }
  // Trigrams found in very many keys (" co", "ing", "  s") barely discriminate and make the postings long:
  // they are left out of the fuzzy score on both sides, and the key lengths count the rest.
  const stopAt = Math.max(64, Math.ceil(fuzzyKeys.length * 0.02));
  const postings: (Int32Array | undefined)[] = new Array(TRIGRAM_SPACE);
  const stop = new Uint8Array(TRIGRAM_SPACE);
  for (let t = 0; t < lists.length; t++) {
    const l = lists[t];
    if (!l) continue;
    if (l.length > stopAt) {
      stop[t] = 1;
      for (const id of l) fuzzyLenList[id]--;
    } else postings[t] = Int32Array.from(l);
  }

  const vendorFreeKeys = perApp.map((keys, i) => {
    if ((vendors.get(apps[i].vendorKey)?.length ?? 0) < 2) return [];
    const vwords = new Set(apps[i].vendorKey.split(' '));
    const out = new Map<string, Phrase>();
    for (const k of keys) {
      if (isDomain(k)) continue;
      const rest = k
        .split(' ')
        .filter((w) => !vwords.has(w))
        .join(' ');
      if (rest && !out.has(rest)) out.set(rest, phrase(rest));
      // The name and the first aliases are enough to tell a vendor's apps apart; an app with hundreds of
      // aliases (Microsoft 365 and its first-party app names) would otherwise dominate the time.
      if (out.size >= VENDOR_KEYS_PER_APP) break;
    }
    return [...out.values()];
  });

  return {
    apps,
    byId,
    exact,
    compactKeys,
    domains,
    vendors,
    sortedCompact: compactList,
    sortedCompactApps,
    fuzzyKeys,
    fuzzyApp: Int32Array.from(fuzzyAppList),
    fuzzyLen: Int32Array.from(fuzzyLenList),
    postings,
    stop,
    vendorFreeKeys,
    buildMs: performance.now() - t0,
  };
}

/** Apps whose compact keys start with `prefix` (binary search over the sorted keys). */
export function appsWithPrefix(ix: CatalogIndex, prefix: string, limit = 8): { apps: Set<number>; first: string | null } {
  const arr = ix.sortedCompact;
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (arr[mid] < prefix) lo = mid + 1;
    else hi = mid;
  }
  const apps = new Set<number>();
  let first: string | null = null;
  for (let i = lo; i < arr.length && arr[i].startsWith(prefix); i++) {
    first ??= arr[i];
    for (const a of ix.sortedCompactApps[i]) apps.add(a);
    if (apps.size > limit) break;
  }
  return { apps, first };
}

/** Scratch space for fuzzy look-ups, reused between calls (one per matcher; the matcher is synchronous). */
export class FuzzyScratch {
  counts: Int32Array;
  touched: Int32Array;
  tg: number[] = [];
  constructor(size: number) {
    this.counts = new Int32Array(size);
    this.touched = new Int32Array(size);
  }
}

export interface FuzzyHit {
  key: string;
  app: number;
  score: number;
}

/** Best key by trigram Dice similarity, using the postings (only keys sharing a trigram are touched). */
export function fuzzyBest(ix: CatalogIndex, text: string, scratch: FuzzyScratch, allowed?: ReadonlySet<number>): FuzzyHit | null {
  const tg = trigrams(text, scratch.tg);
  let qlen = 0;
  for (const t of tg) if (!ix.stop[t]) qlen++;
  if (qlen < 3) return null;
  const { counts, touched } = scratch;
  let nt = 0;
  for (const t of tg) {
    const list = ix.postings[t];
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const id = list[i];
      if (counts[id]++ === 0) touched[nt++] = id;
    }
  }
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < nt; i++) {
    const id = touched[i];
    const c = counts[id];
    counts[id] = 0;
    if (allowed && !allowed.has(ix.fuzzyApp[id])) continue;
    const score = (2 * c) / (qlen + ix.fuzzyLen[id]);
    if (score > bestScore || (score === bestScore && best >= 0 && ix.fuzzyKeys[id].length < ix.fuzzyKeys[best].length)) {
      bestScore = score;
      best = id;
    }
  }
  return best < 0 ? null : { key: ix.fuzzyKeys[best], app: ix.fuzzyApp[best], score: bestScore };
}

/** Similarity of two short texts (vendor-scoped matching): trigram Dice, or word prefixes (`sales nav` ~ `sales navigator`). */
export function similarity(a: Phrase, b: Phrase): number {
  const d = dice(a.tg, b.tg);
  const aw = a.words;
  const bw = b.words;
  if (aw.length <= bw.length) {
    let ok = true;
    for (let i = 0; i < aw.length && ok; i++) ok = aw[i].length >= 2 && bw[i].startsWith(aw[i]);
    if (ok) return Math.max(d, 0.75 + 0.25 * (aw.length / bw.length));
  }
  return d;
}
