import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';
import { learnRule, RuleSet } from './rules.js';
import { NAME_SOURCES } from './types.js';

describe('learnRule', () => {
  it('proposes an exact rule on the normalised text, for card data only when learned from a card', () => {
    const text = normalise('PAYPAL *ACMEANALYTICS 4029357733', 'card').text;
    const p = learnRule(text, { appId: 'acme-analytics', source: 'card' });
    expect(p).toMatchObject({ kind: 'exact', text: 'acmeanalytics', sources: ['card'], appId: 'acme-analytics', enabled: true });
    expect(p?.explanation).toMatch(/normalise to 'acmeanalytics' in card data/);
  });

  it('proposes a prefix rule when the text ends with a varying reference id', () => {
    const p = learnRule('acme billing 20250301', { appId: 'acme', source: 'card' });
    expect(p).toMatchObject({ kind: 'prefix', text: 'acme billing' });
    expect(p?.explanation).toMatch(/looks like a reference that changes/);
  });

  it('names apply to every name source; not-software decisions carry classify', () => {
    const p = learnRule('marketing analytics portal', { classify: 'not_software', source: 'okta' });
    expect(p).toMatchObject({ kind: 'exact', sources: [...NAME_SOURCES], appId: null, classify: 'not_software' });
  });

  it('keeps explicit sources, including null for all', () => {
    expect(learnRule('acme', { appId: 'a', source: 'card', sources: null })?.sources).toBeNull();
  });

  it('refuses texts that cannot carry a rule', () => {
    expect(learnRule('', { appId: 'a' })).toBeNull();
    expect(learnRule('openid connect client', { appId: 'a', source: 'okta' })).toBeNull();
  });

  it('a learned rule matches the same text the next time', () => {
    const text = normalise('SQ *JOES COFFEE CART', 'card').text;
    const p = learnRule(text, { classify: 'not_software', source: 'card' })!;
    const set = new RuleSet([{ id: 'r1', ...p }]);
    expect(set.find(normalise('SQ *JOES COFFEE CART', 'card').text, 'card')?.rule.id).toBe('r1');
    expect(set.find(text, 'okta')).toBeNull();
  });
});

describe('RuleSet', () => {
  it('pattern rules use * and ? wildcards on the whole normalised text and escape the rest', () => {
    const set = new RuleSet([
      { id: 'p1', kind: 'pattern', text: 'acme * ltd?', sources: null, appId: 'a', enabled: true },
      { id: 'p2', kind: 'pattern', text: 'a.b', sources: null, appId: 'b', enabled: true },
    ]);
    expect(set.find('acme widgets ltdx', 'card')?.rule.id).toBe('p1');
    expect(set.find('acme widgets', 'card')).toBeNull();
    expect(set.find('axb', 'card')).toBeNull();
    expect(set.find('a.b', 'card')?.rule.id).toBe('p2');
  });

  it('prefix rules match on a word boundary, longest first', () => {
    const set = new RuleSet([
      { id: 'short', kind: 'prefix', text: 'acme', sources: null, appId: 'a', enabled: true },
      { id: 'long', kind: 'prefix', text: 'acme design', sources: null, appId: 'b', enabled: true },
    ]);
    expect(set.find('acme design lab', 'card')?.rule.id).toBe('long');
    expect(set.find('acme tools', 'card')?.rule.id).toBe('short');
    expect(set.find('acmecorp', 'card')).toBeNull();
  });

  it('ignores rules that say nothing', () => {
    expect(new RuleSet([{ id: 'x', kind: 'exact', text: 'acme', sources: null, appId: null, enabled: true }]).size).toBe(0);
  });
});
