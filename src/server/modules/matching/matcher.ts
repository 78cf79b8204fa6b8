import type { CatalogInput } from './catalog-shape.js';
import { FuzzyScratch, appsWithPrefix, buildIndex, fuzzyBest, phrase, similarity, type CatalogIndex, type Key } from './catalog-index.js';
import { COMMON_WORDS, NOISE_WORDS } from './lexicon.js';
import { normalise, type Normalised } from './normalise.js';
import { CATEGORY_WORDS, classifyMcc, classifyVendorCategory, findKeyword, findMerchant, type MccVerdict } from './not-software.js';
import { RuleSet, type RuleHit } from './rules.js';
import { compact, domainLabel, hostOf, isDomain, joinWords, registrableDomain } from './text.js';
import type { AliasRule, MatchInput, MatchKind, MatchMethod, MatchResult } from './types.js';

export interface MatcherOptions {
  /** Distinct (source, text, hints) answers kept; oldest dropped first. Default 100,000. */
  cacheSize?: number;
}

export interface Matcher {
  match(input: MatchInput): MatchResult;
  /** A matcher with other rules over the same catalog index (cheap: the index is shared, the cache is not). */
  withRules(rules: readonly AliasRule[]): Matcher;
  readonly index: CatalogIndex;
  cacheStats(): { size: number; hits: number; misses: number };
}

// Confidence by how the match was made. Exact ways are always above the fuzzy ones.
const C = {
  ruleExact: 1,
  rulePrefix: 0.98,
  rulePattern: 0.97,
  exact: 0.97,
  domainHint: 0.96,
  domain: 0.96,
  exactAfterProcessor: 0.95,
  compact: 0.93,
  vendorName: 0.93,
  alternative: 0.9,
  headExact: 0.9,
  prefixNoise: 0.92,
  domainInside: 0.88,
  truncated: 0.85,
  ordinaryWord: 0.86,
  inner: 0.72,
  fuzzyMax: 0.79,
  mcc: 0.95,
  merchant: 0.9,
  restaurantPos: 0.85,
  vendorCategory: 0.85,
  keyword: 0.8,
  transfer: 0.6,
} as const;

const GERUND: Record<string, string> = { removed: 'removing', took: 'taking', rolled: 'rolling', read: 'reading', set: 'setting', expanded: 'expanding' };
function gerund(step: string) {
  const sp = step.indexOf(' ');
  const verb = step.slice(0, sp);
  const g = GERUND[verb];
  return g ? g + step.slice(sp) : step;
}
/** " after removing phone number '…' and state 'ca'": the normalisation steps, for the reason. */
function stepsClause(n: Normalised): string {
  const steps = n.steps.filter((s) => GERUND[s.slice(0, s.indexOf(' '))]);
  if (!steps.length) return '';
  const shown = steps.length > 7 ? [...steps.slice(0, 6), `${steps.length - 6} more steps`] : steps;
  let prevVerb = '';
  const parts = shown.map((s) => {
    const g = gerund(s);
    const sp = g.indexOf(' ');
    const verb = g.slice(0, sp);
    const same = verb === prevVerb;
    prevVerb = verb;
    return same ? g.slice(sp + 1) : g;
  });
  return joinWords(parts);
}
function after(n: Normalised) {
  const c = stepsClause(n);
  return c ? ` after ${c}` : '';
}
/** For classifications: " (read as 'chipotle' after removing reference '1234')". */
function readAs(n: Normalised) {
  const c = stepsClause(n);
  return c ? ` (read as '${n.text}' after ${c})` : '';
}

interface Found {
  app: number;
  confidence: number;
  method: MatchMethod;
  reason: string;
  extra?: string[];
}

// One scratch buffer per index, shared by the matchers over it (matching is synchronous).
const scratches = new WeakMap<CatalogIndex, FuzzyScratch>();

export function createMatcher(catalog: CatalogInput | CatalogIndex, rules: readonly AliasRule[] = [], options: MatcherOptions = {}): Matcher {
  const index = 'exact' in catalog ? catalog : buildIndex(catalog);
  return makeMatcher(index, rules, options);
}

