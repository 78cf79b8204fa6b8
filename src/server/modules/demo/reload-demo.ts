import { audit } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import type { Ctx } from '../../platform/ctx.js';
import { readCache } from '../../platform/read-cache.js';
import { withTx } from '../../platform/tx.js';
import { loadDemoImports } from './demo-imports.js';
import { loadDemo, type DemoProgress } from './load-demo.js';

/**
 * Replaces every record with the demo organisation (admin only). The reset empties the audit log
 * too, so the reload itself is the first entry of the new history.
 */
export async function reloadDemo(ctx: Ctx, onProgress?: DemoProgress) {
  requirePermission(ctx, 'demo.admin');
  const counts = await loadDemo(ctx.database, { reset: true, onProgress });
  await loadDemoImports(ctx.database);
  readCache(ctx.database).clear();
  await withTx(ctx, (tx) => audit(tx, { action: 'demo.reload', entityType: 'organisation', entityLabel: 'Demo organisation', after: counts }));
  return counts;
}
