import { sql } from 'drizzle-orm';
import { bigint, boolean, customType, date, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './platform.js';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * One import of one file. Progress lives here (the job updates it as it goes) so the UI and CLI read it.
 * Rows an import writes stay invisible until `state` becomes 'committed': that flip, with the import's
 * effects, is the one final transaction that makes an import all-or-nothing.
 */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey(),
    /** Compact key the (many) transaction rows carry instead of the uuid: bytes per row decide bulk-load speed. */
    seq: integer('seq').generatedAlwaysAsIdentity().notNull().unique(),
    format: text('format').notNull(),
    preset: text('preset'),
    mapping: jsonb('mapping'),
    mappingName: text('mapping_name'),
    fileName: text('file_name').notNull(),
    fileSize: bigint('file_size', { mode: 'number' }).notNull(),
    fileSha256: text('file_sha256').notNull(),
    skipBadRows: boolean('skip_bad_rows').notNull().default(false),
    state: text('state').notNull().default('queued'),
    phase: text('phase').notNull().default('queued'),
    bytesDone: bigint('bytes_done', { mode: 'number' }).notNull().default(0),
    rowsDone: integer('rows_done').notNull().default(0),
    rowsPerSecond: real('rows_per_second'),
    etaSeconds: integer('eta_seconds'),
    rowsImported: integer('rows_imported').notNull().default(0),
    rowsDuplicate: integer('rows_duplicate').notNull().default(0),
    rowsBad: integer('rows_bad').notNull().default(0),
    rowsSkipped: integer('rows_skipped').notNull().default(0),
    summary: jsonb('summary'),
    error: text('error'),
    attempts: integer('attempts').notNull().default(0),
    cancelRequested: boolean('cancel_requested').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    createdByLabel: text('created_by_label'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('imports_created_idx').on(t.createdAt), index('imports_state_idx').on(t.state)],
);

/** The uploaded original, in 1 MiB pieces, so any worker on any machine can read it and every row traces back to it. */
export const importFileChunks = pgTable(
  'import_file_chunks',
  {
    importId: uuid('import_id').notNull().references(() => imports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
    /** Deflated (raw) on the way in: how the first versions stored uploads. */
    compressed: boolean('compressed').notNull().default(false),
    /** Compressed with zstd on the way in (see file-store.ts); neither flag: as uploaded, compressed by PostgreSQL (lz4). */
    zstd: boolean('zstd').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);

export const importErrors = pgTable(
  'import_errors',
  {
    importId: uuid('import_id').notNull().references(() => imports.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    line: integer('line'),
    column: text('column'),
    reason: text('reason').notNull(),
    raw: text('raw'),
  },
  (t) => [primaryKey({ columns: [t.importId, t.seq] })],
);

/** Column mappings for CSV layouts without a preset, saved by name and reused. */
export const importMappings = pgTable('import_mappings', {
  name: text('name').primaryKey(),
  format: text('format').notNull(),
  mapping: jsonb('mapping').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row per distinct match input (source + raw text + hints): the engine's answer with its reasons.
 * Transactions point here, so a rule change re-matches a few thousand texts, not millions of rows,
 * and the review queue groups by `normalised`.
 */
export const matchTexts = pgTable(
  'match_texts',
  {
    id: uuid('id').primaryKey(),
    seq: integer('seq').generatedAlwaysAsIdentity().notNull().unique(),
    inputKey: text('input_key').notNull(),
    source: text('source').notNull(),
    rawText: text('raw_text').notNull(),
    hints: jsonb('hints'),
    normalised: text('normalised').notNull(),
    catalogAppId: text('catalog_app_id'),
    appName: text('app_name'),
    kind: text('kind').notNull(),
    confidence: real('confidence').notNull(),
    method: text('method').notNull(),
    ruleId: uuid('rule_id'),
    reasons: text('reasons').array().notNull(),
    firstImportId: uuid('first_import_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('match_texts_input_key_idx').on(t.inputKey),
    index('match_texts_normalised_idx').on(t.source, t.normalised),
    index('match_texts_kind_idx').on(t.kind, t.confidence),
  ],
);

export const transactions = pgTable(
  'transactions',
  {
    // No foreign keys and compact integer keys: a million-row load pays per byte and per lookup; the import job owns these rows.
    id: bigint('id', { mode: 'number' }).generatedByDefaultAsIdentity().primaryKey(),
    importSeq: integer('import_seq').notNull(),
    line: integer('line').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    externalId: text('external_id'),
    account: text('account'),
    postedOn: date('posted_on').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    description: text('description').notNull(),
    merchant: text('merchant'),
    cardholder: text('cardholder'),
    personId: uuid('person_id'),
    departmentId: uuid('department_id'),
    mcc: text('mcc'),
    category: text('category'),
    matchSeq: integer('match_seq').notNull(),
  },
  (t) => [
    index('transactions_import_idx').on(t.importSeq),
    index('transactions_dedupe_idx').on(t.dedupeKey),
    index('transactions_match_idx').on(t.matchSeq),
    index('transactions_person_idx').on(t.personId).where(sql`${t.personId} IS NOT NULL`),
  ],
);

/** Parsed rows of small imports (HR lists, app lists) waiting for the final transaction. */
export const importRows = pgTable(
  'import_rows',
  {
    importId: uuid('import_id').notNull().references(() => imports.id, { onDelete: 'cascade' }),
    line: integer('line').notNull(),
    data: jsonb('data').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.line] })],
);

export type ImportRecord = typeof imports.$inferSelect;

/**
 * Per import, matched text and department: rows, amount and dates. Written once per import (a few thousand
 * rows for a million transactions), so the review queue and spend views read aggregates, not every row.
 */
export const matchStats = pgTable(
  'match_stats',
  {
    importSeq: integer('import_seq').notNull(),
    matchSeq: integer('match_seq').notNull(),
    departmentId: uuid('department_id'),
    currency: text('currency').notNull(),
    rows: integer('rows').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    firstSeen: date('first_seen').notNull(),
    lastSeen: date('last_seen').notNull(),
    /** Distinct people (person id, else the card holder text as written), at most 1,000: groups count them. */
    holders: text('holders').array().notNull(),
  },
  (t) => [index('match_stats_match_idx').on(t.matchSeq), index('match_stats_import_idx').on(t.importSeq)],
);
