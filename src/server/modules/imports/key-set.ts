/**
 * The keys an import has seen, as 64-bit fingerprints in one open-addressing table of typed arrays: a
 * million-row file keeps no million strings alive, which the garbage collector would otherwise walk again
 * and again. Two keys with the same fingerprint (odds about 1 in 10^7 for a million keys of the 96-bit
 * hashes stored here) count as one.
 */
export class KeySet {
  private hi = new Int32Array(1 << 16);
  private lo = new Int32Array(1 << 16);
  private used = new Uint8Array(1 << 16);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Adds the key; false when it was there already. */
  add(key: string): boolean {
    // Two FNV-1a hashes with different offsets: 64 bits from the key's characters.
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ key.length;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    if ((this.count + 1) * 2 > this.used.length) this.grow();
    return this.put(a | 0, b | 0);
  }

  private put(a: number, b: number): boolean {
    const mask = this.used.length - 1;
    for (let i = (a ^ Math.imul(b, 0x9e3779b1)) & mask; ; i = (i + 1) & mask) {
      if (!this.used[i]) {
        this.used[i] = 1;
        this.hi[i] = a;
        this.lo[i] = b;
        this.count++;
        return true;
      }
      if (this.hi[i] === a && this.lo[i] === b) return false;
    }
  }

  private grow(): void {
    const { hi, lo, used } = this;
    const n = used.length * 2;
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.used = new Uint8Array(n);
    this.count = 0;
    for (let i = 0; i < used.length; i++) if (used[i]) this.put(hi[i], lo[i]);
  }
}
