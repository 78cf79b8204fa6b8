import {
  ABBREVIATIONS,
  CITIES,
  CITY_LIST,
  COUNTRY_CODES,
  COUNTRY_NAMES,
  GENERIC_APP_NAMES,
  IDP_SUFFIXES,
  INTEGRATION_SUFFIXES,
  LEGAL_SUFFIXES,
  MICROSOFT_CARD_START,
  MICROSOFT_ROLL_UP,
  NOISE_WORDS,
  PROCESSOR_FILLER,
  PROCESSORS,
  STATE_NAMES,
  US_STATES,
  type Processor,
} from './lexicon.js';
import { canonical, fold, isDomain, looksLikeReference, splitGluedNumber, tokenise } from './text.js';
import type { SourceKind } from './types.js';

export interface Normalised {
  /** Canonical text: lower-case words separated by one space. */
  text: string;
  /** What was done, in words ("removed phone number '888-799-9666'"), in order. */
  steps: string[];
  /** `text` split into words. */
  tokens: string[];
  /** The processor or marketplace prefix found on a card descriptor. */
  processor: Processor | null;
  /** A processor or marketplace with nothing identifying after it: the vendor is hidden. */
  hidden: boolean;
  /** A template or placeholder name (`OpenID Connect Client`, `Bookmark App`): no app name at all. */
  generic: boolean;
  /** The merchant part of `MERCHANT *DETAIL` descriptors (`adobe` in `ADOBE *CREATIVE CLD`). */
  head: string | null;
  /** Other texts worth trying, in order (Microsoft product names, the part in brackets, the text after a vendor prefix). */
  alternatives: string[];
  /** The product a Microsoft first-party app name was rolled up to. */
  rolledUp: string | null;
  /** The descriptor is long enough to have been cut off (22-character merchant name fields). */
  truncated: boolean;
  /** The payee of a bank transfer (`ONLINE TRANSFER TO …`, `To …`). */
  transfer: boolean;
}

const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{3}\)\s?|\b\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}\b|\+\d{2,3}(?:[\s.-]?\d{2,4}){3,4}\b/g;
const DATE = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b/g;
const CURRENCIES = 'usd|eur|gbp|chf|aud|cad|sek|nok|dkk|jpy|nzd|sgd|pln|czk';
const AMOUNT = new RegExp(`\\b(?:${CURRENCIES})\\s?\\d+(?:[.,]\\d+)*\\b|\\b\\d+(?:[.,]\\d+)*\\s?(?:${CURRENCIES})\\b`, 'g');
const STORE_NUMBER = /#\s?\d+/g;
const ENTRY_WORDS =
  /^(?:pos |debit card |debit |card purchase |card |purchase |recurring |checkcard |visa |mastercard |mc |dbt |crd |point of sale |ach debit |ach |sepa direct debit |sepa |direct debit |lastschrift |kartenzahlung |preauthorized |authorized on |purchase authorized on |x{2,}\d{4} |\*{2,}\d{4} |\d{4} )+/;
const ENTRY_START = /^(?:pos|deb|car|pur|rec|che|vis|mas|mc|dbt|crd|poi|ach|sep|dir|las|kar|pre|aut|xx|\*\*|\d{4} )/;
const PROCESSOR_START = /^(?:paypal|pp|fsprg|fastspring|apple|itunes|amzn|amazon|2co|2checkout|paddle)/;
const BARE_PROCESSOR = /^(?:paypal|google|msft|microsoft|amzn|amazon|apple|itunes)/;
const ACH_ORIGINATOR = /^orig co name:\s*(.+?)\s+orig id:/;
const TRANSFER_TO = /^(?:online |wire |ach |sepa |bank |outgoing |internal )?(?:transfer|payment|pmt|wire)s? to\s+(.+?)(?:\s+(?:wire )?ref(?:erence)?\b.*|\s+conf(?:irmation)?\b.*)?$/;
const REVOLUT_TO = /^to\s+(.+)$/;
const TIME = /^\d{1,2}(?:am|pm)$/;
const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&apos;': "'" };

