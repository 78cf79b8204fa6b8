/** Where a text came from; normalisation and the not-software checks depend on it. */
export const SOURCE_KINDS = ['card', 'okta', 'entra', 'google_token', 'google_login', 'apps_csv'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Sources whose texts are application names rather than payment descriptors. */
export const NAME_SOURCES: readonly SourceKind[] = ['okta', 'entra', 'google_token', 'google_login', 'apps_csv'];

export interface MatchHints {
  /** ISO 18245 merchant category code, as a number or a string of digits. */
  mcc?: number | string;
  /** A domain or URL that belongs to the merchant / app (e.g. a card provider's merchant website). */
  domain?: string;
  /** OAuth client id (Google token audit, Okta); exact rules can be written on it. */
  oauthClientId?: string;
  /** Not used for matching (and not part of the cache key); carried for callers. */
  amount?: number;
  /** A provider's own category, e.g. Ramp's `SaaS / Software`, Brex's `Airfare`, Chase's `Food & Drink`. */
  vendorCategory?: string;
}

export interface MatchInput {
  text: string;
  source: SourceKind;
  hints?: MatchHints;
}

export type MatchKind = 'software' | 'not_software' | 'unknown';

/** How the answer was reached, for callers that group or filter (the reasons say it in words). */
export type MatchMethod =
  | 'rule'
  | 'exact'
  | 'domain'
  | 'prefix'
  | 'vendor'
  | 'inner'
  | 'truncated'
  | 'fuzzy'
  | 'mcc'
  | 'category'
  | 'merchant'
  | 'keyword'
  | 'processor'
  | 'generic'
  | 'none';

export interface MatchResult {
  app: { id: string; name: string } | null;
  kind: MatchKind;
  /** 0..1: how sure the engine is of this answer (0 for `unknown`). */
  confidence: number;
  /** Human-readable, never empty. */
  reasons: readonly string[];
  /** The normalised text: the grouping key for the review queue and the text rules are learned on. */
  normalised: string;
  method: MatchMethod;
  /** Set when an organisation rule decided. */
  ruleId?: string;
}

/**
 * An organisation's alias rule, learned when a person confirms, corrects or labels a match.
 * `text` is compared with the normalised text: `exact` equal, `prefix` starts with it (on a word
 * boundary), `pattern` a wildcard pattern where `*` stands for any run of characters and `?` for one.
 * An exact rule also matches when its text equals `hints.oauthClientId`.
 */
export interface AliasRule {
  id: string;
  kind: 'exact' | 'prefix' | 'pattern';
  text: string;
  /** Source kinds it applies to; `null` = all. */
  sources: SourceKind[] | null;
  /** The app it names; `null` with `classify` for not-software (or software without an app). */
  appId: string | null;
  /** Name to show when `appId` is not in the catalog (an organisation's own app). */
  appName?: string;
  classify?: 'not_software' | 'software';
  enabled: boolean;
}
