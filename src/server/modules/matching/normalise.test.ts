import { describe, expect, it } from 'vitest';
import { normalise } from './normalise.js';

const card = (raw: string) => normalise(raw, 'card');

describe('normalise: card descriptors', () => {
  it.each([
    ['PAYPAL *HUBSPOT', 'paypal', 'hubspot'],
    ['SQ *BLUE BOTTLE COFFEE', 'square', 'blue bottle coffee'],
    ['SP * ALLBIRDS', 'shopify', 'allbirds'],
    ['FS *SKETCH', 'fastspring', 'sketch'],
    ['FSPRG SKETCH', 'fastspring', 'sketch'],
    ['TST* SHAKE SHACK 1234', 'toast', 'shake shack'],
    ['DRI*AUTODESK', 'digital river', 'autodesk'],
    ['PADDLE.NET* N8N', 'paddle', 'n8n'],
    ['GOOGLE *ADS1234567890', 'google', 'google ads'],
    ['MSFT *AZURE', 'microsoft', 'microsoft azure'],
  ])('%s: processor %s, text %s', (raw, processor, text) => {
    const n = card(raw);
    expect(n.processor?.key).toBe(processor);
    expect(n.text).toBe(text);
    expect(n.steps.join(' | ')).toMatch(/removed (processor|billing) prefix/);
  });

  it.each([
    ['APPLE.COM/BILL 866-712-7753 CA', 'apple'],
    ['AMZN Mktp US*2K4HT5Z32', 'amazon marketplace'],
    ['PAYPAL *', 'paypal'],
    ['MSFT *E0400KBJ6B', 'microsoft'],
    ['GOOGLE *SERVICES', 'google'],
  ])('%s hides the vendor (text %s)', (raw, text) => {
    const n = card(raw);
    expect(n.hidden).toBe(true);
    expect(n.text).toBe(text);
  });

  it('removes the reference id after MSFT * and says so', () => {
    const n = card('MSFT *E0400KBJ6B');
    expect(n.steps).toContain("removed reference 'e0400kbj6b'");
  });

  it('removes trailing phone numbers and US states, keeping the .US domain form', () => {
    const n = card('ZOOM.US 888-799-9666 CA');
    expect(n.text).toBe('zoom.us');
    expect(n.steps).toEqual(["removed phone number '888-799-9666'", "removed state 'ca'"]);
  });

  it.each([
    ['HUBSPOT INC 888-4827768 MA', 'hubspot'],
    ['SEMRUSH INC 8003157220 MA', 'semrush'],
    ['DOCUSIGN (866) 219-4318', 'docusign'],
  ])('phone forms: %s → %s', (raw, text) => expect(card(raw).text).toBe(text));

  it('removes cities, countries, reference ids and legal forms from the end', () => {
    expect(card('SLACK T02ABCDEF DUBLIN').text).toBe('slack');
    expect(card('CANVA* I04123-456789 SYDNEY AU').text).toBe('canva');
    expect(card('SALESFORCE.COM GERMANY GMBH').text).toBe('salesforce.com');
    expect(card('PIPEDRIVE OU TALLINN').text).toBe('pipedrive');
    expect(card('NOTION LABS, INC.').text).toBe('notion labs');
  });

  it('keeps product numbers that are not references', () => {
    expect(card('MICROSOFT*365 BUSINESS').text).toBe('microsoft 365');
    expect(card('1PASSWORD').text).toBe('1password');
    expect(card('15FIVE INC').text).toBe('15five');
  });

  it('never strips a descriptor down to nothing', () => {
    expect(card('DUBLIN').text).toBe('dublin');
    expect(card('CA').text).toBe('ca');
  });

  it('flags 22-character descriptors and removes a city cut off at the end', () => {
    const n = card('SLACK.COM SAN FRANCISC');
    expect(n.truncated).toBe(true);
    expect(n.text).toBe('slack.com');
    expect(n.steps).toContain("removed city (cut off) 'san francisc'");
  });

  it('ignores case and punctuation, decodes HTML entities', () => {
    expect(card("McDonald's #112").text).toBe('mcdonalds');
    expect(card('GITHUB, INC.').text).toBe('github');
    expect(card('LINKEDIN-SALES NAV').text).toBe('linkedin sales nav');
    expect(card('AT&amp;T*BILL PAYMENT').text).toBe('att bill payment');
  });

  it('keeps the merchant part of MERCHANT *DETAIL', () => {
    expect(card('ADOBE  *CREATIVE CLD').head).toBe('adobe');
  });

  it('takes the payee out of bank transfers and ACH entries', () => {
    const ach = card('ORIG CO NAME:ATLASSIAN         ORIG ID:0000000000 DESC DATE:250303 CO ENTRY DESCR:SUBSCRIPT');
    expect(ach.text).toBe('atlassian');
    const wire = card('ONLINE TRANSFER TO SALESFORCE.COM INC WIRE REF#0000123');
    expect(wire.text).toBe('salesforce.com');
    expect(wire.transfer).toBe(true);
    expect(card('To Personio GmbH').text).toBe('personio');
  });

  it('removes card-entry words and amounts from bank statement texts', () => {
    expect(card('CARD 1234 CANVA* I04123-456789 SYDNEY AU USD 25.99').text).toBe('canva');
    expect(card('Debit card purchase MAILCHIMP *MONTHLY ATLANTA US USD 53.00').text).toBe('mailchimp monthly');
  });

  it('rolls Microsoft products on card statements up to the product', () => {
    const n = card('MICROSOFT*MICROSOFT 365 B');
    expect(n.text).toBe('microsoft 365');
    expect(n.rolledUp).toBe('Microsoft 365');
  });

  it('removes a word repeated right after itself', () => {
    expect(card('ADOBE *ADOBE').text).toBe('adobe');
  });
});

