import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { UserCreateInput, UserListQuery, UserUpdateInput, type User } from '../../../shared/schemas/org.js';
import { audit, diff } from '../../platform/audit.js';
import { requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { PageResult } from '../../platform/paging.js';
import { isoTime, isoTimeOrNull, likePattern, rows, sortSql, textArray, uuidArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { hashPassword } from '../auth/passwords.js';
import { departmentMap, refs } from '../org/departments.repo.js';

const SORTS = { name: sql`lower(u.name)`, email: sql`u.email`, role: sql`u.role`, lastLoginAt: sql`u.last_login_at` };

async function toUsers(ctx: Ctx, r: Record<string, unknown>[]): Promise<User[]> {
  const depts = await departmentMap(ctx);
  return r.map((u) => ({
    id: u.id as string, email: u.email as string, name: u.name as string, role: u.role as User['role'],
    departmentScope: refs(depts, u.scope_department_ids as string[]), disabled: Boolean(u.disabled),
    lastLoginAt: isoTimeOrNull(u.last_login_at), createdAt: isoTime(u.created_at),
  }));
}

export async function listUsers(ctx: Ctx, input: unknown): Promise<PageResult<User>> {
  requirePermission(ctx, 'user.admin');
  const q = UserListQuery.parse(input);
  const parts = [sql`TRUE`];
  if (q.q) parts.push(sql`(u.name ILIKE ${likePattern(q.q)} OR u.email ILIKE ${likePattern(q.q)})`);
  if (q.role?.length) parts.push(sql`u.role = ANY(${textArray(q.role)})`);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`SELECT u.*, count(*) OVER () AS _total FROM users u WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY ${sortSql(q.sort, SORTS, sql`u.id`)} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: await toUsers(ctx, r), total: Number(r[0]?._total ?? 0), page: q.page, pageSize: q.pageSize };
}

export async function getUser(ctx: Ctx, id: string): Promise<User> {
  requirePermission(ctx, 'user.admin');
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`SELECT * FROM users WHERE id = ${id}`);
  if (!r[0]) throw notFound('User');
  return (await toUsers(ctx, r))[0];
}

export async function checkDepartments(ctx: Ctx, ids: string[]) {
  if (!ids.length) return;
  const found = await rows(exec(ctx), sql`SELECT id FROM departments WHERE id = ANY(${uuidArray(ids)})`);
  if (found.length !== new Set(ids).size) throw new AppError('validation_failed', 'Unknown department in the scope', [{ path: ['departmentScopeIds'], message: 'No such department' }]);
}

/** Adds an account; the person record is linked when the e-mail is in the directory. */
export async function createUser(ctx: Ctx, input: unknown): Promise<User> {
  requirePermission(ctx, 'user.admin');
  const data = UserCreateInput.parse(input);
  const email = data.email.toLowerCase();
  const hash = await hashPassword(data.password);
  return withTx(ctx, async (ctx) => {
    await checkDepartments(ctx, data.departmentScopeIds);
    const dup = await rows(exec(ctx), sql`SELECT 1 FROM users WHERE lower(email) = ${email}`);
    if (dup.length) throw new AppError('conflict', `A user with e-mail ${email} exists already`);
    const id = uuidv7();
    await exec(ctx).execute(sql`INSERT INTO users (id, email, name, password_hash, role, scope_department_ids, person_id)
      VALUES (${id}, ${email}, ${data.name}, ${hash}, ${data.role}, ${uuidArray(data.departmentScopeIds)},
              (SELECT id FROM people WHERE lower(email) = ${email}))`);
    await audit(ctx, { action: 'user.create', entityType: 'user', entityId: id, entityLabel: data.name, after: { email, name: data.name, role: data.role, departmentScopeIds: data.departmentScopeIds } });
    return getUser(ctx, id);
  });
}

/** Changes a user's role, scope, name or disables them; their sessions end when access shrinks. */
export async function updateUser(ctx: Ctx, id: string, input: unknown): Promise<User> {
  requirePermission(ctx, 'user.admin');
  const data = UserUpdateInput.parse(input);
  return withTx(ctx, async (ctx) => {
    const current = await getUser(ctx, id);
    if (id === ctx.actor.userId && (data.disabled || (data.role && data.role !== 'it_admin')))
      throw new AppError('conflict', 'You cannot remove your own admin access; ask another IT admin');
    if (data.departmentScopeIds) await checkDepartments(ctx, data.departmentScopeIds);
    if (data.name !== undefined) await exec(ctx).execute(sql`UPDATE users SET name = ${data.name} WHERE id = ${id}`);
    if (data.role !== undefined) await exec(ctx).execute(sql`UPDATE users SET role = ${data.role} WHERE id = ${id}`);
    if (data.departmentScopeIds !== undefined) await exec(ctx).execute(sql`UPDATE users SET scope_department_ids = ${uuidArray(data.departmentScopeIds)} WHERE id = ${id}`);
    if (data.disabled !== undefined) await exec(ctx).execute(sql`UPDATE users SET disabled = ${data.disabled} WHERE id = ${id}`);
    if (data.disabled) await exec(ctx).execute(sql`DELETE FROM sessions WHERE user_id = ${id}`);
    const before = { name: current.name, role: current.role, departmentScopeIds: current.departmentScope.map((d) => d.id).sort(), disabled: current.disabled };
    const changes = diff<Record<string, unknown>>(before, { ...data, ...(data.departmentScopeIds ? { departmentScopeIds: [...data.departmentScopeIds].sort() } : {}) });
    if (changes && 'departmentScopeIds' in changes.after) {
      const names = await departmentMap(ctx);
      changes.before.departmentScopeNames = (changes.before.departmentScopeIds as string[]).map((id) => names.get(id) ?? id);
      changes.after.departmentScopeNames = (changes.after.departmentScopeIds as string[]).map((id) => names.get(id) ?? id);
    }
    if (changes) await audit(ctx, { action: 'user.update', entityType: 'user', entityId: id, entityLabel: current.name, ...changes });
    return getUser(ctx, id);
  });
}
