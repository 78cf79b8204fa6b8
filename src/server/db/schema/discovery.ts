import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './platform.js';

/** The organisation's own alias rules, learned from people's confirmations; they come before the catalog. */
export const aliasRules = pgTable(
  'alias_rules',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    text: text('text').notNull(),
    sources: text('sources').array(),
    appId: text('app_id'),
    appName: text('app_name'),
    classify: text('classify'),
    enabled: boolean('enabled').notNull().default(true),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('alias_rules_text_idx').on(t.kind, t.text)],
);
