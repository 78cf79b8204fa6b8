import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, Page } from '../../../shared/schemas/common.js';
import { AliasRule, AliasRuleInput, AliasRuleListQuery, AliasRuleUpdateInput } from '../../../shared/schemas/discovery.js';
import { ctxOf } from '../../http/context.js';
import { listHandler } from '../../http/list-route.js';
import type { RouteModule } from '../../http/types.js';
import { createAliasRule, listAliasRules, updateAliasRule } from './alias-rules.js';

export const aliasRulesExport = {
  filename: 'alias-rules',
  columns: [
    ['Kind', (r: AliasRule) => r.kind], ['Text', (r: AliasRule) => r.text], ['Sources', (r: AliasRule) => r.sources ?? 'all'],
    ['App ID', (r: AliasRule) => r.appId], ['App', (r: AliasRule) => r.appName], ['Classify', (r: AliasRule) => r.classify],
    ['Enabled', (r: AliasRule) => (r.enabled ? 'yes' : 'no')], ['Note', (r: AliasRule) => r.note], ['Created by', (r: AliasRule) => r.createdBy],
    ['Updated', (r: AliasRule) => r.updatedAt], ['ID', (r: AliasRule) => r.id],
  ] as [string, (r: AliasRule) => unknown][],
};

export const aliasRulesRoutes: RouteModule = (root, { database }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Discovery'];
  app.get('/alias-rules', { schema: { operationId: 'listAliasRules', tags, summary: "The organisation's alias rules", querystring: AliasRuleListQuery, response: { 200: Page(AliasRule) } } },
    listHandler(database, aliasRulesExport, (c, q) => listAliasRules(c, q)));
  app.post('/alias-rules', { schema: { operationId: 'createAliasRule', tags, body: AliasRuleInput, response: { 200: AliasRule } } },
    (req) => createAliasRule(ctxOf(req, database), req.body));
  app.patch('/alias-rules/:id', { schema: { operationId: 'updateAliasRule', tags, summary: 'Edit or disable a rule', params: IdParams, body: AliasRuleUpdateInput, response: { 200: AliasRule } } },
    (req) => updateAliasRule(ctxOf(req, database), req.params.id, req.body));
};
