import { describe, expect, it } from 'vitest';
import { CATALOG_SOURCES } from '../../../shared/catalog-types.js';
import { CATEGORIES, type Category } from '../../../shared/enums.js';
import { loadCatalog } from './catalog.js';

const catalog = loadCatalog();
const one = (text: string) => {
  const hits = catalog.findByAlias(text);
  expect(hits.length, `no app for "${text}"`).toBeGreaterThan(0);
  return hits[0];
};

describe('bundled catalog', () => {
  it('has at least 5,000 apps with unique ids, a category and a name', () => {
    expect(catalog.apps.length).toBeGreaterThanOrEqual(5000);
    expect(catalog.byId.size).toBe(catalog.apps.length);
    for (const app of catalog.apps) {
      expect(app.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(app.name.trim()).not.toBe('');
      expect(app.vendor.trim()).not.toBe('');
      expect(CATEGORIES).toContain(app.category);
    }
    expect(catalog.meta.counts.apps).toBe(catalog.apps.length);
    expect(catalog.meta.counts.curated).toBeGreaterThanOrEqual(500);
  });

  it('gives every app provenance for its name and category (and for domain and flags when set)', () => {
    const known = [...CATALOG_SOURCES, 'rule', 'default'];
    for (const app of catalog.apps) {
      expect(CATALOG_SOURCES, app.id).toContain(app.src.name);
      expect(known, app.id).toContain(app.src.category);
      expect(known, app.id).toContain(app.src.vendor);
      if (app.domain) expect(CATALOG_SOURCES, app.id).toContain(app.src.domain);
      if (app.sso) expect(app.src.sso?.length, app.id).toBeGreaterThan(0);
      if (app.scim) expect(app.src.scim?.length, app.id).toBeGreaterThan(0);
      expect(app.refs.length, app.id).toBeGreaterThan(0);
    }
  });

  it('deduplicates by registrable domain: HubSpot is one app with all its entries and domains', () => {
    const hubspot = catalog.get('hubspot')!;
    expect(hubspot.name).toBe('HubSpot');
    expect([hubspot.domain, ...hubspot.domains]).toEqual(expect.arrayContaining(['hubspot.com', 'hs-sites.com', 'hubspotemail.net']));
    expect(catalog.findByDomain('app.hubspot.com').map((a) => a.id)).toEqual(['hubspot']);
    expect(catalog.findByDomain('https://acme.myshopify.com/admin').map((a) => a.id)).toEqual(['shopify']);
    expect(catalog.domainsOf(hubspot)[0]).toBe('hubspot.com');
    for (const name of ['HubSpot Chat', 'HubSpot CMS Hub', 'HubSpot Marketing Hub', 'Hubspot Marketing', 'HubSpot, Inc.', 'PAYPAL *HUBSPOT']) {
      expect(catalog.findByAlias(name).map((a) => a.id), name).toEqual(['hubspot']);
    }
    expect(hubspot.refs.filter((r) => r.startsWith('wa:')).length).toBeGreaterThan(1);
    expect(catalog.apps.filter((a) => a.name.toLowerCase() === 'hubspot')).toHaveLength(1);
  });

  it('keeps products of one vendor apart: Salesforce and Slack are two apps of vendor Salesforce', () => {
    const salesforce = one('Salesforce');
    const slack = one('Slack');
    expect(salesforce.id).not.toBe(slack.id);
    expect(salesforce.vendor).toBe('Salesforce');
    expect(slack.vendor).toBe('Salesforce');
    expect(slack.domain).toBe('slack.com');
    expect(one('Tableau').vendor).toBe('Salesforce');
  });

  it('rolls Microsoft first-party app names up to their product', () => {
    const cases: [string, string][] = [
      ['Office 365 Exchange Online', 'microsoft-365'],
      ['Office 365 SharePoint Online', 'microsoft-365'],
      ['SharePoint Online Client Extensibility', 'microsoft-365'],
      ['OneDrive', 'microsoft-365'],
      ['Microsoft Teams', 'microsoft-teams'],
      ['Microsoft Teams Web Client', 'microsoft-teams'],
      ['Azure Portal', 'microsoft-azure'],
      ['Power BI Service', 'power-bi'],
      ['Microsoft Intune', 'microsoft-intune'],
    ];
    for (const [name, id] of cases) expect(one(name).id, name).toBe(id);
    expect(catalog.get('microsoft-365')!.aliases.some(([, source, kind]) => source === 'ms' && kind === 'ms1p')).toBe(true);
    expect(catalog.microsoftAppIds.get('00000002-0000-0ff1-ce00-000000000000')).toBe('microsoft-365'); // Office 365 Exchange Online
    expect(catalog.microsoftAppIds.get('1fec8e78-bce4-4aaf-ab1b-5451cc387264')).toBe('microsoft-teams'); // Microsoft Teams
  });

  it('has every well-known marketing tool with the right category', () => {
    const expected: [string, Category][] = [
      ['Later', 'social'], ['Outreach', 'crm_sales'], ['Moz', 'seo_content'], ['ON24', 'webinars_events'],
      ['GoTo Webinar', 'webinars_events'], ['Sprout Social', 'social'], ['Hootsuite', 'social'], ['HubSpot', 'email_automation'],
      ['Marketo', 'email_automation'], ['Mailchimp', 'email_automation'], ['Klaviyo', 'email_automation'], ['Braze', 'email_automation'],
      ['Semrush', 'seo_content'], ['Ahrefs', 'seo_content'], ['Canva', 'dam_creative'], ['Figma', 'dam_creative'],
      ['Hotjar', 'analytics_cdp'], ['Optimizely', 'analytics_cdp'], ['Unbounce', 'cms_web'], ['Typeform', 'analytics_cdp'],
      ['SurveyMonkey', 'analytics_cdp'], ['Gong', 'crm_sales'], ['Salesloft', 'crm_sales'], ['ZoomInfo', 'crm_sales'],
      ['6sense', 'crm_sales'], ['Demandbase', 'crm_sales'], ['Drift', 'crm_sales'], ['Cvent', 'webinars_events'],
      ['Hopin', 'webinars_events'], ['Zoom', 'communication'], ['Webflow', 'cms_web'], ['Contentful', 'cms_web'],
      ['Buffer', 'social'], ['Brevo', 'email_automation'], ['Google Ads', 'advertising'], ['LinkedIn Ads', 'advertising'],
    ];
    for (const [name, category] of expected) {
      const app = one(name);
      expect(app.category, name).toBe(category);
      expect(app.src.category, name).toBe('cur');
    }
  });

  it('knows the billing names vendors put on card statements', () => {
    const cases: [string, string][] = [
      ['Zoom Video Communications', 'zoom'],
      ['ZOOM.US 888-799-9666', 'zoom'],
      ['HubSpot Inc', 'hubspot'],
      ['Atlassian Pty Ltd', 'jira'],
      ['FS *SKETCH', 'sketch'],
      ['Pardot', 'marketing-cloud-account-engagement'],
      ['GoToWebinar', 'goto-webinar'],
      ['Sendinblue', 'brevo'],
      ['Facebook Ads', 'meta-ads'],
      ['INTUIT *QBOOKS ONLINE', 'quickbooks-online'],
      ['ZAPIER.COM/CHARGE', 'zapier'],
    ];
    for (const [text, id] of cases) expect(catalog.findByAlias(text).map((a) => a.id), text).toContain(id);
    const zoom = catalog.get('zoom')!;
    expect(zoom.aliases.filter(([, , kind]) => kind === 'legal').length).toBeGreaterThan(0);
    expect(zoom.aliases.some(([text, , kind]) => kind === 'billing' && text.length === 22)).toBe(true); // truncated legal name
    expect(catalog.get('brevo')!.aliases).toContainEqual(['Sendinblue', 'cur', 'former']);
  });

  it('has need keywords for search and SSO/SCIM flags with their source', () => {
    expect(catalog.get('on24')!.keywords).toContain('webinar');
    expect(catalog.get('mailchimp')!.keywords).toContain('email marketing');
    expect(catalog.get('surveymonkey')!.keywords).toContain('survey');
    expect(catalog.apps.filter((a) => a.keywords.includes('webinar')).length).toBeGreaterThan(20);
    const slack = catalog.get('slack')!;
    expect(slack.sso).toBe(true);
    expect(slack.src.sso).toEqual(expect.arrayContaining(['sso', 'entra']));
    expect(slack.ssoTax?.sso).toBeTruthy();
    expect(catalog.apps.filter((a) => a.sso).length).toBeGreaterThan(1000);
    expect(catalog.apps.filter((a) => a.scim).length).toBeGreaterThan(200);
  });

  it('leaves out libraries, themes and open-source projects that are not business SaaS', () => {
    for (const name of ['jQuery', 'React', 'Bootstrap', 'Font Awesome', 'Nginx', 'Apache HTTP Server', 'PHP', 'Divi Theme', 'Lodash', 'WordPress']) {
      expect(catalog.findByAlias(name).filter((a) => a.src.name === 'wa').map((a) => a.id), name).toEqual([]);
    }
  });

  it('classifies merchant category codes', () => {
    const kind = (code: string) => catalog.mcc.get(code)?.kind;
    for (const code of ['5734', '5817', '5818', '7372', '4816']) expect(kind(code), code).toBe('software');
    for (const code of ['3000', '3299', '4511', '7011', '3501', '5812', '5814', '5541', '5542', '4121', '4111', '5411', '5311', '6012', '4829']) {
      expect(kind(code), code).toBe('not_software');
    }
    for (const code of ['7399', '5968', '4814', '7311']) expect(kind(code), code).toBe('ambiguous');
    expect(catalog.mcc.get('7011')?.group).toBe('lodging');
    expect(catalog.mcc.get('5734')?.description).toMatch(/software/i);
    expect(catalog.mcc.size).toBeGreaterThan(900);
  });

  it('loads in well under a second and caches', () => {
    const fresh = loadCatalog({ fresh: true });
    expect(fresh.loadMs).toBeLessThan(500);
    expect(loadCatalog()).toBe(fresh);
  });
});

describe('bundled catalog and the demo organisation', () => {
  it('has every demo app, with the demo category', async () => {
    const { DEMO_APPS } = await import('../demo/demo-apps.js');
    for (const demo of DEMO_APPS) {
      const app = catalog.findByAlias(demo.name)[0];
      expect(app, demo.name).toBeDefined();
      expect(app.category, demo.name).toBe(demo.category);
    }
  });
});
