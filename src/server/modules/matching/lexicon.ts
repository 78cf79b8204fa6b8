// Word lists the normaliser and matcher use. Facts about payment descriptors and identity providers,
// written for Tandem; no third-party text.

/** A payment processor or marketplace prefix on card descriptors. */
export interface Processor {
  key: string;
  /** How people call it, used in reasons. */
  name: string;
  /** Matches at the start of the lower-cased descriptor; the rest is what it processed. */
  re: RegExp;
  /**
   * gateway: the rest names the merchant (PayPal, Square, FastSpring…).
   * marketplace: the rest never names a software vendor (Apple App Store, Amazon Marketplace) → unknown.
   * vendor: the processor is the vendor billing its own products (Google, Microsoft): the rest names the product.
   * restaurant: a restaurant point-of-sale (Toast): what follows is a restaurant.
   */
  role: 'gateway' | 'marketplace' | 'vendor' | 'restaurant';
  /** For `vendor` processors: the vendor word put in front of the rest (`GOOGLE *ADS` → `google ads`). */
  vendorWord?: string;
}

export const PROCESSORS: readonly Processor[] = [
  { key: 'paypal', name: 'PayPal', re: /^(?:paypal|pp)\s*\*\s*|^paypal\s+/, role: 'gateway' },
  { key: 'square', name: 'Square', re: /^sq\s*\*\s*/, role: 'gateway' },
  { key: 'shopify', name: 'Shopify Payments', re: /^sp\s*\*\s*/, role: 'gateway' },
  { key: 'fastspring', name: 'FastSpring', re: /^(?:fs|fsprg|fastspring)\s*\*\s*|^fsprg\s+/, role: 'gateway' },
  { key: 'toast', name: 'Toast (restaurant point of sale)', re: /^tst\s*\*\s*/, role: 'restaurant' },
  { key: 'digital river', name: 'Digital River', re: /^dri\s*\*\s*/, role: 'gateway' },
  { key: 'paddle', name: 'Paddle', re: /^paddle(?:\.net)?\s*\*\s*/, role: 'gateway' },
  { key: '2checkout', name: '2Checkout', re: /^(?:2co(?:\.com)?|2checkout(?:\.com)?)\s*\*\s*/, role: 'gateway' },
  { key: 'braintree', name: 'Braintree', re: /^bt\s*\*\s*/, role: 'gateway' },
  { key: 'intuit payments', name: 'Intuit QuickBooks Payments', re: /^in\s*\*\s*/, role: 'gateway' },
  { key: 'wepay', name: 'WePay', re: /^wpy\s*\*\s*/, role: 'gateway' },
  { key: 'sumup', name: 'SumUp', re: /^sumup\s*\*\s*/, role: 'gateway' },
  { key: 'zettle', name: 'Zettle', re: /^(?:iz|zettle)\s*\*\s*/, role: 'gateway' },
  { key: 'stripe', name: 'Stripe', re: /^stripe\s*\*\s*/, role: 'gateway' },
  { key: 'google', name: 'Google', re: /^google\s*\*\s*/, role: 'vendor', vendorWord: 'google' },
  { key: 'microsoft', name: 'Microsoft', re: /^(?:msft|microsoft)\s*\*\s*/, role: 'vendor', vendorWord: 'microsoft' },
  { key: 'apple', name: 'Apple (App Store / iCloud billing)', re: /^(?:apple\.com\/bill|itunes\.com\/bill|apple\.com\/us|apple\s+com\s+bill)\b\s*/, role: 'marketplace' },
  {
    key: 'amazon marketplace',
    name: 'Amazon Marketplace',
    re: /^(?:amzn\s*mktp|amazon\s*mktpl?(?:ace)?|amazon\s+marketplace|amazon\.com\s*\*|amazon\.com\b|amzn\.com\/bill)(?:\s+(?:us|uk|de|ca|fr|es|it|au))?\s*\*?\s*/,
    role: 'marketplace',
  },
];

