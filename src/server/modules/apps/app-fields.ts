import { sql } from 'drizzle-orm';
import type { AppUpdateInput } from '../../../shared/schemas/apps.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError } from '../../platform/errors.js';
import { rows, uuidArray } from '../../platform/sql.js';

/** Owners must be known people; departments must exist. Says which field is wrong. */
export async function validateReferences(ctx: Ctx, input: AppUpdateInput): Promise<Map<string, string>> {
  const personIds = [input.businessOwnerId, input.itOwnerId].filter((x): x is string => !!x);
  const names = new Map<string, string>();
  if (personIds.length) {
    const found = await rows<{ id: string; name: string }>(exec(ctx), sql`SELECT id, name FROM people WHERE id = ANY(${uuidArray(personIds)})`);
    for (const p of found) names.set(p.id, p.name);
    for (const field of ['businessOwnerId', 'itOwnerId'] as const) {
      const v = input[field];
      if (v && !names.has(v)) throw new AppError('validation_failed', `Unknown person for ${field}`, [{ path: [field], message: 'No such person' }]);
    }
  }
  if (input.departmentIds?.length) {
    const found = await rows<{ id: string }>(exec(ctx), sql`SELECT id FROM departments WHERE id = ANY(${uuidArray(input.departmentIds)})`);
    if (found.length !== new Set(input.departmentIds).size)
      throw new AppError('validation_failed', 'Unknown department in departmentIds', [{ path: ['departmentIds'], message: 'No such department' }]);
  }
  return names;
}

/** Rewrites the app's department links and the denormalised array together. */
export async function setAppDepartments(ctx: Ctx, appId: string, departmentIds: string[]): Promise<void> {
  const ids = [...new Set(departmentIds)];
  await exec(ctx).execute(sql`DELETE FROM app_departments WHERE app_id = ${appId}`);
  if (ids.length)
    await exec(ctx).execute(sql`INSERT INTO app_departments (app_id, department_id) SELECT ${appId}, unnest(${uuidArray(ids)})`);
  await exec(ctx).execute(sql`UPDATE apps SET department_ids = ${uuidArray(ids)} WHERE id = ${appId}`);
}
