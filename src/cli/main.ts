import { createWriteStream } from 'node:fs';
import { Command, Option } from 'commander';
import { ROLES } from '../shared/enums.js';
import { loadConfig, type Config } from '../server/config.js';
import { LISTS, openBackend, type Backend, type ListName } from './backend.js';
import { progressReporter } from './progress.js';

const program = new Command('tandem').description('Tandem: marketing and IT run the company’s software together').showHelpAfterError();

const dataOpt = () => new Option('--data <dir>', 'embedded data folder (default ./data, or TANDEM_DATA_DIR)');

function config(opts: { data?: string; port?: string; demo?: boolean; host?: string }): Config {
  return loadConfig({ dataDir: opts.data, port: opts.port, demo: opts.demo, host: opts.host });
}

async function withBackend<T>(opts: { data?: string }, command: string, fn: (b: Backend) => Promise<T>): Promise<T> {
  const backend = await openBackend(config(opts), command);
  try {
    return await fn(backend);
  } finally {
    await backend.close();
  }
}

program
  .command('serve')
  .description('Serve the portal and API')
  .option('--port <port>', 'port (default 3000, or TANDEM_PORT)')
  .option('--host <host>', 'interface to listen on (default 0.0.0.0)')
  .addOption(dataOpt())
  .option('--demo', 'load the demo organisation into an empty database')
  .action(async (opts) => {
    const { startServer, DEMO_ACCOUNTS, DEMO_PASSWORD } = await import('../server/main.js');
    const t0 = Date.now();
    const cfg = config(opts);
    const progress = progressReporter('demo');
    const server = await startServer(cfg, { onDemoProgress: (p, d, t) => progress.update(p, d, t) });
    progress.stop();
    const where = cfg.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded database in ${cfg.dataDir}`;
    console.log(`\nTandem is ready at ${server.url}  (${where}, started in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    const { authConfig } = await import('../server/modules/auth/auth.js');
    const ac = await authConfig(server.runtime.database, cfg.organisationName, DEMO_ACCOUNTS, DEMO_PASSWORD);
    if (ac.demo) {
      console.log(`Demo organisation: ${ac.organisationName}. Sign in with password "${DEMO_PASSWORD}" as:`);
      for (const a of ac.demoAccounts) console.log(`  ${a.email.padEnd(24)} ${a.description}`);
    }
    console.log('API reference: ' + server.url + '/api/docs   Stop with Ctrl+C.');
    const stop = async () => {
      await server.stop();
      process.exit(0);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });

program
  .command('demo')
  .description('Load the demo organisation, replacing everything in the database')
  .addOption(dataOpt())
  .action(async (opts) =>
    withBackend(opts, 'demo', async (b) => {
      const progress = progressReporter('demo');
      await b.reloadDemo((p, d, t) => progress.update(p, d, t));
      progress.stop();
      console.log(`Demo organisation loaded${b.kind === 'server' ? ' (through the running server)' : ''}.`);
    }),
  );

program
  .command('export')
  .description(`Export a list as CSV or JSON: ${LISTS.join(', ')}`)
  .argument('<list>', `one of ${LISTS.join(', ')}`)
  .addOption(new Option('--format <format>', 'csv or json').choices(['csv', 'json']).default('csv'))
  .option('-o, --out <file>', 'write to a file instead of standard output')
  .option('-f, --filter <key=value...>', 'filters as on the API, e.g. -f status=approved -f q=zoom')
  .addOption(dataOpt())
  .action(async (list: string, opts) => {
    if (!LISTS.includes(list as ListName)) throw new Error(`Unknown list "${list}": choose one of ${LISTS.join(', ')}`);
    const filters: Record<string, string> = {};
    for (const f of (opts.filter as string[] | undefined) ?? []) {
      const i = f.indexOf('=');
      if (i < 1) throw new Error(`Filter "${f}" must look like key=value`);
      filters[f.slice(0, i)] = f.slice(i + 1);
    }
    await withBackend(opts, 'export', async (b) => {
      const out: NodeJS.WritableStream = opts.out ? createWriteStream(opts.out) : process.stdout;
      for await (const chunk of b.exportList(list as ListName, opts.format, filters)) if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
      if (opts.out) await new Promise<void>((r) => out.end(() => r()));
    });
  });

program
  .command('match')
  .description('Match raw texts (one per line on stdin) to apps: JSON lines with app, kind, confidence and reasons')
  .requiredOption('--source <kind>', 'card | okta | entra | google_token | google_login | apps_csv')
  .option('--json', 'one JSON object per line (default: tab-separated)')
  .option('--data <dir>', "use this data folder's alias rules (or DATABASE_URL's)")
  .action(async (opts) => {
    const { runMatch, fetchRules } = await import('./match.js');
    const useRules = Boolean(opts.data || process.env.DATABASE_URL);
    const rules = useRules ? await withBackend(opts, 'match', fetchRules) : [];
    await runMatch(opts.source, { json: opts.json, rules });
  });

program
  .command('import <file>')
  .description('Import a file (card/expense CSV, OFX/QFX, camt.053, HR list, app list) and wait for the outcome')
  .option('--format <format>', 'card_csv | ofx | camt053 | hr | apps_csv (default: detected)')
  .option('--preset <preset>', 'card/expense CSV preset, e.g. amex, chase_credit, ramp (default: detected from the header)')
  .option('--mapping <file>', 'JSON column mapping for any other CSV: {"date","amount"|"debit"/"credit","description",…}')
  .option('--skip-bad-rows', 'commit the good rows and report the bad ones (default: any bad row fails the import)')
  .addOption(dataOpt())
  .action(async (file: string, opts) => {
    const { runImportCommand } = await import('./import.js');
    const code = await withBackend(opts, 'import', (b) => runImportCommand(b, file, opts));
    process.exitCode = code;
  });

program
  .command('jobs')
  .description('List imports and other background jobs with their state')
  .addOption(dataOpt())
  .action(async (opts) => {
    const { listJobs } = await import('./import.js');
    await withBackend(opts, 'jobs', listJobs);
  });

program
  .command('discover')
  .description('Run discovery over everything imported and print a summary: apps found, new shadow apps, unknowns waiting')
  .addOption(dataOpt())
  .action(async (opts) => {
    const { printDiscovery } = await import('./discover.js');
    await withBackend(opts, 'discover', async (b) => printDiscovery(await b.discover()));
  });

program
  .command('worker')
  .description('Run background jobs (imports) against PostgreSQL (DATABASE_URL); run several on several machines')
  .option('--concurrency <n>', 'jobs at once in this process', '1')
  .action(async (opts) => {
    const { runWorker } = await import('./worker.js');
    await runWorker(config({}), Number(opts.concurrency));
  });

const user = program.command('user').description('Manage accounts');

async function departmentIds(b: Backend, names: string | undefined): Promise<string[]> {
  if (!names) return [];
  const page = await b.listPage<{ id: string; name: string }>('departments', { pageSize: 500 });
  return names.split(',').map((n) => {
    const d = page.items.find((x) => x.name.toLowerCase() === n.trim().toLowerCase());
    if (!d) throw new Error(`Unknown department "${n.trim()}". Known: ${page.items.map((x) => x.name).join(', ')}`);
    return d.id;
  });
}

user
  .command('add')
  .requiredOption('--email <email>')
  .requiredOption('--name <name>')
  .addOption(new Option('--role <role>').choices([...ROLES]).makeOptionMandatory())
  .option('--scope <departments>', 'comma-separated department names (default: whole organisation)')
  .option('--password <password>', 'initial password (default: TANDEM_USER_PASSWORD, else a random one that is printed)')
  .addOption(dataOpt())
  .action(async (opts) =>
    withBackend(opts, 'user add', async (b) => {
      const password = opts.password ?? process.env.TANDEM_USER_PASSWORD ?? (await import('node:crypto')).randomBytes(12).toString('base64url');
      const u = (await b.createUser({ email: opts.email, name: opts.name, role: opts.role, departmentScopeIds: await departmentIds(b, opts.scope), password })) as { email: string };
      console.log(`Added ${u.email} (${opts.role}).${opts.password ? '' : ` Initial password: ${password}`}`);
    }),
  );

user
  .command('list')
  .addOption(dataOpt())
  .action(async (opts) =>
    withBackend(opts, 'user list', async (b) => {
      const page = await b.listPage<{ email: string; name: string; role: string; disabled: boolean; departmentScope: { name: string }[] }>('users', { pageSize: 500 });
      for (const u of page.items)
        console.log(`${u.email.padEnd(32)} ${u.role.padEnd(18)} ${(u.departmentScope.map((d) => d.name).join(', ') || 'whole organisation').padEnd(24)} ${u.name}${u.disabled ? ' (disabled)' : ''}`);
      console.log(`${page.total} users`);
    }),
  );

user
  .command('set-role')
  .argument('<email>')
  .argument('<role>', ROLES.join(' | '))
  .option('--scope <departments>', 'comma-separated department names; "all" for the whole organisation')
  .addOption(dataOpt())
  .action(async (email: string, role: string, opts) => {
    if (!ROLES.includes(role as never)) throw new Error(`Unknown role "${role}": choose one of ${ROLES.join(', ')}`);
    await withBackend(opts, 'user set-role', async (b) => {
      const page = await b.listPage<{ id: string; email: string }>('users', { q: email, pageSize: 50 });
      const u = page.items.find((x) => x.email.toLowerCase() === email.toLowerCase());
      if (!u) throw new Error(`No user with e-mail ${email}`);
      const input: Record<string, unknown> = { role };
      if (opts.scope) input.departmentScopeIds = opts.scope === 'all' ? [] : await departmentIds(b, opts.scope);
      await b.updateUser(u.id, input);
      console.log(`${email} is now ${role}.`);
    });
  });

program.parseAsync(process.argv).catch((e: Error) => {
  console.error(`tandem: ${e.message}`);
  process.exit(1);
});
