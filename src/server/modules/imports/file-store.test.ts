import { deflateRawSync, zstdCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { storedPieces, type StoredPiece } from './file-store.js';

describe('stored pieces', () => {
  const parts = ['{"a":1,', '"b":"' + 'x'.repeat(5000) + '",', '"c":3}'].map((s) => Buffer.from(s));
  // Pieces written by each version: deflated by the first, as sent by the next, zstd now.
  const stored: StoredPiece[] = [
    { data: deflateRawSync(parts[0]), compressed: true, zstd: false },
    { data: parts[1], compressed: false, zstd: false },
    { data: zstdCompressSync(parts[2]), compressed: false, zstd: true },
  ];
  const fetch = async (from: number, n: number) => stored.slice(from, from + n);

  it.each([false, true])('reads every kind back as uploaded (sync %s)', async (sync) => {
    const out: Buffer[] = [];
    for await (const b of storedPieces(fetch, sync)) out.push(b);
    expect(Buffer.concat(out).equals(Buffer.concat(parts))).toBe(true);
  });
});
