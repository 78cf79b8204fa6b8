import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CATEGORY_LABELS, DATA_CLASS_LABELS, DEPLOYMENT_LABELS, LIFECYCLE_LABELS } from '../../../shared/enums.js';
import { AppCreateInput, AppDetail, AppListQuery, AppSummary, Attestation, AttestationInput, Comment, CommentInput, DocumentMeta, LifecycleChangeInput, AppUpdateInput } from '../../../shared/schemas/apps.js';
import { IdParams, ListQueryBase, Ok, Page } from '../../../shared/schemas/common.js';
import { AuditEntry, AuditListQuery } from '../../../shared/schemas/org.js';
import { AppError } from '../../platform/errors.js';
import { ctxOf } from '../../http/context.js';
import { cachedPage, listHandler } from '../../http/list-route.js';
import type { RouteModule } from '../../http/types.js';
import { appHistory } from '../audit/list-audit.js';
import { createAttestation, deleteAttestation, updateAttestation } from './attestations.js';
import { changeLifecycle } from './change-lifecycle.js';
import { addComment, listComments } from './comments.js';
import { createApp } from './create-app.js';
import { deleteDocument, downloadDocument, listDocuments, MAX_DOCUMENT_BYTES, uploadDocument } from './documents.js';
import { getApp } from './get-app.js';
import { listApps } from './list-apps.js';
import { updateApp } from './update-app.js';
import { auditExport } from '../audit/audit.routes.js';

const tags = ['Inventory'];

export const appsExport = {
  filename: 'apps',
  columns: [
    ['Name', (a: AppSummary) => a.name], ['Vendor', (a: AppSummary) => a.vendor], ['Category', (a: AppSummary) => CATEGORY_LABELS[a.category]],
    ['Lifecycle status', (a: AppSummary) => LIFECYCLE_LABELS[a.lifecycleStatus]], ['Business owner', (a: AppSummary) => a.businessOwner?.name],
    ['Business owner e-mail', (a: AppSummary) => a.businessOwner?.email], ['IT owner', (a: AppSummary) => a.itOwner?.name],
    ['IT owner e-mail', (a: AppSummary) => a.itOwner?.email], ['Departments', (a: AppSummary) => a.departments.map((d) => d.name)],
    ['Deployment', (a: AppSummary) => DEPLOYMENT_LABELS[a.deploymentModel]], ['Data held', (a: AppSummary) => a.dataClasses.map((d) => DATA_CLASS_LABELS[d])],
    ['SSO', (a: AppSummary) => (a.ssoSupport ? 'yes' : 'no')], ['MFA', (a: AppSummary) => (a.mfaSupport ? 'yes' : 'no')], ['SCIM', (a: AppSummary) => (a.scimSupport ? 'yes' : 'no')],
    ['Seats', (a: AppSummary) => a.seats], ['Next attestation expiry', (a: AppSummary) => a.nextAttestationExpiry], ['Website', (a: AppSummary) => a.website],
    ['Updated', (a: AppSummary) => a.updatedAt], ['ID', (a: AppSummary) => a.id],
  ] as [string, (a: AppSummary) => unknown][],
};

const documentsExport = {
  filename: 'documents',
  columns: [['Name', (d: DocumentMeta) => d.name], ['Type', (d: DocumentMeta) => d.contentType], ['Bytes', (d: DocumentMeta) => d.size], ['Uploaded by', (d: DocumentMeta) => d.uploadedBy], ['Uploaded', (d: DocumentMeta) => d.createdAt], ['ID', (d: DocumentMeta) => d.id]] as [string, (d: DocumentMeta) => unknown][],
};
const commentsExport = {
  filename: 'comments',
  columns: [['When', (c: Comment) => c.createdAt], ['Author', (c: Comment) => c.author], ['Comment', (c: Comment) => c.body], ['Mentions', (c: Comment) => c.mentions.map((m) => m.name)], ['ID', (c: Comment) => c.id]] as [string, (c: Comment) => unknown][],
};

