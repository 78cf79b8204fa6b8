import { uuidv7 } from '../../../shared/ids.js';
import { insertRows } from '../../platform/bulk.js';
import type { Ctx } from '../../platform/ctx.js';
import { AppError } from '../../platform/errors.js';
import type { AuditInput } from '../../platform/audit.js';

/** Many audit rows in one statement, inside the caller's transaction (an import changes many records at once). */
export async function auditMany(ctx: Ctx, entries: readonly AuditInput[]): Promise<void> {
  if (!ctx.tx) throw new AppError('internal', 'auditMany() must run inside withTx');
  const at = Date.now();
  await insertRows(
    ctx.tx,
    'audit_log',
    [['id', 'uuid'], ['at', 'timestamptz'], ['actor_type', 'text'], ['actor_id', 'text'], ['actor_label', 'text'], ['action', 'text'], ['entity_type', 'text'],
      ['entity_id', 'text'], ['entity_label', 'text'], ['app_id', 'uuid'], ['department_ids', 'uuid[]'], ['before', 'jsonb'], ['after', 'jsonb'], ['request_id', 'text']],
    entries.map((e) => [uuidv7(at), at, ctx.actor.type, ctx.actor.id, ctx.actor.label, e.action, e.entityType, e.entityId ?? null, e.entityLabel ?? null,
      e.appId ?? null, e.departmentIds ?? [], e.before ?? null, e.after ?? null, ctx.requestId]),
  );
}
