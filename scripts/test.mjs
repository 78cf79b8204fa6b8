// The whole suite: import boundaries, type checks, unit + integration tests (PGlite, and PostgreSQL when
// TANDEM_TEST_DATABASE_URL is set), then the Playwright journeys in Chromium.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (n) => path.join(root, 'node_modules', '.bin', n);
const steps = [
  ['import boundaries', process.execPath, [path.join(root, 'scripts/check-imports.mjs')]],
  ['type check (server)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']],
  ['type check (web)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.web.json']],
  ['build', process.execPath, [path.join(root, 'scripts/build.mjs')]],
  ['unit and integration tests', bin('vitest'), ['run']],
  ['browser journeys', bin('playwright'), ['test']],
];
const only = process.argv.slice(2);
let failed = 0;
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  console.log(`\n▶ ${name}`);
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: process.env });
  const ok = r.status === 0;
  console.log(`${ok ? '✔' : '✘'} ${name} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  if (!ok) failed++;
}
console.log(failed ? `\n${failed} step(s) failed` : '\nAll steps passed');
process.exit(failed ? 1 : 0);