/** What remains after a processor prefix that still identifies nothing. */
export const PROCESSOR_FILLER = new Set([
  'services', 'service', 'svcs', 'payment', 'payments', 'purchase', 'purchases', 'play', 'store', 'bill', 'billing', 'charge',
  'subscription', 'subscriptions', 'order', 'orders', 'digital', 'online', 'marketplace', 'mktp', 'temporary', 'hold', 'app',
  'apps', 'inst', 'www', 'com', 'us', 'misc', 'merchant', 'ecom', 'checkout', 'invoice', 'inv', 'msbill.info', 'storage',
]);

export const US_STATES = new Set([
  'al', 'ak', 'az', 'ar', 'ca', 'co', 'ct', 'de', 'fl', 'ga', 'hi', 'id', 'il', 'in', 'ia', 'ks', 'ky', 'la', 'me', 'md', 'ma',
  'mi', 'mn', 'ms', 'mo', 'mt', 'ne', 'nv', 'nh', 'nj', 'nm', 'ny', 'nc', 'nd', 'oh', 'ok', 'or', 'pa', 'ri', 'sc', 'sd', 'tn',
  'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy', 'dc',
  // Canadian provinces, written the same way on descriptors
  'on', 'bc', 'qc', 'ab', 'mb', 'sk', 'ns', 'nb', 'nl', 'pe',
]);

export const STATE_NAMES = new Set([
  'california', 'new york', 'washington', 'massachusetts', 'texas', 'utah', 'colorado', 'georgia', 'illinois', 'florida',
  'delaware', 'virginia', 'oregon', 'new jersey', 'pennsylvania', 'north carolina', 'ontario', 'british columbia', 'quebec',
]);

export const COUNTRY_CODES = new Set([
  'us', 'usa', 'gb', 'gbr', 'uk', 'ie', 'irl', 'nl', 'nld', 'de', 'deu', 'au', 'aus', 'sg', 'sgp', 'ca', 'can', 'fr', 'fra',
  'il', 'isr', 'lu', 'lux', 'ch', 'che', 'se', 'swe', 'dk', 'dnk', 'es', 'esp', 'ee', 'est', 'cz', 'cze', 'jp', 'jpn', 'be',
  'bel', 'at', 'aut', 'no', 'nor', 'fi', 'fin', 'pl', 'pol', 'pt', 'prt', 'nz', 'nzl', 'hk', 'hkg', 'br', 'bra', 'mx', 'mex',
  'in', 'ind', 'it', 'ita', 'lt', 'ltu', 'lv', 'cy', 'mt', 'ro', 'bg', 'gr', 'hu', 'si', 'sk', 'hr', 'ae', 'za', 'kr', 'tw',
]);

export const COUNTRY_NAMES = new Set([
  'united states', 'united states of america', 'united kingdom', 'great britain', 'england', 'ireland', 'netherlands',
  'the netherlands', 'holland', 'germany', 'deutschland', 'australia', 'singapore', 'canada', 'france', 'israel', 'luxembourg',
  'switzerland', 'sweden', 'denmark', 'spain', 'estonia', 'czech republic', 'czechia', 'japan', 'belgium', 'austria', 'norway',
  'finland', 'poland', 'portugal', 'new zealand', 'hong kong', 'brazil', 'mexico', 'india', 'italy', 'lithuania', 'latvia',
  'cyprus', 'malta', 'romania', 'bulgaria', 'greece', 'hungary', 'croatia', 'scotland', 'wales',
]);

