import { describe, expect, it } from 'vitest';
import { canonical, compact, dice, domainLabel, hostOf, looksLikeReference, registrableDomain, tokenise, trigrams } from './text.js';

describe('text helpers', () => {
  it.each(['E0400KBJ6B', 'T02ABCDEF', '2K4HT5Z32', '0162345678901', 'I04123', '1234ABCD', 'c4d5', '12345'])('%s is a reference', (t) =>
    expect(looksLikeReference(t.toLowerCase())).toBe(true),
  );
  it.each(['15five', '1password', '8x8', '365', 'g2', '360learning', 'ads', 'h264', 'zoom'])('%s is a word', (t) => expect(looksLikeReference(t)).toBe(false));

  it('tokenises descriptors', () => {
    expect(tokenise('ZOOM.US 888-799-9666 CA')).toEqual(['zoom.us', '888', '799', '9666', 'ca']);
    expect(tokenise("MCDONALD'S #112")).toEqual(['mcdonalds', '112']);
    expect(tokenise('AT&T*BILL')).toEqual(['att', 'bill']);
    expect(tokenise('Procter & Gamble')).toEqual(['procter', 'and', 'gamble']);
    expect(tokenise('https://www.Example.com/path/to')).toEqual(['example.com']);
    expect(tokenise('S.R.O. Société')).toEqual(['sro', 'societe']);
  });

  it('canonical and compact forms', () => {
    expect(canonical('  Notion Labs, Inc. ')).toBe('notion labs inc');
    expect(compact('sprout social')).toBe('sproutsocial');
  });

  it('domains', () => {
    expect(registrableDomain('workspace.google.com')).toBe('google.com');
    expect(registrableDomain('screamingfrog.co.uk')).toBe('screamingfrog.co.uk');
    expect(domainLabel('help.uber.com')).toBe('uber');
    expect(hostOf('alice@Example.com')).toBe('example.com');
    expect(hostOf('not a domain')).toBeNull();
  });

  it('trigram similarity', () => {
    expect(dice(trigrams('slack'), trigrams('slack'))).toBe(1);
    expect(dice(trigrams('slack'), trigrams('zoom'))).toBe(0);
    expect(dice(trigrams('hubspot'), trigrams('hubspott'))).toBeGreaterThan(0.7);
  });
});
