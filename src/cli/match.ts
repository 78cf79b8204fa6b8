import { createInterface } from 'node:readline';
import { loadCatalog } from '../server/modules/catalog/catalog.js';
import { catalogForMatching, rulesForMatching } from '../server/modules/catalog/matcher-input.js';
import { createMatcher, SOURCE_KINDS, type SourceKind } from '../server/modules/matching/index.js';
import type { AliasRule } from '../shared/schemas/discovery.js';
import type { Backend } from './backend.js';

/** Every enabled rule of the organisation, page by page. */
export async function fetchRules(backend: Backend): Promise<AliasRule[]> {
  const out: AliasRule[] = [];
  for (let page = 1; ; page++) {
    const r = await backend.listPage<AliasRule>('alias-rules', { enabled: 'true', page, pageSize: 500 });
    out.push(...r.items);
    if (r.items.length < 500) return out;
  }
}

/**
 * `tandem match`: one raw text per line on stdin → one JSON object per line on stdout, using the
 * bundled catalog and, when a data folder or database is given, the organisation's alias rules.
 */
export async function runMatch(source: string, opts: { json?: boolean; rules: AliasRule[] }) {
  if (!SOURCE_KINDS.includes(source as SourceKind)) throw new Error(`Unknown source "${source}": choose one of ${SOURCE_KINDS.join(', ')}`);
  const catalog = loadCatalog();
  const matcher = createMatcher(catalogForMatching(catalog), rulesForMatching(opts.rules));
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    const input = line.replace(/^\uFEFF/, '');
    if (!input.trim()) continue;
    const r = matcher.match({ text: input, source: source as SourceKind });
    const out = { input, app: r.app, kind: r.kind, confidence: Math.round(r.confidence * 1000) / 1000, reasons: r.reasons };
    process.stdout.write(opts.json ? `${JSON.stringify(out)}\n` : `${input}\t${r.app?.name ?? r.kind}\t${out.confidence}\t${r.reasons.join('; ')}\n`);
  }
}
