import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

export const root = path.resolve(import.meta.dirname, '..');

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Runs autocannon and records every response time, so we can report p95 (autocannon has p97.5). */
export async function load(opts: { url: string; paths: string[]; headers?: Record<string, string>; connections: number; seconds: number }) {
  const times: number[] = [];
  let i = 0;
  let non2xx = 0;
  const instance = autocannon({
    url: opts.url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: opts.headers,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, path: opts.paths[i++ % opts.paths.length] }) }],
  });
  instance.on('response', (_c: unknown, status: number, _b: number, ms: number) => {
    times.push(ms);
    if (status >= 300) non2xx++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return { rps: result.requests.average, total: times.length, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), non2xx, errors: result.errors };
}

export function startProcess(args: string[], env: Record<string, string> = {}, readyText = 'Tandem is ready'): Promise<{ child: ChildProcess; ms: number; output: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      output += b.toString();
      if (output.includes(readyText)) resolve({ child, ms: performance.now() - t0, output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => (output += b.toString()));
    child.on('exit', (code) => reject(new Error(`process exited with ${code}:\n${output}`)));
  });
}

export async function stop(child: ChildProcess) {
  child.removeAllListeners('exit');
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

export function record(title: string, lines: string[]) {
  const file = path.join(root, 'docs/benchmarks.md');
  if (!existsSync(file)) writeFileSync(file, '# Benchmarks\n\nAppended by `npm run bench`; newest last. Machine: 2 cores, 24 GiB.\n');
  const text = `\n## ${title} — ${new Date().toISOString()}\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
  appendFileSync(file, text);
  console.log(text);
}
