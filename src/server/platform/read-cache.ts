import type { Database } from '../db/client.js';

/**
 * A read-through cache for hot list queries, used only on the embedded database: there one
 * process owns the data folder (the lock guarantees it), so every write passes through
 * `withTx` here and clears the cache. On PostgreSQL other processes write too, so it is off.
 */
export class ReadCache {
  private readonly entries = new Map<string, { value: unknown; at: number }>();
  constructor(
    readonly enabled: boolean,
    private readonly max = 2000,
    private readonly ttlMs = 30_000,
  ) {}

  async get<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.enabled) return load();
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value as T;
    const generation = this.generation;
    const value = await load();
    // A write that committed while we were loading makes this value stale: don't keep it.
    if (generation === this.generation) {
      if (this.entries.size >= this.max) this.entries.clear();
      this.entries.set(key, { value, at: Date.now() });
    }
    return value;
  }

  /** A cached value without loading; undefined on a miss. */
  peek<T>(key: string): T | undefined {
    const hit = this.entries.get(key);
    return hit && Date.now() - hit.at < this.ttlMs ? (hit.value as T) : undefined;
  }

  private generation = 0;
  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}

const caches = new WeakMap<Database, ReadCache>();
export function readCache(database: Database): ReadCache {
  let c = caches.get(database);
  if (!c) {
    c = new ReadCache(database.kind === 'pglite');
    caches.set(database, c);
  }
  return c;
}
