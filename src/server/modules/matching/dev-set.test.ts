// The labelled development and hold-out sets: well-formed, and the engine keeps the quality
// targets on them (accuracy, not time; the numbers per source are in docs/benchmarks.md).
import { describe, expect, it } from 'vitest';
import { createMatcher } from './matcher.js';
import { labelledRows, testCatalog } from './test-support.js';
import { SOURCE_KINDS } from './types.js';

const catalog = testCatalog();
const ids = new Set(catalog.apps.map((a) => a.id));
const matcher = createMatcher(catalog);

describe.each(['dev-set.tsv', 'holdout-set.tsv'] as const)('%s', (file) => {
  const rows = labelledRows(file);

  it('is well formed: known sources, labels that exist in the test catalog, no duplicates', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      expect(SOURCE_KINDS).toContain(r.source);
      expect(r.text.length).toBeGreaterThan(0);
      expect(r.expected === 'not_software' || r.expected === 'unknown' || ids.has(r.expected), `${r.text}: ${r.expected}`).toBe(true);
      const key = `${r.source}|${r.text}|${JSON.stringify(r.hints ?? {})}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('meets the targets: ≥ 95% software right, ≥ 95% non-software set aside, ≤ 5% unknowable matched at ≥ 0.8', () => {
    let sw = 0;
    let swRight = 0;
    let ns = 0;
    let nsRight = 0;
    let un = 0;
    let unConfident = 0;
    for (const r of rows) {
      const a = matcher.match({ text: r.text, source: r.source, hints: r.hints });
      expect(a.reasons.length).toBeGreaterThan(0);
      if (r.expected === 'not_software') {
        ns++;
        if (a.kind === 'not_software') nsRight++;
      } else if (r.expected === 'unknown') {
        un++;
        if (a.app && a.confidence >= 0.8) unConfident++;
      } else {
        sw++;
        if (a.app?.id === r.expected) swRight++;
      }
    }
    expect(swRight / sw).toBeGreaterThanOrEqual(0.95);
    expect(nsRight / ns).toBeGreaterThanOrEqual(0.95);
    expect(unConfident / un).toBeLessThanOrEqual(0.05);
  });
});

it('the development set has at least 300 rows across all six source kinds', () => {
  const rows = labelledRows('dev-set.tsv');
  expect(rows.length).toBeGreaterThanOrEqual(300);
  for (const s of SOURCE_KINDS) expect(rows.filter((r) => r.source === s).length, s).toBeGreaterThanOrEqual(25);
});