/** Cities SaaS vendors bill from, and big cities in general (descriptors end with the merchant's city). */
export const CITIES = new Set([
  'san francisco', 'south san francisco', 'san jose', 'san mateo', 'san diego', 'san carlos', 'san bruno', 'los angeles',
  'santa monica', 'santa clara', 'santa barbara', 'mountain view', 'palo alto', 'menlo park', 'redwood city', 'sunnyvale',
  'cupertino', 'oakland', 'berkeley', 'emeryville', 'foster city', 'burlingame', 'pleasanton', 'irvine', 'seattle', 'bellevue',
  'redmond', 'kirkland', 'portland', 'boston', 'cambridge', 'somerville', 'waltham', 'new york', 'brooklyn', 'nyc', 'austin',
  'dallas', 'houston', 'denver', 'boulder', 'chicago', 'atlanta', 'miami', 'lehi', 'salt lake city', 'salt lake cit', 'provo',
  'draper', 'raleigh', 'durham', 'phoenix', 'scottsdale', 'minneapolis', 'pittsburgh', 'philadelphia', 'arlington', 'reston',
  'mclean', 'herndon', 'nashville', 'columbus', 'indianapolis', 'detroit', 'las vegas', 'san antonio', 'wilmington', 'dover',
  'toronto', 'vancouver', 'montreal', 'ottawa', 'waterloo', 'london', 'dublin', 'dublin 2', 'cork', 'galway', 'belfast',
  'edinburgh', 'manchester', 'amsterdam', 'rotterdam', 'utrecht', 'berlin', 'munich', 'muenchen', 'munchen', 'hamburg',
  'frankfurt', 'cologne', 'koln', 'paris', 'lyon', 'madrid', 'barcelona', 'lisbon', 'lisboa', 'milan', 'milano', 'rome',
  'vienna', 'wien', 'zurich', 'geneva', 'stockholm', 'copenhagen', 'oslo', 'helsinki', 'tallinn', 'vilnius', 'prague',
  'praha', 'warsaw', 'brussels', 'tel aviv', 'sydney', 'melbourne', 'brisbane', 'auckland', 'singapore', 'tokyo', 'bangalore',
  'bengaluru', 'hong kong', 'sao paulo', 'mexico city', 'limassol', 'internet', 'houston tx', 'help',
]);

/** The first words of multi-word cities, for spotting a city cut off at the end of a descriptor. */
export const CITY_LIST: readonly string[][] = [...CITIES].map((c) => c.split(' '));

/** Abbreviations on card descriptors, written out so they meet catalog names. */
export const ABBREVIATIONS = new Map<string, string>([
  ['svcs', 'services'],
  ['svc', 'service'],
  ['srvcs', 'services'],
  ['servs', 'services'],
  ['mgmt', 'management'],
  ['mktg', 'marketing'],
  ['sftwr', 'software'],
  ['softw', 'software'],
  ['tech', 'technologies'],
  ['techn', 'technologies'],
  ['technol', 'technologies'],
  ['comms', 'communications'],
  ['commun', 'communications'],
  ['sys', 'systems'],
]);

/** Legal forms removed at the end of a name. */
export const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'gmbh', 'mbh', 'ag', 'kg', 'ug', 'bv', 'nv',
  'sa', 'sas', 'sarl', 'sl', 'slu', 'srl', 'spa', 'sro', 'ab', 'as', 'asa', 'oy', 'oyj', 'aps', 'plc', 'pty', 'pte', 'pvt',
  'lp', 'llp', 'pbc', 'kk', 'ou', 'bvba', 'sprl', 'ehf', 'doo', 'dba',
]);

/**
 * Words that say nothing about which app it is: billing words, plan names, environments, regions,
 * identity-provider words. A text that is an alias plus only these words is still that app.
 */
export const NOISE_WORDS = new Set([
  // billing
  'subscription', 'subscr', 'subscri', 'subs', 'sub', 'monthly', 'month', 'annual', 'annually', 'yearly', 'year', 'renewal',
  'recurring', 'payment', 'pymt', 'purchase', 'invoice', 'inv', 'bill', 'billing', 'charge', 'fee', 'fees', 'plan', 'plans',
  'license', 'licence', 'licenses', 'licences', 'seats', 'seat', 'user', 'users', 'usage', 'online', 'digital', 'www', 'com',
  'net', 'io', 'app', 'apps', 'software', 'saas', 'hq', 'misc', 'order', 'credits', 'credit', 'topup', 'addon', 'add', 'on',
  'ons', 'upgrade', 'membership', 'member', 'services', 'service', 'platform', 'suite', 'cloud', 'the', 'of', 'and', 'for',
  'ads', 'advertising', 'renew', 'renewal', 'auto', 'autorenew', 'period', 'pending', 'refund',
  // plans
  'free', 'pro', 'professional', 'premium', 'plus', 'business', 'enterprise', 'team', 'teams', 'standard', 'starter', 'basic',
  'essentials', 'essential', 'growth', 'advanced', 'ultimate', 'core', 'lite', 'personal', 'individual', 'unlimited', 'max',
  'scale', 'elite', 'guru', 'agency', 'corporate', 'edition', 'tier', 'org', 'organization', 'organisation', 'workspace',
  'account', 'accounts', 'company', 'license', 'e3', 'e5', 'pack',
  // environments and access
  'prod', 'production', 'sandbox', 'staging', 'stage', 'dev', 'development', 'test', 'testing', 'uat', 'qa', 'demo', 'trial',
  'preview', 'beta', 'internal', 'admin', 'portal', 'sso', 'saml', 'oidc', 'scim', 'login', 'signin', 'idp', 'live',
  'instance', 'tenant', 'console', 'web', 'client', 'desktop', 'mobile',
  // regions
  'eu', 'us', 'uk', 'emea', 'apac', 'na', 'global', 'international', 'intl', 'europe', 'americas', 'north', 'america',
]);