function makeMatcher(ix: CatalogIndex, ruleList: readonly AliasRule[], options: MatcherOptions): Matcher {
  const rules = new RuleSet(ruleList);
  const maxCache = options.cacheSize ?? 100_000;
  const cache = new Map<string, MatchResult>();
  const scratch = scratches.get(ix) ?? new FuzzyScratch(ix.fuzzyKeys.length);
  scratches.set(ix, scratch);
  let hits = 0;
  let misses = 0;

  const appRef = (i: number) => ({ id: ix.apps[i].id, name: ix.apps[i].name });

  function done(kind: MatchKind, app: number | null, confidence: number, method: MatchMethod, reasons: string[], n: Normalised, ruleId?: string): MatchResult {
    const r: MatchResult = {
      app: app === null ? null : Object.freeze(appRef(app)),
      kind,
      confidence: Math.round(Math.max(0, Math.min(1, confidence)) * 1000) / 1000,
      reasons: Object.freeze(reasons.length ? reasons : ['no rule, catalog entry or category applies']),
      normalised: n.text,
      method,
      ...(ruleId ? { ruleId } : {}),
    };
    return Object.freeze(r);
  }

  /** The one app a list of keys names, or null when they name several apps. */
  function owner(keys: readonly Key[] | undefined): Key | null {
    if (!keys?.length) return null;
    const first = keys[0];
    let same = true;
    for (let i = 1; i < keys.length && same; i++) same = keys[i].app === first.app;
    if (same) return first;
    // Several apps: a name beats an alias beats a domain, when that leaves one app.
    for (const pref of ['name', 'alias', 'billing'] as const) {
      const of = keys.filter((k) => k.source === pref);
      if (of.length && of.every((k) => k.app === of[0].app)) return of[0];
      if (of.length) return null;
    }
    return null;
  }

  function describeKey(k: Key): string {
    switch (k.source) {
      case 'name':
        return `the name '${k.original}'`;
      case 'domain':
        return `the domain '${k.original}'`;
      case 'vendor':
        return `the vendor name '${k.original}'`;
      case 'billing':
        return `the billing name '${k.original}'`;
      default:
        return `alias '${k.original}'`;
    }
  }

  function exactLookup(text: string): { key: Key; how: 'exact' | 'compact' | 'domain' } | null {
    const k = owner(ix.exact.get(text));
    if (k) return { key: k, how: k.source === 'domain' ? 'domain' : 'exact' };
    if (isDomain(text)) {
      const apps = ix.domains.get(text) ?? ix.domains.get(registrableDomain(text));
      if (apps?.length === 1) return { key: { app: apps[0], source: 'domain', original: text }, how: 'domain' };
      const label = owner(ix.exact.get(domainLabel(text)));
      if (label) return { key: label, how: 'exact' };
    }
    const c = compact(text);
    if (c.length >= 4) {
      const kc = owner(ix.compactKeys.get(c));
      if (kc) return { key: kc, how: 'compact' };
    }
    return null;
  }

  /** Among one vendor's apps, the one `rest` names best (`creative cld` → Creative Cloud). */
  function withinVendor(vendorApps: readonly number[], restText: string): { app: number; score: number; key: string } | null {
    // Plan, billing and environment words say nothing about which of the vendor's apps it is.
    const rest = restText
      .split(' ')
      .filter((w) => !NOISE_WORDS.has(w))
      .join(' ');
    if (!rest) return null;
    const p1 = phrase(rest);
    const p2 = rest === restText ? null : phrase(restText);
    let best: { app: number; score: number; key: string } | null = null;
    let second = 0;
    for (const a of vendorApps) {
      let s = 0;
      let key = '';
      for (const k of ix.vendorFreeKeys[a]) {
        const v = p2 ? Math.max(similarity(p1, k), similarity(p2, k)) : similarity(p1, k);
        if (v > s) [s, key] = [v, k.text];
      }
      if (!best || s > best.score) {
        second = best?.score ?? 0;
        best = { app: a, score: s, key };
      } else if (s > second) second = s;
    }
    if (!best || best.score < 0.5 || best.score - second < 0.1) return null;
    return best;
  }

  function vendorNames(apps: readonly number[]) {
    const names = apps.slice(0, 4).map((a) => ix.apps[a].name);
    return apps.length > 4 ? `${names.join(', ')}, …` : joinWords(names);
  }

  /** Is every word of `rest` noise, or a domain of the same app? */
  function restIsNoise(rest: readonly string[], app: number): boolean {
    for (const w of rest) {
      if (NOISE_WORDS.has(w) || /\d/.test(w)) continue; // plan words, or ids and numbers after the name
      if (isDomain(w)) {
        const apps = ix.domains.get(w) ?? ix.domains.get(registrableDomain(w));
        if (apps?.includes(app)) continue;
        const lk = owner(ix.exact.get(domainLabel(w)));
        if (lk?.app === app) continue;
      }
      return false;
    }
    return true;
  }

  /** An alias at the start of the text, longest first; the rest decides the confidence. */
  function leading(tokens: readonly string[], n: Normalised, label: string, nameSource: boolean): Found | null {
    for (let k = tokens.length - 1; k >= 1; k--) {
      const key = tokens.slice(0, k).join(' ');
      const rest = tokens.slice(k);
      const restText = rest.join(' ');
      const vendorApps = ix.vendors.get(key);
      const hit = exactLookup(key);
      if (hit) {
        const app = hit.key.app;
        // A sibling app of the same vendor may fit the rest better (LinkedIn … sales nav → Sales Navigator).
        const vapps = ix.vendors.get(ix.apps[app].vendorKey);
        if (vapps && vapps.length > 1 && !restIsNoise(rest, app)) {
          const sib = withinVendor(vapps, restText);
          if (sib && sib.app !== app && sib.score >= 0.6) {
            return {
              app: sib.app,
              confidence: 0.8 + 0.1 * sib.score,
              method: 'vendor',
              reason: `matched ${ix.apps[sib.app].vendor}'s app '${ix.apps[sib.app].name}' from '${key}' and '${restText}' ~ '${sib.key}'${after(n)}`,
            };
          }
        }
        if (restIsNoise(rest, app)) {
          const what = rest.some(isDomain) ? "plan or billing words, ids, the app's own domain" : rest.some((w) => /\d/.test(w)) ? 'plan or billing words and ids' : 'plan, billing or environment words';
          return {
            app,
            confidence: C.prefixNoise,
            method: 'prefix',
            reason: `matched ${describeKey(hit.key)} at the start of ${label}${after(n)}; ignored '${restText}' (${what})`,
          };
        }
        const isHead = n.head === key;
        const cover = key.length / Math.max(1, tokens.join(' ').length);
        // An app name followed by a module or product word in an app list or an IdP label is usually that
        // app; on a card statement the rest may be anything, so it counts for less.
        let conf = isHead ? C.headExact : nameSource ? 0.7 + 0.2 * cover : 0.6 + 0.3 * cover;
        if (COMMON_WORDS.has(key)) conf -= 0.15;
        return {
          app,
          confidence: Math.min(0.9, conf),
          method: 'prefix',
          reason: isHead
            ? `matched ${describeKey(hit.key)}, the merchant part before '*'${after(n)}; the rest is '${restText}'`
            : `matched ${describeKey(hit.key)} at the start of ${label}${after(n)}; the rest, '${restText}', was not recognised`,
        };
      }
      if (vendorApps && vendorApps.length > 1) {
        const v = withinVendor(vendorApps, restText);
        if (v) {
          return {
            app: v.app,
            confidence: 0.75 + 0.15 * v.score,
            method: 'vendor',
            reason: `matched ${ix.apps[v.app].vendor}'s app '${ix.apps[v.app].name}': '${restText}' ~ '${v.key}'${after(n)}`,
          };
        }
      }
    }
    return null;
  }

  function compute(input: MatchInput): MatchResult {
    const { source } = input;
    const hints = input.hints ?? {};
    const n = normalise(input.text ?? '', source);
    const reasons: string[] = [];

    // 1. The organisation's rules.
    const rule: RuleHit | null = rules.find(n.text, source, hints.oauthClientId);
    if (rule) {
      const r = rule.rule;
      const conf = r.kind === 'exact' ? C.ruleExact : r.kind === 'prefix' ? C.rulePrefix : C.rulePattern;
      const idx = r.appId ? ix.byId.get(r.appId) : undefined;
      const subject = `your rule ${r.id}: the text ${rule.how}${after(n)}`;
      if (r.appId) {
        const name = idx !== undefined ? ix.apps[idx].name : (r.appName ?? r.appId);
        const res = done('software', idx ?? null, conf, 'rule', [`${subject} → ${name}`], n, r.id);
        return idx !== undefined ? res : Object.freeze({ ...res, app: Object.freeze({ id: r.appId, name }) });
      }
      if (r.classify === 'not_software') return done('not_software', null, conf, 'rule', [`${subject} → not software`], n, r.id);
      return done('software', null, conf, 'rule', [`${subject} → software (no app chosen)`], n, r.id);
    }

    if (n.generic) return done('unknown', null, 0, 'generic', [...n.steps, 'nothing to match: ask which app this is'], n);
    if (!n.text && !n.processor) return done('unknown', null, 0, 'none', [...n.steps, 'the text is empty after normalisation'], n);

    const isCard = source === 'card';
    const mcc: MccVerdict | null = classifyMcc(hints.mcc);
    const mccNote = (v: MccVerdict) => `MCC ${String(hints.mcc).trim()} (${v.label})`;

    // 2. A merchant category code that is not software.
    if (mcc?.kind === 'not_software') {
      return done('not_software', null, C.mcc, 'mcc', [`${mccNote(mcc)} is ${CATEGORY_WORDS[mcc.category!]}, not software`], n);
    }

    // 3. A domain hint.
    if (hints.domain) {
      const host = hostOf(hints.domain);
      if (host) {
        const apps = ix.domains.get(host) ?? ix.domains.get(registrableDomain(host));
        if (apps?.length === 1) return done('software', apps[0], C.domainHint, 'domain', [`matched the domain hint '${host}' to ${ix.apps[apps[0]].name}`], n);
        if (isCard) {
          const m = findMerchant([domainLabel(host)], domainLabel(host));
          if (m) return done('not_software', null, C.merchant, 'merchant', [`the domain hint '${host}' is ${m.phrase}, ${CATEGORY_WORDS[m.category]}`], n);
        }
      }
    }

    // 4. Known non-software merchants and restaurant point-of-sale (card data only).
    if (isCard && !n.hidden) {
      if (n.processor?.role === 'restaurant') {
        return done('not_software', null, C.restaurantPos, 'merchant', [`${n.processor.name} processes restaurant bills: '${n.text}' is a restaurant, meals${readAs(n)}`], n);
      }
      const labels = n.tokens.some(isDomain) ? [...n.tokens, ...n.tokens.filter(isDomain).map(domainLabel)] : n.tokens;
      // The whole text, the merchant part before '*' (MTA*NYCT PAYGO) or the domain's label (TARGET.COM) may be the merchant.
      const m =
        findMerchant(labels, n.text) ??
        (n.head && n.head !== n.text ? findMerchant([], n.head) : null) ??
        (isDomain(n.text) ? findMerchant([], domainLabel(n.text)) : null);
      if (m && !owner(ix.exact.get(n.text))) {
        return done('not_software', null, C.merchant, 'merchant', [`'${m.phrase}' is a known ${CATEGORY_WORDS[m.category]} merchant, not software${readAs(n)}`], n);
      }
    }

    // 5. A processor or marketplace that hides the vendor.
    if (n.hidden && n.processor) {
      const p = n.processor;
      if (p.role === 'vendor') {
        const apps = ix.vendors.get(p.vendorWord!) ?? [];
        reasons.push(
          `${p.name} bills several products this way and the descriptor does not say which${apps.length ? ` (${vendorNames(apps)})` : ''}${readAs(n)}`,
        );
      } else reasons.push(`${p.name} hides the real vendor and nothing after the prefix identifies it${readAs(n)}`);
      return done('unknown', null, 0, 'processor', reasons, n);
    }

    const hintNotes: string[] = [];
    if (mcc?.kind === 'software') hintNotes.push(`${mccNote(mcc)} agrees: software`);
    const vc = classifyVendorCategory(hints.vendorCategory);
    if (vc?.kind === 'software') hintNotes.push(`the provider's category '${vc.label}' agrees: software`);
    const boost = hintNotes.length ? 0.02 : 0;
    const software = (f: Found): MatchResult => {
      const capped = f.method === 'fuzzy' || f.method === 'inner' ? Math.min(f.confidence + boost, C.fuzzyMax) : Math.min(0.99, f.confidence + boost);
      return done('software', f.app, capped, f.method, [f.reason, ...(f.extra ?? []), ...hintNotes], n);
    };

    // 6. Exact: the whole text, then the alternatives (Microsoft product names, brackets, the part after a vendor prefix).
    const label = n.processor ? `'${n.text}'` : 'the text';
    const candidates = [n.text, ...n.alternatives];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      if (!c) continue;
      const hit = exactLookup(c);
      if (!hit) continue;
      const k = hit.key;
      let conf: number =
        hit.how === 'domain' ? C.domain : hit.how === 'compact' ? C.compact : k.source === 'vendor' ? C.vendorName : n.processor ? C.exactAfterProcessor : C.exact;
      if (i > 0) conf = Math.min(conf, C.alternative);
      // A card line that is only an ordinary word (BOX, LATER, CLOSE) is probably the app, but not surely.
      const ordinary = isCard && COMMON_WORDS.has(c) && hit.how !== 'domain';
      if (ordinary) conf = Math.min(conf, C.ordinaryWord);
      const what = hit.how === 'compact' ? `${describeKey(k)} (ignoring spaces and dots)` : describeKey(k);
      const via = i > 0 ? ` using '${c}'` : '';
      return software({
        app: k.app,
        confidence: conf,
        method: hit.how === 'domain' ? 'domain' : 'exact',
        reason: `matched ${what}${via}${after(n)}`,
        extra: ordinary ? [`'${c}' is also an ordinary word, so this is less certain`] : undefined,
      });
    }

    // 7. The provider's category, and keywords (card data only), before any partial match.
    if (vc?.kind === 'not_software') {
      return done('not_software', null, C.vendorCategory, 'category', [`the provider's category '${vc.label}' is ${CATEGORY_WORDS[vc.category!]}, not software`], n);
    }
    if (isCard) {
      const kw = findKeyword(n.tokens, n.text);
      if (kw) return done('not_software', null, C.keyword, 'keyword', [`'${kw.phrase}' means ${CATEGORY_WORDS[kw.category]}, not software${readAs(n)}`], n);
    }

    // 8a. A descriptor cut off at 22 characters: the text is the start of exactly one app's key.
    if (n.truncated || n.processor) {
      const c = compact(n.text);
      if (c.length >= 5) {
        const { apps, first } = appsWithPrefix(ix, c);
        if (apps.size === 1) {
          const app = [...apps][0];
          return software({ app, confidence: C.truncated, method: 'truncated', reason: `'${n.text}' is the start of '${first}' (${ix.apps[app].name}); the descriptor looks cut off${after(n)}` });
        }
      }
    }

    // 8. An alias at the start of the text (or of an alternative).
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      if (!c || !c.includes(' ')) continue;
      const f = leading(c.split(' '), n, i === 0 ? label : `'${c}'`, !isCard);
      if (f) return software(i > 0 ? { ...f, confidence: Math.min(f.confidence, C.alternative - 0.02) } : f);
    }

    // 9. The text names a vendor with several apps and nothing else.
    const vapps = ix.vendors.get(n.text);
    if (vapps && vapps.length > 1) {
      return done('unknown', null, 0, 'none', [`'${n.text}' names the vendor ${ix.apps[vapps[0]].vendor}, which sells ${vapps.length} apps (${vendorNames(vapps)}); the text does not say which${readAs(n)}`], n);
    }

    // 10. A domain anywhere in the text (DNH*GODADDY.COM), then an alias inside it.
    for (const t of n.tokens) {
      if (!isDomain(t) || t === n.text) continue;
      const hit = exactLookup(t);
      if (hit) return software({ app: hit.key.app, confidence: C.domainInside, method: 'domain', reason: `found ${describeKey(hit.key)} inside the text${after(n)}` });
    }
    const tokens = n.tokens;
    for (let len = Math.min(3, tokens.length - 1); len >= 1; len--) {
      for (let i = 1; i + len <= tokens.length; i++) {
        const key = len === 1 ? tokens[i] : tokens.slice(i, i + len).join(' ');
        if (key.length < 4 || COMMON_WORDS.has(key) || NOISE_WORDS.has(key)) continue;
        const k = owner(ix.exact.get(key));
        if (k && k.source !== 'domain') {
          return software({ app: k.app, confidence: C.inner, method: 'inner', reason: `found ${describeKey(k)} inside the text${after(n)}` });
        }
      }
    }

    // 12. Fuzzy: trigram similarity over every name and alias (through the postings).
    // Nothing to be fuzzy about when the text is only a vendor's name and plan words (ADOBE *ADOBE), or
    // starts with a vendor that sells several apps and none of them fitted the rest (MICROSOFT*XBOX):
    // a fuzzy match would only echo the vendor's name.
    const firstVendor = ix.vendors.get(n.tokens[0]) ?? (n.tokens.length > 1 ? ix.vendors.get(`${n.tokens[0]} ${n.tokens[1]}`) : undefined);
    const vendorOnly = n.tokens.every((t) => NOISE_WORDS.has(t) || ix.vendors.has(t)) || (firstVendor !== undefined && firstVendor.length > 1);
    let fz = null as ReturnType<typeof fuzzyBest>;
    for (const c of candidates) {
      if (!c || c.length < 4) continue;
      const h = fuzzyBest(ix, c, scratch);
      if (h && (!fz || h.score > fz.score)) fz = h;
    }
    if (n.head && n.head !== n.text) {
      const h = fuzzyBest(ix, n.head, scratch);
      if (h && (!fz || h.score > fz.score)) fz = h;
    }
    if (fz && fz.score >= 0.6 && !vendorOnly) {
      return software({
        app: fz.app,
        confidence: Math.min(C.fuzzyMax, 0.3 + 0.5 * fz.score),
        method: 'fuzzy',
        reason: `'${n.text}' looks like '${fz.key}' (${ix.apps[fz.app].name}), similarity ${fz.score.toFixed(2)}${after(n)}`,
      });
    }

    // 13. Nothing: a transfer to an unknown payee is set aside; anything else waits for a person.
    if (isCard && n.transfer) {
      return done('not_software', null, C.transfer, 'keyword', [`a transfer to '${n.text}', which is not a known app${readAs(n)}`], n);
    }
    reasons.push(`no catalog app matches '${n.text || input.text}'${readAs(n).replace(/ \(read as '[^']*' /, ' (')}`);
    if (firstVendor && firstVendor.length > 1) reasons.push(`it starts with the vendor ${ix.apps[firstVendor[0]].vendor}, whose apps are ${vendorNames(firstVendor)}; none fits the rest`);
    if (fz && fz.score >= 0.4) reasons.push(`closest was '${fz.key}' (${ix.apps[fz.app].name}) at similarity ${fz.score.toFixed(2)}, too far to call`);
    reasons.push(...hintNotes);
    return done('unknown', null, 0, 'none', reasons, n);
  }

  function keyOf(input: MatchInput): string {
    const h = input.hints;
    const base = `${input.source}\u0001${input.text}`;
    if (!h) return base;
    const { mcc, domain, oauthClientId, vendorCategory } = h;
    if (mcc === undefined && domain === undefined && oauthClientId === undefined && vendorCategory === undefined) return base;
    return `${base}\u0001${mcc ?? ''}\u0001${domain ?? ''}\u0001${oauthClientId ?? ''}\u0001${vendorCategory ?? ''}`;
  }

  return {
    index: ix,
    match(input: MatchInput): MatchResult {
      const key = keyOf(input);
      const hit = cache.get(key);
      if (hit) {
        hits++;
        return hit;
      }
      misses++;
      const res = compute(input);
      if (maxCache > 0) {
        if (cache.size >= maxCache) cache.delete(cache.keys().next().value as string);
        cache.set(key, res);
      }
      return res;
    },
    withRules(next: readonly AliasRule[]) {
      return makeMatcher(ix, next, options);
    },
    cacheStats: () => ({ size: cache.size, hits, misses }),
  };
}
