import { AuditListQuery, type AuditEntry } from '../../../shared/schemas/org.js';
import { requirePermission } from '../../platform/authz.js';
import type { Ctx } from '../../platform/ctx.js';
import type { PageResult } from '../../platform/paging.js';
import { loadAppInScope } from '../apps/load-app.js';
import { listAuditRows } from './audit.repo.js';

/** The audit log page: every change, newest first, within the caller's scope. */
export async function listAudit(ctx: Ctx, input: unknown): Promise<PageResult<AuditEntry>> {
  requirePermission(ctx, 'audit.read');
  const q = AuditListQuery.parse(input);
  const { items, total } = await listAuditRows(ctx, q);
  return { items, total, page: q.page, pageSize: q.pageSize };
}

/** An app's history tab: anyone who may see the app may see how it got here. */
export async function appHistory(ctx: Ctx, appId: string, input: unknown): Promise<PageResult<AuditEntry>> {
  requirePermission(ctx, 'app.read');
  await loadAppInScope(ctx, appId);
  const q = AuditListQuery.parse({ ...(input as object), appId });
  const { items, total } = await listAuditRows({ ...ctx, scope: null }, q);
  return { items, total, page: q.page, pageSize: q.pageSize };
}
