// Small, allocation-light text helpers shared by normalisation, the index and the matcher.

const NON_ASCII = /[^\x00-\x7f]/;
const DIACRITICS = /[\u0300-\u036f]/g;
const DOMAIN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/;

/** ASCII-fold (é → e, ß → ss) when the text has anything outside ASCII. */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s;
  return s.normalize('NFKD').replace(DIACRITICS, '').replace(/ß/g, 'ss').replace(/[‐-―−]/g, '-').replace(/[‘’´`]/g, "'");
}

export function isDomain(token: string): boolean {
  return token.length > 3 && token.includes('.') && DOMAIN.test(token);
}

/**
 * Lower-case tokens: punctuation becomes a space, apostrophes and `&` inside a word vanish (`AT&T` → `att`),
 * a lone `&` becomes `and`, dots vanish except inside domains (`ZOOM.US` stays `zoom.us`, `INC.` → `inc`),
 * a URL keeps only its host.
 */
export function tokenise(raw: string): string[] {
  const s = fold(raw).toLowerCase();
  const out: string[] = [];
  let start = -1;
  let apostrophe = false; // the word holds ' or & to drop
  const flush = (end: number) => {
    if (start < 0) return;
    let tok = s.slice(start, end);
    if (apostrophe) tok = tok.replace(/['&]/g, '');
    if (tok) pushToken(tok, out);
    start = -1;
    apostrophe = false;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 46 /* . */ || c === 47 /* / */ || c === 45 /* - */ || c === 58 /* : */) {
      if (start < 0) start = i;
    } else if (c === 39 /* ' */) {
      // apostrophe: dropped, the word stays together (mcdonald's → mcdonalds)
      if (start >= 0) apostrophe = true;
    } else if (c === 38 /* & */) {
      const before = i > 0 ? s.charCodeAt(i - 1) : 32;
      const after = i + 1 < s.length ? s.charCodeAt(i + 1) : 32;
      if (before === 32 && after === 32) {
        flush(i);
        out.push('and');
      } else if (start >= 0) {
        // AT&T → att: the word stays together
        apostrophe = true;
      }
    } else {
      flush(i);
    }
  }
  flush(s.length);
  return out;
}
function pushToken(tok: string, out: string[]) {
  // URLs: https://www.example.com/path → example.com
  let t = tok;
  if (t.startsWith('http:') || t.startsWith('https:')) t = t.replace(/^https?:\/*/, '');
  t = t.replace(/^[./:-]+|[./:-]+$/g, '');
  if (!t) return;
  if (t.startsWith('www.')) t = t.slice(4);
  if (t.includes('/')) {
    const [host, ...rest] = t.split('/');
    if (isDomain(host)) {
      out.push(host);
      return;
    }
    for (const part of [host, ...rest]) pushToken(part, out);
    return;
  }
  if (t.includes(':')) {
    for (const part of t.split(':')) pushToken(part, out);
    return;
  }
  if (t.includes('.') && isDomain(t)) {
    out.push(t);
    return;
  }
  t = t.replace(/\./g, '');
  if (!t) return;
  if (t.includes('-')) {
    for (const part of t.split('-')) if (part) out.push(part);
    return;
  }
  out.push(t);
}

/** The canonical key of a name: tokens joined by one space. */
export function canonical(raw: string): string {
  return tokenise(raw).join(' ');
}

/** Letters and digits only: `sprout social` and `SproutSocial` meet here; dots of domains go too. */
export function compact(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += text[i];
  }
  return out;
}

function isDigit(c: number) {
  return c >= 48 && c <= 57;
}

/**
 * A reference id or store/invoice number rather than a word: `E0400KBJ6B`, `T02ABCDEF`, `2K4HT5Z32`,
 * `0162345678901`, `I04123`. Not `15five`, `1password`, `8x8`, `365`, `g2`.
 */
export function looksLikeReference(tok: string): boolean {
  const n = tok.length;
  let digits = 0;
  let transitions = 0;
  let prev = -1;
  for (let i = 0; i < n; i++) {
    const d = isDigit(tok.charCodeAt(i)) ? 1 : 0;
    digits += d;
    if (prev !== -1 && d !== prev) transitions++;
    prev = d;
  }
  if (digits === 0) return false;
  if (digits === n) return n >= 4;
  if (n === 4) return transitions >= 3; // c4d5, a1b2 (not 8x8s or h264)
  if (n < 5) return false;
  if (transitions >= 2) return true;
  // letters then many digits (i04123, inv20250301) or many digits then letters (1234abcd);
  // 15five, 1password, 360learning stay words
  return digits >= 4;
}

/** `ads1234567890` → [`ads`, `1234567890`]; other tokens unchanged (null). */
export function splitGluedNumber(tok: string): [string, string] | null {
  const m = /^([a-z]{3,})(\d{5,})$/.exec(tok);
  return m ? [m[1], m[2]] : null;
}

// Registrable domain (eTLD+1) with the common two-level public suffixes.
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'gv']);
export function registrableDomain(host: string): string {
  const parts = host.split('.');
  if (parts.length <= 2) return host;
  const tld = parts[parts.length - 1];
  const sld = parts[parts.length - 2];
  if (tld.length === 2 && SECOND_LEVEL.has(sld)) return parts.slice(-3).join('.');
  return parts.slice(-2).join('.');
}

/** The label a brand is known by: `zoom.us` → `zoom`, `help.uber.com` → `uber`, `bbc.co.uk` → `bbc`. */
export function domainLabel(host: string): string {
  return registrableDomain(host).split('.')[0];
}

/** Pull a host out of a URL, an e-mail address or a bare domain; null when there is none. */
export function hostOf(value: string): string | null {
  let v = value.trim().toLowerCase();
  const at = v.lastIndexOf('@');
  if (at >= 0) v = v.slice(at + 1);
  v = v.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
  v = v.split(/[/?#:]/)[0];
  return isDomain(v) ? v : null;
}

// Trigrams as small integers: each word padded like pg_trgm ("  zoom "), characters folded onto 38 codes.
function code(c: number): number {
  if (c >= 97 && c <= 122) return c - 96; // 1..26
  if (c >= 48 && c <= 57) return c - 21; // 27..36
  if (c === 32) return 0;
  return 37;
}
export const TRIGRAM_SPACE = 38 * 38 * 38;

/** Distinct trigram ids of a canonical text (words split on spaces; dots of domains kept as a code). */
export function trigrams(text: string, out: number[] = []): number[] {
  out.length = 0;
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 32) {
      if (i > start) addWord(text, start, i, out);
      start = i + 1;
    }
  }
  if (out.length > 1) {
    out.sort((a, b) => a - b);
    let w = 1;
    for (let r = 1; r < out.length; r++) if (out[r] !== out[w - 1]) out[w++] = out[r];
    out.length = w;
  }
  return out;
}

function addWord(text: string, start: number, end: number, out: number[]) {
  let a = 0;
  let b = 0;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 0 : code(text.charCodeAt(i));
    out.push(a * 1444 + b * 38 + c);
    a = b;
    b = c;
  }
}

/** Dice similarity of two sorted distinct id arrays. */
export function dice(a: readonly number[], b: readonly number[]): number {
  if (!a.length || !b.length) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * common) / (a.length + b.length);
}

/** `a`, `b` and `c` → "a, b and c". */
export function joinWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
