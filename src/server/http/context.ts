import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import type { Ctx } from '../platform/ctx.js';
import { AppError } from '../platform/errors.js';
import { callerFromApiToken, callerFromSession, type Caller } from '../modules/auth/resolve-caller.js';
import { TOKEN_PREFIX } from '../modules/tokens/api-tokens.js';
import { timingSafeEqual } from 'node:crypto';

export const SESSION_COOKIE = 'tandem_session';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    caller: Caller | null;
  }
  interface FastifyContextConfig {
    /** Routes reachable without signing in */
    public?: boolean;
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves who is calling: a bearer API token, the local CLI secret (embedded mode only), or the
 * session cookie. Cookie sessions must echo their CSRF token on every unsafe request.
 */
export function authHook(database: Database, localSecret: string | null) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    req.caller = null;
    const auth = req.headers.authorization;
    if (auth?.startsWith('Bearer ')) {
      const token = auth.slice(7).trim();
      if (localSecret && token.startsWith('local_') && safeEqual(token, localSecret)) {
        req.caller = { actor: { type: 'cli', id: null, label: 'tandem CLI', userId: null }, role: 'it_admin', scope: null, via: 'local' };
      } else if (token.startsWith(TOKEN_PREFIX)) {
        req.caller = await callerFromApiToken(database, token);
      }
      if (!req.caller) throw new AppError('unauthenticated', 'The API token is unknown, revoked or expired');
    } else {
      const cookie = req.cookies[SESSION_COOKIE];
      if (cookie) req.caller = await callerFromSession(database, cookie);
    }
    if (req.routeOptions.config.public) return;
    if (!req.caller) throw new AppError('unauthenticated', 'Sign in first');
    if (req.caller.via === 'session' && UNSAFE.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !safeEqual(sent, req.caller.csrfToken!))
        throw new AppError('csrf_failed', 'Missing or wrong CSRF token (header x-csrf-token)');
    }
  };
}

/** The verb context for this request. */
export function ctxOf(req: FastifyRequest, database: Database): Ctx {
  const c = req.caller;
  if (!c) throw new AppError('unauthenticated', 'Sign in first');
  return { database, actor: c.actor, role: c.role, scope: c.scope, requestId: req.id };
}
