import { sql } from 'drizzle-orm';
import { CATEGORIES, CATEGORY_LABELS, LIFECYCLE, type Category, type Lifecycle } from '../../../shared/enums.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { rows } from '../../platform/sql.js';
import { audit } from '../../platform/audit.js';
import type { Database } from '../../db/client.js';
import { createApp } from '../apps/create-app.js';
import { updateApp } from '../apps/update-app.js';
import { loadCatalog } from '../catalog/catalog.js';
import type { Matcher } from '../matching/index.js';
import type { AppRow, BadRow } from './formats/types.js';

/** An app row with its references resolved while reading, so the final transaction cannot fail on a bad line. */
export type StagedApp = {
  line: number;
  name: string;
  vendor: string | null;
  category: Category;
  catalogId: string | null;
  businessOwnerId: string | null;
  itOwnerId: string | null;
  departmentIds: string[];
  website: string | null;
  lifecycleStatus: Lifecycle | null;
  seats: number | null;
  notes: string | null;
};

export type AppLookups = { people: Map<string, string>; departments: Map<string, string> };

export async function appLookups(database: Database): Promise<AppLookups> {
  const people = new Map<string, string>();
  for (const p of await rows<{ id: string; email: string; name: string }>(database.db, sql`SELECT id, email, name FROM people WHERE status = 'active'`)) {
    people.set(p.email.toLowerCase(), p.id);
    people.set(p.name.toLowerCase(), p.id);
  }
  const departments = new Map((await rows<{ id: string; name: string }>(database.db, sql`SELECT id, name FROM departments`)).map((d) => [d.name.toLowerCase(), d.id]));
  return { people, departments };
}

const CATEGORY_BY_TEXT = new Map<string, Category>([
  ...CATEGORIES.map((c) => [c, c] as [string, Category]),
  ...CATEGORIES.map((c) => [CATEGORY_LABELS[c].toLowerCase(), c] as [string, Category]),
]);

/** Resolves owners, departments, category and the catalog app; a reference that names nobody is a bad row. */
export function stageApp(row: AppRow, lookups: AppLookups, matcher: Matcher): StagedApp | BadRow {
  const person = (v: string | null, column: string): string | null | BadRow => {
    if (!v) return null;
    const id = lookups.people.get(v.trim().toLowerCase());
    return id ?? { bad: true, line: row.line, column, reason: `No active person "${v}" (give an e-mail address of someone in People)` };
  };
  const business = person(row.businessOwner, 'business owner');
  if (business && typeof business === 'object') return business;
  const it = person(row.itOwner, 'IT owner');
  if (it && typeof it === 'object') return it;
  const departmentIds: string[] = [];
  for (const d of row.departments) {
    const id = lookups.departments.get(d.trim().toLowerCase());
    if (!id) return { bad: true, line: row.line, column: 'departments', reason: `No department "${d}"` };
    departmentIds.push(id);
  }
  let lifecycleStatus: Lifecycle | null = null;
  if (row.lifecycleStatus) {
    const v = row.lifecycleStatus.trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (!(LIFECYCLE as readonly string[]).includes(v)) return { bad: true, line: row.line, column: 'status', reason: `"${row.lifecycleStatus}" is not a lifecycle status (${LIFECYCLE.join(', ')})` };
    lifecycleStatus = v as Lifecycle;
  }
  const m = matcher.match({ text: row.name, source: 'apps_csv', hints: row.url ? { domain: row.url } : {} });
  const catalogApp = m.app && m.confidence >= 0.85 ? loadCatalog().byId.get(m.app.id) : undefined;
  const category = (row.category && CATEGORY_BY_TEXT.get(row.category.trim().toLowerCase())) || (catalogApp?.category as Category | undefined) || 'productivity';
  return {
    line: row.line,
    name: row.name.trim(),
    vendor: row.vendor ?? catalogApp?.vendor ?? null,
    category,
    catalogId: catalogApp?.id ?? null,
    businessOwnerId: business as string | null,
    itOwnerId: it as string | null,
    departmentIds,
    website: row.url ?? null,
    lifecycleStatus,
    seats: row.seats,
    notes: row.notes,
  };
}

export type AppsOutcome = { created: number; updated: number; unchanged: number };

/**
 * Adds the listed apps to the inventory inside the import's final transaction, through the same verbs
 * as the app pages (so each change is validated and audited); an app already in the inventory by name
 * gets the fields the file gives. App lists are hundreds of rows, so one verb call per row is fine.
 */
export async function applyApps(ctx: Ctx, list: StagedApp[]): Promise<AppsOutcome> {
  const out: AppsOutcome = { created: 0, updated: 0, unchanged: 0 };
  const existing = new Map((await rows<{ id: string; name: string; lifecycle_status: string }>(exec(ctx), sql`SELECT id, name, lifecycle_status FROM apps`)).map((a) => [a.name.toLowerCase(), a]));
  for (const a of list) {
    const fields = {
      vendor: a.vendor,
      category: a.category,
      website: a.website,
      businessOwnerId: a.businessOwnerId,
      itOwnerId: a.itOwnerId,
      ...(a.departmentIds.length ? { departmentIds: a.departmentIds } : {}),
      seats: a.seats,
      notes: a.notes,
    };
    const found = existing.get(a.name.toLowerCase());
    let id: string;
    if (found) {
      id = found.id;
      const given = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null && v !== undefined));
      await updateApp(ctx, id, given);
      out.updated++;
    } else {
      const created = await createApp(ctx, { name: a.name, ...fields });
      id = created.id;
      out.created++;
    }
    if (a.catalogId) await exec(ctx).execute(sql`UPDATE apps SET catalog_id = ${a.catalogId} WHERE id = ${id} AND catalog_id IS NULL`);
    const current = found?.lifecycle_status ?? 'discovered';
    if (a.lifecycleStatus && a.lifecycleStatus !== current) {
      // The file states where the app already is; that is a record of fact, not a workflow transition.
      await exec(ctx).execute(sql`UPDATE apps SET lifecycle_status = ${a.lifecycleStatus}, updated_at = now() WHERE id = ${id}`);
      await audit(ctx, { action: 'app.lifecycle', entityType: 'app', entityId: id, entityLabel: a.name, appId: id, departmentIds: a.departmentIds,
        before: { lifecycleStatus: current }, after: { lifecycleStatus: a.lifecycleStatus, reason: `Imported from an app list (line ${a.line})` } });
    }
  }
  return out;
}
