import { GENERIC_APP_NAMES } from './lexicon.js';
import { canonicalText } from './normalise.js';
import { looksLikeReference } from './text.js';
import { NAME_SOURCES, type AliasRule, type SourceKind } from './types.js';

export interface RuleHit {
  rule: AliasRule;
  /** How it matched, in words: "is 'acme'", "starts with 'acme'", "matches 'acme*'". */
  how: string;
}

interface Compiled {
  exact: Map<string, AliasRule[]>;
  prefix: { text: string; rule: AliasRule }[];
  pattern: { re: RegExp; rule: AliasRule }[];
}

const applies = (r: AliasRule, source: SourceKind) => !r.sources || r.sources.length === 0 || r.sources.includes(source);

function globToRegExp(glob: string): RegExp {
  const g = glob.toLowerCase().replace(/\s+/g, ' ').trim();
  let re = '';
  for (const ch of g) {
    if (ch === '*') re += '.*';
    else if (ch === '?') re += '.';
    else re += ch.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The organisation's rules, compiled once: exact look-up, longest prefix, then patterns in order. */
export class RuleSet {
  private readonly c: Compiled;
  readonly size: number;
  constructor(rules: readonly AliasRule[]) {
    const exact = new Map<string, AliasRule[]>();
    const prefix: Compiled['prefix'] = [];
    const pattern: Compiled['pattern'] = [];
    for (const r of rules) {
      if (!r.enabled) continue;
      if (r.appId === null && !r.classify) continue; // says nothing
      if (r.kind === 'exact') {
        const key = r.text.includes('.apps.googleusercontent.com') || /^\d{6,}$/.test(r.text.trim()) ? r.text.trim() : canonicalText(r.text);
        if (!key) continue;
        const list = exact.get(key);
        if (list) list.push(r);
        else exact.set(key, [r]);
      } else if (r.kind === 'prefix') {
        const text = canonicalText(r.text);
        if (text) prefix.push({ text, rule: r });
      } else {
        try {
          pattern.push({ re: globToRegExp(r.text), rule: r });
        } catch {
          // an unusable pattern matches nothing
        }
      }
    }
    prefix.sort((a, b) => b.text.length - a.text.length);
    this.c = { exact, prefix, pattern };
    this.size = exact.size + prefix.length + pattern.length;
  }

  find(text: string, source: SourceKind, oauthClientId?: string): RuleHit | null {
    if (this.size === 0) return null;
    const { exact, prefix, pattern } = this.c;
    const ex = exact.get(text)?.find((r) => applies(r, source));
    if (ex) return { rule: ex, how: `is '${text}'` };
    if (oauthClientId) {
      const byClient = exact.get(oauthClientId.trim())?.find((r) => applies(r, source));
      if (byClient) return { rule: byClient, how: `names the OAuth client '${oauthClientId}'` };
    }
    for (const p of prefix) {
      if ((text === p.text || text.startsWith(`${p.text} `)) && applies(p.rule, source)) return { rule: p.rule, how: `starts with '${p.text}'` };
    }
    for (const p of pattern) {
      if (applies(p.rule, source) && p.re.test(text)) return { rule: p.rule, how: `matches the pattern '${p.rule.text}'` };
    }
    return null;
  }
}

export type RuleDecision =
  | { appId: string; source?: SourceKind; sources?: SourceKind[] | null }
  | { classify: 'not_software' | 'software'; appId?: null; source?: SourceKind; sources?: SourceKind[] | null };

export type RuleProposal = Omit<AliasRule, 'id'> & { explanation: string };

/**
 * Proposes the rule a person's answer implies, for them to confirm or correct: an exact rule on the
 * normalised text, or a prefix rule when the text ends with what looks like a varying reference id.
 * Card descriptors apply to card data only; names (Okta, Entra, Google, apps CSV) apply to all name
 * sources. Returns null for texts that cannot carry a rule (empty, generic template names).
 */
export function learnRule(normalisedText: string, decision: RuleDecision): RuleProposal | null {
  const text = canonicalText(normalisedText);
  if (!text || GENERIC_APP_NAMES.has(text)) return null;
  const words = text.split(' ');
  let kind: AliasRule['kind'] = 'exact';
  let ruleText = text;
  let i = words.length;
  while (i > 1 && (looksLikeReference(words[i - 1]) || /\d/.test(words[i - 1]))) i--;
  if (i < words.length && i >= 1) {
    kind = 'prefix';
    ruleText = words.slice(0, i).join(' ');
  }
  const sources: SourceKind[] | null =
    decision.sources !== undefined ? decision.sources : decision.source === 'card' ? ['card'] : decision.source ? [...NAME_SOURCES] : null;
  const appId = 'appId' in decision && decision.appId ? decision.appId : null;
  const classify = 'classify' in decision ? decision.classify : undefined;
  const what = appId ? `the app '${appId}'` : classify === 'not_software' ? 'not software' : 'software (no app chosen)';
  const scope = !sources ? 'every source' : sources.length === 1 ? `${sources[0]} data` : 'names from identity providers and app lists';
  const explanation =
    kind === 'exact'
      ? `Texts that normalise to '${ruleText}' in ${scope} will be ${what}.`
      : `Texts starting with '${ruleText}' in ${scope} will be ${what} (the rest, '${words.slice(i).join(' ')}', looks like a reference that changes).`;
  return { kind, text: ruleText, sources, appId, ...(classify ? { classify } : {}), enabled: true, explanation };
}
