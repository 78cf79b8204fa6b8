import { bigint, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './platform.js';

/*
 * What identity-provider imports write. Like transactions, every per-import row carries the import's
 * `seq` and stays invisible until that import is committed (readers join committed imports), so an
 * import is all-or-nothing without holding one long transaction. No foreign keys: the job owns them.
 */

/** One sign-in event, kept for de-duplication (the provider's event id, hashed) and as evidence (file and line). */
export const signinEvents = pgTable(
  'signin_events',
  {
    importSeq: integer('import_seq').notNull(),
    line: integer('line').notNull(),
    eventKey: text('event_key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    matchSeq: integer('match_seq').notNull(),
    /** E-mail / UPN as lower case; people are linked at read time, so a later HR list links old sign-ins. */
    userKey: text('user_key'),
    /** s = success (usage), f = failure, i = interrupted (MFA prompt and the like). */
    outcome: text('outcome').notNull(),
  },
  (t) => [index('signin_events_key_idx').on(t.eventKey), index('signin_events_match_idx').on(t.matchSeq)],
);

/** Per import, app text, person and day: the aggregate utilisation reads ("active users in 30/90 days"). */
export const signinDaily = pgTable(
  'signin_daily',
  {
    importSeq: integer('import_seq').notNull(),
    matchSeq: integer('match_seq').notNull(),
    userKey: text('user_key').notNull(),
    day: date('day').notNull(),
    signins: integer('signins').notNull(),
    failures: integer('failures').notNull(),
  },
  // No index yet: a million rows load faster without one; utilisation (a later capability) adds the one its queries need.
);

/** Per import, app text and person: counts and first/last time, what discovery and the review queue read. */
export const signinUsers = pgTable(
  'signin_users',
  {
    importSeq: integer('import_seq').notNull(),
    matchSeq: integer('match_seq').notNull(),
    userKey: text('user_key').notNull(),
    userName: text('user_name'),
    signins: integer('signins').notNull(),
    failures: integer('failures').notNull(),
    firstAt: timestamp('first_at', { withTimezone: true }).notNull(),
    lastAt: timestamp('last_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('signin_users_match_idx').on(t.matchSeq)],
);

/** An OAuth grant or revocation, one row per event. */
export const oauthGrants = pgTable(
  'oauth_grants',
  {
    importSeq: integer('import_seq').notNull(),
    line: integer('line').notNull(),
    eventKey: text('event_key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userKey: text('user_key'),
    matchSeq: integer('match_seq'),
    clientId: text('client_id'),
    appName: text('app_name'),
    scopes: text('scopes').array().notNull(),
    /** high / medium / low: the riskiest scope of the grant (modules/discovery/scopes.ts). */
    risk: text('risk').notNull(),
    action: text('action').notNull(),
    source: text('source').notNull(),
  },
  (t) => [index('oauth_grants_key_idx').on(t.eventKey), index('oauth_grants_match_idx').on(t.matchSeq), index('oauth_grants_client_idx').on(t.clientId)],
);

/** Applications known to the identity provider by id (Okta app objects): names the client ids consent events carry alone. */
export const idpApps = pgTable(
  'idp_apps',
  {
    source: text('source').notNull(),
    appId: text('app_id').notNull(),
    clientId: text('client_id'),
    label: text('label'),
    name: text('name'),
    importSeq: integer('import_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.source, t.appId, t.importSeq] }), index('idp_apps_client_idx').on(t.clientId)],
);

/**
 * Discovery's answer per catalog app, rebuilt from the committed imports after each import and by
 * `tandem discover`: the Discovery page reads these few hundred rows, not millions of events.
 */
export const discoveredApps = pgTable(
  'discovered_apps',
  {
    catalogAppId: text('catalog_app_id').primaryKey(),
    name: text('name').notNull(),
    sources: text('sources').array().notNull(),
    firstSeen: timestamp('first_seen', { withTimezone: true }).notNull(),
    lastSeen: timestamp('last_seen', { withTimezone: true }).notNull(),
    signins: integer('signins').notNull(),
    failures: integer('failures').notNull(),
    users: integer('users').notNull(),
    /** Users not found in the HR list (no person by e-mail or alias). */
    unknownUsers: integer('unknown_users').notNull(),
    /** People marked leaver who signed in after their end date. */
    leaverUsers: integer('leaver_users').notNull(),
    grants: integer('grants').notNull(),
    activeGrants: integer('active_grants').notNull(),
    grantRisk: text('grant_risk'),
    /** { currency: minor units } of card/bank spend matched to the app. */
    spend: jsonb('spend').notNull(),
    spendRows: integer('spend_rows').notNull(),
    /** [{ id, name, users }] from the people who signed in or paid. */
    departments: jsonb('departments').notNull(),
    departmentIds: uuid('department_ids').array().notNull(),
    /** Sum of the spend in its main currency, for sorting. */
    spendMinor: bigint('spend_minor', { mode: 'number' }).notNull().default(0),
    refreshedAt: timestamp('refreshed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('discovered_apps_last_idx').on(t.lastSeen), index('discovered_apps_depts_idx').using('gin', t.departmentIds)],
);

/** A person's decision about a discovered app that is not (or not yet) in the inventory. */
export const discoveryDecisions = pgTable('discovery_decisions', {
  catalogAppId: text('catalog_app_id').primaryKey(),
  decision: text('decision', { enum: ['known', 'not_relevant'] }).notNull(),
  note: text('note'),
  decidedBy: uuid('decided_by').references(() => users.id),
  decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Sign-in identities that are not people of the HR list, or leavers still signing in; rebuilt with discovered_apps. */
export const discoveredUsers = pgTable(
  'discovered_users',
  {
    userKey: text('user_key').primaryKey(),
    userName: text('user_name'),
    personId: uuid('person_id'),
    departmentId: uuid('department_id'),
    /** not_in_hr | leaver_after_end | active | leaver */
    status: text('status').notNull(),
    endDate: date('end_date'),
    apps: integer('apps').notNull(),
    signins: integer('signins').notNull(),
    signinsAfterEnd: integer('signins_after_end').notNull(),
    firstSeen: timestamp('first_seen', { withTimezone: true }).notNull(),
    lastSeen: timestamp('last_seen', { withTimezone: true }).notNull(),
    appNames: text('app_names').array().notNull(),
  },
  (t) => [index('discovered_users_status_idx').on(t.status, t.lastSeen)],
);
