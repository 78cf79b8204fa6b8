import { describe, expect, it } from 'vitest';
import type { CatalogInput } from './catalog-shape.js';
import { createMatcher } from './matcher.js';
import { testCatalog } from './test-support.js';
import { SOURCE_KINDS, type AliasRule, type MatchInput } from './types.js';

const catalog = testCatalog();
const matcher = createMatcher(catalog);
const card = (text: string, hints?: MatchInput['hints']) => matcher.match({ text, source: 'card', hints });

describe('createMatcher: software', () => {
  it('matches a card descriptor after normalisation and says how', () => {
    const r = card('ZOOM.US 888-799-9666 CA');
    expect(r).toMatchObject({ app: { id: 'zoom', name: 'Zoom Workplace' }, kind: 'software', method: 'domain', normalised: 'zoom.us' });
    expect(r.confidence).toBeGreaterThanOrEqual(0.95);
    expect(r.reasons[0]).toBe("matched the domain 'zoom.us' after removing phone number '888-799-9666' and state 'ca'");
  });

  it('matches through a payment processor prefix', () => {
    const r = card('PAYPAL *HUBSPOT');
    expect(r.app?.id).toBe('hubspot');
    expect(r.reasons[0]).toContain("removing processor prefix 'PAYPAL *' (PayPal)");
  });

  it('reads a descriptor cut off at 22 characters as the start of an app name', () => {
    const r = card('PAYPAL *SPROUTSOCIA');
    expect(r).toMatchObject({ app: { id: 'sprout-social' }, method: 'truncated' });
    expect(r.reasons[0]).toMatch(/looks cut off/);
  });

  it("tells a vendor's apps apart by the rest of the text", () => {
    expect(card('ADOBE  *CREATIVE CLD').app?.id).toBe('adobe-creative-cloud');
    expect(card('INTUIT *QBOOKS ONLINE').app?.id).toBe('quickbooks');
    expect(card('LINKEDIN-SALES NAV').app?.id).toBe('linkedin-sales-navigator');
  });

  it('matches Microsoft first-party apps from Entra to their product', () => {
    expect(matcher.match({ text: 'Office 365 Exchange Online', source: 'entra' }).app?.id).toBe('microsoft-365');
    expect(matcher.match({ text: 'Microsoft Teams Web Client', source: 'entra' }).app?.id).toBe('microsoft-teams');
  });

  it('matches IdP labels with suffixes and environments', () => {
    expect(matcher.match({ text: 'HubSpot SAML', source: 'entra' }).app?.id).toBe('hubspot');
    const r = matcher.match({ text: 'Salesforce - Production', source: 'okta' });
    expect(r.app?.id).toBe('salesforce');
    expect(r.reasons[0]).toMatch(/ignored 'production'/);
  });

  it('uses a domain hint', () => {
    const r = matcher.match({ text: 'Acme tool', source: 'apps_csv', hints: { domain: 'https://www.figma.com/files' } });
    expect(r).toMatchObject({ app: { id: 'figma' }, method: 'domain' });
  });
});

describe('createMatcher: not software', () => {
  it.each([
    ['5812', 'meals'],
    ['3000', 'air travel'],
    ['7011', 'lodging'],
    ['5541', 'fuel'],
    ['4121', 'transit and taxis'],
    ['4829', 'a transfer, payment or fee'],
  ])('MCC %s sets it aside as %s, even when the text is unknown', (mcc, words) => {
    const r = card('SQ *JOES', { mcc });
    expect(r).toMatchObject({ kind: 'not_software', app: null, method: 'mcc' });
    expect(r.reasons[0]).toContain(words);
  });

  it('a software MCC agrees and adds to the confidence', () => {
    const plain = card('Slack');
    const withMcc = card('Slack', { mcc: 5734 });
    expect(withMcc.confidence).toBeGreaterThan(plain.confidence);
    expect(withMcc.reasons.join(' ')).toMatch(/MCC 5734 .* agrees/);
  });

  it.each([
    ['UNITED AIRLINES HOUSTON'],
    ['MARRIOTT SAN FRANCISCO'],
    ['AIRBNB * HMABCD1234'],
    ['STARBUCKS STORE 12345'],
    ['DOORDASH*CHIPOTLE'],
    ['SHELL OIL 57444678'],
    ['LYFT   *RIDE SUN 8PM'],
    ['DELTA AIR 0062345678901'],
    ['TARGET 00012345'],
  ])('known merchant: %s', (text) => {
    expect(card(text)).toMatchObject({ kind: 'not_software', method: 'merchant' });
  });

  it('UBER *EATS is a meal, UBER *TRIP a taxi', () => {
    expect(card('UBER *EATS').reasons[0]).toMatch(/'uber eats' is a known meals merchant/);
    expect(card('UBER *TRIP HELP.UBER.COM').reasons[0]).toMatch(/'uber' is a known transit and taxis merchant/);
  });

  it.each([['SQ *SUNRISE BAKERY'], ['HOTEL ZETTA SAN FRANCISCO'], ['AUTOPAY PAYMENT - THANK YOU'], ['FOREIGN TRANSACTION FEE'], ['PAYPAL *INST XFER']])(
    'keyword: %s',
    (text) => expect(card(text)).toMatchObject({ kind: 'not_software', method: 'keyword' }),
  );

  it('a Toast (TST*) descriptor is a restaurant', () => {
    expect(card('TST* CAFE BORRONE')).toMatchObject({ kind: 'not_software', method: 'merchant' });
  });

  it("uses the provider's category", () => {
    expect(card('CHIPOTLE 1234', { vendorCategory: 'Restaurants' }).kind).toBe('not_software');
    expect(card('Some New Vendor', { vendorCategory: 'Airfare' })).toMatchObject({ kind: 'not_software', method: 'category' });
  });

  it('does not set aside names from identity providers by keyword', () => {
    expect(matcher.match({ text: 'Hotel booking portal', source: 'okta' }).kind).toBe('unknown');
  });
});

