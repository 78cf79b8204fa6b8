import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { ApiTokenCreateInput, ApiTokenListQuery, type ApiToken } from '../../../shared/schemas/org.js';
import { audit } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { PageResult } from '../../platform/paging.js';
import { isoTime, isoTimeOrNull, likePattern, rows, sortSql, uuidArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { newSecret, sha256 } from '../auth/tokens.js';
import { departmentMap, refs } from '../org/departments.repo.js';
import { checkDepartments } from '../users/users.js';

export const TOKEN_PREFIX = 'tdm_';
const SORTS = { name: sql`lower(t.name)`, createdAt: sql`t.created_at` };

async function toTokens(ctx: Ctx, r: Record<string, unknown>[]): Promise<ApiToken[]> {
  const depts = await departmentMap(ctx);
  return r.map((t) => ({
    id: t.id as string, name: t.name as string, prefix: t.prefix as string, role: t.role as ApiToken['role'],
    departmentScope: refs(depts, t.scope_department_ids as string[]), createdBy: (t.created_by_name as string) ?? null,
    createdAt: isoTime(t.created_at), expiresAt: isoTimeOrNull(t.expires_at), lastUsedAt: isoTimeOrNull(t.last_used_at), revokedAt: isoTimeOrNull(t.revoked_at),
  }));
}
const SELECT = sql`SELECT t.*, u.name AS created_by_name, count(*) OVER () AS _total FROM api_tokens t LEFT JOIN users u ON u.id = t.created_by`;

export async function listApiTokens(ctx: Ctx, input: unknown): Promise<PageResult<ApiToken>> {
  requirePermission(ctx, 'token.admin');
  const q = ApiTokenListQuery.parse(input);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE ${q.q ? sql`t.name ILIKE ${likePattern(q.q)}` : sql`TRUE`}
    ORDER BY ${sortSql(q.sort, SORTS, sql`t.id`)} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: await toTokens(ctx, r), total: Number(r[0]?._total ?? 0), page: q.page, pageSize: q.pageSize };
}

async function getToken(ctx: Ctx, id: string): Promise<ApiToken> {
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE t.id = ${id}`);
  if (!r[0]) throw notFound('API token');
  return (await toTokens(ctx, r))[0];
}

/** Creates a token for an integration; the secret is returned once and only its hash is kept. */
export async function createApiToken(ctx: Ctx, input: unknown): Promise<{ token: ApiToken; secret: string }> {
  requirePermission(ctx, 'token.admin');
  const data = ApiTokenCreateInput.parse(input);
  if (data.expiresAt && new Date(data.expiresAt).getTime() <= Date.now())
    throw new AppError('validation_failed', 'The expiry must be in the future', [{ path: ['expiresAt'], message: 'In the past' }]);
  const secret = newSecret(TOKEN_PREFIX);
  return withTx(ctx, async (ctx) => {
    await checkDepartments(ctx, data.departmentScopeIds);
    const id = uuidv7();
    await exec(ctx).execute(sql`INSERT INTO api_tokens (id, name, token_hash, prefix, role, scope_department_ids, created_by, expires_at)
      VALUES (${id}, ${data.name}, ${sha256(secret)}, ${secret.slice(0, TOKEN_PREFIX.length + 6)}, ${data.role}, ${uuidArray(data.departmentScopeIds)},
              ${ctx.actor.userId}, ${data.expiresAt ?? null})`);
    await audit(ctx, { action: 'token.create', entityType: 'api_token', entityId: id, entityLabel: data.name, after: { name: data.name, role: data.role, departmentScopeIds: data.departmentScopeIds, expiresAt: data.expiresAt ?? null } });
    return { token: await getToken(ctx, id), secret };
  });
}

export async function revokeApiToken(ctx: Ctx, id: string): Promise<ApiToken> {
  requirePermission(ctx, 'token.admin');
  return withTx(ctx, async (ctx) => {
    const t = await getToken(ctx, id);
    if (t.revokedAt) throw new AppError('conflict', 'The token is already revoked');
    await exec(ctx).execute(sql`UPDATE api_tokens SET revoked_at = now() WHERE id = ${id}`);
    await audit(ctx, { action: 'token.revoke', entityType: 'api_token', entityId: id, entityLabel: t.name, before: { revokedAt: null }, after: { revokedAt: new Date().toISOString() } });
    return getToken(ctx, id);
  });
}
