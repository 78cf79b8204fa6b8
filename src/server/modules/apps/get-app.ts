import { sql } from 'drizzle-orm';
import type { AppDetail } from '../../../shared/schemas/apps.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { isoTime, rows } from '../../platform/sql.js';
import { departmentMap } from '../org/departments.repo.js';
import { listAttestations, today, toSummary } from './apps.repo.js';
import { loadAppInScope } from './load-app.js';

/** One app with its attestations and the counts behind each tab. */
export async function getApp(ctx: Ctx, id: string): Promise<AppDetail> {
  requirePermission(ctx, 'app.read');
  const row = await loadAppInScope(ctx, id);
  const [depts, attestations, counts] = await Promise.all([
    departmentMap(ctx),
    listAttestations(ctx, id, today()),
    rows<{ documents: number; comments: number }>(
      exec(ctx),
      sql`SELECT (SELECT count(*)::int FROM documents WHERE app_id = ${id}) AS documents,
                 (SELECT count(*)::int FROM comments WHERE app_id = ${id}) AS comments`,
    ),
  ]);
  return {
    ...toSummary(row, depts),
    description: (row.description as string) ?? null,
    notes: (row.notes as string) ?? null,
    createdAt: isoTime(row.created_at),
    attestations,
    // Contracts, users, integrations and KPIs arrive with later capabilities; the tabs read these counts.
    counts: { documents: counts[0].documents, comments: counts[0].comments, contracts: 0, integrations: 0, kpis: 0, users: 0 },
  };
}
