import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { NeedSearchQuery, NeedSearchResult } from '../../../shared/schemas/discovery.js';
import { ctxOf } from '../../http/context.js';
import type { RouteModule } from '../../http/types.js';
import { searchCatalog } from './search-catalog.js';

export const catalogRoutes: RouteModule = (root, { database }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/catalog/search', { schema: { operationId: 'searchCatalog', tags: ['Catalog'], summary: 'Search the app catalog by need, your own apps first', querystring: NeedSearchQuery, response: { 200: NeedSearchResult } } },
    (req) => searchCatalog(ctxOf(req, database), req.query));
};
