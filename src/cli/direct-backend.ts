import type { Config } from '../server/config.js';
import { openRuntime } from '../server/main.js';
import { systemCtx, type Ctx } from '../server/platform/ctx.js';
import type { PageResult } from '../server/platform/paging.js';
import { allRows, csvChunks, jsonChunks, type ExportSpec } from '../server/http/export.js';
import { listAliasRules } from '../server/modules/alias-rules/alias-rules.js';
import { aliasRulesExport } from '../server/modules/alias-rules/alias-rules.routes.js';
import { appsExport } from '../server/modules/apps/apps.routes.js';
import { listApps } from '../server/modules/apps/list-apps.js';
import { auditExport } from '../server/modules/audit/audit.routes.js';
import { listAudit } from '../server/modules/audit/list-audit.js';
import { reloadDemo } from '../server/modules/demo/reload-demo.js';
import { listDepartments } from '../server/modules/org/departments.js';
import { departmentsExport, peopleExport } from '../server/modules/org/org.routes.js';
import { listPeople } from '../server/modules/org/people.js';
import { listApiTokens } from '../server/modules/tokens/api-tokens.js';
import { createUser, listUsers, updateUser } from '../server/modules/users/users.js';
import { tokensExport, usersExport } from '../server/modules/users/users.routes.js';
import { createReadStream } from 'node:fs';
import { startWorkers } from '../server/main.js';
import { startJobs, type Jobs } from '../server/platform/jobs.js';
import { getImport, listImportErrors, listImports, startImport, uploadImport } from '../server/modules/imports/imports.js';
import { importsExport } from '../server/modules/imports/imports.routes.js';
import { runDiscovery } from '../server/modules/discovery/discovery.js';
import type { Backend, ListName } from './backend.js';

type Lister = (ctx: Ctx, q: unknown) => Promise<PageResult<unknown>>;
const LISTERS: Record<ListName, [Lister, ExportSpec<never>]> = {
  apps: [listApps as Lister, appsExport as never],
  people: [listPeople as Lister, peopleExport as never],
  departments: [listDepartments as Lister, departmentsExport as never],
  users: [listUsers as Lister, usersExport as never],
  tokens: [listApiTokens as Lister, tokensExport as never],
  audit: [listAudit as Lister, auditExport as never],
  'alias-rules': [listAliasRules as Lister, aliasRulesExport as never],
  imports: [listImports as Lister, importsExport as never],
};

/** Runs the same verbs in-process, as the CLI actor with full rights. */
export async function directBackend(config: Config, command: string): Promise<Backend> {
  const runtime = await openRuntime(config, command);
  const ctx = systemCtx(runtime.database, 'tandem CLI', 'cli');
  let jobs: Jobs | null = null;
  // No server owns the data: this process runs the import's job itself, and stops the queue on close.
  const worker = async () => {
    if (!jobs) {
      jobs = await startJobs(runtime.database);
      await startWorkers(jobs, runtime.database);
    }
    return jobs;
  };
  return {
    kind: 'direct',
    async *exportList(list, format, filters) {
      const [lister, spec] = LISTERS[list];
      const fetch = (page: number, pageSize: number) => lister(ctx, { ...filters, page, pageSize });
      const batches = allRows(await fetch(1, 500), fetch);
      yield* format === 'csv' ? csvChunks(spec, batches as AsyncIterable<never[]>) : jsonChunks(batches);
    },
    listPage: (list, query) => LISTERS[list][0](ctx, query) as never,
    createUser: (input) => createUser(ctx, input),
    updateUser: (id, input) => updateUser(ctx, id, input),
    async reloadDemo(onProgress) {
      await reloadDemo(ctx, onProgress);
    },
    async startImport(file, o) {
      const j = await worker();
      const query = { fileName: file.name, format: o.format, preset: o.preset, mappingName: o.mappingName, skipBadRows: o.skipBadRows, start: !o.mapping };
      const detail = await uploadImport(ctx, j, createReadStream(file.path), query);
      if (!o.mapping) return detail;
      return startImport(ctx, j, detail.id, { format: o.format ?? 'card_csv', mapping: o.mapping, skipBadRows: o.skipBadRows ?? false });
    },
    getImport: (id) => getImport(ctx, id),
    importErrors: (id, pageSize) => listImportErrors(ctx, id, { pageSize }),
    discover: () => runDiscovery(ctx),
    async close() {
      if (jobs) await (jobs as Jobs).stop().catch(() => undefined);
      await runtime.close();
    },
  };
}
