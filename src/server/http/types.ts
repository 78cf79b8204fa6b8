import type { Jobs } from '../platform/jobs.js';
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';

import type { Ctx } from '../platform/ctx.js';

export type RouteDeps = { database: Database; config: Config; jobs: Jobs; demo: { reload(ctx: Ctx): Promise<void> } };
export type RouteModule = (app: FastifyInstance, deps: RouteDeps) => void;
