import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ROLE_LABELS } from '../../../shared/enums.js';
import { IdParams, Page } from '../../../shared/schemas/common.js';
import { ApiToken, ApiTokenCreated, ApiTokenCreateInput, ApiTokenListQuery, User, UserCreateInput, UserListQuery, UserUpdateInput } from '../../../shared/schemas/org.js';
import { ctxOf } from '../../http/context.js';
import { listHandler } from '../../http/list-route.js';
import type { RouteModule } from '../../http/types.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../tokens/api-tokens.js';
import { createUser, listUsers, updateUser } from './users.js';

export const usersExport = {
  filename: 'users',
  columns: [
    ['Name', (u: User) => u.name], ['E-mail', (u: User) => u.email], ['Role', (u: User) => ROLE_LABELS[u.role]],
    ['Department scope', (u: User) => (u.departmentScope.length ? u.departmentScope.map((d) => d.name) : 'Whole organisation')],
    ['Disabled', (u: User) => (u.disabled ? 'yes' : 'no')], ['Last sign-in', (u: User) => u.lastLoginAt], ['Created', (u: User) => u.createdAt], ['ID', (u: User) => u.id],
  ] as [string, (u: User) => unknown][],
};
export const tokensExport = {
  filename: 'api-tokens',
  columns: [
    ['Name', (t: ApiToken) => t.name], ['Prefix', (t: ApiToken) => t.prefix], ['Role', (t: ApiToken) => ROLE_LABELS[t.role]],
    ['Department scope', (t: ApiToken) => (t.departmentScope.length ? t.departmentScope.map((d) => d.name) : 'Whole organisation')],
    ['Created by', (t: ApiToken) => t.createdBy], ['Created', (t: ApiToken) => t.createdAt], ['Expires', (t: ApiToken) => t.expiresAt],
    ['Last used', (t: ApiToken) => t.lastUsedAt], ['Revoked', (t: ApiToken) => t.revokedAt], ['ID', (t: ApiToken) => t.id],
  ] as [string, (t: ApiToken) => unknown][],
};

export const usersRoutes: RouteModule = (root, { database }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, database);
  app.get('/users', { schema: { operationId: 'listUsers', tags: ['Admin'], querystring: UserListQuery, response: { 200: Page(User) } } },
    listHandler(database, usersExport, (c, q) => listUsers(c, q)));
  app.post('/users', { schema: { operationId: 'createUser', tags: ['Admin'], body: UserCreateInput, response: { 200: User } } }, (req) => createUser(ctx(req), req.body));
  app.patch('/users/:id', { schema: { operationId: 'updateUser', tags: ['Admin'], params: IdParams, body: UserUpdateInput, response: { 200: User } } },
    (req) => updateUser(ctx(req), req.params.id, req.body));

  app.get('/tokens', { schema: { operationId: 'listApiTokens', tags: ['Admin'], querystring: ApiTokenListQuery, response: { 200: Page(ApiToken) } } },
    listHandler(database, tokensExport, (c, q) => listApiTokens(c, q)));
  app.post('/tokens', { schema: { operationId: 'createApiToken', tags: ['Admin'], body: ApiTokenCreateInput, response: { 200: ApiTokenCreated } } },
    (req) => createApiToken(ctx(req), req.body));
  app.post('/tokens/:id/revoke', { schema: { operationId: 'revokeApiToken', tags: ['Admin'], params: IdParams, response: { 200: ApiToken } } },
    (req) => revokeApiToken(ctx(req), req.params.id));
};