function decodeEntities(s: string): string {
  let prev = '';
  let cur = s;
  // double-escaped values (&amp;lt;) appear in real OFX files: decode until stable, at most 3 times
  for (let i = 0; i < 3 && cur !== prev; i++) {
    prev = cur;
    cur = cur.replace(/&(?:amp|lt|gt|quot|#39|apos);/g, (e) => ENTITIES[e]);
  }
  return cur;
}

function q(s: string) {
  return `'${s.trim()}'`;
}

function endsWith(tokens: readonly string[], words: readonly string[]): boolean {
  if (words.length > tokens.length) return false;
  const off = tokens.length - words.length;
  for (let i = 0; i < words.length; i++) if (tokens[off + i] !== words[i]) return false;
  return true;
}

// Multi-word place names at the end of a descriptor, longest first: phrase → what it is.
const PLACES = new Map<string, string>();
for (const c of CITIES) PLACES.set(c, 'city');
for (const st of STATE_NAMES) PLACES.set(st, 'state');
for (const c of COUNTRY_NAMES) PLACES.set(c, 'country');
// First words of the two- and three-word places, so most descriptors skip building the phrases.
const FIRST_OF_2 = new Set<string>();
const FIRST_OF_3 = new Set<string>();
for (const p of PLACES.keys()) {
  const w = p.split(' ');
  if (w.length === 2) FIRST_OF_2.add(w[0]);
  if (w.length === 3) FIRST_OF_3.add(w[0]);
}

/** Removes place names, reference ids and legal forms from the end of a card descriptor. */
function stripTrail(tokens: string[], steps: string[], minKeep: number, truncated: boolean) {
  for (;;) {
    const n = tokens.length;
    if (n <= minKeep) return;
    const last = tokens[n - 1];
    let cut = 0;
    let what: string | undefined;
    if (n >= 3 && n - 3 >= minKeep && FIRST_OF_3.has(tokens[n - 3])) {
      what = PLACES.get(`${tokens[n - 3]} ${tokens[n - 2]} ${last}`);
      if (what) cut = 3;
    }
    if (!cut && n >= 2 && n - 2 >= minKeep && FIRST_OF_2.has(tokens[n - 2])) {
      what = PLACES.get(`${tokens[n - 2]} ${last}`);
      if (what) cut = 2;
    }
    if (!cut) {
      what = PLACES.get(last);
      if (what) cut = 1;
      else if (last.length === 2 && US_STATES.has(last)) [cut, what] = [1, 'state'];
      else if (COUNTRY_CODES.has(last)) [cut, what] = [1, 'country'];
      else if (looksLikeReference(last)) [cut, what] = [1, 'reference'];
      else if (TIME.test(last)) [cut, what] = [1, 'time'];
      else if (LEGAL_SUFFIXES.has(last)) [cut, what] = [1, 'legal form'];
      else if (truncated) {
        const c = cutCity(tokens, minKeep);
        if (c) [cut, what] = [c, 'city (cut off)'];
      }
    }
    if (!cut || n - cut < minKeep) return;
    steps.push(`removed ${what} ${q(tokens.slice(n - cut).join(' '))}`);
    tokens.length = n - cut;
  }
}

// Cut-off cities: every prefix of a city's last word (at least 1 letter after a first word, 4 for one-word
// cities) → how many words the cut-off city has. `san fran` → 2, `sunnyva` → 1.
const CUT_CITIES = new Map<string, number>();
for (const city of CITY_LIST) {
  const head = city.slice(0, -1).join(' ');
  const word = city[city.length - 1];
  for (let len = city.length > 1 ? 1 : 4; len < word.length; len++) {
    const key = head ? `${head} ${word.slice(0, len)}` : word.slice(0, len);
    if (!CUT_CITIES.has(key)) CUT_CITIES.set(key, city.length);
  }
}

/** A city whose last word was cut off: `san fran`, `mountain vi`, `sunnyva`. Returns the words to cut. */
function cutCity(tokens: readonly string[], minKeep: number): number {
  const n = tokens.length;
  for (let k = Math.min(3, n - Math.max(1, minKeep)); k >= 1; k--) {
    const key = k === 1 ? tokens[n - 1] : tokens.slice(n - k).join(' ');
    if (CUT_CITIES.get(key) === k) return k;
  }
  return 0;
}

function stripLegal(tokens: string[], steps: string[]) {
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1])) {
    steps.push(`removed legal form ${q(tokens[tokens.length - 1])}`);
    tokens.pop();
  }
}

