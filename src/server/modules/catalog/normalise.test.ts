import { describe, expect, it } from 'vitest';
import { hostOf, registrableDomain } from './domain.js';
import { nameKey, normaliseAlias, slugify } from './normalise.js';

describe('registrableDomain', () => {
  it('takes eTLD+1 with common multi-part and shared-hosting suffixes', () => {
    expect(registrableDomain('https://app.hubspot.com/contacts')).toBe('hubspot.com');
    expect(registrableDomain('www.screamingfrog.co.uk')).toBe('screamingfrog.co.uk');
    expect(registrableDomain('shop.example.com.au')).toBe('example.com.au');
    expect(registrableDomain('www.rakuten.co.jp')).toBe('rakuten.co.jp');
    expect(registrableDomain('auth0.github.io')).toBe('auth0.github.io');
    expect(registrableDomain('acme.myshopify.com')).toBe('acme.myshopify.com');
    expect(registrableDomain('zoom.us')).toBe('zoom.us');
    expect(registrableDomain('ZOOM.US:443')).toBe('zoom.us');
    expect(registrableDomain('not a host')).toBeNull();
    expect(registrableDomain('127.0.0.1')).toBeNull();
    expect(hostOf('https://www.Example.com/path')).toBe('example.com');
  });
});

describe('normalisation', () => {
  it('folds case, accents and punctuation', () => {
    expect(normaliseAlias('  Zoom.US 888-799-9666 ')).toBe('zoom us 888 799 9666');
    expect(normaliseAlias('Ahrefs Pte. Ltd.')).toBe('ahrefs pte ltd');
    expect(normaliseAlias('Crème & Brûlée')).toBe('creme and brulee');
    expect(normaliseAlias("Macy's")).toBe('macys');
  });
  it('drops legal-entity words and domain suffixes in the name key', () => {
    expect(nameKey('HubSpot, Inc.')).toBe('hubspot');
    expect(nameKey('Atlassian Pty Ltd')).toBe('atlassian');
    expect(nameKey('Monday.com')).toBe('monday');
    expect(nameKey('Sprout Social')).toBe(nameKey('SPROUTSOCIAL'));
    expect(nameKey('Inc')).toBe('inc');
    expect(slugify('Apollo.io')).toBe('apollo-io');
  });
});
