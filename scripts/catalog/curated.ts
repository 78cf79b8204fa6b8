/**
 * Parser for the curated core (`curated-core.ts`): one app per line,
 *
 *   Name | Vendor | domains | keywords | aliases
 *
 * - Vendor empty → the name. Domains: space-separated, the first is the primary (hosts allowed; the build
 *   reduces them to registrable domains).
 * - Keywords: comma-separated need keywords beyond the category's own.
 * - Aliases: `;`-separated. Prefix `!` legal entity name, `$` card-statement descriptor, `~` former brand
 *   or product name, none = another name (product module, common short form).
 */
import type { Category } from '../../src/shared/enums.js';
import { CATEGORIES } from '../../src/shared/enums.js';

export type CuratedAlias = { text: string; kind: 'name' | 'legal' | 'billing' | 'former' };
export type CuratedApp = {
  name: string;
  vendor: string;
  domains: string[];
  category: Category;
  keywords: string[];
  aliases: CuratedAlias[];
  line: number;
};

export function parseCuratedBlock(category: Category, text: string): CuratedApp[] {
  if (!CATEGORIES.includes(category)) throw new Error(`curated: unknown category ${category}`);
  const out: CuratedApp[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const cols = line.split('|').map((c) => c.trim());
    if (cols.length < 3 || cols.length > 5) throw new Error(`curated ${category} line ${i + 1}: expected 3-5 columns: ${line}`);
    const [name, vendor, domains, keywords = '', aliases = ''] = cols;
    if (!name) throw new Error(`curated ${category} line ${i + 1}: no name`);
    out.push({
      name,
      vendor: vendor || name,
      domains: domains.split(/\s+/).filter(Boolean).map((d) => d.toLowerCase()),
      category,
      keywords: keywords.split(',').map((k) => k.trim().toLowerCase()).filter(Boolean),
      aliases: aliases
        .split(';')
        .map((a) => a.trim())
        .filter(Boolean)
        .map((a): CuratedAlias => {
          if (a.startsWith('!')) return { text: a.slice(1).trim(), kind: 'legal' };
          if (a.startsWith('$')) return { text: a.slice(1).trim(), kind: 'billing' };
          if (a.startsWith('~')) return { text: a.slice(1).trim(), kind: 'former' };
          return { text: a, kind: 'name' };
        }),
      line: i + 1,
    });
  });
  return out;
}
