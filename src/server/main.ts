import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { rows } from './platform/sql.js';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { migrateDatabase, openDatabase, type Database } from './db/client.js';
import { buildApp } from './http/app.js';
import { DataLock } from './platform/data-lock.js';
import { reloadDemo } from './modules/demo/reload-demo.js';
import { loadDemoImports } from './modules/demo/demo-imports.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo, type DemoProgress } from './modules/demo/load-demo.js';
import { AppError } from './platform/errors.js';
import { QUEUES, startJobs, type Jobs } from './platform/jobs.js';
import { runImport } from './modules/imports/run-import.js';
import { sweepLocal } from './modules/imports/local-copy.js';

export type Runtime = { database: Database; lock: DataLock | null; close(): Promise<void> };

/** Opens the configured database (locking an embedded data folder) and applies migrations. */
export async function openRuntime(config: Config, command: string): Promise<Runtime> {
  let lock: DataLock | null = null;
  if (!config.databaseUrl) {
    const r = DataLock.acquire(config.dataDir, command);
    if (!r.acquired) {
      throw new AppError('locked', `The data folder ${config.dataDir} is in use by process ${r.holder.pid} (${r.holder.command}${r.holder.url ? ` at ${r.holder.url}` : ''}). Stop it first, or run CLI commands while it serves: they go through its API.`);
    }
    lock = r.lock;
  }
  try {
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await migrateDatabase(database);
    return {
      database,
      lock,
      async close() {
        await database.close();
        lock?.release();
      },
    };
  } catch (e) {
    lock?.release();
    throw e;
  }
}

export async function isEmpty(database: Database): Promise<boolean> {
  const r = await rows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM users`);
  return Number(r[0].n) === 0;
}

export type Server = { app: FastifyInstance; url: string; runtime: Runtime; stop(): Promise<void> };

/** The composition root of `tandem serve`: config → db → migrate → (demo) → http. */
export async function startServer(config: Config, hooks: { onDemoProgress?: DemoProgress; log?: (line: string) => void } = {}): Promise<Server> {
  const log = hooks.log ?? ((l: string) => console.log(l));
  const runtime = await openRuntime(config, 'serve');
  const { database } = runtime;
  try {
    if (config.demo && (await isEmpty(database))) {
      const t = Date.now();
      log('Loading the demo organisation…');
      await loadDemo(database, { onProgress: hooks.onDemoProgress });
      await loadDemoImports(database);
      log(`Demo organisation loaded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    }
    await sweepLocal(database);
    const jobs = await startJobs(database);
    await startWorkers(jobs, database);
    const localSecret = runtime.lock ? `local_${randomBytes(32).toString('base64url')}` : null;
    const app = await buildApp({
      database,
      config,
      jobs,
      localSecret,
      logger: config.logLevel === 'silent' ? false : { level: config.logLevel === 'info' ? 'warn' : config.logLevel },
      demo: { reload: (ctx) => reloadDemo(ctx).then(() => undefined) },
    });
    await app.listen({ port: config.port, host: config.host });
    const addr = app.server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    const url = config.publicUrl ?? `http://localhost:${port}`;
    runtime.lock?.update({ url: `http://127.0.0.1:${port}`, secret: localSecret ?? undefined });
    let stopped = false;
    return {
      app,
      url,
      runtime,
      async stop() {
        if (stopped) return;
        stopped = true;
        await app.close();
        await jobs.stop().catch(() => undefined);
        await runtime.close();
      },
    };
  } catch (e) {
    await runtime.close();
    throw e;
  }
}

/** Registers every job handler on this process's queue connection. */
export async function startWorkers(jobs: Jobs, database: Database, opts: { concurrency?: number; onJob?: (what: string) => void } = {}): Promise<void> {
  await jobs.work(QUEUES.import, async (data, job) => {
    opts.onJob?.(`import ${String(data.importId)} (attempt ${job.attempt + 1})`);
    await runImport(database, data.importId as string);
  }, { concurrency: opts.concurrency ?? 1 });
}

export { DEMO_ACCOUNTS, DEMO_PASSWORD };