describe('createMatcher: unknown', () => {
  it.each(['PAYPAL *', 'PAYPAL *1234567890', 'AMZN Mktp US*2K4HT5Z32', 'APPLE.COM/BILL 866-712-7753 CA', 'GOOGLE *SERVICES', 'MSFT *E0400KBJ6B'])(
    'processor-only %s is unknown, not guessed',
    (text) => {
      const r = card(text);
      expect(r).toMatchObject({ kind: 'unknown', app: null, confidence: 0, method: 'processor' });
      expect(r.reasons[0]).toMatch(/hides the real vendor|does not say which/);
    },
  );

  it('names the apps a vendor-only text could be', () => {
    const r = card('ATLASSIAN PTY LTD');
    expect(r.kind).toBe('unknown');
    expect(r.reasons[0]).toMatch(/names the vendor Atlassian, which sells 5 apps \(.*Jira/);
  });

  it('generic Okta template names are unknown', () => {
    expect(matcher.match({ text: 'OpenID Connect Client', source: 'okta' })).toMatchObject({ kind: 'unknown', method: 'generic' });
  });

  it('an unmatched text is unknown with a reason', () => {
    const r = card('ACME CONSULTING LLC');
    expect(r).toMatchObject({ kind: 'unknown', app: null, confidence: 0 });
    expect(r.reasons[0]).toBe("no catalog app matches 'acme consulting' (after removing legal form 'llc')");
  });
});

describe('createMatcher: confidence reflects how the match was made', () => {
  const small: CatalogInput = {
    apps: [
      { id: 'brightpath', name: 'Brightpath Analytics', vendor: 'Brightpath', domains: ['brightpath.io'], aliases: ['Brightpath'], category: 'analytics' },
      { id: 'quillbox', name: 'Quillbox', vendor: 'Quillbox', domains: ['quillbox.com'], aliases: [], category: 'productivity' },
    ],
  };
  const m = createMatcher(small);
  it('exact > domain-anywhere > prefix with unknown words > fuzzy', () => {
    const exact = m.match({ text: 'BRIGHTPATH ANALYTICS', source: 'card' });
    const prefixNoise = m.match({ text: 'BRIGHTPATH MONTHLY', source: 'card' });
    const prefix = m.match({ text: 'BRIGHTPATH ZEBRA OPS', source: 'card' });
    const fuzzy = m.match({ text: 'BRITEPATH ANALYTIX', source: 'card' });
    expect([exact.method, prefixNoise.method, prefix.method, fuzzy.method]).toEqual(['exact', 'prefix', 'prefix', 'fuzzy']);
    expect(exact.confidence).toBeGreaterThan(prefixNoise.confidence);
    expect(prefixNoise.confidence).toBeGreaterThan(prefix.confidence);
    expect(prefix.confidence).toBeGreaterThan(fuzzy.confidence);
    expect(fuzzy.app?.id).toBe('brightpath');
    expect(fuzzy.confidence).toBeLessThan(0.8);
  });
});

describe('createMatcher: the organisation rules come first', () => {
  const rule = (r: Partial<AliasRule> & Pick<AliasRule, 'id' | 'kind' | 'text'>): AliasRule => ({ sources: null, appId: null, enabled: true, ...r });

  it('an exact rule beats the catalog', () => {
    const m = matcher.withRules([rule({ id: 'r1', kind: 'exact', text: 'hubspot', appId: 'salesforce' })]);
    const r = m.match({ text: 'PAYPAL *HUBSPOT', source: 'card' });
    expect(r).toMatchObject({ app: { id: 'salesforce' }, kind: 'software', confidence: 1, method: 'rule', ruleId: 'r1' });
    expect(r.reasons[0]).toMatch(/^your rule r1: the text is 'hubspot'/);
  });

  it('respects source kinds', () => {
    const m = matcher.withRules([rule({ id: 'r2', kind: 'exact', text: 'slack', sources: ['okta'], appId: 'microsoft-teams' })]);
    expect(m.match({ text: 'Slack', source: 'okta' }).app?.id).toBe('microsoft-teams');
    expect(m.match({ text: 'Slack', source: 'entra' }).app?.id).toBe('slack');
  });

  it('prefix and pattern rules; exact beats prefix beats pattern', () => {
    const m = matcher.withRules([
      rule({ id: 'p', kind: 'pattern', text: 'acme*', classify: 'not_software' }),
      rule({ id: 'x', kind: 'prefix', text: 'acme design', appId: 'figma' }),
      rule({ id: 'e', kind: 'exact', text: 'acme design studio', appId: 'canva' }),
    ]);
    expect(m.match({ text: 'IN *ACME DESIGN STUDIO', source: 'card' }).ruleId).toBe('e');
    expect(m.match({ text: 'ACME DESIGN LAB', source: 'card' }).ruleId).toBe('x');
    const p = m.match({ text: 'ACME CATERING', source: 'card' });
    expect(p).toMatchObject({ kind: 'not_software', ruleId: 'p', method: 'rule' });
  });

  it('disabled rules are ignored; a rule can name an app outside the catalog', () => {
    const m = matcher.withRules([
      rule({ id: 'off', kind: 'exact', text: 'slack', appId: 'canva', enabled: false }),
      rule({ id: 'own', kind: 'exact', text: 'marketing analytics portal', appId: 'org-app-17', appName: 'Marketing Analytics Portal' }),
    ]);
    expect(m.match({ text: 'Slack', source: 'okta' }).app?.id).toBe('slack');
    expect(m.match({ text: 'Marketing Analytics Portal', source: 'okta' }).app).toEqual({ id: 'org-app-17', name: 'Marketing Analytics Portal' });
  });

  it('an exact rule can name an OAuth client id', () => {
    const m = matcher.withRules([rule({ id: 'c', kind: 'exact', text: '123456789012-abc.apps.googleusercontent.com', appId: 'calendly' })]);
    expect(m.match({ text: 'Example AI Email Assistant', source: 'google_token', hints: { oauthClientId: '123456789012-abc.apps.googleusercontent.com' } }).app?.id).toBe(
      'calendly',
    );
  });
});

describe('createMatcher: answers and cache', () => {
  it('every answer has reasons, for every source kind', () => {
    const texts = ['ZOOM.US 888-799-9666 CA', 'PAYPAL *', '', '   ', 'OpenID Connect Client', 'zzzz', 'UBER *EATS', 'Office 365 Exchange Online', '¿¿¿'];
    for (const source of SOURCE_KINDS) {
      for (const text of texts) {
        const r = matcher.match({ text, source });
        expect(r.reasons.length).toBeGreaterThan(0);
        for (const reason of r.reasons) expect(reason.trim()).not.toBe('');
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        if (r.kind !== 'software') expect(r.app).toBeNull();
      }
    }
  });

  it('repeated texts come from the cache (same frozen answer); the amount is not part of the key', () => {
    const m = createMatcher(catalog);
    const a = m.match({ text: 'FIGMA', source: 'card', hints: { amount: 45 } });
    const b = m.match({ text: 'FIGMA', source: 'card', hints: { amount: 15 } });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(m.cacheStats()).toMatchObject({ hits: 1, misses: 1, size: 1 });
    expect(m.match({ text: 'FIGMA', source: 'okta' })).not.toBe(a);
  });

  it('the cache is bounded', () => {
    const m = createMatcher(catalog, [], { cacheSize: 10 });
    for (let i = 0; i < 50; i++) m.match({ text: `VENDOR ${i}`, source: 'card' });
    expect(m.cacheStats().size).toBe(10);
  });

  it('takes a catalog of thousands of apps (index built once, shared with withRules)', () => {
    const word = (i: number) => i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + Number.parseInt(c, 26)));
    const apps = Array.from({ length: 5000 }, (_, i) => ({
      id: `app-${i}`,
      name: `Zorb${word(i)} Suite`,
      vendor: `Zorb${word(i)}`,
      domains: [`zorb${word(i)}.com`],
      aliases: [`ZORB${word(i).toUpperCase()} INC`, `PAYPAL *ZORB${word(i).toUpperCase()}`],
      category: 'other',
    }));
    const big = createMatcher({ apps: [...catalog.apps, ...apps] });
    expect(big.match({ text: `PAYPAL *ZORB${word(4321).toUpperCase()}`, source: 'card' }).app?.id).toBe('app-4321');
    expect(big.match({ text: `ZORB${word(777).toUpperCase()} INC SAN JOSE CA`, source: 'card' }).app?.id).toBe('app-777');
    expect(big.match({ text: 'ZOOM.US 888-799-9666 CA', source: 'card' }).app?.id).toBe('zoom');
    expect(big.withRules([]).index).toBe(big.index);
  });
});
