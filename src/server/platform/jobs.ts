import { sql } from 'drizzle-orm';
import { PgBoss, fromDrizzle, fromPglite, type Job } from 'pg-boss';
import type { Database } from '../db/client.js';
import type { Ctx } from './ctx.js';

/** Queues and their handlers. A handler must be idempotent: a retried job starts again from the beginning. */
export type JobHandler = (data: Record<string, unknown>, job: { id: string; attempt: number; signal: AbortSignal }) => Promise<void>;

export const QUEUES = { import: 'tandem-import' } as const;

// A worker heartbeats while a job runs; when its process dies the heartbeat stops and pg-boss hands the
// job to another worker after this many seconds (the minimum pg-boss allows).
const HEARTBEAT_SECONDS = 10;

export type Jobs = {
  boss: PgBoss;
  /** Enqueues inside the caller's transaction: a rollback drops the job with the change that asked for it. */
  send(ctx: Ctx, queue: string, data: Record<string, unknown>): Promise<string | null>;
  /** Starts processing `queue` in this process. */
  work(queue: string, handler: JobHandler, opts?: { concurrency?: number }): Promise<void>;
  stop(): Promise<void>;
};

export async function startJobs(database: Database, opts: { supervise?: boolean } = {}): Promise<Jobs> {
  const db = database.kind === 'pglite' ? fromPglite(database.pglite!) : undefined;
  const boss = new PgBoss({
    ...(db ? { db } : { connectionString: connectionStringOf(database) }),
    supervise: opts.supervise ?? true,
    superviseIntervalSeconds: 5,
    schedule: false,
  } as ConstructorParameters<typeof PgBoss>[0]);
  boss.on('error', (e: Error) => console.error(`job queue: ${e.message}`));
  await boss.start();
  for (const name of Object.values(QUEUES)) {
    const existing = await boss.getQueue(name);
    if (!existing) await boss.createQueue(name, { retryLimit: 5, retryDelay: 1, expireInSeconds: 6 * 3600, heartbeatSeconds: HEARTBEAT_SECONDS });
  }
  if (database.kind === 'pglite') await reclaimOrphans(boss);
  return {
    boss,
    send: (ctx, queue, data) => boss.send(queue, data, ctx.tx ? { db: fromDrizzle(ctx.tx as never, sql as never) } : {}),
    async work(queue, handler, o = {}) {
      await boss.work(queue, { batchSize: 1, pollingIntervalSeconds: 0.5, localConcurrency: o.concurrency ?? 1 }, async (jobs: Job<object>[]) => {
        for (const job of jobs) await handler(job.data as Record<string, unknown>, { id: job.id, attempt: job.retryCount, signal: job.signal });
      });
    },
    stop: () => boss.stop({ graceful: false, wait: true, close: true } as never),
  };
}

/**
 * One process owns an embedded data folder, so a job still marked active when it starts belonged to a
 * process that died (kill -9): fail it now so its retry runs at once instead of after the heartbeat window.
 */
async function reclaimOrphans(boss: PgBoss): Promise<void> {
  for (const name of Object.values(QUEUES)) {
    const active = (await boss.findJobs(name, { limit: 1000 })).filter((j) => j.state === 'active');
    if (active.length) await boss.fail(name, active.map((j) => j.id), { reason: 'The process running this job stopped; retrying' });
  }
}

function connectionStringOf(database: Database): string {
  const opts = (database.pool as unknown as { options: { connectionString?: string } }).options;
  if (!opts.connectionString) throw new Error('The job queue needs DATABASE_URL');
  return opts.connectionString;
}

/** Starts the queue on first use, so processes that never enqueue (tests, CLI verbs) don't pay for it. */
export function lazyJobs(database: Database, opts: { supervise?: boolean } = {}): Jobs & { started(): boolean } {
  let p: Promise<Jobs> | null = null;
  const get = () => (p ??= startJobs(database, opts));
  return {
    get boss(): PgBoss {
      throw new Error('lazyJobs: use send/work');
    },
    send: async (ctx, queue, data) => (await get()).send(ctx, queue, data),
    work: async (queue, handler, o) => (await get()).work(queue, handler, o),
    stop: async () => {
      if (p) await (await p).stop();
    },
    started: () => p !== null,
  };
}
