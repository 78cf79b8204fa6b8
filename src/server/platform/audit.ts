import { uuidv7 } from '../../shared/ids.js';
import { auditLog } from '../db/schema/index.js';
import type { Ctx } from './ctx.js';
import { AppError } from './errors.js';

export type AuditInput = {
  action: string;
  entityType: string;
  entityId?: string | null;
  entityLabel?: string | null;
  appId?: string | null;
  departmentIds?: string[];
  before?: unknown;
  after?: unknown;
};

/** Writes one audit row inside the caller's transaction; refuses to run outside one. */
export async function audit(ctx: Ctx, entry: AuditInput): Promise<void> {
  if (!ctx.tx) throw new AppError('internal', 'audit() must run inside withTx');
  await ctx.tx.insert(auditLog).values({
    id: uuidv7(),
    actorType: ctx.actor.type,
    actorId: ctx.actor.id,
    actorLabel: ctx.actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    entityLabel: entry.entityLabel ?? null,
    appId: entry.appId ?? null,
    departmentIds: entry.departmentIds ?? [],
    before: entry.before ?? null,
    after: entry.after ?? null,
    requestId: ctx.requestId,
  });
}

/** Keeps only the fields that changed, so history reads "owner: A → B". */
export function diff<T extends Record<string, unknown>>(before: T, after: Partial<T>): { before: Partial<T>; after: Partial<T> } | null {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (after[key] === undefined) continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return Object.keys(a).length ? { before: b, after: a } : null;
}
