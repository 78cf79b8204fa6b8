import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { uuidv7 } from '../../shared/ids.js';
import { AppError } from '../platform/errors.js';
import { aliasRulesRoutes } from '../modules/alias-rules/alias-rules.routes.js';
import { appsRoutes } from '../modules/apps/apps.routes.js';
import { catalogRoutes } from '../modules/catalog/catalog.routes.js';
import { auditRoutes } from '../modules/audit/audit.routes.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { importsRoutes } from '../modules/imports/imports.routes.js';
import { reviewRoutes } from '../modules/review/review.routes.js';
import { discoveryRoutes } from '../modules/discovery/discovery.routes.js';
import { orgRoutes } from '../modules/org/org.routes.js';
import { usersRoutes } from '../modules/users/users.routes.js';
import { authHook } from './context.js';
import { errorHandler } from './error-handler.js';
import type { RouteDeps } from './types.js';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

export type BuildAppOptions = RouteDeps & {
  /** Secret the CLI uses to go through this server while it holds the data-folder lock */
  localSecret?: string | null;
  logger?: boolean | object;
  serveWeb?: boolean;
};

/** The HTTP app: API under /api, OpenAPI at /api/openapi.json, the web UI everywhere else. */
export async function buildApp(opts: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    genReqId: () => uuidv7(),
    trustProxy: opts.config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.decorateRequest('caller', null);

  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: 25 * 1024 * 1024, files: 1 } });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Tandem API', version: '0.1.0', description: 'Inventory, discovery, security, spend and plans for the software a company runs. Authenticate with the session cookie (and x-csrf-token) or `Authorization: Bearer <API token>`.', license: { name: 'AGPL-3.0-or-later' } },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' } } },
      security: [{ bearer: [] }, { session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list', deepLinking: true } });

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    return payload;
  });

  await app.register(
    async (api) => {
      api.addHook('onRequest', authHook(opts.database, opts.localSecret ?? null));
      for (const routes of [authRoutes, appsRoutes, orgRoutes, usersRoutes, auditRoutes, aliasRulesRoutes, catalogRoutes, importsRoutes, reviewRoutes, discoveryRoutes]) routes(api, opts);
    },
    { prefix: '/api' },
  );
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  const hasWeb = (opts.serveWeb ?? true) && existsSync(path.join(webRoot, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      // The build writes .gz/.br next to each asset; hashed asset names never change, so cache them for good.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, file) => {
        reply.header('cache-control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET' || !hasWeb) {
      return errorHandler(new AppError('not_found', hasWeb || req.url.startsWith('/api/') ? `No route ${req.method} ${req.url.split('?')[0]}` : 'The web UI is not built: run `npm run build`'), req, reply);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return app;
}
