// First `npm start` on an empty data folder to a serving portal with the demo (target < 20 s), and a later start (< 3 s).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { record, root, startProcess, stop } from './lib.js';

export async function startupBench() {
  const dir = mkdtempSync(path.join(tmpdir(), 'tandem-bench-start-'));
  const args = [path.join(root, 'bin/tandem.js'), 'serve', '--demo', '--port', '3391', '--data', dir];
  try {
    const first = await startProcess(args);
    await stop(first.child);
    const later: number[] = [];
    for (let i = 0; i < 3; i++) {
      const again = await startProcess(args);
      later.push(again.ms);
      await stop(again.child);
    }
    const best = Math.min(...later);
    record('Start-up', [
      `first start on an empty data folder, demo loaded, serving: **${(first.ms / 1000).toFixed(1)} s** (target < 20 s) ${first.ms < 20_000 ? 'PASS' : 'FAIL'}`,
      `later start: **${(best / 1000).toFixed(2)} s** best of 3 (${later.map((m) => (m / 1000).toFixed(2)).join(', ')} s) (target < 3 s) ${best < 3000 ? 'PASS' : 'FAIL'}`,
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
