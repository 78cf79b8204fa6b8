import { sql } from 'drizzle-orm';
import { uuidv7 } from '../../../shared/ids.js';
import { insertRows } from '../../platform/bulk.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { rows } from '../../platform/sql.js';
import type { AuditInput } from '../../platform/audit.js';
import { auditMany } from './audit-rows.js';
import type { PersonRow } from './formats/types.js';

export type PeopleOutcome = { created: number; updated: number; unchanged: number; leavers: number; departmentsCreated: number; managersUnresolved: number };

type Existing = { id: string; email: string; name: string; title: string | null; department_id: string | null; manager_id: string | null; status: string; start_date: string | null; end_date: string | null };

/**
 * Applies an HR list inside the import's final transaction: creates missing departments, creates or
 * updates people by e-mail, resolves managers (by e-mail, the file's employee ids, or name) and marks
 * leavers. People absent from the file are left alone: HR reports are often partial.
 */
export async function applyPeople(ctx: Ctx, list: PersonRow[]): Promise<PeopleOutcome> {
  const ex = exec(ctx);
  const outcome: PeopleOutcome = { created: 0, updated: 0, unchanged: 0, leavers: 0, departmentsCreated: 0, managersUnresolved: 0 };
  const audits: AuditInput[] = [];

  const depts = new Map((await rows<{ id: string; name: string }>(ex, sql`SELECT id, name FROM departments`)).map((d) => [d.name.toLowerCase(), d.id]));
  const newDepts: unknown[][] = [];
  for (const p of list) {
    const name = p.department?.trim();
    if (name && !depts.has(name.toLowerCase())) {
      const id = uuidv7();
      depts.set(name.toLowerCase(), id);
      newDepts.push([id, name]);
      audits.push({ action: 'department.create', entityType: 'department', entityId: id, entityLabel: name, departmentIds: [id], after: { name } });
    }
  }
  await insertRows(ex, 'departments', [['id', 'uuid'], ['name', 'text']], newDepts);
  outcome.departmentsCreated = newDepts.length;

  const existing = new Map((await rows<Existing>(ex, sql`SELECT id, email, name, title, department_id, manager_id, status, start_date::text, end_date::text FROM people`)).map((p) => [p.email.toLowerCase(), p]));
  const idByEmail = new Map<string, string>([...existing.values()].map((p) => [p.email.toLowerCase(), p.id]));
  for (const p of list) if (!idByEmail.has(p.email)) idByEmail.set(p.email, uuidv7());
  const emailByEmployeeId = new Map(list.filter((p) => p.employeeId).map((p) => [p.employeeId!, p.email]));
  const idByName = new Map<string, string>();
  for (const p of existing.values()) idByName.set(p.name.toLowerCase(), p.id);
  for (const p of list) idByName.set(p.name.toLowerCase(), idByEmail.get(p.email)!);

  const upserts: unknown[][] = [];
  for (const p of list) {
    const id = idByEmail.get(p.email)!;
    let managerId: string | null = null;
    if (p.managerEmail) managerId = idByEmail.get(p.managerEmail.toLowerCase()) ?? null;
    else if (p.managerRef) {
      const viaId = emailByEmployeeId.get(p.managerRef);
      managerId = viaId ? (idByEmail.get(viaId) ?? null) : (idByName.get(normaliseDisplayName(p.managerRef)) ?? null);
    }
    if ((p.managerEmail || p.managerRef) && !managerId) outcome.managersUnresolved++;
    const next = {
      name: p.name,
      title: p.title,
      department_id: p.department ? depts.get(p.department.trim().toLowerCase())! : null,
      manager_id: managerId === id ? null : managerId,
      status: p.status,
      start_date: p.startDate,
      end_date: p.endDate,
    };
    const before = existing.get(p.email);
    if (before) {
      // Fields the file leaves empty keep their current value: an HR report without a title column is not "no titles".
      const merged = {
        name: next.name || before.name,
        title: next.title ?? before.title,
        department_id: next.department_id ?? before.department_id,
        manager_id: p.managerEmail || p.managerRef ? next.manager_id : before.manager_id,
        status: next.status,
        start_date: next.start_date ?? before.start_date,
        end_date: next.end_date ?? before.end_date,
      };
      const changed = (Object.keys(merged) as (keyof typeof merged)[]).filter((k) => (merged[k] ?? null) !== (before[k] ?? null));
      if (!changed.length) {
        outcome.unchanged++;
        continue;
      }
      outcome.updated++;
      if (merged.status === 'leaver' && before.status !== 'leaver') outcome.leavers++;
      upserts.push([id, p.email, merged.name, merged.title, merged.department_id, merged.manager_id, merged.status, merged.start_date, merged.end_date]);
      audits.push({
        action: merged.status === 'leaver' && before.status !== 'leaver' ? 'person.leaver' : 'person.update',
        entityType: 'person', entityId: id, entityLabel: merged.name, departmentIds: [merged.department_id, before.department_id].filter((x): x is string => !!x),
        before: Object.fromEntries(changed.map((k) => [camel(k), before[k]])), after: Object.fromEntries(changed.map((k) => [camel(k), merged[k]])),
      });
    } else {
      outcome.created++;
      if (next.status === 'leaver') outcome.leavers++;
      upserts.push([id, p.email, next.name, next.title, next.department_id, next.manager_id, next.status, next.start_date, next.end_date]);
      audits.push({ action: 'person.create', entityType: 'person', entityId: id, entityLabel: p.name, departmentIds: next.department_id ? [next.department_id] : [], after: { email: p.email, name: p.name, title: p.title, department: p.department, status: p.status, startDate: p.startDate, endDate: p.endDate } });
    }
  }
  await insertRows(
    ex,
    'people',
    [['id', 'uuid'], ['email', 'text'], ['name', 'text'], ['title', 'text'], ['department_id', 'uuid'], ['manager_id', 'uuid'], ['status', 'text'], ['start_date', 'date'], ['end_date', 'date']],
    upserts,
    { onConflict: sql`ON CONFLICT (email) DO UPDATE SET name = excluded.name, title = excluded.title, department_id = excluded.department_id, manager_id = excluded.manager_id,
      status = excluded.status, start_date = excluded.start_date, end_date = excluded.end_date, updated_at = now()` },
  );
  if (audits.length) await auditMany(ctx, audits);
  return outcome;
}

const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/Id$/, 'Id');

/** "Last, First" (BambooHR's supervisor) and "First Last" name the same person. */
function normaliseDisplayName(s: string): string {
  const t = s.trim().toLowerCase();
  const m = /^([^,]+),\s*(.+)$/.exec(t);
  return m ? `${m[2]} ${m[1]}` : t;
}