function rollUpMicrosoft(text: string): { product: string; names: string[] } | null {
  for (const r of MICROSOFT_ROLL_UP) if (r.re.test(text)) return { product: r.product, names: r.names };
  return null;
}

/**
 * Turns a raw text into the canonical text the matcher looks up, recording each step in words.
 * Card descriptors lose processor prefixes, phone numbers, places, reference ids and legal forms;
 * names from identity providers lose connector suffixes, and Microsoft's own app names are rolled up.
 */
export function normalise(raw: string, sourceKind: SourceKind): Normalised {
  return sourceKind === 'card' ? normaliseCard(raw) : normaliseName(raw, sourceKind);
}

function result(tokens: string[], steps: string[], extra: Partial<Normalised> = {}): Normalised {
  return {
    text: tokens.join(' '),
    steps,
    tokens,
    processor: null,
    hidden: false,
    generic: false,
    head: null,
    alternatives: [],
    rolledUp: null,
    truncated: false,
    transfer: false,
    ...extra,
  };
}

function normaliseCard(raw: string): Normalised {
  const steps: string[] = [];
  let s = fold(raw).replace(/\s+/g, ' ').trim();
  if (s.includes('&') && s.includes(';')) s = decodeEntities(s);
  const truncated = s.length >= 18;
  let lower = s.toLowerCase();
  let transfer = false;

  let m = lower.startsWith('orig co name') ? ACH_ORIGINATOR.exec(lower) : null;
  if (m) {
    lower = m[1];
    steps.push(`took the originator name ${q(m[1])} from the ACH entry`);
  }
  m = lower.startsWith('to ') ? REVOLUT_TO.exec(lower) : lower.includes(' to ') ? TRANSFER_TO.exec(lower) : null;
  if (m && m[1].trim()) {
    steps.push(`took the payee ${q(m[1])} from the transfer`);
    lower = m[1];
    transfer = true;
  }
  m = ENTRY_START.test(lower) ? ENTRY_WORDS.exec(lower) : null;
  if (m && m[0].length < lower.length) {
    steps.push(`removed card-entry words ${q(m[0])}`);
    lower = lower.slice(m[0].length);
  }

  // Processor or marketplace prefix.
  let processor: Processor | null = null;
  const mayHaveProcessor = lower.includes('*') || PROCESSOR_START.test(lower);
  for (const p of mayHaveProcessor ? PROCESSORS : []) {
    const pm = p.re.exec(lower);
    if (pm) {
      processor = p;
      steps.push(`removed ${p.role === 'vendor' ? 'billing' : 'processor'} prefix ${q(s.slice(0, pm[0].length).trim() || pm[0])} (${p.name})`);
      lower = lower.slice(pm[0].length);
      break;
    }
  }
  if (!processor && lower.length <= 24 && BARE_PROCESSOR.test(lower)) {
    // A bare processor name (`PAYPAL`, `AMZN MKTP US`) hides the vendor just the same.
    const bare = lower.replace(/[^a-z.]+/g, ' ').trim();
    for (const p of PROCESSORS) {
      if (p.re.test(`${bare} *`) && (p.role === 'marketplace' || p.role === 'vendor' || bare === 'paypal')) {
        processor = p;
        steps.push(`read ${q(s)} as ${p.name} without a merchant`);
        lower = '';
        break;
      }
    }
  }

  // Phone numbers, dates, amounts and store numbers, wherever they are.
  if (/\d/.test(lower)) {
    lower = lower.replace(PHONE, (p) => {
      steps.push(`removed phone number ${q(p)}`);
      return ' ';
    });
    lower = lower.replace(AMOUNT, (p) => {
      steps.push(`removed amount ${q(p)}`);
      return ' ';
    });
    lower = lower.replace(DATE, (p) => {
      steps.push(`removed date ${q(p)}`);
      return ' ';
    });
    lower = lower.replace(STORE_NUMBER, (p) => {
      steps.push(`removed store number ${q(p)}`);
      return ' ';
    });
  }

  // MERCHANT *DETAIL: the part before the star names the merchant.
  let head: string | null = null;
  const star = lower.indexOf('*');
  if (star > 0) {
    const h = canonical(lower.slice(0, star));
    if (h) head = h;
  }

  const tokens: string[] = [];
  for (const t of tokenise(lower)) {
    const glued = splitGluedNumber(t);
    if (glued) {
      tokens.push(glued[0]);
      steps.push(`removed reference ${q(glued[1])}`);
    } else tokens.push(t);
  }

  // After a processor, reference ids can stand first (MSFT *E0400KBJ6B, AMZN Mktp US*2K4HT5Z32).
  if (processor) {
    while (tokens.length && looksLikeReference(tokens[0])) {
      steps.push(`removed reference ${q(tokens[0])}`);
      tokens.shift();
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const full = ABBREVIATIONS.get(tokens[i]);
    if (full && i > 0) {
      steps.push(`expanded ${q(tokens[i])} to ${q(full)}`);
      tokens[i] = full;
    }
  }
  // ADOBE *ADOBE: a word repeated right after itself says nothing more.
  for (let i = tokens.length - 1; i > 0; i--) {
    if (tokens[i] === tokens[i - 1]) {
      steps.push(`removed repeated word ${q(tokens[i])}`);
      tokens.splice(i, 1);
    }
  }
  stripTrail(tokens, steps, processor ? 0 : 1, truncated);
  if (head && !tokens.join(' ').startsWith(head)) head = null;
  stripLegal(tokens, steps);

  const extra: Partial<Normalised> = { processor, head, truncated, transfer };

  if (processor) {
    // After a gateway, plan and billing words alone identify nothing; after a vendor's own prefix
    // (GOOGLE *CLOUD) they may be the product.
    const meaningful = tokens.filter((t) => !PROCESSOR_FILLER.has(t) && (processor!.role === 'vendor' || !NOISE_WORDS.has(t)));
    if (processor.role === 'marketplace' || meaningful.length === 0) {
      const key = processor.vendorWord ?? processor.key;
      return result(key.split(' '), steps, { ...extra, hidden: true, head: null });
    }
    if (processor.role === 'vendor' && processor.vendorWord) {
      const rest = tokens.join(' ');
      const alternatives = [rest];
      if (tokens[0] !== processor.vendorWord) tokens.unshift(processor.vendorWord);
      const text = tokens.join(' ');
      const roll = MICROSOFT_CARD_START.test(text) ? rollUpMicrosoft(text) : null;
      if (roll) {
        steps.push(`rolled up ${q(text)} to ${roll.product}`);
        return result(roll.names[0].split(' '), steps, { ...extra, alternatives: [...roll.names.slice(1), text], rolledUp: roll.product, head: null });
      }
      return result(tokens, steps, { ...extra, alternatives, head: null });
    }
  }
  if (!tokens.length) return result([], steps, extra);
  const text = tokens.join(' ');
  if (MICROSOFT_CARD_START.test(text)) {
    const roll = rollUpMicrosoft(text);
    if (roll && roll.names[0] !== text) {
      steps.push(`rolled up ${q(text)} to ${roll.product}`);
      return result(roll.names[0].split(' '), steps, { ...extra, alternatives: [...roll.names.slice(1), text], rolledUp: roll.product });
    }
  }
  return result(tokens, steps, extra);
}

const BRACKETS = /\s*[([{]([^)\]}]*)[)\]}]\s*/g;
const IDP_WORDS = new Set(['oidc', 'saml', 'sso', 'scim', 'saml 2 0', 'openid connect', 'ws fed', 'ws federation', 'swa', 'bookmark']);

