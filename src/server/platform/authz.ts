import { can, type Permission } from '../../shared/permissions.js';
import type { Ctx } from './ctx.js';
import { AppError } from './errors.js';

/** First line of every verb: the caller's role must grant the permission. */
export function requirePermission(ctx: Ctx, permission: Permission): void {
  if (!can(ctx.role, permission)) {
    throw new AppError('forbidden', `Your role (${ctx.role}) does not allow ${permission}`);
  }
}

/** True when the caller sees the whole organisation or shares a department with the record. */
export function inScope(ctx: Ctx, departmentIds: readonly string[] | null | undefined): boolean {
  if (ctx.scope === null) return true;
  if (!departmentIds) return false;
  return departmentIds.some((d) => ctx.scope!.includes(d));
}

/** Departments a scoped caller may assign: a marketing lead cannot hand an app to HR. */
export function requireDepartmentsInScope(ctx: Ctx, departmentIds: readonly string[]): void {
  if (ctx.scope === null) return;
  const outside = departmentIds.filter((d) => !ctx.scope!.includes(d));
  if (outside.length) throw new AppError('forbidden', 'Some departments are outside your scope', { departmentIds: outside });
}

/** For actions open to several roles by different rights (e.g. attestations: security or editors). */
export function requireAnyPermission(ctx: Ctx, permissions: Permission[]): void {
  if (!permissions.some((p) => can(ctx.role, p))) {
    throw new AppError('forbidden', `Your role (${ctx.role}) does not allow ${permissions.join(' or ')}`);
  }
}
