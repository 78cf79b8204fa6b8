// A realistic Okta System Log (`GET /api/v1/logs`: one JSON array of LogEvents) of any size, shaped like
// the fixtures in test/fixtures/imports/okta-system-log, plus the two timings the import bench compares:
// merely reading and JSON-parsing every event, and parseOkta over the same file.
//
//   node --import tsx bench/okta-generate.ts /tmp/okta-1m.json 1000000
//
// prints the file size and both timings, each measured in its own process (for its peak RSS).
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fileSourceFromPath } from '../src/server/modules/imports/formats/file-source.js';
import { parseOkta } from '../src/server/modules/imports/formats/okta.js';
import { mulberry32 } from '../src/server/modules/demo/random.js';


// Real SaaS products, as Okta's catalogue names them; the first ones get most sign-ins (Zipf-like).
const PRODUCTS = [
  'Google Workspace', 'Slack', 'Zoom', 'Salesforce.com', 'Atlassian Cloud', 'Microsoft Office 365', 'GitHub Enterprise Cloud', 'Box', 'Dropbox Business', 'Workday',
  'ServiceNow', 'Notion', 'Figma', 'Miro', 'Asana', 'Monday.com', 'HubSpot', 'Zendesk', 'DocuSign', 'Adobe Creative Cloud',
  'AWS IAM Identity Center', 'Amazon Web Services', 'Datadog', 'PagerDuty', 'New Relic', 'Splunk Cloud', 'Sentry', 'GitLab', 'Bitbucket', 'CircleCI',
  'Snowflake', 'Tableau Online', 'Looker', 'Mode Analytics', 'Amplitude', 'Mixpanel', 'Segment', 'Heap', 'Fullstory', 'Hotjar',
  'Canva', 'Loom', 'Calendly', 'Airtable', 'Smartsheet', 'Trello', 'Linear', 'ClickUp', 'Wrike', 'Basecamp',
  'Greenhouse', 'Lever', 'BambooHR', 'Rippling', 'Gusto', 'Lattice', 'Culture Amp', '15Five', 'Namely', 'ADP Workforce Now',
  'Expensify', 'Ramp', 'Brex', 'Coupa', 'NetSuite', 'QuickBooks Online', 'Bill.com', 'Navan', 'SAP Concur', 'Carta',
  'Intercom', 'Freshdesk', 'Front', 'Gong', 'Outreach', 'Salesloft', 'ZoomInfo', 'LinkedIn Sales Navigator', 'Marketo', 'Pardot',
  'Mailchimp', 'Hootsuite', 'Sprout Social', 'Hubstaff', '1Password', 'LastPass', 'Keeper', 'CrowdStrike Falcon', 'SentinelOne', 'KnowBe4',
  'Jamf Pro', 'Kandji', 'Microsoft Intune', 'Cloudflare', 'Zscaler', 'Netskope', 'Okta Workflows', 'Vanta', 'Drata', 'OneTrust',
  'Webex', 'RingCentral', 'Dialpad', 'Aircall', 'Twilio', 'SendGrid', 'Postman', 'Vercel', 'Netlify', 'Heroku',
  'DigitalOcean', 'MongoDB Atlas', 'Elastic Cloud', 'Confluent Cloud', 'Databricks', 'Fivetran', 'dbt Cloud', 'Census', 'Hightouch', 'Metabase',
  'Productboard', 'Pendo', 'LaunchDarkly', 'Optimizely', 'Braze', 'Iterable', 'Klaviyo', 'Customer.io', 'Attentive', 'Gainsight',
  'ChurnZero', 'Totango', 'Vitally', 'Highspot', 'Seismic', 'Showpad', 'Guru', 'Confluence', 'Jira Software', 'Jira Service Management',
  'Statuspage', 'Opsgenie', 'Grafana Cloud', 'Lucidchart', 'Whimsical', 'Pitch', 'Prezi', 'Grammarly', 'Otter.ai', 'ChatGPT Enterprise',
  'Anthropic Claude', 'Jasper', 'Writer', 'Descript', 'Vimeo', 'Wistia', 'Frame.io', 'Dovetail', 'UserTesting', 'Maze',
  'Typeform', 'SurveyMonkey', 'Qualtrics', 'Medallia', 'G2', 'Gartner Peer Insights', 'Coda', 'Quip', 'Evernote Teams', 'Egnyte',
  'Sharefile', 'Smartling', 'Lokalise', 'Crowdin', 'Contentful', 'Sanity', 'Webflow', 'WordPress VIP', 'Squarespace', 'Shopify Plus',
  'Stripe', 'Chargebee', 'Recurly', 'Zuora', 'Avalara', 'Tipalti', 'Deel', 'Remote', 'Oyster', 'Papaya Global',
  'Workable', 'Ashby', 'SmartRecruiters', 'Checkr', 'HireRight', 'Docebo', 'Udemy Business', 'Coursera for Business', 'LinkedIn Learning', 'Pluralsight',
];
/** Custom OIDC apps: Okta shows the template name, the admin's label is the real name. */
const CUSTOM = ['Northwind Expense Portal', 'Northwind Intranet', 'Marketing Analytics Portal', 'Partner Hub', 'Field Sales App', 'Warehouse Scanner', 'Support Console', 'Data Lake Explorer', 'Billing Admin', 'Release Dashboard', 'Onboarding Wizard', 'Procurement Desk'];

