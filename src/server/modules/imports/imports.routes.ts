import type { Readable } from 'node:stream';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { IdParams, Page } from '../../../shared/schemas/common.js';
import { ImportDetail, ImportError, ImportListQuery, ImportPresets, ImportStartInput, ImportSummary, ImportUploadQuery } from '../../../shared/schemas/imports.js';
import { ListQueryBase } from '../../../shared/schemas/common.js';
import { ctxOf } from '../../http/context.js';
import { listHandler } from '../../http/list-route.js';
import type { RouteModule } from '../../http/types.js';
import { AppError } from '../../platform/errors.js';
import { cancelImport, getImport, importFile, importPresets, listImportErrors, listImports, startImport, uploadImport } from './imports.js';

const MAX_IMPORT_BYTES = 8 * 1024 ** 3;

export const importsExport = {
  filename: 'imports',
  columns: [
    ['File', (i: ImportSummary) => i.fileName], ['Format', (i: ImportSummary) => i.formatLabel], ['State', (i: ImportSummary) => i.state],
    ['Rows imported', (i: ImportSummary) => i.rowsImported], ['Duplicates', (i: ImportSummary) => i.rowsDuplicate], ['Bad rows', (i: ImportSummary) => i.rowsBad],
    ['Skipped', (i: ImportSummary) => i.rowsSkipped], ['Error', (i: ImportSummary) => i.error], ['By', (i: ImportSummary) => i.createdBy],
    ['Created', (i: ImportSummary) => i.createdAt], ['Finished', (i: ImportSummary) => i.finishedAt], ['ID', (i: ImportSummary) => i.id],
  ] as [string, (i: ImportSummary) => unknown][],
};

const errorsExport = {
  filename: 'import-bad-rows',
  columns: [['Line', (e: ImportError) => e.line], ['Column', (e: ImportError) => e.column], ['Reason', (e: ImportError) => e.reason], ['Raw', (e: ImportError) => e.raw]] as [string, (e: ImportError) => unknown][],
};

export const importsRoutes: RouteModule = (root, { database, jobs }) => {
  const app = root.withTypeProvider<ZodTypeProvider>();
  const tags = ['Imports'];
  // Raw uploads (the CLI streams files of any size this way); multipart is for browsers.
  root.addContentTypeParser('application/octet-stream', (_req, payload, done) => done(null, payload));

  app.get('/imports', { schema: { operationId: 'listImports', tags, summary: 'Past and running imports', querystring: ImportListQuery, response: { 200: Page(ImportSummary) } } },
    listHandler(database, importsExport, (c, q) => listImports(c, q)));
  app.get('/imports/presets', { schema: { operationId: 'importPresets', tags, summary: 'Formats, card/expense CSV presets and saved column mappings', response: { 200: ImportPresets } } },
    (req) => importPresets(ctxOf(req, database)));
  app.post('/imports', {
    bodyLimit: MAX_IMPORT_BYTES,
    schema: {
      operationId: 'uploadImport', tags, consumes: ['multipart/form-data', 'application/octet-stream'], querystring: ImportUploadQuery, response: { 200: ImportDetail },
      summary: 'Upload a file to import (multipart field "file", or the raw bytes with ?fileName=); detected, then started with ?start=true or POST /imports/{id}/start',
    },
  }, async (req) => {
    const ctx = ctxOf(req, database);
    if (req.isMultipart()) {
      const file = await req.file({ limits: { fileSize: MAX_IMPORT_BYTES, files: 1 } });
      if (!file) throw new AppError('validation_failed', 'Send the file as multipart field "file"', [{ path: ['file'], message: 'Required' }]);
      const detail = await uploadImport(ctx, jobs, file.file, { ...req.query, fileName: req.query.fileName ?? file.filename });
      if (file.file.truncated) throw new AppError('payload_too_large', 'The file is larger than 8 GiB');
      return detail;
    }
    if (!req.body) throw new AppError('validation_failed', 'Send the file as multipart field "file" or as application/octet-stream', [{ path: ['file'], message: 'Required' }]);
    return uploadImport(ctx, jobs, req.body as Readable, req.query, Number(req.headers['content-length']) || undefined);
  });
  app.get('/imports/:id', { schema: { operationId: 'getImport', tags, summary: 'An import with its progress, outcome and (for CSVs waiting for a mapping) a preview', params: IdParams, response: { 200: ImportDetail } } },
    (req) => getImport(ctxOf(req, database), req.params.id));
  app.post('/imports/:id/start', { schema: { operationId: 'startImport', tags, summary: 'Confirm the format or column mapping and queue the import', params: IdParams, body: ImportStartInput, response: { 200: ImportDetail } } },
    (req) => startImport(ctxOf(req, database), jobs, req.params.id, req.body));
  app.post('/imports/:id/cancel', { schema: { operationId: 'cancelImport', tags, params: IdParams, response: { 200: ImportDetail } } },
    (req) => cancelImport(ctxOf(req, database), req.params.id));
  app.get('/imports/:id/errors', { schema: { operationId: 'listImportErrors', tags, summary: 'The bad-row report: line, column and reason', params: IdParams, querystring: ListQueryBase, response: { 200: Page(ImportError) } } },
    listHandler(database, errorsExport, (c, q, req) => listImportErrors(c, (req.params as { id: string }).id, q)));
  app.get('/imports/:id/file', { schema: { operationId: 'downloadImportFile', tags, summary: 'The uploaded original', params: IdParams } }, async (req, reply) => {
    const f = await importFile(ctxOf(req, database), req.params.id);
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.name)}`);
    reply.header('content-length', f.size);
    return reply.type('application/octet-stream').send(f.stream);
  });
};
