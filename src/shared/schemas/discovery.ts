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
