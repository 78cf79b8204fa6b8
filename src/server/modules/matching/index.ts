// The matching engine of issue 4: pure functions, no database.
export type { CatalogApp, CatalogInput } from './catalog-shape.js';
export { buildIndex, type CatalogIndex } from './catalog-index.js';
export { createMatcher, type Matcher, type MatcherOptions } from './matcher.js';
export { normalise, canonicalText, type Normalised } from './normalise.js';
export { classifyMcc, classifyVendorCategory } from './not-software.js';
export { learnRule, type RuleDecision, type RuleProposal } from './rules.js';
export * from './types.js';
