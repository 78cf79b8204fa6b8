import { sql, type SQL } from 'drizzle-orm';
import type { AppListQuery, AppSummary, Attestation } from '../../../shared/schemas/apps.js';
import type { Ctx } from '../../platform/ctx.js';
import { exec } from '../../platform/ctx.js';
import { isoDateOrNull, isoTime, likePattern, rows, sortSql, textArray, uuidArray } from '../../platform/sql.js';
import { departmentMap, refs } from '../org/departments.repo.js';

/** Scope predicate on `apps a`: scoped callers see apps used by one of their departments. */
export function appScopeSql(ctx: Ctx): SQL {
  return ctx.scope === null ? sql`TRUE` : sql`a.department_ids && ${uuidArray(ctx.scope)}`;
}

const COLUMNS = sql`a.id, a.name, v.name AS vendor, a.category, a.lifecycle_status, a.deployment_model, a.data_classes,
         a.sso_support, a.mfa_support, a.scim_support, a.seats, a.website, a.department_ids,
         a.next_attestation_expiry::text AS next_attestation_expiry, a.updated_at, a.created_at, a.description, a.notes,
         bo.id AS bo_id, bo.name AS bo_name, bo.email AS bo_email,
         io.id AS io_id, io.name AS io_name, io.email AS io_email`;
const FROM = sql`FROM apps a
  LEFT JOIN vendors v ON v.id = a.vendor_id
  LEFT JOIN people bo ON bo.id = a.business_owner_id
  LEFT JOIN people io ON io.id = a.it_owner_id`;
const SELECT_SUMMARY = sql`SELECT ${COLUMNS} ${FROM}`;
const SELECT_SUMMARY_WITH_TOTAL = sql`SELECT ${COLUMNS}, count(*) OVER () AS _total ${FROM}`;

export type AppRow = Record<string, unknown> & { id: string; department_ids: string[] };

export function toSummary(r: AppRow, depts: Map<string, string>): AppSummary {
  return {
    id: r.id,
    name: r.name as string,
    vendor: (r.vendor as string) ?? null,
    category: r.category as AppSummary['category'],
    lifecycleStatus: r.lifecycle_status as AppSummary['lifecycleStatus'],
    businessOwner: r.bo_id ? { id: r.bo_id as string, name: r.bo_name as string, email: r.bo_email as string } : null,
    itOwner: r.io_id ? { id: r.io_id as string, name: r.io_name as string, email: r.io_email as string } : null,
    departments: refs(depts, r.department_ids),
    deploymentModel: r.deployment_model as AppSummary['deploymentModel'],
    dataClasses: (r.data_classes as AppSummary['dataClasses']) ?? [],
    ssoSupport: Boolean(r.sso_support),
    mfaSupport: Boolean(r.mfa_support),
    scimSupport: Boolean(r.scim_support),
    seats: (r.seats as number | null) ?? null,
    website: (r.website as string) ?? null,
    nextAttestationExpiry: isoDateOrNull(r.next_attestation_expiry),
    updatedAt: isoTime(r.updated_at),
  };
}

function filtersSql(ctx: Ctx, q: AppListQuery, today: string): SQL {
  const parts: SQL[] = [appScopeSql(ctx)];
  if (q.q) parts.push(sql`(a.name ILIKE ${likePattern(q.q)} OR v.name ILIKE ${likePattern(q.q)})`);
  if (q.status?.length) parts.push(sql`a.lifecycle_status = ANY(${textArray(q.status)})`);
  if (q.category?.length) parts.push(sql`a.category = ANY(${textArray(q.category)})`);
  if (q.department?.length) parts.push(sql`a.department_ids && ${uuidArray(q.department)}`);
  if (q.owner) parts.push(sql`(a.business_owner_id = ${q.owner} OR a.it_owner_id = ${q.owner})`);
  if (q.dataClass?.length) parts.push(sql`a.data_classes && ${textArray(q.dataClass)}`);
  if (q.sso !== undefined) parts.push(sql`a.sso_support = ${q.sso}`);
  if (q.attestationExpiringDays !== undefined)
    parts.push(sql`a.next_attestation_expiry <= (${today}::date + ${q.attestationExpiringDays}::int)`);
  return sql.join(parts, sql` AND `);
}

const SORTS: Record<string, SQL> = {
  name: sql`lower(a.name)`,
  category: sql`a.category`,
  lifecycleStatus: sql`a.lifecycle_status`,
  vendor: sql`lower(v.name)`,
  seats: sql`a.seats`,
  updatedAt: sql`a.updated_at`,
  nextAttestationExpiry: sql`a.next_attestation_expiry`,
};

export async function listAppRows(ctx: Ctx, q: AppListQuery, today: string): Promise<{ items: AppSummary[]; total: number }> {
  const depts = await departmentMap(ctx);
  const where = filtersSql(ctx, q, today);
  // One round trip: the window count rides along with the page.
  const items = await rows<AppRow & { _total: number }>(
    exec(ctx),
    sql`${SELECT_SUMMARY_WITH_TOTAL} WHERE ${where} ORDER BY ${sortSql(q.sort, SORTS, sql`a.id`)} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
  );
  let total = items.length ? Number(items[0]._total) : 0;
  if (!items.length && q.page > 1) {
    const c = await rows<{ n: number }>(exec(ctx), sql`SELECT count(*)::int AS n FROM apps a LEFT JOIN vendors v ON v.id = a.vendor_id WHERE ${where}`);
    total = Number(c[0]?.n ?? 0);
  }
  return { items: items.map((row) => toSummary(row, depts)), total };
}

export async function getAppRow(ctx: Ctx, id: string): Promise<AppRow | undefined> {
  const r = await rows<AppRow>(exec(ctx), sql`${SELECT_SUMMARY} WHERE a.id = ${id}`);
  return r[0];
}

export function attestationStatus(expiresOn: string | null, today: string): Attestation['status'] {
  if (!expiresOn) return 'no_expiry';
  if (expiresOn < today) return 'expired';
  const soon = new Date(`${today}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 90);
  return expiresOn <= soon.toISOString().slice(0, 10) ? 'expiring' : 'valid';
}

export async function listAttestations(ctx: Ctx, appId: string, today: string): Promise<Attestation[]> {
  const r = await rows<Record<string, unknown>>(
    exec(ctx),
    sql`SELECT t.id, t.app_id, t.type, t.issued_on::text AS issued_on, t.expires_on::text AS expires_on, t.document_id, t.notes, d.name AS document_name
        FROM attestations t LEFT JOIN documents d ON d.id = t.document_id
        WHERE t.app_id = ${appId} ORDER BY t.expires_on NULLS LAST, t.type`,
  );
  return r.map((t) => ({
    id: t.id as string,
    appId: t.app_id as string,
    type: t.type as Attestation['type'],
    issuedOn: isoDateOrNull(t.issued_on),
    expiresOn: isoDateOrNull(t.expires_on),
    status: attestationStatus(isoDateOrNull(t.expires_on), today),
    documentId: (t.document_id as string) ?? null,
    documentName: (t.document_name as string) ?? null,
    notes: (t.notes as string) ?? null,
  }));
}

/** Keeps apps.next_attestation_expiry equal to the earliest expiry of the app's attestations. */
export async function refreshNextExpiry(ctx: Ctx, appId: string): Promise<void> {
  await exec(ctx).execute(
    sql`UPDATE apps SET next_attestation_expiry = (SELECT min(expires_on) FROM attestations WHERE app_id = ${appId}) WHERE id = ${appId}`,
  );
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