/**
 * Aliases that are ordinary words. As the whole text they still match; as part of a longer text they
 * count for less, and they are never picked out of the middle of a text.
 */
export const COMMON_WORDS = new Set([
  'box', 'front', 'close', 'later', 'monday', 'copper', 'drift', 'make', 'remote', 'keeper', 'loom', 'mural', 'notion',
  'segment', 'sketch', 'heap', 'gong', 'buffer', 'kit', 'bob', 'lattice', 'sanity', 'duo', 'ramp', 'harvest',
  'square', 'stripe', 'plaid', 'bill', 'lever', 'greenhouse', 'workable', 'render', 'linear', 'frame', 'outreach', 'apollo',
  'hunter', 'seamless', 'framer', 'canvas', 'signal', 'cloud', 'office', 'teams', 'mail', 'chat', 'meet', 'forms', 'docs',
  'sheets', 'drive', 'calendar', 'analytics', 'ads', 'one', 'crm', 'hub', 'data', 'labs', 'media', 'digital', 'studio',
  'design', 'marketing', 'sales', 'support', 'health', 'home', 'shop', 'store', 'market', 'global', 'group', 'smart', 'open',
  'united', 'delta', 'shell', 'target', 'spirit', 'frontier', 'national', 'enterprise', 'budget', 'alaska', 'american',
  'southwest', 'wise', 'current', 'mercury', 'bolt', 'grab', 'lime', 'bird', 'ace', 'bp', 'ups', 'make', 'kit', 'sprout',
  'semantic', 'common', 'basecamp', 'pipe', 'paper', 'pitch', 'craft', 'bear', 'things', 'spark', 'superhuman', 'hey',
]);

/** Okta and other identity providers name custom apps by their template; such a name says nothing. */
export const GENERIC_APP_NAMES = new Set([
  'openid connect client', 'oidc client', 'openid connect app', 'oidc app', 'bookmark app', 'bookmark', 'template basic auth app',
  'template plugin app', 'template plugin app 3 fields', 'template swa app', 'template app', 'template saml 2 0 app', 'saml 2 0 app',
  'saml app', 'saml application', 'swa app', 'web app', 'web application', 'native app', 'single page app', 'spa', 'api services',
  'service', 'custom saml app', 'custom app', 'ws federation app', 'generic saml', 'new app', 'my app', 'test app',
  'application', 'app', 'unknown', 'none', 'n a', 'na', 'other', 'oauth client', 'oauth 2 0 client', 'oauth app',
  'google oauth client', 'untitled project', 'my project', 'project', 'web client', 'web client auto created by google service',
  'web client auto created by google', 'apps script', 'google apps script', 'ios account manager', 'android device',
]);

/** Identity-provider connector words removed at the end of a name (`Slack SAML`, `HubSpot SSO`, `Notion (OIDC)`). */
export const IDP_SUFFIXES: readonly string[][] = [
  ['saml', 'sso', 'by', 'microsoft'],
  ['sso', 'by', 'microsoft'],
  ['saml', 'by', 'microsoft'],
  ['by', 'microsoft'],
  ['single', 'sign', 'on'],
  ['saml', 'sso'],
  ['saml', '2', '0'],
  ['saml', 'connection'],
  ['sso'],
  ['saml'],
  ['oidc'],
  ['openid', 'connect'],
  ['scim'],
  ['provisioning'],
  ['user', 'provisioning'],
  ['connector'],
  ['integration'],
];

