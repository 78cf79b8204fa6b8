import { sql, type SQL } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { PersonInput, PersonListQuery, PersonUpdateInput, type Person } from '../../../shared/schemas/org.js';
import { audit, diff } from '../../platform/audit.js';
import { inScope, requireDepartmentsInScope, requirePermission } from '../../platform/authz.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { PageResult } from '../../platform/paging.js';
import { isoDateOrNull, likePattern, rows, sortSql, textArray, uuidArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { refreshDiscovery } from '../discovery/refresh.js';

const SELECT = sql`
  SELECT p.id, p.name, p.email, p.aliases, p.title, p.status, p.start_date::text AS start_date, p.end_date::text AS end_date,
         d.id AS dept_id, d.name AS dept_name, m.id AS mgr_id, m.name AS mgr_name, m.email AS mgr_email,
         (SELECT count(*)::int FROM apps a WHERE a.business_owner_id = p.id OR a.it_owner_id = p.id) AS owned_apps,
         count(*) OVER () AS _total
  FROM people p LEFT JOIN departments d ON d.id = p.department_id LEFT JOIN people m ON m.id = p.manager_id`;

function toPerson(r: Record<string, unknown>): Person {
  return {
    id: r.id as string, name: r.name as string, email: r.email as string, aliases: (r.aliases as string[]) ?? [], title: (r.title as string) ?? null,
    department: r.dept_id ? { id: r.dept_id as string, name: r.dept_name as string } : null,
    manager: r.mgr_id ? { id: r.mgr_id as string, name: r.mgr_name as string, email: r.mgr_email as string } : null,
    status: r.status as Person['status'], startDate: isoDateOrNull(r.start_date), endDate: isoDateOrNull(r.end_date),
    ownedApps: Number(r.owned_apps),
  };
}
const SORTS = { name: sql`lower(p.name)`, email: sql`p.email`, department: sql`d.name`, startDate: sql`p.start_date` };

function scopeSql(ctx: Ctx): SQL {
  return ctx.scope === null ? sql`TRUE` : sql`p.department_id = ANY(${uuidArray(ctx.scope)})`;
}

/** The people directory (from the HR list); scoped roles see their departments' people. */
export async function listPeople(ctx: Ctx, input: unknown): Promise<PageResult<Person>> {
  requirePermission(ctx, 'person.read');
  const q = PersonListQuery.parse(input);
  const parts = [scopeSql(ctx)];
  if (q.q) parts.push(sql`(p.name ILIKE ${likePattern(q.q)} OR p.email ILIKE ${likePattern(q.q)} OR p.title ILIKE ${likePattern(q.q)})`);
  if (q.department?.length) parts.push(sql`p.department_id = ANY(${uuidArray(q.department)})`);
  if (q.status?.length) parts.push(sql`p.status = ANY(${textArray(q.status)})`);
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE ${sql.join(parts, sql` AND `)}
    ORDER BY ${sortSql(q.sort, SORTS, sql`p.id`)} LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`);
  return { items: r.map(toPerson), total: Number(r[0]?._total ?? 0), page: q.page, pageSize: q.pageSize };
}

export async function getPerson(ctx: Ctx, id: string): Promise<Person> {
  requirePermission(ctx, 'person.read');
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`${SELECT} WHERE p.id = ${id} AND ${scopeSql(ctx)}`);
  if (!r[0]) throw notFound('Person');
  return toPerson(r[0]);
}

async function checkRefs(ctx: Ctx, data: { departmentId?: string | null; managerId?: string | null }) {
  if (data.departmentId) {
    const d = await rows(exec(ctx), sql`SELECT 1 FROM departments WHERE id = ${data.departmentId}`);
    if (!d.length) throw new AppError('validation_failed', 'Unknown department', [{ path: ['departmentId'], message: 'No such department' }]);
  }
  if (data.managerId) {
    const m = await rows(exec(ctx), sql`SELECT 1 FROM people WHERE id = ${data.managerId}`);
    if (!m.length) throw new AppError('validation_failed', 'Unknown manager', [{ path: ['managerId'], message: 'No such person' }]);
  }
}

export async function createPerson(ctx: Ctx, input: unknown): Promise<Person> {
  requirePermission(ctx, 'person.write');
  const data = PersonInput.parse(input);
  if (data.departmentId) requireDepartmentsInScope(ctx, [data.departmentId]);
  return withTx(ctx, async (ctx) => {
    await checkRefs(ctx, data);
    const dup = await rows(exec(ctx), sql`SELECT 1 FROM people WHERE lower(email) = lower(${data.email})`);
    if (dup.length) throw new AppError('conflict', `${data.email} is already in the directory`);
    const id = uuidv7();
    await exec(ctx).execute(sql`INSERT INTO people (id, email, aliases, name, title, department_id, manager_id, status, start_date, end_date)
      VALUES (${id}, ${data.email.toLowerCase()}, ${textArray(data.aliases ?? [])}, ${data.name}, ${data.title ?? null}, ${data.departmentId ?? null}, ${data.managerId ?? null},
              ${data.status ?? 'active'}, ${data.startDate ?? null}, ${data.endDate ?? null})`);
    await audit(ctx, { action: 'person.create', entityType: 'person', entityId: id, entityLabel: data.name, departmentIds: data.departmentId ? [data.departmentId] : [], after: data });
    const keys = [data.email.toLowerCase(), ...(data.aliases ?? [])];
    if ((await rows(exec(ctx), sql`SELECT 1 FROM discovered_users WHERE user_key = ANY(${textArray(keys)}) LIMIT 1`)).length) await refreshDiscovery(ctx);
    return getPerson(ctx, id);
  });
}

const COLUMNS: Record<string, string> = { name: 'name', email: 'email', title: 'title', departmentId: 'department_id', managerId: 'manager_id', status: 'status', startDate: 'start_date', endDate: 'end_date' };

export async function updatePerson(ctx: Ctx, id: string, input: unknown): Promise<Person> {
  requirePermission(ctx, 'person.write');
  const data = PersonUpdateInput.parse(input);
  if (data.departmentId) requireDepartmentsInScope(ctx, [data.departmentId]);
  return withTx(ctx, async (ctx) => {
    const current = await getPerson(ctx, id);
    if (!inScope(ctx, current.department ? [current.department.id] : [])) throw notFound('Person');
    await checkRefs(ctx, data);
    if (data.managerId === id) throw new AppError('validation_failed', 'A person cannot manage themselves', [{ path: ['managerId'], message: 'Self' }]);
    const sets = Object.entries(COLUMNS).filter(([k]) => data[k as keyof typeof data] !== undefined).map(([k, c]) => sql`${sql.identifier(c)} = ${data[k as keyof typeof data] as string | null}`);
    if (data.aliases !== undefined) sets.push(sql`aliases = ${textArray(data.aliases)}`);
    if (!sets.length) throw new AppError('bad_request', 'Nothing to change');
    await exec(ctx).execute(sql`UPDATE people SET ${sql.join(sets, sql`, `)}, updated_at = now() WHERE id = ${id}`);
    // Who signed in as whom, and who left, decide which sign-ins are outside the HR list.
    if (['email', 'aliases', 'status', 'endDate', 'departmentId'].some((k) => data[k as keyof typeof data] !== undefined)) await refreshDiscovery(ctx);
    const before = { name: current.name, email: current.email, aliases: current.aliases, title: current.title, departmentId: current.department?.id ?? null, managerId: current.manager?.id ?? null, status: current.status, startDate: current.startDate, endDate: current.endDate };
    const changes = diff<Record<string, unknown>>(before, data);
    if (changes) await audit(ctx, { action: 'person.update', entityType: 'person', entityId: id, entityLabel: current.name, departmentIds: [before.departmentId, data.departmentId].filter((x): x is string => !!x), ...changes });
    return getPerson(ctx, id);
  });
}
