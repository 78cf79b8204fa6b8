import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { DepartmentInput, DepartmentListQuery, type Department } from '../../../shared/schemas/org.js';
import { audit, diff } from '../../platform/audit.js';
import { inScope, requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { PageResult } from '../../platform/paging.js';
import { likePattern, rows, sortSql, uuidArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';

const SELECT = sql`
  SELECT d.id, d.name, h.id AS head_id, h.name AS head_name, h.email AS head_email,
    (SELECT count(*)::int FROM people p WHERE p.department_id = d.id) AS people_count,
    (SELECT count(*)::int FROM people p WHERE p.department_id = d.id AND p.status = 'active') AS active_count,
    (SELECT count(*)::int FROM app_departments ad WHERE ad.department_id = d.id) AS app_count,
    count(*) OVER () AS _total
  FROM departments d LEFT JOIN people h ON h.id = d.head_id`;

function toDept(r: Record<string, unknown>): Department {
  return {
    id: r.id as string, name: r.name as string,
    head: r.head_id ? { id: r.head_id as string, name: r.head_name as string, email: r.head_email as string } : null,
    peopleCount: Number(r.people_count), activeCount: Number(r.active_count), appCount: Number(r.app_count),
  };
}
const SORTS = { name: sql`lower(d.name)`, peopleCount: sql`people_count`, appCount: sql`app_count` };

export async function listDepartments(ctx: Ctx, input: unknown): Promise<PageResult<Department>> {
  requirePermission(ctx, 'department.read');
  const q = DepartmentListQuery.parse(input);
  const where = sql.join([ctx.scope === null ? sql`TRUE` : sql`d.id = ANY(${uuidArray(ctx.scope)})`, q.q ? sql`d.name ILIKE ${likePattern(q.q)}` : sql`TRUE`], sql` AND `);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE ${where} ORDER BY ${sortSql(q.sort, SORTS, sql`d.id`)} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: r.map(toDept), total: Number(r[0]?._total ?? 0), page: q.page, pageSize: q.pageSize };
}

export async function getDepartment(ctx: Ctx, id: string): Promise<Department> {
  requirePermission(ctx, 'department.read');
  if (!inScope(ctx, [id])) throw notFound('Department');
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE d.id = ${id}`);
  if (!r[0]) throw notFound('Department');
  return toDept(r[0]);
}

async function checkHead(ctx: Ctx, headId: string | null | undefined) {
  if (!headId) return;
  const r = await rows(exec(ctx), sql`SELECT 1 FROM people WHERE id = ${headId}`);
  if (!r.length) throw new AppError('validation_failed', 'Unknown person for headId', [{ path: ['headId'], message: 'No such person' }]);
}

export async function createDepartment(ctx: Ctx, input: unknown): Promise<Department> {
  requirePermission(ctx, 'department.write');
  const data = DepartmentInput.parse(input);
  return withTx(ctx, async (ctx) => {
    const dup = await rows(exec(ctx), sql`SELECT 1 FROM departments WHERE lower(name) = lower(${data.name})`);
    if (dup.length) throw new AppError('conflict', `A department named ${data.name} exists already`);
    await checkHead(ctx, data.headId);
    const id = uuidv7();
    await exec(ctx).execute(sql`INSERT INTO departments (id, name, head_id) VALUES (${id}, ${data.name}, ${data.headId ?? null})`);
    await audit(ctx, { action: 'department.create', entityType: 'department', entityId: id, entityLabel: data.name, departmentIds: [id], after: data });
    return getDepartment(ctx, id);
  });
}

export async function updateDepartment(ctx: Ctx, id: string, input: unknown): Promise<Department> {
  requirePermission(ctx, 'department.write');
  const data = DepartmentInput.partial().parse(input);
  return withTx(ctx, async (ctx) => {
    const current = await getDepartment(ctx, id);
    await checkHead(ctx, data.headId);
    if (data.name !== undefined) await exec(ctx).execute(sql`UPDATE departments SET name = ${data.name} WHERE id = ${id}`);
    if (data.headId !== undefined) await exec(ctx).execute(sql`UPDATE departments SET head_id = ${data.headId} WHERE id = ${id}`);
    const changes = diff<Record<string, unknown>>({ name: current.name, headId: current.head?.id ?? null }, data);
    if (changes) await audit(ctx, { action: 'department.update', entityType: 'department', entityId: id, entityLabel: data.name ?? current.name, departmentIds: [id], ...changes });
    return getDepartment(ctx, id);
  });
}
