import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments, people } from './org.js';
import { users } from './platform.js';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
});

export const vendors = pgTable('vendors', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  website: text('website'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const apps = pgTable(
  'apps',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    vendorId: uuid('vendor_id').references(() => vendors.id),
    category: text('category').notNull(),
    description: text('description'),
    notes: text('notes'),
    website: text('website'),
    /** The bundled catalog's id for this app, when known: how discovered spend and sign-ins find it. */
    catalogId: text('catalog_id'),
    lifecycleStatus: text('lifecycle_status').notNull().default('discovered'),
    businessOwnerId: uuid('business_owner_id').references(() => people.id),
    itOwnerId: uuid('it_owner_id').references(() => people.id),
    deploymentModel: text('deployment_model').notNull().default('cloud'),
    dataClasses: text('data_classes').array().notNull().default([]),
    ssoSupport: boolean('sso_support').notNull().default(false),
    mfaSupport: boolean('mfa_support').notNull().default(false),
    scimSupport: boolean('scim_support').notNull().default(false),
    seats: integer('seats'),
    /** Denormalised from app_departments so list filters and scope checks need no join. */
    departmentIds: uuid('department_ids').array().notNull().default([]),
    /** Denormalised earliest attestation expiry, kept by the attestation verbs. */
    nextAttestationExpiry: date('next_attestation_expiry'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('apps_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
    index('apps_departments_gin').using('gin', t.departmentIds),
    index('apps_data_classes_gin').using('gin', t.dataClasses),
    index('apps_status_idx').on(t.lifecycleStatus),
    index('apps_category_idx').on(t.category),
    index('apps_lower_name_idx').on(sql`lower(${t.name})`),
    index('apps_business_owner_idx').on(t.businessOwnerId),
    index('apps_it_owner_idx').on(t.itOwnerId),
    index('apps_catalog_idx').on(t.catalogId),
  ],
);

export const appDepartments = pgTable(
  'app_departments',
  {
    appId: uuid('app_id').notNull().references(() => apps.id, { onDelete: 'cascade' }),
    departmentId: uuid('department_id').notNull().references(() => departments.id),
  },
  (t) => [primaryKey({ columns: [t.appId, t.departmentId] }), index('app_departments_dept_idx').on(t.departmentId)],
);

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey(),
    appId: uuid('app_id').notNull().references(() => apps.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('documents_app_idx').on(t.appId)],
);

export const attestations = pgTable(
  'attestations',
  {
    id: uuid('id').primaryKey(),
    appId: uuid('app_id').notNull().references(() => apps.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    issuedOn: date('issued_on'),
    expiresOn: date('expires_on'),
    documentId: uuid('document_id').references(() => documents.id, { onDelete: 'set null' }),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('attestations_app_idx').on(t.appId), index('attestations_expires_idx').on(t.expiresOn)],
);

export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey(),
    appId: uuid('app_id').notNull().references(() => apps.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id),
    authorLabel: text('author_label').notNull(),
    body: text('body').notNull(),
    mentionIds: uuid('mention_ids').array().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('comments_app_idx').on(t.appId, t.createdAt)],
);
