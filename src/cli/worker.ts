import type { Config } from '../server/config.js';
import { openRuntime, startWorkers } from '../server/main.js';
import { startJobs } from '../server/platform/jobs.js';

/** `tandem worker`: a job process beside the servers; only with PostgreSQL (an embedded folder has one owner). */
export async function runWorker(config: Config, concurrency: number): Promise<void> {
  if (!config.databaseUrl) throw new Error('tandem worker needs DATABASE_URL (PostgreSQL); with the embedded database, tandem serve runs the jobs itself');
  const runtime = await openRuntime(config, 'worker');
  const jobs = await startJobs(runtime.database);
  await startWorkers(jobs, runtime.database, { concurrency: Math.max(1, concurrency || 1), onJob: (what) => console.log(`tandem worker ${process.pid}: started ${what}`) });
  console.log(`tandem worker ${process.pid}: waiting for jobs (concurrency ${concurrency || 1})`);
  await new Promise<void>((resolve) => {
    for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => resolve());
  });
  await jobs.stop().catch(() => undefined);
  await runtime.close();
}
