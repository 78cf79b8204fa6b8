import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Page } from '../../../shared/schemas/common.js';
import { AuditEntry, AuditListQuery } from '../../../shared/schemas/org.js';
import { listHandler } from '../../http/list-route.js';
import type { RouteModule } from '../../http/types.js';
import { listAudit } from './list-audit.js';

export const auditExport = {
  filename: 'audit-log',
  columns: [
    ['When', (e: AuditEntry) => e.at], ['Actor', (e: AuditEntry) => e.actorLabel], ['Actor type', (e: AuditEntry) => e.actorType],
    ['Action', (e: AuditEntry) => e.action], ['Entity type', (e: AuditEntry) => e.entityType], ['Entity', (e: AuditEntry) => e.entityLabel],
    ['Entity ID', (e: AuditEntry) => e.entityId], ['Before', (e: AuditEntry) => e.before], ['After', (e: AuditEntry) => e.after],
    ['Request ID', (e: AuditEntry) => e.requestId], ['ID', (e: AuditEntry) => e.id],
  ] as [string, (e: AuditEntry) => unknown][],
};

export const auditRoutes: RouteModule = (root, { database }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  app.get('/audit', { schema: { operationId: 'listAudit', tags: ['Audit'], summary: 'The append-only audit log', querystring: AuditListQuery, response: { 200: Page(AuditEntry) } } },
    listHandler(database, auditExport, (c, q) => listAudit(c, q)));
};
