import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Starts the built server with the demo organisation in a throwaway data folder. */
export default async function globalSetup() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tandem-e2e-'));
  const root = path.resolve(import.meta.dirname, '../..');
  const child = spawn(process.execPath, [path.join(root, 'bin/tandem.js'), 'serve', '--demo', '--port', '3311', '--data', dataDir], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', TANDEM_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 90 s')), 90_000);
    child.stdout!.on('data', (b: Buffer) => {
      if (b.toString().includes('Tandem is ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
