/**
 * Text keys shared by the catalog build (scripts/build-catalog.ts) and the runtime indexes, so an alias
 * written in the catalog and a text seen in a card export normalise the same way.
 */

/** Lower-case ASCII words: accents folded, `&` → "and", apostrophes dropped, other punctuation → space. */
export function normaliseAlias(text: string): string {
  const ascii = /^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return ascii
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’`´]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'llp', 'lp', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'pty',
  'plc', 'sa', 'sas', 'sarl', 'sl', 'srl', 'spa', 'bv', 'nv', 'ab', 'oy', 'as', 'aps', 'sro', 'pte', 'kk', 'pbc', 'ou', 'uab',
]);
const DOMAIN_SUFFIXES = new Set(['com', 'io', 'ai', 'app', 'net', 'org', 'co', 'so', 'us', 'dev', 'hq', 'tech']);

/**
 * The key used to deduplicate by name and for the compact alias index: normalised, legal-entity words
 * (inc, llc, ltd, gmbh, pty…) and a trailing `.com/.io/.ai` dropped, spaces removed.
 * "HubSpot, Inc." → "hubspot"; "Monday.com" → "monday"; "Sprout Social" → "sproutsocial".
 */
export function nameKey(text: string): string {
  return nameKeyOfNormalised(normaliseAlias(text));
}

/** nameKey of a text already passed through normaliseAlias. */
export function nameKeyOfNormalised(normalised: string): string {
  if (!normalised) return '';
  const words = normalised.split(' ');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  if (words.length > 1 && DOMAIN_SUFFIXES.has(words[words.length - 1])) words.pop();
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1])) words.pop();
  return words.join('');
}

/** URL-safe slug: "Monday.com" → "monday-com", "6sense" → "6sense". */
export function slugify(text: string): string {
  return normaliseAlias(text).replace(/ /g, '-') || 'app';
}
