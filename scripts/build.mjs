// Builds the server (tsc → dist/) and the web UI (vite → dist/web) when sources changed.
// Runs from `npm ci` (prepare) and before `npm start`; --force rebuilds regardless.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '..');
const stampFile = path.join(root, 'dist', '.build-stamp');
const force = process.argv.includes('--force');

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
const inputs = ['src', 'package-lock.json', 'vite.config.ts', 'tsconfig.json', 'tsconfig.web.json'];
const sourceTime = Math.max(...inputs.map((p) => path.join(root, p)).filter(existsSync).map((p) => (statSync(p).isDirectory() ? newest(p) : statSync(p).mtimeMs)));
if (!force && existsSync(stampFile) && Number(readFileSync(stampFile, 'utf8')) >= sourceTime) process.exit(0);

const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const t0 = Date.now();
console.error('Building Tandem (server and web UI)…');
execFileSync(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: root, stdio: 'inherit' });
execFileSync(bin('vite'), ['build', '--config', 'vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
// Pre-compressed copies, served by @fastify/static's preCompressed option.
const assets = path.join(root, 'dist/web/assets');
for (const f of readdirSync(assets)) {
  if (!/\.(js|css|svg|json)$/.test(f)) continue;
  const data = readFileSync(path.join(assets, f));
  writeFileSync(path.join(assets, `${f}.gz`), gzipSync(data, { level: 9 }));
  writeFileSync(path.join(assets, `${f}.br`), brotliCompressSync(data));
}
mkdirSync(path.dirname(stampFile), { recursive: true });
writeFileSync(stampFile, String(sourceTime));
console.error(`Built in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