export const appsRoutes: RouteModule = (root, { database }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const ctx = (req: Parameters<typeof ctxOf>[0]) => ctxOf(req, database);

  app.get('/apps', { preValidation: cachedPage(database), schema: { operationId: 'listApps', tags, summary: 'List the inventory', querystring: AppListQuery, response: { 200: Page(AppSummary) } } },
    listHandler(database, appsExport, (c, q) => listApps(c, q), { cache: true }));
  app.post('/apps', { schema: { operationId: 'createApp', tags, summary: 'Add an app', body: AppCreateInput, response: { 200: AppDetail } } },
    (req) => createApp(ctx(req), req.body));
  app.get('/apps/:id', { schema: { operationId: 'getApp', tags, summary: 'One app', params: IdParams, response: { 200: AppDetail } } },
    (req) => getApp(ctx(req), req.params.id));
  app.patch('/apps/:id', { schema: { operationId: 'updateApp', tags, summary: 'Edit an app', params: IdParams, body: AppUpdateInput, response: { 200: AppDetail } } },
    (req) => updateApp(ctx(req), req.params.id, req.body));
  app.post('/apps/:id/lifecycle', { schema: { operationId: 'changeAppLifecycle', tags, summary: 'Change lifecycle status with a reason', params: IdParams, body: LifecycleChangeInput, response: { 200: AppDetail } } },
    (req) => changeLifecycle(ctx(req), req.params.id, req.body));
  app.get('/apps/:id/history', { schema: { operationId: 'listAppHistory', tags, summary: "An app's history from the audit log", params: IdParams, querystring: AuditListQuery, response: { 200: Page(AuditEntry) } } },
    listHandler(database, auditExport, (c, q, req) => appHistory(c, (req.params as { id: string }).id, q)));

  app.post('/apps/:id/attestations', { schema: { operationId: 'createAttestation', tags, params: IdParams, body: AttestationInput, response: { 200: Attestation } } },
    (req) => createAttestation(ctx(req), req.params.id, req.body));
  app.patch('/attestations/:id', { schema: { operationId: 'updateAttestation', tags, params: IdParams, body: AttestationInput.partial(), response: { 200: Attestation } } },
    (req) => updateAttestation(ctx(req), req.params.id, req.body));
  app.delete('/attestations/:id', { schema: { operationId: 'deleteAttestation', tags, params: IdParams, response: { 200: Ok } } },
    (req) => deleteAttestation(ctx(req), req.params.id));

  app.get('/apps/:id/documents', { schema: { operationId: 'listDocuments', tags, params: IdParams, querystring: ListQueryBase, response: { 200: Page(DocumentMeta) } } },
    listHandler(database, documentsExport, (c, q, req) => listDocuments(c, (req.params as { id: string }).id, q)));
  app.post('/apps/:id/documents', { schema: { operationId: 'uploadDocument', tags, summary: 'Upload a document (multipart field "file")', params: IdParams, consumes: ['multipart/form-data'], response: { 200: DocumentMeta } } },
    async (req) => {
      const c = ctx(req);
      const file = await req.file({ limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } });
      if (!file) throw new AppError('validation_failed', 'Send the document as multipart field "file"', [{ path: ['file'], message: 'Required' }]);
      const content = await file.toBuffer();
      return uploadDocument(c, req.params.id, { name: file.filename, contentType: file.mimetype, content });
    });
  app.get('/documents/:id/download', { schema: { operationId: 'downloadDocument', tags, params: IdParams } }, async (req, reply) => {
    const d = await downloadDocument(ctx(req), req.params.id);
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(d.name)}`);
    reply.header('x-content-type-options', 'nosniff');
    return reply.type(d.contentType).send(d.content);
  });
  app.delete('/documents/:id', { schema: { operationId: 'deleteDocument', tags, params: IdParams, response: { 200: Ok } } },
    (req) => deleteDocument(ctx(req), req.params.id));

  app.get('/apps/:id/comments', { schema: { operationId: 'listComments', tags, params: IdParams, querystring: ListQueryBase, response: { 200: Page(Comment) } } },
    listHandler(database, commentsExport, (c, q, req) => listComments(c, (req.params as { id: string }).id, q)));
  app.post('/apps/:id/comments', { schema: { operationId: 'addComment', tags, params: IdParams, body: CommentInput, response: { 200: Comment } } },
    (req) => addComment(ctx(req), req.params.id, req.body));
};