/** Integration suffixes in OAuth client and add-on names (`Zoom for Google Workspace`, `Loom Chrome extension`). */
export const INTEGRATION_SUFFIXES: readonly string[][] = [
  ['for', 'google', 'workspace'],
  ['for', 'g', 'suite'],
  ['for', 'gsuite'],
  ['for', 'gmail'],
  ['for', 'google', 'drive'],
  ['for', 'google', 'calendar'],
  ['for', 'google', 'sheets'],
  ['for', 'google', 'docs'],
  ['for', 'google', 'slides'],
  ['for', 'google', 'meet'],
  ['for', 'google', 'chrome'],
  ['for', 'chrome'],
  ['for', 'outlook'],
  ['for', 'slack'],
  ['for', 'ios'],
  ['for', 'android'],
  ['for', 'mac'],
  ['for', 'windows'],
  ['chrome', 'extension'],
  ['browser', 'extension'],
  ['extension'],
  ['add', 'on'],
  ['addon'],
  ['plugin'],
  ['plug', 'in'],
  ['desktop', 'app'],
  ['mobile', 'app'],
  ['ios', 'app'],
  ['android', 'app'],
  ['web', 'app'],
];

/**
 * Microsoft first-party app names (as Entra sign-in logs and Okta show them) rolled up to the product
 * people buy. `names`: the product's catalog names to look for, first found wins.
 */
export interface RollUp {
  re: RegExp;
  product: string;
  names: string[];
}
const M365 = ['microsoft 365', 'office 365', 'microsoft office 365'];
const TEAMS = ['microsoft teams'];
const AZURE = ['microsoft azure', 'azure'];
const ENTRA = ['microsoft entra id', 'azure active directory', 'microsoft entra'];
export const MICROSOFT_ROLL_UP: readonly RollUp[] = [
  { re: /^(?:windows )?azure active directory\b|^azure ad\b|^aad\b|^microsoft entra\b/, product: 'Microsoft Entra ID', names: ENTRA },
  { re: /^(?:my apps|my profile|my signins|my sign ins|my access|microsoft app access panel|microsoft authentication broker|windows sign in|microsoft account controls(?: v2)?|aad powershell|azure ad powershell)$/, product: 'Microsoft Entra ID', names: ENTRA },
  { re: /^microsoft teams\b|^teams$|^teams (?:web client|client|mobile|desktop)$|^skype for business\b/, product: 'Microsoft Teams', names: TEAMS },
  { re: /^(?:office 365 |microsoft )exchange\b|^exchange online\b|^exchange$/, product: 'Microsoft 365', names: M365 },
  { re: /^(?:office 365 |microsoft )?sharepoint\b/, product: 'Microsoft 365', names: M365 },
  { re: /^(?:microsoft )?onedrive\b/, product: 'Microsoft 365', names: M365 },
  { re: /^microsoft outlook\b|^outlook(?: mobile| web| web app| desktop| for ios| for android| groups| online| com| office)?$/, product: 'Microsoft 365', names: M365 },
  { re: /^microsoft office\b|^office 365\b|^microsoft 365\b|^o365\b|^m365\b|^(?:office|officehome|office home|office online|office com|office online core sso|office ui)$/, product: 'Microsoft 365', names: M365 },
  { re: /^microsoft (?:word|excel|powerpoint|onenote)\b|^(?:word|excel|powerpoint|onenote) online$/, product: 'Microsoft 365', names: M365 },
  { re: /^microsoft (?:forms|planner|to do|todo|bookings|stream|whiteboard|loop|sway)\b|^(?:loop|loop service|sway)$/, product: 'Microsoft 365', names: M365 },
  { re: /^(?:microsoft )?power ?bi\b/, product: 'Power BI', names: ['power bi', 'microsoft power bi'] },
  { re: /^(?:microsoft )?dynamics (?:365|crm|ax|nav)\b|^(?:microsoft )?dynamics$/, product: 'Dynamics 365', names: ['dynamics 365', 'microsoft dynamics 365'] },
  { re: /^(?:microsoft )?intune\b/, product: 'Microsoft Intune', names: ['microsoft intune', 'intune'] },
  { re: /^(?:microsoft |windows )?azure\b/, product: 'Microsoft Azure', names: AZURE },
];

/** Words a card rollup must start with before the Microsoft table is consulted. */
export const MICROSOFT_CARD_START = /^(?:microsoft|msft|office 365|o365|azure)\b/;
