import { sql } from 'drizzle-orm';
import { canTransition, LIFECYCLE_LABELS } from '../../../shared/enums.js';
import { LifecycleChangeInput, type AppDetail } from '../../../shared/schemas/apps.js';
import { audit } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError } from '../../platform/errors.js';
import { withTx } from '../../platform/tx.js';
import { getApp } from './get-app.js';

/** Moves an app along its lifecycle; only allowed transitions, always with a reason. */
export async function changeLifecycle(ctx: Ctx, id: string, input: unknown): Promise<AppDetail> {
  requirePermission(ctx, 'app.lifecycle');
  const data = LifecycleChangeInput.parse(input);
  return withTx(ctx, async (ctx) => {
    const app = await getApp(ctx, id);
    if (app.lifecycleStatus === data.status) throw new AppError('conflict', `The app is already ${LIFECYCLE_LABELS[data.status]}`);
    if (!canTransition(app.lifecycleStatus, data.status))
      throw new AppError('conflict', `An app cannot go from ${LIFECYCLE_LABELS[app.lifecycleStatus]} to ${LIFECYCLE_LABELS[data.status]}`, {
        from: app.lifecycleStatus,
        to: data.status,
      });
    await exec(ctx).execute(sql`UPDATE apps SET lifecycle_status = ${data.status}, updated_at = now() WHERE id = ${id}`);
    await audit(ctx, {
      action: 'app.lifecycle', entityType: 'app', entityId: id, entityLabel: app.name, appId: id,
      departmentIds: app.departments.map((d) => d.id),
      before: { lifecycleStatus: app.lifecycleStatus },
      after: { lifecycleStatus: data.status, reason: data.reason },
    });
    return getApp(ctx, id);
  });
}
