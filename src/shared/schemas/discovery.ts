import { z } from 'zod';
import { booleanish, csvList, Id, ListQueryBase } from './common.js';

/** Where a raw text came from: card/expense exports, identity-provider logs, OAuth grants, app lists. */
export const SOURCE_KINDS = ['card', 'okta', 'entra', 'google_token', 'google_login', 'apps_csv'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

export const RULE_KINDS = ['exact', 'prefix', 'pattern'] as const;

export const AliasRule = z.object({
  id: Id,
  kind: z.enum(RULE_KINDS).describe('exact: equals the normalised text; prefix: starts with it; pattern: * and ? wildcards'),
  text: z.string().describe('Normalised text (or an OAuth client id for exact rules)'),
  sources: z.array(SourceKind).nullable().describe('Source kinds it applies to; null = all'),
  appId: z.string().nullable().describe('Catalog app id the text names'),
  appName: z.string().nullable(),
  classify: z.enum(['software', 'not_software']).nullable().describe('For rules that set a text aside (or mark it software without an app)'),
  enabled: z.boolean(),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AliasRule = z.infer<typeof AliasRule>;

const ruleFields = {
  kind: z.enum(RULE_KINDS).default('exact'),
  text: z.string().trim().min(1).max(500),
  sources: z.array(SourceKind).min(1).nullable().default(null),
  appId: z.string().trim().min(1).max(200).nullable().default(null),
  appName: z.string().trim().max(200).nullable().default(null),
  classify: z.enum(['software', 'not_software']).nullable().default(null),
  note: z.string().max(2000).nullable().default(null),
};
export const AliasRuleInput = z
  .object(ruleFields)
  .refine((r) => r.appId !== null || r.classify !== null, { message: 'Name an app or classify the text', path: ['appId'] });
export type AliasRuleInput = z.infer<typeof AliasRuleInput>;
export const AliasRuleUpdateInput = z.object({
  kind: z.enum(RULE_KINDS).optional(),
  text: ruleFields.text.optional(),
  sources: z.array(SourceKind).min(1).nullable().optional(),
  appId: z.string().trim().min(1).max(200).nullable().optional(),
  appName: z.string().trim().max(200).nullable().optional(),
  classify: z.enum(['software', 'not_software']).nullable().optional(),
  note: z.string().max(2000).nullable().optional(),
  enabled: z.boolean().optional(),
});
export type AliasRuleUpdateInput = z.infer<typeof AliasRuleUpdateInput>;

export const AliasRuleListQuery = ListQueryBase.extend({
  kind: csvList(z.enum(RULE_KINDS)),
  source: SourceKind.optional().describe('Rules that apply to this source kind'),
  enabled: booleanish,
  sort: z.enum(['text', '-text', 'updatedAt', '-updatedAt']).default('-updatedAt'),
});
export type AliasRuleListQuery = z.infer<typeof AliasRuleListQuery>;

export const NeedSearchQuery = z.object({
  q: z.string().trim().min(1).max(200).describe('A need, e.g. "webinar" or "email marketing"'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const NeedSearchHit = z.object({
  catalogId: z.string(),
  name: z.string(),
  vendor: z.string(),
  category: z.string(),
  domain: z.string().nullable(),
  score: z.number(),
  why: z.array(z.string()).describe('What matched, in words'),
  inventory: z.object({ id: Id, name: z.string(), lifecycleStatus: z.string() }).nullable().describe('The organisation’s own record, when the app is in the inventory (within your scope)'),
});
export type NeedSearchHit = z.infer<typeof NeedSearchHit>;
export const NeedSearchResult = z.object({ items: z.array(NeedSearchHit) });

export const ReviewQuery = ListQueryBase.extend({
  source: SourceKind.optional(),
  kind: z.enum(['unknown', 'low_confidence']).optional().describe('unknown: no answer; low_confidence: an app below 0.8'),
  sort: z.enum(['amount', '-amount', 'rows', '-rows', 'text', '-text', 'lastSeen', '-lastSeen']).default('-amount'),
});
export const ReviewGroup = z.object({
  source: SourceKind,
  normalised: z.string().describe('The grouping key: the text after normalisation'),
  examples: z.array(z.string()).describe('Up to three raw texts behind the group'),
  texts: z.number().int().describe('Distinct raw texts in the group'),
  kind: z.enum(['unknown', 'low_confidence']),
  confidence: z.number(),
  suggestion: z.object({ appId: z.string(), name: z.string() }).nullable().describe('The engine’s best guess, when it has one'),
  reasons: z.array(z.string()),
  rows: z.number().int(),
  amountMinor: z.number().describe('Sum of the rows in `currency`'),
  currency: z.string().nullable(),
  people: z.number().int().describe('Distinct card holders / people'),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
});
export type ReviewGroup = z.infer<typeof ReviewGroup>;

export const ReviewRowsQuery = ListQueryBase.extend({ source: SourceKind, normalised: z.string().min(1).max(500) });
export const ReviewRow = z.object({
  id: z.string(),
  date: z.string(),
  amountMinor: z.number(),
  currency: z.string(),
  description: z.string(),
  cardholder: z.string().nullable(),
  person: z.object({ id: Id, name: z.string() }).nullable(),
  department: z.string().nullable(),
  importId: Id,
  fileName: z.string(),
  line: z.number().int(),
});
export type ReviewRow = z.infer<typeof ReviewRow>;

export const ReviewLabelInput = z
  .object({
    groups: z.array(z.object({ source: SourceKind, normalised: z.string().min(1).max(500) })).min(1).max(500),
    appId: z.string().trim().min(1).max(200).nullable().default(null).describe('Catalog app the texts name'),
    appName: z.string().trim().max(200).nullable().default(null),
    classify: z.enum(['software', 'not_software']).nullable().default(null),
  })
  .refine((r) => r.appId !== null || r.classify !== null, { message: 'Choose an app, or mark the texts as not software', path: ['appId'] });
export const ReviewLabelResult = z.object({
  rulesCreated: z.number().int(),
  alreadyCovered: z.number().int().describe('Groups an existing rule already covered'),
  rematchedTexts: z.number().int(),
});

// ---------------------------------------------------------------------------------------------------
// Discovered apps (identity-provider sign-ins, OAuth grants, spend) and shadow IT

/** shadow: seen and nobody approved it; in_inventory: the inventory has it beyond "discovered"; known: marked known/approved; not_relevant: set aside. */
export const DISCOVERY_STATUSES = ['shadow', 'in_inventory', 'known', 'not_relevant'] as const;
export const DiscoveryStatus = z.enum(DISCOVERY_STATUSES);
export const DISCOVERY_SORTS = ['newest', 'firstSeen', '-firstSeen', 'lastSeen', '-lastSeen', 'users', '-users', 'spend', '-spend', 'name', '-name'] as const;

export const DiscoveredAppQuery = ListQueryBase.extend({
  status: csvList(DiscoveryStatus).describe('Statuses, comma-separated; default all but not_relevant'),
  source: SourceKind.optional().describe('Apps seen in this source'),
  sort: z.enum(DISCOVERY_SORTS).default('newest').describe('newest: first seen (by day) newest first, then most users and spend'),
});

export const DiscoveredApp = z.object({
  catalogAppId: z.string(),
  name: z.string(),
  status: DiscoveryStatus,
  sources: z.array(z.string()).describe('okta, entra, google_login, google_token, card'),
  firstSeen: z.string(),
  lastSeen: z.string(),
  signins: z.number().int(),
  failures: z.number().int(),
  users: z.number().int().describe('Distinct people who signed in or granted access'),
  unknownUsers: z.number().int().describe('Of them, not in the HR list'),
  leaverUsers: z.number().int().describe('Of them, leavers who signed in after their end date'),
  grants: z.number().int(),
  activeGrants: z.number().int(),
  grantRisk: z.enum(['high', 'medium', 'low']).nullable().describe('Riskiest scope among active grants'),
  spend: z.record(z.string(), z.number()).describe('Minor units per currency'),
  spendRows: z.number().int(),
  departments: z.array(z.object({ id: Id, name: z.string(), users: z.number().int() })),
  inventory: z.object({ id: Id, name: z.string(), lifecycleStatus: z.string() }).nullable(),
  decision: z.object({ decision: z.enum(['known', 'not_relevant']), note: z.string().nullable(), decidedAt: z.string() }).nullable(),
});
export type DiscoveredApp = z.infer<typeof DiscoveredApp>;

export const DiscoverySummary = z.object({
  apps: z.number().int().describe('Software apps found in all imports'),
  shadow: z.number().int().describe('Of them, nobody approved'),
  newShadow30d: z.number().int().describe('Shadow apps first seen in the last 30 days'),
  unknownTexts: z.number().int().describe('Names waiting in the review queue'),
  usersNotInHr: z.number().int(),
  leaversAfterEnd: z.number().int(),
  signinImports: z.number().int(),
  lastImportAt: z.string().nullable(),
});
export type DiscoverySummary = z.infer<typeof DiscoverySummary>;

export const DiscoveryDecisionInput = z.object({
  decision: z.enum(['known', 'not_relevant']).nullable().describe('null clears the decision'),
  note: z.string().trim().max(2000).nullable().default(null),
});
export const AddDiscoveredInput = z.object({ note: z.string().trim().max(2000).nullable().default(null) });
export const AddDiscoveredResult = z.object({ appId: Id, created: z.boolean(), lifecycleStatus: z.string() });

export const DiscoveredUser = z.object({
  userKey: z.string(),
  userName: z.string().nullable(),
  person: z.object({ id: Id, name: z.string(), department: z.string().nullable() }).nullable(),
  status: z.enum(['not_in_hr', 'leaver_after_end', 'leaver', 'active']),
  endDate: z.string().nullable(),
  apps: z.number().int(),
  appNames: z.array(z.string()),
  signins: z.number().int(),
  signinsAfterEnd: z.number().int(),
  firstSeen: z.string(),
  lastSeen: z.string(),
});
export type DiscoveredUser = z.infer<typeof DiscoveredUser>;
export const DiscoveredUserQuery = ListQueryBase.extend({
  status: csvList(z.enum(['not_in_hr', 'leaver_after_end', 'leaver', 'active'])).describe('Default: not_in_hr,leaver_after_end'),
  sort: z.enum(['lastSeen', '-lastSeen', 'signins', '-signins', 'user', '-user']).default('-lastSeen'),
});

export const AppUsage = z.object({
  userKey: z.string(),
  person: z.object({ id: Id, name: z.string(), department: z.string().nullable(), status: z.string() }).nullable(),
  hrStatus: z.enum(['not_in_hr', 'leaver_after_end', 'leaver', 'active']),
  signins: z.number().int(),
  failures: z.number().int(),
  firstSeen: z.string().nullable(),
  lastSeen: z.string().nullable(),
  grant: z.object({ state: z.enum(['active', 'revoked']), at: z.string(), scopes: z.array(z.string()), risk: z.string() }).nullable(),
});
export type AppUsage = z.infer<typeof AppUsage>;

export const ScopeClassOut = z.object({ scope: z.string(), area: z.string(), access: z.string(), risk: z.string(), label: z.string() });
export const DiscoveredAppDetail = DiscoveredApp.extend({
  users: z.array(AppUsage).describe('Up to 500 people, most sign-ins first'),
  scopes: z.array(ScopeClassOut.extend({ grants: z.number().int() })).describe('Scopes granted to the app, each classified'),
  texts: z.array(z.object({ source: z.string(), text: z.string(), confidence: z.number(), reasons: z.array(z.string()) })).describe('The names it was found under, and why they match'),
});
export type DiscoveredAppDetail = z.infer<typeof DiscoveredAppDetail>;

export const EvidenceQuery = ListQueryBase.extend({ kind: z.enum(['signins', 'grants', 'transactions']).default('signins') });
export const EvidenceRow = z.object({
  kind: z.enum(['signin', 'grant', 'transaction']),
  at: z.string(),
  user: z.string().nullable(),
  detail: z.string().describe('Outcome, scopes, or amount and description'),
  text: z.string().describe('The name or descriptor as the file wrote it'),
  importId: Id,
  fileName: z.string(),
  line: z.number().int(),
});
export type EvidenceRow = z.infer<typeof EvidenceRow>;

export const DiscoveryRun = z.object({
  apps: z.number().int().describe('Discovered apps rebuilt'),
  users: z.number().int().describe('Sign-in identities rebuilt'),
  summary: DiscoverySummary,
  newestShadow: z.array(DiscoveredApp).describe('Up to 10 shadow apps, newest and biggest first'),
});
export type DiscoveryRun = z.infer<typeof DiscoveryRun>;
