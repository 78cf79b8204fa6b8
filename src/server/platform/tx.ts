import type { Ctx } from './ctx.js';
import { readCache } from './read-cache.js';

/**
 * Runs `fn` in one transaction, reusing an outer one. After the outermost commit the read
 * cache is cleared, so nothing stale is served after a change.
 */
export async function withTx<T>(ctx: Ctx, fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  if (ctx.tx) return fn(ctx);
  const result = await ctx.database.db.transaction((tx) => fn({ ...ctx, tx }));
  readCache(ctx.database).clear();
  return result;
}
