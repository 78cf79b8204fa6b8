import { sql } from 'drizzle-orm';
import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const departments = pgTable('departments', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull().unique(),
  headId: uuid('head_id'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey(),
    email: text('email').notNull().unique(),
    /** Other addresses the person signs in with (lower case): old domains, UPNs that differ from the mail address. */
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    name: text('name').notNull(),
    title: text('title'),
    departmentId: uuid('department_id').references(() => departments.id),
    managerId: uuid('manager_id'),
    status: text('status', { enum: ['active', 'leaver'] }).notNull().default('active'),
    startDate: date('start_date'),
    endDate: date('end_date'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('people_department_idx').on(t.departmentId),
    index('people_manager_idx').on(t.managerId),
    index('people_aliases_idx').using('gin', t.aliases),
    index('people_name_trgm').using('gin', sql`${t.name} gin_trgm_ops`),
  ],
);

export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
