import type { Role } from '../../shared/enums.js';
import type { Database, Executor, Tx } from '../db/client.js';

export type Actor = {
  type: 'user' | 'token' | 'cli' | 'system';
  /** users.id for people, api_tokens.id for tokens */
  id: string | null;
  label: string;
  /** The user behind the action (token creator for tokens) */
  userId: string | null;
};

/** Everything a verb needs to know about who is asking and where to write. */
export type Ctx = {
  database: Database;
  actor: Actor;
  role: Role;
  /** Department ids the caller is limited to; null means the whole organisation. */
  scope: string[] | null;
  requestId: string;
  tx?: Tx;
};

export function exec(ctx: Ctx): Executor {
  return ctx.tx ?? ctx.database.db;
}

export function systemCtx(database: Database, label = 'system', type: Actor['type'] = 'system'): Ctx {
  return { database, actor: { type, id: null, label, userId: null }, role: 'it_admin', scope: null, requestId: `${type}-${Date.now()}` };
}
