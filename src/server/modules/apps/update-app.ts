import { sql, type SQL } from 'drizzle-orm';
import { AppUpdateInput, type AppDetail } from '../../../shared/schemas/apps.js';
import { audit, diff } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import { can } from '../../../shared/permissions.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError, forbidden } from '../../platform/errors.js';
import { textArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { setAppDepartments, validateReferences } from './app-fields.js';
import { getApp } from './get-app.js';
import { departmentMap } from '../org/departments.repo.js';
import { vendorIdFor } from './vendors.js';

/** Fields a security reviewer may set without general edit rights. */
const SECURITY_FIELDS = new Set(['ssoSupport', 'mfaSupport', 'scimSupport', 'dataClasses']);

const COLUMNS: Record<string, string> = {
  name: 'name', category: 'category', description: 'description', notes: 'notes', website: 'website',
  businessOwnerId: 'business_owner_id', itOwnerId: 'it_owner_id', deploymentModel: 'deployment_model',
  ssoSupport: 'sso_support', mfaSupport: 'mfa_support', scimSupport: 'scim_support', seats: 'seats',
};

/** Edits an app's fields; every changed field lands in the history with its old and new value. */
export async function updateApp(ctx: Ctx, id: string, input: unknown): Promise<AppDetail> {
  requirePermission(ctx, 'app.read');
  const data = AppUpdateInput.parse(input);
  const fields = Object.keys(data).filter((k) => data[k as keyof typeof data] !== undefined);
  if (!fields.length) throw new AppError('bad_request', 'Nothing to change');
  const general = fields.some((f) => !SECURITY_FIELDS.has(f));
  if (general) requirePermission(ctx, 'app.update');
  else if (!can(ctx.role, 'app.update') && !can(ctx.role, 'app.security')) throw forbidden(`Your role (${ctx.role}) cannot edit apps`);

  return withTx(ctx, async (ctx) => {
    const current = await getApp(ctx, id);
    const names = await validateReferences(ctx, data);
    let departmentIds = current.departments.map((d) => d.id);
    if (data.departmentIds) {
      // A scoped editor changes only their own departments' links; the others stay as they are.
      const scope = ctx.scope;
      if (scope !== null) {
        const outsideAdded = data.departmentIds.filter((d) => !scope.includes(d) && !departmentIds.includes(d));
        if (outsideAdded.length) throw new AppError('forbidden', 'Some departments are outside your scope', { departmentIds: outsideAdded });
        const kept = departmentIds.filter((d) => !scope.includes(d));
        departmentIds = [...new Set([...kept, ...data.departmentIds.filter((d) => scope.includes(d))])];
      } else departmentIds = [...new Set(data.departmentIds)];
    }
    const sets: SQL[] = [];
    for (const [key, column] of Object.entries(COLUMNS)) {
      const v = data[key as keyof typeof data];
      if (v !== undefined) sets.push(sql`${sql.identifier(column)} = ${v}`);
    }
    if (data.dataClasses) sets.push(sql`data_classes = ${textArray(data.dataClasses)}`);
    if (data.vendor !== undefined) sets.push(sql`vendor_id = ${await vendorIdFor(ctx, data.vendor)}`);
    sets.push(sql`updated_at = now()`);
    await exec(ctx).execute(sql`UPDATE apps SET ${sql.join(sets, sql`, `)} WHERE id = ${id}`);
    if (data.departmentIds) await setAppDepartments(ctx, id, departmentIds);

    const before = {
      name: current.name, vendor: current.vendor, category: current.category, description: current.description, notes: current.notes,
      website: current.website, businessOwnerId: current.businessOwner?.id ?? null, itOwnerId: current.itOwner?.id ?? null,
      deploymentModel: current.deploymentModel, dataClasses: current.dataClasses, ssoSupport: current.ssoSupport,
      mfaSupport: current.mfaSupport, scimSupport: current.scimSupport, seats: current.seats,
      departmentIds: current.departments.map((d) => d.id).sort(),
    };
    const changes = diff<Record<string, unknown>>(before, { ...data, ...(data.departmentIds ? { departmentIds: [...departmentIds].sort() } : {}) });
    if (changes) {
      // Names ride along so the history reads "Ana → Ben" even after people leave.
      if ('businessOwnerId' in changes.after) {
        changes.before.businessOwnerName = current.businessOwner?.name ?? null;
        changes.after.businessOwnerName = data.businessOwnerId ? names.get(data.businessOwnerId) ?? null : null;
      }
      if ('itOwnerId' in changes.after) {
        changes.before.itOwnerName = current.itOwner?.name ?? null;
        changes.after.itOwnerName = data.itOwnerId ? names.get(data.itOwnerId) ?? null : null;
      }
      if ('departmentIds' in changes.after) {
        const names = await departmentMap(ctx);
        const named = (ids: unknown) => (ids as string[]).map((id) => names.get(id) ?? id);
        changes.before.departmentNames = named(changes.before.departmentIds);
        changes.after.departmentNames = named(changes.after.departmentIds);
      }
      await audit(ctx, {
        action: 'app.update', entityType: 'app', entityId: id, entityLabel: data.name ?? current.name, appId: id,
        departmentIds: [...new Set([...departmentIds, ...current.departments.map((d) => d.id)])],
        before: changes.before, after: changes.after,
      });
    }
    return getApp(ctx, id);
  });
}

