import { z } from 'zod';
import { booleanish, csvList, Id, ListQueryBase } from './common.js';

export const IMPORT_FORMATS = ['card_csv', 'ofx', 'camt053', 'hr', 'apps_csv', 'okta', 'entra', 'google_reports'] as const;
export const ImportFormat = z.enum(IMPORT_FORMATS);
export type ImportFormat = z.infer<typeof ImportFormat>;

export const IMPORT_STATES = ['uploaded', 'queued', 'running', 'committed', 'failed', 'cancelled'] as const;
export const ImportState = z.enum(IMPORT_STATES);

export const CardMapping = z.object({
  date: z.string().min(1).describe('Header of the date column'),
  amount: z.string().optional().describe('Signed amount column; or give debit and/or credit'),
  debit: z.string().optional(),
  credit: z.string().optional(),
  spendSign: z.enum(['positive', 'negative']).optional().describe('Which sign is spend in the amount column (default positive)'),
  currency: z.string().optional(),
  description: z.string().min(1),
  merchant: z.string().optional(),
  cardholder: z.string().optional(),
  department: z.string().optional(),
  mcc: z.string().optional(),
  category: z.string().optional(),
  externalId: z.string().optional(),
  dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
  defaultCurrency: z.string().length(3).optional(),
}).refine((m) => m.amount || m.debit || m.credit, { message: 'Map an amount column, or debit and/or credit', path: ['amount'] });
export type CardMapping = z.infer<typeof CardMapping>;

export const ImportSummary = z.object({
  id: Id,
  format: z.string(),
  formatLabel: z.string(),
  preset: z.string().nullable(),
  fileName: z.string(),
  fileSize: z.number(),
  state: ImportState,
  phase: z.string(),
  skipBadRows: z.boolean(),
  progress: z.object({
    bytesDone: z.number(), bytesTotal: z.number(), rowsDone: z.number(), rowsPerSecond: z.number().nullable(), etaSeconds: z.number().nullable(),
    fraction: z.number().describe('0..1, by bytes read'),
  }),
  rowsImported: z.number(),
  rowsDuplicate: z.number(),
  rowsBad: z.number(),
  rowsSkipped: z.number(),
  error: z.string().nullable(),
  attempts: z.number(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportDetail = ImportSummary.extend({
  summary: z.record(z.string(), z.unknown()).nullable().describe('What the import did: spend by kind and top apps, people created/updated, apps added'),
  mapping: z.record(z.string(), z.unknown()).nullable(),
  preview: z.object({ header: z.array(z.string()), rows: z.array(z.array(z.string())) }).nullable().describe('First rows of a CSV, for mapping columns'),
  needsMapping: z.boolean().describe('A CSV whose layout no preset recognises: map its columns to start it'),
  alternatives: z.array(z.object({ id: z.string(), label: z.string() })).describe('Other card presets the header fits just as well (they may read amounts with the opposite sign): the user should pick'),
});
export type ImportDetail = z.infer<typeof ImportDetail>;

export const ImportUploadQuery = z.object({
  fileName: z.string().trim().min(1).max(300).optional().describe('For raw (application/octet-stream) uploads'),
  format: ImportFormat.optional().describe('Skip detection'),
  preset: z.string().max(60).optional(),
  mappingName: z.string().max(100).optional().describe('Use a saved column mapping'),
  skipBadRows: booleanish,
  start: booleanish.describe('Start at once when the format is known (the CLI does); otherwise the import waits for confirmation'),
});

export const ImportStartInput = z.object({
  format: ImportFormat.optional(),
  preset: z.string().max(60).nullable().optional(),
  mapping: CardMapping.nullable().optional(),
  mappingName: z.string().max(100).nullable().optional().describe('Use this saved mapping'),
  saveMappingAs: z.string().trim().min(1).max(100).nullable().optional().describe('Save the given mapping under this name for the next file'),
  skipBadRows: z.boolean().optional(),
});

export const ImportListQuery = ListQueryBase.extend({
  state: csvList(ImportState),
  type: csvList(ImportFormat).describe('File formats (`format` is the export switch of every list)'),
  sort: z.enum(['createdAt', '-createdAt', 'fileName', '-fileName']).default('-createdAt'),
});

export const ImportError = z.object({ line: z.number().nullable(), column: z.string().nullable(), reason: z.string(), raw: z.string().nullable() });
export type ImportError = z.infer<typeof ImportError>;

export const ImportPresets = z.object({
  formats: z.array(z.object({ id: ImportFormat, label: z.string() })),
  cardPresets: z.array(z.object({ id: z.string(), label: z.string() })),
  mappings: z.array(z.object({ name: z.string(), format: z.string(), mapping: z.record(z.string(), z.unknown()) })),
});