function normaliseName(raw: string, source: SourceKind): Normalised {
  const steps: string[] = [];
  const alternatives: string[] = [];
  let s = fold(raw).replace(/\s+/g, ' ').trim();
  if (s.includes('&') && s.includes(';')) s = decodeEntities(s);

  const whole = canonical(s);
  if (GENERIC_APP_NAMES.has(whole) || !whole) {
    steps.push(whole ? `${q(s)} is a generic ${source === 'okta' ? 'Okta template' : 'placeholder'} name, not an app name` : 'the text is empty');
    return result(whole ? whole.split(' ') : [], steps, { generic: true });
  }

  // Brackets: identity-provider words and environments go; anything else is kept as an alternative name.
  if (s.includes('(') || s.includes('[') || s.includes('{')) {
    s = s
      .replace(BRACKETS, (_m, inner: string) => {
        const c = canonical(inner);
        if (!c) return ' ';
        if (IDP_WORDS.has(c)) steps.push(`removed identity-provider suffix ${q(`(${inner})`)}`);
        else if (c.split(' ').every((w) => NOISE_WORDS.has(w) || /^v?\d+(?: \d+)*$/.test(w))) steps.push(`removed ${q(`(${inner})`)}`);
        else {
          steps.push(`set aside ${q(`(${inner})`)} as another name`);
          alternatives.push(c);
        }
        return ' ';
      })
      .trim();
  }

  const tokens = tokenise(s);
  let changed = true;
  while (changed && tokens.length > 1) {
    changed = false;
    for (const suf of IDP_SUFFIXES) {
      if (tokens.length > suf.length && endsWith(tokens, suf)) {
        steps.push(`removed identity-provider suffix ${q(suf.join(' '))}`);
        tokens.length -= suf.length;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (const suf of INTEGRATION_SUFFIXES) {
      if (tokens.length > suf.length && endsWith(tokens, suf)) {
        steps.push(`removed integration suffix ${q(suf.join(' '))}`);
        tokens.length -= suf.length;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    if (tokens.length > 1 && (tokens[tokens.length - 1] === '-' || /^v\d+$/.test(tokens[tokens.length - 1]))) {
      tokens.pop();
      changed = true;
    }
  }
  stripLegal(tokens, steps);

  let text = tokens.join(' ');
  if (GENERIC_APP_NAMES.has(text)) {
    steps.push(`${q(text)} is a generic ${source === 'okta' ? 'Okta template' : 'placeholder'} name, not an app name`);
    return result(tokens, steps, { generic: true });
  }
  const roll = rollUpMicrosoft(text);
  if (roll) {
    steps.push(`rolled up the Microsoft app ${q(s)} to ${roll.product}`);
    const names = roll.names;
    return result(names[0].split(' '), steps, { alternatives: [...names.slice(1), text, ...alternatives], rolledUp: roll.product });
  }
  // "Employee Advocacy by Sprout Social": the part after "by" names the vendor.
  const by = tokens.indexOf('by');
  if (by > 0 && by < tokens.length - 1) alternatives.push(tokens.slice(by + 1).join(' '), tokens.slice(0, by).join(' '));
  text = tokens.join(' ');
  for (const t of tokens) if (isDomain(t) && t !== text) alternatives.push(t);
  return result(tokens, steps, { alternatives });
}

/** The canonical form of a text typed by a person (rule texts): case, punctuation and spacing only. */
export function canonicalText(raw: string): string {
  return canonical(raw);
}