describe('normalise: names from identity providers and app lists', () => {
  it.each([
    ['HubSpot SAML', 'entra', 'hubspot', 'saml'],
    ['Zoom SSO', 'okta', 'zoom', 'sso'],
    ['Notion (OIDC)', 'okta', 'notion', '(OIDC)'],
    ['Confluence SAML SSO by Microsoft', 'entra', 'confluence', 'saml sso by microsoft'],
    ['Zoom for Google Workspace', 'google_token', 'zoom', 'for google workspace'],
  ] as const)('%s (%s) → %s', (raw, source, text, removed) => {
    const n = normalise(raw, source);
    expect(n.text).toBe(text);
    expect(n.steps.join(' ')).toContain(removed);
  });

  it.each(['OpenID Connect Client', 'Bookmark App', 'Template Basic Auth App'])('%s is a generic Okta template name', (raw) => {
    const n = normalise(raw, 'okta');
    expect(n.generic).toBe(true);
    expect(n.steps[0]).toMatch(/generic Okta template name/);
  });

  it.each([
    ['Office 365 Exchange Online', 'microsoft 365', 'Microsoft 365'],
    ['Office 365 SharePoint Online', 'microsoft 365', 'Microsoft 365'],
    ['OneDrive SyncEngine', 'microsoft 365', 'Microsoft 365'],
    ['Microsoft Teams Web Client', 'microsoft teams', 'Microsoft Teams'],
    ['Skype for Business Online', 'microsoft teams', 'Microsoft Teams'],
    ['Azure Portal', 'microsoft azure', 'Microsoft Azure'],
    ['My Apps', 'microsoft entra id', 'Microsoft Entra ID'],
    ['Power BI Service', 'power bi', 'Power BI'],
  ])('rolls the Microsoft app %s up to %s', (raw, text, product) => {
    const n = normalise(raw, 'entra');
    expect(n.text).toBe(text);
    expect(n.rolledUp).toBe(product);
    expect(n.steps.at(-1)).toBe(`rolled up the Microsoft app '${raw}' to ${product}`);
  });

  it('does not roll up ordinary words that start like Microsoft apps', () => {
    expect(normalise('Office snacks', 'apps_csv').rolledUp).toBeNull();
    expect(normalise('Teams budget', 'apps_csv').rolledUp).toBeNull();
  });

  it('keeps a bracketed other name as an alternative', () => {
    const n = normalise('Google Workspace (G Suite)', 'apps_csv');
    expect(n.text).toBe('google workspace');
    expect(n.alternatives).toContain('g suite');
  });

  it('does not strip places from names (only card descriptors carry them)', () => {
    expect(normalise('Boston Consulting Portal', 'okta').text).toBe('boston consulting portal');
  });
});
