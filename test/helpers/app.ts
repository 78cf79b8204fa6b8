import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/server/config.js';
import { buildApp } from '../../src/server/http/app.js';
import { loadDemo } from '../../src/server/modules/demo/load-demo.js';
import { reloadDemo } from '../../src/server/modules/demo/reload-demo.js';
import { startWorkers } from '../../src/server/main.js';
import { lazyJobs } from '../../src/server/platform/jobs.js';
import { createTestDatabase, type TestDatabase } from './db.js';

export const DEMO_PASSWORD = 'tandem-demo';

export type Session = { cookie: string; csrf: string; email: string };
export type TestApp = {
  app: FastifyInstance;
  db: TestDatabase;
  routes: { method: string; url: string }[];
  login(email: string, password?: string): Promise<Session>;
  call(method: string, url: string, opts?: { as?: Session | string; body?: unknown; headers?: Record<string, string>; payload?: InjectOptions['payload'] }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
};

/** A real app on a real (fresh) database with the demo organisation loaded. */
export async function createTestApp(opts: { demo?: boolean; localSecret?: string; worker?: boolean } = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  if (opts.demo !== false) await loadDemo(db.database);
  const routes: { method: string; url: string }[] = [];
  const config = loadConfig({ dataDir: '/tmp/tandem-test-unused' }, {});
  const jobs = lazyJobs(db.database);
  if (opts.worker) await startWorkers(jobs, db.database);
  const app = await buildApp({
    database: db.database,
    config,
    jobs,
    localSecret: opts.localSecret ?? null,
    serveWeb: false,
    demo: { reload: (ctx) => reloadDemo(ctx).then(() => undefined) },
  });
  await app.ready();
  // Every API route carries a schema, so the OpenAPI document is the full route list.
  const spec = app.swagger() as { paths: Record<string, Record<string, unknown>> };
  for (const [p, methods] of Object.entries(spec.paths)) for (const m of Object.keys(methods)) routes.push({ method: m.toUpperCase(), url: p.replace(/\{(\w+)\}/g, ':$1') });

  const call: TestApp['call'] = async (method, url, o = {}) => {
    const headers: Record<string, string> = { ...(o.headers ?? {}) };
    if (typeof o.as === 'string') headers.authorization = `Bearer ${o.as}`;
    else if (o.as) {
      headers.cookie = `tandem_session=${o.as.cookie}`;
      if (method !== 'GET') headers['x-csrf-token'] = o.as.csrf;
    }
    return app.inject({ method: method as InjectOptions['method'], url, headers, ...(o.payload !== undefined ? { payload: o.payload } : o.body !== undefined ? { payload: o.body as object } : {}) });
  };
  return {
    app,
    db,
    routes,
    call,
    async login(email, password = DEMO_PASSWORD) {
      const res = await call('POST', '/api/auth/login', { body: { email, password } });
      if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'tandem_session')!.value;
      return { cookie, csrf: res.json().csrfToken, email };
    },
    async close() {
      await app.close();
      await jobs.stop();
      await db.drop();
    },
  };
}
