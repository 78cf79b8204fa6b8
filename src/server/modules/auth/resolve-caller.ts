import { sql } from 'drizzle-orm';
import { ROLES, type Role } from '../../../shared/enums.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../platform/ctx.js';
import { readCache } from '../../platform/read-cache.js';
import { rows } from '../../platform/sql.js';
import { sha256 } from './tokens.js';

export type Caller = {
  actor: Actor;
  role: Role;
  scope: string[] | null;
  via: 'session' | 'token' | 'local';
  csrfToken?: string;
  expiresAt?: number | null;
  tokenId?: string;
  lastUsedAt?: number | null;
};

function scopeOf(ids: string[] | null): string[] | null {
  return ids && ids.length ? ids : null;
}

/** Session cookie → caller (null when unknown, expired or the user is disabled). */
export async function callerFromSession(database: Database, token: string): Promise<Caller | null> {
  const hash = sha256(token);
  const c = await readCache(database).get(`session:${hash}`, async () => {
    const r = await rows<Record<string, unknown>>(database.db, sql`
      SELECT s.csrf_token, s.expires_at, u.id, u.name, u.email, u.role, u.scope_department_ids
      FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ${hash} AND NOT u.disabled`);
    const row = r[0];
    if (!row || !ROLES.includes(row.role as Role)) return null;
    return {
      actor: { type: 'user', id: row.id as string, label: row.name as string, userId: row.id as string },
      role: row.role as Role, scope: scopeOf(row.scope_department_ids as string[]), via: 'session',
      csrfToken: row.csrf_token as string, expiresAt: new Date(row.expires_at as string).getTime(),
    } satisfies Caller;
  });
  if (!c || (c.expiresAt && c.expiresAt < Date.now())) return null;
  return c;
}

/** `Authorization: Bearer tdm_…` → caller for that API token. */
export async function callerFromApiToken(database: Database, token: string): Promise<Caller | null> {
  const hash = sha256(token);
  const c = await readCache(database).get(`token:${hash}`, async () => {
    const r = await rows<Record<string, unknown>>(database.db, sql`
      SELECT t.id, t.name, t.role, t.scope_department_ids, t.expires_at, t.last_used_at, t.created_by
      FROM api_tokens t WHERE t.token_hash = ${hash} AND t.revoked_at IS NULL`);
    const row = r[0];
    if (!row || !ROLES.includes(row.role as Role)) return null;
    return {
      actor: { type: 'token', id: row.id as string, label: `API token “${row.name as string}”`, userId: (row.created_by as string) ?? null },
      role: row.role as Role, scope: scopeOf(row.scope_department_ids as string[]), via: 'token', tokenId: row.id as string,
      expiresAt: row.expires_at ? new Date(row.expires_at as string).getTime() : null,
      lastUsedAt: row.last_used_at ? new Date(row.last_used_at as string).getTime() : null,
    } satisfies Caller;
  });
  if (!c || (c.expiresAt && c.expiresAt < Date.now())) return null;
  // Usage is recorded at most once a minute, so a busy integration does not write on every call.
  if (!c.lastUsedAt || Date.now() - c.lastUsedAt > 60_000) {
    c.lastUsedAt = Date.now();
    await database.db.execute(sql`UPDATE api_tokens SET last_used_at = now() WHERE id = ${c.tokenId!}`);
  }
  return c;
}
