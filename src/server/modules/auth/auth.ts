import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { LoginInput, PasswordChangeInput, type AuthConfig, type SessionInfo, type SessionUser } from '../../../shared/schemas/auth.js';
import { ROLE_PERMISSIONS } from '../../../shared/permissions.js';
import type { Role } from '../../../shared/enums.js';
import type { Database } from '../../db/client.js';
import { audit } from '../../platform/audit.js';
import { exec, type Ctx } from '../../platform/ctx.js';
import { AppError } from '../../platform/errors.js';
import { rows, textArray } from '../../platform/sql.js';
import { withTx } from '../../platform/tx.js';
import { departmentMap, refs } from '../org/departments.repo.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { newSecret, sha256 } from './tokens.js';

export const SESSION_TTL_MS = 7 * 24 * 3600 * 1000;
/** Failed sign-ins allowed per e-mail and per IP address in the window before we refuse. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 5, perIp: 30 };

// Verifying against a real hash when the user is unknown keeps the timing the same for both cases.
let dummyHash: Promise<string> | null = null;

async function checkRateLimit(database: Database, email: string, ip: string) {
  const r = await rows<{ by_email: number; by_ip: number }>(database.db, sql`
    SELECT count(*) FILTER (WHERE email = ${email})::int AS by_email, count(*) FILTER (WHERE ip = ${ip})::int AS by_ip
    FROM login_failures WHERE at > now() - make_interval(mins => ${LOGIN_LIMITS.windowMinutes}) AND (email = ${email} OR ip = ${ip})`);
  if (r[0].by_email >= LOGIN_LIMITS.perEmail || r[0].by_ip >= LOGIN_LIMITS.perIp)
    throw new AppError('rate_limited', `Too many failed sign-ins. Try again in ${LOGIN_LIMITS.windowMinutes} minutes.`);
}

/** Signs in with e-mail and password; returns the session secret for the cookie. */
export async function login(ctx: Ctx, input: unknown, meta: { ip: string; userAgent?: string }): Promise<{ secret: string; info: SessionInfo }> {
  const data = LoginInput.parse(input);
  const email = data.email.trim().toLowerCase();
  await checkRateLimit(ctx.database, email, meta.ip);
  const r = await rows<{ id: string; password_hash: string | null; disabled: boolean; name: string }>(
    exec(ctx), sql`SELECT id, password_hash, disabled, name FROM users WHERE lower(email) = ${email}`);
  const user = r[0];
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await verifyPassword(user?.password_hash ?? (await dummyHash), data.password);
  if (!user || !ok || user.disabled) {
    await ctx.database.db.execute(sql`INSERT INTO login_failures (email, ip) VALUES (${email}, ${meta.ip})`);
    throw new AppError('unauthenticated', 'Wrong e-mail or password');
  }
  const secret = newSecret('');
  const csrf = randomBytes(24).toString('base64url');
  await withTx({ ...ctx, actor: { type: 'user', id: user.id, label: user.name, userId: user.id } }, async (tx) => {
    await exec(tx).execute(sql`INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, ip, user_agent)
      VALUES (${sha256(secret)}, ${user.id}, ${csrf}, ${new Date(Date.now() + SESSION_TTL_MS).toISOString()}, ${meta.ip}, ${meta.userAgent ?? null})`);
    await exec(tx).execute(sql`UPDATE users SET last_login_at = now() WHERE id = ${user.id}`);
    await exec(tx).execute(sql`DELETE FROM login_failures WHERE email = ${email}`);
    await exec(tx).execute(sql`DELETE FROM sessions WHERE expires_at < now()`);
    await audit(tx, { action: 'auth.login', entityType: 'user', entityId: user.id, entityLabel: user.name, after: { ip: meta.ip } });
  });
  return { secret, info: { user: await sessionUser(ctx, user.id), csrfToken: csrf } };
}

export async function logout(ctx: Ctx, secret: string): Promise<void> {
  await withTx(ctx, async (tx) => {
    await exec(tx).execute(sql`DELETE FROM sessions WHERE token_hash = ${sha256(secret)}`);
    await audit(tx, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.userId, entityLabel: ctx.actor.label });
  });
}

export async function sessionUser(ctx: Ctx, userId: string): Promise<SessionUser> {
  const r = await rows<Record<string, unknown>>(exec(ctx), sql`SELECT id, email, name, role, scope_department_ids, person_id FROM users WHERE id = ${userId}`);
  const u = r[0];
  if (!u) throw new AppError('unauthenticated', 'Not signed in');
  const depts = await departmentMap(ctx);
  const role = u.role as Role;
  return {
    id: u.id as string, email: u.email as string, name: u.name as string, role,
    departmentScope: refs(depts, u.scope_department_ids as string[]),
    permissions: [...ROLE_PERMISSIONS[role]], personId: (u.person_id as string) ?? null,
  };
}

/** Changes the caller's own password; other sessions of the user are signed out. */
export async function changePassword(ctx: Ctx, input: unknown, currentSecret: string | null): Promise<{ ok: true }> {
  const data = PasswordChangeInput.parse(input);
  if (ctx.actor.type !== 'user' || !ctx.actor.userId) throw new AppError('forbidden', 'Only a signed-in person can change their password');
  const r = await rows<{ password_hash: string | null }>(exec(ctx), sql`SELECT password_hash FROM users WHERE id = ${ctx.actor.userId}`);
  if (!(await verifyPassword(r[0]?.password_hash ?? null, data.currentPassword)))
    throw new AppError('validation_failed', 'The current password is wrong', [{ path: ['currentPassword'], message: 'Wrong password' }]);
  const hash = await hashPassword(data.newPassword);
  await withTx(ctx, async (tx) => {
    await exec(tx).execute(sql`UPDATE users SET password_hash = ${hash}, password_changed_at = now() WHERE id = ${ctx.actor.userId!}`);
    await exec(tx).execute(sql`DELETE FROM sessions WHERE user_id = ${ctx.actor.userId!} AND token_hash <> ${currentSecret ? sha256(currentSecret) : ''}`);
    await audit(tx, { action: 'user.password_change', entityType: 'user', entityId: ctx.actor.userId, entityLabel: ctx.actor.label });
  });
  return { ok: true };
}

/** What the sign-in page needs before anyone signs in. */
export async function authConfig(database: Database, fallbackName: string, demoAccounts: AuthConfig['demoAccounts'], demoPassword: string): Promise<AuthConfig> {
  const r = await rows<{ key: string; value: string }>(database.db, sql`SELECT key, value FROM settings WHERE key IN ('organisation_name', 'demo_loaded')`);
  const s = Object.fromEntries(r.map((x) => [x.key, x.value]));
  const demo = s.demo_loaded === 'true';
  let accounts = demoAccounts;
  if (demo) {
    // Only list the demo accounts that still exist and still sign in with the demo password.
    const existing = await rows<{ email: string }>(database.db, sql`SELECT email FROM users WHERE email = ANY(${textArray(demoAccounts.map((a) => a.email))}) AND password_changed_at IS NULL AND NOT disabled`);
    const set = new Set(existing.map((e) => e.email));
    accounts = demoAccounts.filter((a) => set.has(a.email));
  }
  return { organisationName: s.organisation_name ?? fallbackName, demo, demoAccounts: demo ? accounts : [], demoPassword: demo ? demoPassword : null };
}
