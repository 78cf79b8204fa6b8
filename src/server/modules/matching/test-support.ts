// Test helpers: the test catalog and the labelled sets under test/fixtures/matching (read with node:fs,
// so nothing outside src/ is compiled into the server).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CatalogInput } from './catalog-shape.js';
import type { MatchHints, SourceKind } from './types.js';

const dir = path.resolve(import.meta.dirname, '../../../../test/fixtures/matching');

export function testCatalog(): CatalogInput {
  return JSON.parse(readFileSync(path.join(dir, 'test-catalog.json'), 'utf8')) as CatalogInput;
}

export interface LabelledRow {
  source: SourceKind;
  text: string;
  expected: string;
  hints?: MatchHints;
  note: string;
}

export function labelledRows(file: 'dev-set.tsv' | 'holdout-set.tsv'): LabelledRow[] {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((l) => l.trim());
  return lines.slice(1).map((l) => {
    const [source, text, expected, hints, note] = l.split('\t');
    let h: MatchHints | undefined;
    if (hints) {
      h = {};
      for (const kv of hints.split(';')) {
        const [k, v] = kv.split('=');
        (h as Record<string, string>)[k.trim()] = v.trim();
      }
    }
    return { source: source as SourceKind, text, expected, hints: h, note: note ?? '' };
  });
}