const FIRST = ['alice', 'bob', 'carol', 'dave', 'erin', 'frank', 'grace', 'heidi', 'ivan', 'judy', 'mallory', 'niaj', 'olivia', 'peggy', 'rupert', 'sybil', 'trent', 'victor', 'walter', 'yasmin', 'zoe', 'aaron', 'bianca', 'carlos', 'diana', 'elena', 'felix', 'gabriel', 'hannah', 'isaac', 'julia', 'kevin', 'laura', 'marco', 'nina', 'oscar', 'paula', 'quentin', 'rosa', 'samuel', 'tara', 'ulrich', 'vera', 'william', 'xavier', 'yuki', 'zane', 'amir', 'beatriz', 'chen', 'deepa', 'emeka', 'fatima', 'goran', 'hiro', 'ines', 'jonas', 'kwame', 'leila', 'mateo', 'noor', 'omar', 'priya', 'rahul', 'sofia', 'tomas', 'uma', 'valentina', 'wei', 'ximena'];
const LAST = ['smith', 'johnson', 'williams', 'brown', 'jones', 'garcia', 'miller', 'davis', 'rodriguez', 'martinez', 'hernandez', 'lopez', 'gonzalez', 'wilson', 'anderson', 'thomas', 'taylor', 'moore', 'jackson', 'martin', 'lee', 'perez', 'thompson', 'white', 'harris', 'sanchez', 'clark', 'ramirez', 'lewis', 'robinson', 'walker', 'young', 'allen', 'king', 'wright', 'scott', 'torres', 'nguyen', 'hill', 'flores', 'green', 'adams', 'nelson', 'baker', 'hall', 'rivera', 'campbell', 'mitchell', 'carter', 'roberts', 'kim', 'patel', 'singh', 'muller', 'schmidt', 'rossi', 'dubois', 'silva', 'tanaka', 'kowalski', 'novak', 'jensen', 'olsen', 'byrne', 'murphy', 'oconnor', 'yilmaz', 'ivanova', 'haddad', 'okafor', 'mensah', 'costa', 'ferreira', 'larsen', 'berg'];

