// npm run bench [startup|api|web|matching|imports|discovery]: runs the benchmarks, prints them and appends them to docs/benchmarks.md.
import { apiBench } from './api-list.bench.js';
import { matchingBench } from './matching.bench.js';
import { importsBench } from './imports.bench.js';
import { discoveryBench } from './discovery.bench.js';
import { startupBench } from './startup.bench.js';
import { webBench } from './web-size.bench.js';

const all = { startup: startupBench, api: apiBench, web: webBench, matching: matchingBench, imports: importsBench, discovery: discoveryBench };
const chosen = process.argv.slice(2).filter((a) => a in all) as (keyof typeof all)[];
for (const name of chosen.length ? chosen : (Object.keys(all) as (keyof typeof all)[])) {
  console.log(`\n▶ ${name}`);
  await all[name]();
}
