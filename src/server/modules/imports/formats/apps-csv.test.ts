import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { categoryOf, lifecycleOf, parseAppsCsv, sniffAppsCsv } from './apps-csv.js';
import { FormatError, type AppRow, type BadRow, type FileSource } from './types.js';

const FIXTURE = path.resolve(import.meta.dirname, '../../../../../test/fixtures/imports/apps/apps-inventory.csv');
const HR_CSV = path.resolve(import.meta.dirname, '../../../../../test/fixtures/imports/hr-employee-list/generic-employee-list.csv');
const INVENTORY = fs.readFileSync(FIXTURE, 'utf8');
const HEADER = INVENTORY.split('\n', 1)[0];

function memory(content: string | Buffer, name = 'apps.csv'): FileSource {
  const buf = typeof content === 'string' ? Buffer.from(content) : content;
  return { open: () => Readable.from([buf]), size: buf.length, name };
}

async function rows(src: FileSource): Promise<(AppRow | BadRow)[]> {
  const out: (AppRow | BadRow)[] = [];
  for await (const r of parseAppsCsv(src)) out.push(r);
  return out;
}

async function failure(src: FileSource): Promise<FormatError> {
  const e = await rows(src).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FormatError);
  return e as FormatError;
}

type Tuple = [number, string, string | null, string | null, string | null, string | null, string[], string | null, string | null, number | null, string | null];
const app = ([line, name, vendor, category, businessOwner, itOwner, departments, url, lifecycleStatus, seats, notes]: Tuple): AppRow => ({
  line, name, vendor, category, businessOwner, itOwner, departments, url, lifecycleStatus, seats, notes,
});

describe('apps inventory fixture', () => {
  it('reads every line into a fully mapped app', async () => {
    const src = { open: () => fs.createReadStream(FIXTURE), size: fs.statSync(FIXTURE).size, name: 'apps-inventory.csv' };
    const it_ = 'it-team@example.com';
    expect(await rows(src)).toEqual(
      ([
        [2, 'Slack', 'Slack Technologies, LLC', 'communication', 'maria.lopez@example.com', it_, ['Marketing', 'Sales', 'Engineering', 'IT'], 'https://slack.com', 'approved', 1250, 'Company-wide chat; Enterprise Grid since 2023'],
        [3, 'HubSpot Marketing Hub', 'HubSpot', 'email_automation', 'jane.doe@example.com', 'sam.patel@example.com', ['Marketing', 'Sales'], 'https://www.hubspot.com', 'approved', 40, null],
        [4, 'Salesforce Sales Cloud', 'Salesforce', 'crm_sales', 'tom.baker@example.com', 'sam.patel@example.com', ['Sales', 'Customer Success'], 'https://www.salesforce.com', 'approved', 180, 'Renewal in March, negotiate multi-year'],
        [5, 'Figma', 'Figma', 'dam_creative', 'lena.schmidt@example.com', it_, ['Design', 'Product', 'Marketing'], 'figma.com', 'approved', 95, null],
        [6, 'Canva', 'Canva', 'dam_creative', 'jane.doe@example.com', null, ['Marketing'], 'https://www.canva.com', 'in_review', 25, 'Evaluating against Adobe Express'],
        [7, 'Adobe Creative Cloud', 'Adobe', 'dam_creative', 'lena.schmidt@example.com', it_, ['Design', 'Marketing'], 'https://www.adobe.com/creativecloud.html', 'approved', 30, null],
        [8, 'Notion', 'Notion Labs', 'productivity', 'ops-lead@example.com', it_, ['Product', 'Engineering', 'Operations'], 'https://www.notion.so', 'in_review', null, 'Overlaps with Confluence'],
        [9, 'Confluence', 'Atlassian', 'collaboration_pm', 'ops-lead@example.com', it_, ['Engineering', 'Product'], 'https://www.atlassian.com/software/confluence', 'restricted', 210, 'Moving to Notion by Q3'],
        [10, 'Jira Software', 'Atlassian', 'collaboration_pm', 'ops-lead@example.com', it_, ['Engineering', 'Product', 'IT'], 'https://www.atlassian.com/software/jira', 'approved', 240, null],
        [11, 'GitHub', 'GitHub (Microsoft)', 'developer_infra', 'cto@example.com', 'sam.patel@example.com', ['Engineering'], 'https://github.com', 'approved', 150, null],
        [12, 'Zoom', 'Zoom Video Communications', 'communication', 'maria.lopez@example.com', it_, ['Sales', 'Customer Success'], 'https://zoom.us', 'retired', 0, 'Replaced by Google Meet'],
        [13, 'Google Workspace', 'Google', 'productivity', 'maria.lopez@example.com', it_, ['IT', 'Operations'], 'https://workspace.google.com', 'approved', 1300, null],
        [14, 'Okta', 'Okta', 'security_identity', 'ciso@example.com', 'sam.patel@example.com', ['IT'], 'https://www.okta.com', 'approved', 1300, 'SSO for all apps'],
        [15, 'Zendesk', 'Zendesk', 'customer_support', 'support-lead@example.com', it_, ['Customer Success'], 'https://www.zendesk.com', 'approved', 60, null],
        [16, 'Mailchimp', 'Intuit Mailchimp', 'email_automation', 'jane.doe@example.com', null, ['Marketing'], 'https://mailchimp.com', 'retired', null, 'Migrated to HubSpot, account closed'],
        [17, 'Semrush', 'Semrush', 'seo_content', 'jane.doe@example.com', null, ['Marketing'], 'https://www.semrush.com', 'approved', 5, null],
        [18, 'Hootsuite', 'Hootsuite', 'social', 'jane.doe@example.com', null, ['Marketing'], 'https://www.hootsuite.com', 'discovered', null, 'Found on a corporate card'],
        [19, 'Webflow', 'Webflow', 'cms_web', 'jane.doe@example.com', it_, ['Marketing', 'Design'], 'https://webflow.com', 'approved', 12, 'Runs www.example.com'],
        [20, 'Tableau', 'Salesforce', 'data_bi', 'finance-lead@example.com', it_, ['Finance', 'Operations'], 'https://www.tableau.com', 'restricted', 15, 'Only for the finance team'],
        [21, 'BambooHR', 'BambooHR', 'hr', 'people-lead@example.com', it_, ['People & HR'], 'https://www.bamboohr.com', 'approved', 8, null],
        // "Whiteboarding" is no Tandem category: left empty for the pipeline to default.
        [22, 'Miro', 'Miro', null, 'lena.schmidt@example.com', null, ['Product', 'Design'], 'https://miro.com', 'in_review', 20, null],
      ] as Tuple[]).map(app),
    );
  });
});

