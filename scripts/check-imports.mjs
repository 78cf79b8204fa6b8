// Keeps the boundaries of ARCHITECTURE.md: shared imports nothing of ours and no node:*;
// web imports only shared; cli imports shared and server.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const src = path.resolve(import.meta.dirname, '..', 'src');
const rules = {
  shared: { allowed: ['shared'], noNode: true },
  web: { allowed: ['web', 'shared'], noNode: true },
  cli: { allowed: ['cli', 'shared', 'server'], noNode: false },
  server: { allowed: ['server', 'shared'], noNode: false },
};
const files = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.(ts|tsx)$/.test(e.name) ? [path.join(dir, e.name)] : []));
const problems = [];
for (const [part, rule] of Object.entries(rules)) {
  for (const file of files(path.join(src, part))) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      if (rule.noNode && (spec.startsWith('node:') || ['fs', 'path', 'crypto', 'pg'].includes(spec))) problems.push(`${path.relative(src, file)}: imports ${spec}`);
      if (spec.startsWith('.')) {
        const target = path.relative(src, path.resolve(path.dirname(file), spec)).split(path.sep)[0];
        if (!rule.allowed.includes(target)) problems.push(`${path.relative(src, file)}: ${part} must not import ${target} (${spec})`);
      }
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('import boundaries ok');
