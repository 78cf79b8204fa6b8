// Writes openapi.json from the route schemas. The test suite fails when the committed file is stale.
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../src/server/config.js';
import { openDatabase } from '../src/server/db/client.js';
import { buildApp } from '../src/server/http/app.js';

const database = await openDatabase({ dataDir: 'memory://' });
const app = await buildApp({ database, config: loadConfig({}, {}), serveWeb: false, demo: { reload: async () => {} } });
await app.ready();
writeFileSync(new URL('../openapi.json', import.meta.url), JSON.stringify(app.swagger(), null, 2) + '\n');
await app.close();
await database.close();
console.log('openapi.json written');