describe('sniffAppsCsv', () => {
  it('recognises the inventory and a minimal list', () => {
    expect(sniffAppsCsv(INVENTORY)).toBe(true);
    expect(sniffAppsCsv('App;Owner;Seats\nSlack;a@example.com;10\n')).toBe(true);
  });

  it('leaves employee lists, statements, sign-in logs and JSON alone', () => {
    expect(sniffAppsCsv(fs.readFileSync(HR_CSV, 'utf8'))).toBe(false);
    expect(sniffAppsCsv('email,name,department\na@example.com,Ann,Sales\n')).toBe(false);
    expect(sniffAppsCsv('Transaction Date,Description,Category,Amount\n')).toBe(false);
    expect(sniffAppsCsv('"Date (UTC)","Request ID","User","Application","Status"\n')).toBe(false);
    expect(sniffAppsCsv('Name,Phone\nAnn,123\n')).toBe(false);
    expect(sniffAppsCsv('[{"name":"Slack","vendor":"Slack"}]')).toBe(false);
  });
});

describe('apps CSV variants', () => {
  it('reports a missing name, a repeated name, an unknown lifecycle and bad seats on their lines', async () => {
    const csv = [HEADER, 'Slack,Slack,,,,,,,,', ',Nobody,,,,,,In use,,', 'SLACK ,Slack,,,,,,,,', 'Asana,Asana,,,,,,Someday,,', 'Loom,Atlassian,,,,,,,ten,', 'Loom2,Atlassian,,,,,,,12.5,'].join('\n');
    const out = await rows(memory(csv));
    expect(out.map((r) => (r.bad ? [r.line, r.column, r.reason] : [r.line, r.name]))).toEqual([
      [2, 'Slack'],
      [3, 'Application', 'No app name'],
      [4, 'Application', 'SLACK is listed twice (first on line 2)'],
      [5, 'Status', 'Unknown lifecycle status "Someday" (expected one of Discovered, In review, Approved, Restricted, Retired, or e.g. "in use", "trial", "cancelled")'],
      [6, 'Seats', '"ten" is not a whole number of seats'],
      [7, 'Seats', '"12.5" is not a whole number of seats'],
    ]);
    expect(out[3]).toMatchObject({ raw: 'Asana,Asana,,,,,,Someday,,' });
  });

  it('reads synonyms, a title line, semicolons and pipes', async () => {
    const csv = 'Exported from Sheets;;;\n\nTool;Publisher;Type;Owner;Teams;Lifecycle;Licences;Description;Comments\nLoom;Atlassian;Video;Ann@Example.com;Sales | Marketing, Sales;trial;1 200;Async video;Ask Ann\n';
    expect(await rows(memory(csv))).toEqual([
      { line: 4, name: 'Loom', vendor: 'Atlassian', category: null, businessOwner: 'ann@example.com', itOwner: null, departments: ['Sales', 'Marketing'], url: null, lifecycleStatus: 'in_review', seats: 1200, notes: 'Async video\nAsk Ann' },
    ]);
  });

  it('fails without an app name header, on an unclosed quote, an empty file and a PNG', async () => {
    expect((await failure(memory('Vendor,Seats\nSlack,10\n'))).message).toContain('No header row with an app name column');
    expect((await failure(memory(`${HEADER}\nSlack,Slack,,,,,,,,\n"Notion,Notion Labs,,,,,,,,\n`))).line).toBe(3);
    expect((await failure(memory(''))).message).toBe('The file is empty');
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect((await failure(memory(png, 'logo.png'))).message).toMatch(/not a text file/);
  });
});

describe('category and lifecycle text', () => {
  it('maps ids, labels, label parts and common words', () => {
    expect(categoryOf('crm_sales')).toBe('crm_sales');
    expect(categoryOf('Collaboration & project management')).toBe('collaboration_pm');
    expect(categoryOf('SEO and content')).toBe('seo_content');
    expect(categoryOf(' analytics ')).toBe('analytics_cdp');
    expect(categoryOf('Human Resources')).toBe('hr');
    expect(categoryOf('Gardening')).toBeNull();
    expect(lifecycleOf('In Use')).toBe('approved');
    expect(lifecycleOf('in-review')).toBe('in_review');
    expect(lifecycleOf('RETIRED')).toBe('retired');
    expect(lifecycleOf('someday')).toBeNull();
  });
});
