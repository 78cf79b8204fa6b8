import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuthConfig, LoginInput, PasswordChangeInput, SessionInfo } from '../../../shared/schemas/auth.js';
import { Ok } from '../../../shared/schemas/common.js';
import { ctxOf, SESSION_COOKIE } from '../../http/context.js';
import type { RouteModule } from '../../http/types.js';
import { AppError } from '../../platform/errors.js';
import { requirePermission } from '../../platform/authz.js';
import { systemCtx } from '../../platform/ctx.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/load-demo.js';
import { authConfig, changePassword, login, logout, SESSION_TTL_MS, sessionUser } from './auth.js';

const tags = ['Auth'];

export const authRoutes: RouteModule = (root, { database, config, demo }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const cookieOpts = { httpOnly: true, sameSite: 'lax' as const, path: '/', secure: config.secureCookies };

  app.get('/health', { config: { public: true }, schema: { operationId: 'getHealth', tags: ['Platform'], response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }));

  app.get('/auth/config', { config: { public: true }, schema: { operationId: 'getAuthConfig', tags, response: { 200: AuthConfig } } },
    () => authConfig(database, config.organisationName, DEMO_ACCOUNTS.map(({ email, role, description }) => ({ email, role, description })), DEMO_PASSWORD));

  app.post('/auth/login', { config: { public: true }, schema: { operationId: 'login', tags, summary: 'Sign in with e-mail and password', body: LoginInput, response: { 200: SessionInfo } } },
    async (req, reply) => {
      const { secret, info } = await login(systemCtx(database, 'sign-in'), req.body, { ip: req.ip, userAgent: req.headers['user-agent'] });
      reply.setCookie(SESSION_COOKIE, secret, { ...cookieOpts, maxAge: SESSION_TTL_MS / 1000 });
      return info;
    });

  app.post('/auth/logout', { schema: { operationId: 'logout', tags, response: { 200: Ok } } }, async (req, reply) => {
    const secret = req.cookies[SESSION_COOKIE];
    if (secret) await logout(ctxOf(req, database), secret);
    reply.clearCookie(SESSION_COOKIE, cookieOpts);
    return { ok: true as const };
  });

  app.get('/auth/session', { schema: { operationId: 'getSession', tags, response: { 200: SessionInfo } } }, async (req) => {
    const c = req.caller!;
    if (c.via !== 'session' || !c.actor.userId) throw new AppError('bad_request', 'Only cookie sessions have a session; tokens act as their own role');
    return { user: await sessionUser(ctxOf(req, database), c.actor.userId), csrfToken: c.csrfToken! };
  });

  app.post('/auth/password', { schema: { operationId: 'changePassword', tags, body: PasswordChangeInput, response: { 200: Ok } } },
    (req) => changePassword(ctxOf(req, database), req.body, req.cookies[SESSION_COOKIE] ?? null));

  app.post('/admin/demo', { schema: { operationId: 'reloadDemo', tags: ['Admin'], summary: 'Reload the demo organisation (replaces all data)', response: { 200: Ok } } },
    async (req) => {
      const ctx = ctxOf(req, database);
      requirePermission(ctx, 'demo.admin');
      await demo.reload(ctx);
      return { ok: true as const };
    });
};
