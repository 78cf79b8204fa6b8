import { describe, expect, it } from 'vitest';
import { shortHash } from './transaction-batcher.js';
import { KeySet } from './key-set.js';

describe('KeySet', () => {
  it('tells new keys from keys seen, across growth, for a million hashed keys', () => {
    const set = new KeySet();
    const keys = Array.from({ length: 1_000_000 }, (_, i) => shortHash(`event ${i}`));
    expect(keys.every((k) => set.add(k))).toBe(true);
    expect(set.size).toBe(1_000_000);
    expect(keys.filter((_, i) => i % 1000 === 0).some((k) => set.add(k))).toBe(false);
    expect(set.size).toBe(1_000_000);
  });

  it('keeps keys apart that differ in one character or in length', () => {
    const set = new KeySet();
    for (const k of ['a', 'b', 'ab', 'ba', 'abc', 'abd', '', 'aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaab']) expect(set.add(k)).toBe(true);
    expect(set.add('abd')).toBe(false);
    expect(set.add('')).toBe(false);
  });
});
