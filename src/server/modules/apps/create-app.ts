import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { AppCreateInput, type AppDetail } from '../../../shared/schemas/apps.js';
import { audit } from '../../platform/audit.js';
import { requireDepartmentsInScope, requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError } from '../../platform/errors.js';
import { textArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { setAppDepartments, validateReferences } from './app-fields.js';
import { getApp } from './get-app.js';
import { vendorIdFor } from './vendors.js';
import { catalogIdFor } from '../imports/org-matcher.js';

/** Adds an app to the inventory; new apps start as discovered unless approved elsewhere. */
export async function createApp(ctx: Ctx, input: unknown): Promise<AppDetail> {
  requirePermission(ctx, 'app.create');
  const data = AppCreateInput.parse(input);
  const departmentIds = data.departmentIds ?? [];
  requireDepartmentsInScope(ctx, departmentIds);
  if (ctx.scope !== null && !departmentIds.length)
    throw new AppError('validation_failed', 'Choose at least one of your departments', [{ path: ['departmentIds'], message: 'Required for a department-scoped role' }]);
  return withTx(ctx, async (ctx) => {
    await validateReferences(ctx, data);
    const id = uuidv7();
    const vendorId = await vendorIdFor(ctx, data.vendor);
    await exec(ctx).execute(sql`
      INSERT INTO apps (id, name, vendor_id, category, description, notes, website, lifecycle_status, business_owner_id, it_owner_id,
                        deployment_model, data_classes, sso_support, mfa_support, scim_support, seats, catalog_id)
      VALUES (${id}, ${data.name}, ${vendorId}, ${data.category}, ${data.description ?? null}, ${data.notes ?? null}, ${data.website ?? null},
              'discovered', ${data.businessOwnerId ?? null}, ${data.itOwnerId ?? null}, ${data.deploymentModel ?? 'cloud'},
              ${textArray(data.dataClasses ?? [])}, ${data.ssoSupport ?? false}, ${data.mfaSupport ?? false}, ${data.scimSupport ?? false}, ${data.seats ?? null},
              ${catalogIdFor(data.name, data.website)})`);
    await setAppDepartments(ctx, id, departmentIds);
    await audit(ctx, { action: 'app.create', entityType: 'app', entityId: id, entityLabel: data.name, appId: id, departmentIds, after: { ...data, lifecycleStatus: 'discovered' } });
    return getApp(ctx, id);
  });
}