const CITIES = [
  { city: 'New York', state: 'New York', country: 'United States', postalCode: '10001', lat: 40.7128, lon: -74.006 },
  { city: 'San Francisco', state: 'California', country: 'United States', postalCode: '94105', lat: 37.7749, lon: -122.4194 },
  { city: 'Denver', state: 'Colorado', country: 'United States', postalCode: '80228', lat: 39.6888, lon: -105.156 },
  { city: 'Austin', state: 'Texas', country: 'United States', postalCode: '78701', lat: 30.2672, lon: -97.7431 },
  { city: 'London', state: 'England', country: 'United Kingdom', postalCode: null, lat: 51.5072, lon: -0.1276 },
  { city: 'Berlin', state: 'Land Berlin', country: 'Germany', postalCode: '10115', lat: 52.52, lon: 13.405 },
  { city: 'Toronto', state: 'Ontario', country: 'Canada', postalCode: 'M5H', lat: 43.6532, lon: -79.3832 },
];
const AGENTS = [
  { rawUserAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', os: 'Mac OS X', browser: 'CHROME' },
  { rawUserAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0', os: 'Windows 10', browser: 'EDGE' },
  { rawUserAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15', os: 'Mac OS X', browser: 'SAFARI' },
  { rawUserAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', os: 'Linux', browser: 'FIREFOX' },
  { rawUserAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', os: 'iOS', browser: 'SAFARI' },
];
const SCOPES = ['openid', 'profile', 'email', 'offline_access', 'okta.users.read', 'okta.users.read.self', 'okta.groups.read', 'https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/calendar.readonly', 'https://www.googleapis.com/auth/gmail.readonly'];
const MODES = [
  { type: 'SAML_2_0', debug: 'SAML 2.0' },
  { type: 'OPENID_CONNECT', debug: 'OpenID Connect' },
  { type: 'BROWSER_PLUGIN', debug: 'Secure Web Authentication' },
];

export interface GenerateOptions {
  seed?: number;
  /** Distinct people (default 5,000) and apps (default: the ~200 products plus the custom ones). */
  people?: number;
  apps?: number;
}

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const HEX = '0123456789abcdef';

/** Writes `events` LogEvents as one JSON array, one compact event a line (`JSON.stringify(ev)` + ",\n"). */
export async function generateOktaLog(file: string, events: number, opts: GenerateOptions = {}): Promise<{ bytes: number }> {
  // Seeded, so two runs write the same bytes.
  const rnd = mulberry32(opts.seed ?? 20250303);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const chars = (set: string, n: number): string => {
    let s = '';
    for (let i = 0; i < n; i++) s += set[Math.floor(rnd() * set.length)];
    return s;
  };
  const oktaId = (prefix: string): string => prefix + chars(ALNUM, 17);

  const people = Array.from({ length: opts.people ?? 5000 }, (_, i) => {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const n = Math.floor(i / (FIRST.length * LAST.length));
    const cap = (s: string) => s[0].toUpperCase() + s.slice(1);
    return {
      id: oktaId('00u'),
      login: `${first}.${last}${n ? n + 1 : ''}@northwind.example`,
      name: `${cap(first)} ${cap(last)}`,
      city: pick(CITIES),
      agent: pick(AGENTS),
      ip: `198.51.100.${1 + Math.floor(rnd() * 254)}`,
      session: '102' + chars(ALNUM, 22),
    };
  });
  const appCount = opts.apps ?? PRODUCTS.length + CUSTOM.length;
  const apps = Array.from({ length: appCount }, (_, i) => {
    const custom = i >= PRODUCTS.length || (i > 20 && i % 17 === 0);
    const label = custom ? CUSTOM[i % CUSTOM.length] + (i >= PRODUCTS.length + CUSTOM.length ? ` ${i}` : '') : PRODUCTS[i];
    const mode = custom ? MODES[1] : pick(MODES);
    return { id: oktaId('0oa'), displayName: custom ? 'OpenID Connect Client' : label, label, mode, slug: label.toLowerCase().replace(/[^a-z0-9]+/g, '') };
  });
  // Zipf-like popularity: weight 1/(rank+1), sampled through a cumulative table.
  const cumulative: number[] = [];
  apps.reduce((sum, _a, i) => (cumulative[i] = sum + 1 / (i + 1)), 0);
  const total = cumulative[cumulative.length - 1];
  const pickApp = () => {
    const r = rnd() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return apps[lo];
  };
  const uuid = () => `${chars(HEX, 8)}-${chars(HEX, 4)}-11f0-${chars(HEX, 4)}-${chars(HEX, 12)}`;
  const geo = (c: (typeof CITIES)[number]) => ({ city: c.city, state: c.state, country: c.country, postalCode: c.postalCode, geolocation: { lat: c.lat, lon: c.lon } });

  const start = Date.UTC(2025, 0, 6);
  const step = (60 * 86_400_000) / Math.max(1, events);
  const out = createWriteStream(file);
  let pending = '[\n';
  let bytes = 0;
  const flush = async (s: string) => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await new Promise<void>((r) => out.once('drain', () => r()));
  };

  for (let i = 0; i < events; i++) {
    const p = people[Math.floor(rnd() * people.length)];
    const published = new Date(start + Math.floor(i * step + rnd() * step)).toISOString();
    const roll = rnd();
    const failed = rnd() < 0.02;
    const txn = chars(ALNUM, 27);
    const base = {
      actor: { id: p.id, type: 'User', alternateId: p.login, displayName: p.name, detailEntry: null },
      authenticationContext: { authenticationProvider: null, credentialProvider: null, credentialType: null, issuer: null, interface: null, authenticationStep: 0, externalSessionId: failed ? 'unknown' : p.session },
      client: { userAgent: p.agent, zone: 'null', device: p.agent.os === 'iOS' ? 'Mobile' : 'Computer', id: null, ipAddress: p.ip, geographicalContext: geo(p.city) },
    };
    const tail = {
      published,
      request: { ipChain: [{ ip: p.ip, geographicalContext: geo(p.city), version: 'V4', source: null }] },
      securityContext: { asNumber: null, asOrg: null, isp: null, domain: null, isProxy: null },
      severity: failed ? 'WARN' : 'INFO',
    };
    let ev: Record<string, unknown>;
    if (roll < 0.85) {
      const app = pickApp();
      const targets: unknown[] = [{ id: app.id, type: 'AppInstance', alternateId: app.label, displayName: app.displayName, detailEntry: { signOnModeType: app.mode.type } }];
      // Okta usually adds the AppUser, not always; a failed SSO names only the app.
      if (!failed && rnd() < 0.3) targets.push({ id: oktaId('0ua'), type: 'AppUser', alternateId: p.login, displayName: p.name, detailEntry: null });
      ev = {
        ...base,
        // Sign-ins started at the app (SP-initiated) carry no initiationType.
        debugContext: { debugData: { ...(rnd() < 0.3 ? { initiationType: 'IDP_INITIATED' } : {}), signOnMode: app.mode.debug, requestUri: `/app/${app.slug}/${app.id}/sso/saml` } },
        device: null,
        displayMessage: 'User single sign on to app',
        eventType: 'user.authentication.sso',
        legacyEventType: failed ? 'app.auth.sso_failure' : 'app.auth.sso',
        outcome: { result: failed ? 'FAILURE' : 'SUCCESS', reason: failed ? 'VERIFICATION_ERROR' : null },
        ...tail,
        target: targets,
      };
    } else if (roll < 0.95) {
      ev = {
        ...base,
        debugContext: { debugData: { requestId: txn, requestUri: '/idp/idx/authenticators/poll', threatSuspected: 'false', url: '/idp/idx/authenticators/poll?' } },
        device: null,
        displayMessage: 'User login to Okta',
        eventType: 'user.session.start',
        legacyEventType: failed ? 'core.user_auth.login_failed' : 'core.user_auth.login_success',
        outcome: { result: failed ? 'FAILURE' : 'SUCCESS', reason: failed ? 'INVALID_CREDENTIALS' : null },
        ...tail,
        target: null,
      };
    } else if (roll < 0.98) {
      const app = pickApp();
      const scopes = SCOPES.filter(() => rnd() < 0.3);
      if (!scopes.length) scopes.push('openid');
      const server = 'aus' + app.id.slice(3);
      const consent = rnd() < 0.5;
      ev = consent
        ? {
            ...base,
            debugContext: { debugData: { authorizationServerName: 'default', authorizationServer: server, requestId: txn, requestUri: '/api/v1/authn/consent', url: '/api/v1/authn/consent?' } },
            device: null,
            displayMessage: 'Consent granted',
            eventType: 'app.oauth2.as.consent.grant',
            legacyEventType: 'app.oauth2.as.consent.grant_success',
            outcome: { result: 'SUCCESS', reason: null },
            ...tail,
            target: scopes.map((s) => ({ id: oktaId('oag'), type: 'ConsentGrant', alternateId: null, displayName: s, detailEntry: { publicclientapp: app.id, authorizationserver: server, user: p.id } })),
          }
        : {
            ...base,
            debugContext: { debugData: { grantType: 'authorization_code', grantedScopes: scopes.join(' '), authorizationServer: server, requestId: txn, requestUri: `/oauth2/${server}/v1/token` } },
            device: null,
            displayMessage: 'OAuth2 access token is granted',
            eventType: 'app.oauth2.as.token.grant.access_token',
            legacyEventType: null,
            outcome: { result: failed ? 'FAILURE' : 'SUCCESS', reason: null },
            ...tail,
            target: [{ id: app.id, type: 'AppInstance', alternateId: app.label, displayName: app.displayName, detailEntry: null }],
          };
    } else {
      const app = pickApp();
      ev = {
        ...base,
        debugContext: { debugData: { requestId: txn, requestUri: `/api/v1/apps/${app.id}/users` } },
        device: null,
        displayMessage: 'Add user to application membership',
        eventType: 'application.user_membership.add',
        legacyEventType: 'app.user_management.push_new_user',
        outcome: { result: 'SUCCESS', reason: null },
        ...tail,
        target: [{ id: app.id, type: 'AppInstance', alternateId: app.label, displayName: app.displayName, detailEntry: null }],
      };
    }
    ev.transaction = { type: 'WEB', id: txn, detail: {} };
    ev.uuid = uuid();
    ev.version = '0';
    pending += JSON.stringify(ev) + (i < events - 1 ? ',\n' : '\n');
    if (pending.length > 1 << 20) {
      await flush(pending);
      pending = '';
    }
  }
  await flush(pending + ']\n');
  out.end();
  await new Promise<void>((resolve, reject) => out.on('finish', resolve).on('error', reject));
  return { bytes };
}

/**
 * The yardstick: read the file and JSON.parse every event, nothing else. It relies on knowing how the
 * generator wrote the file (one event a line, ending in ","), which no real parser may assume.
 */
export async function parseBaseline(file: string): Promise<{ events: number; seconds: number }> {
  const t0 = performance.now();
  let events = 0;
  let carry = '';
  const one = (line: string) => {
    const end = line.endsWith(',') ? line.length - 1 : line.length;
    if (line[0] !== '{') return;
    JSON.parse(end === line.length ? line : line.slice(0, end));
    events++;
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const s = carry + (chunk as string);
    let from = 0;
    for (let nl = s.indexOf('\n'); nl !== -1; nl = s.indexOf('\n', from)) {
      one(s.slice(from, nl));
      from = nl + 1;
    }
    carry = s.slice(from);
  }
  if (carry) one(carry);
  return { events, seconds: (performance.now() - t0) / 1000 };
}

/** The Okta parser alone over the file (no database), counting the rows it yields. */
export async function parseOktaOnly(file: string): Promise<{ rows: number; seconds: number }> {
  const t0 = performance.now();
  let rows = 0;
  for await (const r of parseOkta(fileSourceFromPath(file), { stats: { skipped: 0 } })) if (r) rows++;
  return { rows, seconds: (performance.now() - t0) / 1000 };
}

/** One measurement in a fresh process, so its peak RSS is its own. */
function measure(which: 'baseline' | 'okta', file: string): Promise<{ count: number; seconds: number; rssMiB: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--measure', which, file], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as { count: number; seconds: number; rssMiB: number }) : reject(new Error(`${which} exited with ${code}`))));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === '--measure') {
    const [which, file] = process.argv.slice(3);
    const r = which === 'baseline' ? await parseBaseline(file).then((b) => ({ count: b.events, seconds: b.seconds })) : await parseOktaOnly(file).then((o) => ({ count: o.rows, seconds: o.seconds }));
    process.stdout.write(JSON.stringify({ ...r, rssMiB: process.resourceUsage().maxRSS / 1024 }));
  } else {
    const [file = '/tmp/okta-1m.json', count = '1000000'] = process.argv.slice(2);
    const g0 = performance.now();
    const { bytes } = await generateOktaLog(file, Number(count));
    const mib = bytes / 2 ** 20;
    console.log(`generated ${count} events: ${bytes} bytes (${mib.toFixed(0)} MiB) in ${((performance.now() - g0) / 1000).toFixed(1)} s → ${file}`);
    const base = await measure('baseline', file);
    console.log(`baseline, read + JSON.parse: ${base.count} events in ${base.seconds.toFixed(2)} s (${(mib / base.seconds).toFixed(0)} MiB/s), peak RSS ${base.rssMiB.toFixed(0)} MiB`);
    const okta = await measure('okta', file);
    console.log(`parseOkta: ${okta.count} rows in ${okta.seconds.toFixed(2)} s (${(mib / okta.seconds).toFixed(0)} MiB/s, ${(okta.seconds / base.seconds).toFixed(2)}× the baseline), peak RSS ${okta.rssMiB.toFixed(0)} MiB`);
  }
}
