/**
 * The demo organisation's identity-provider exports: 90 days of its Okta System Log (NDJSON, one event a
 * line, in the API's shape) and a Google Workspace token audit page. They tell the usual discovery
 * stories: the approved stack in daily use, apps the inventory only knows as "discovered", new tools
 * nobody approved (shadow IT) spreading through a team, contractors outside the HR list, leavers whose
 * sign-ins did not stop, a custom OIDC app only its admin label names, and OAuth grants with mailbox access.
 */
import { DEMO_APPS } from './demo-apps.js';
import { Random } from './random.js';

export type DemoPerson = { email: string; name: string; department: string | null; status: string; endDate: string | null };

/** Apps nobody approved: real products the inventory does not hold, first seen recently, spreading in one team. */
const SHADOW: { name: string; team: string; users: number; daysAgo: number }[] = [
  { name: 'Perplexity', team: 'Marketing', users: 14, daysAgo: 40 },
  { name: 'Gamma', team: 'Sales', users: 9, daysAgo: 25 },
  { name: 'Descript', team: 'Marketing', users: 5, daysAgo: 55 },
  { name: 'Krisp', team: 'Customer Success', users: 7, daysAgo: 18 },
  { name: 'Replit', team: 'Engineering', users: 6, daysAgo: 12 },
  { name: 'ClickUp', team: 'Operations', users: 4, daysAgo: 70 },
  { name: 'Lovable', team: 'Product', users: 3, daysAgo: 8 },
];
const CONTRACTORS = ['sam.ortiz@brightline-agency.example', 'lee.chan@brightline-agency.example', 'dev.contractor@gmail.example'];

export function buildDemoOktaLog(people: DemoPerson[], now = new Date()): string {
  const r = new Random(20261101);
  const active = people.filter((p) => p.status === 'active');
  const leavers = people.filter((p) => p.status === 'leaver' && p.endDate);
  const events: { at: number; user: string; name: string | null; app: string; label: string; result: string }[] = [];
  const day = 86_400_000;
  const start = now.getTime() - 90 * day;
  const at = (fromDaysAgo: number) => start + (90 - fromDaysAgo) * day + r.int(0, Math.max(1, fromDaysAgo) * day - 1);
  const person = (p: DemoPerson) => ({ user: p.email, name: p.name });

  // The approved stack with SSO: a core of daily users per app.
  const sso = DEMO_APPS.filter((a) => a.sso !== false && a.status !== 'retired' && a.deployment === 'cloud');
  const core = sso.slice(0, 45);
  for (const app of core) {
    const users = r.int(3, 18);
    for (let u = 0; u < users; u++) {
      const p = person(r.pick(active));
      const n = r.int(2, 12);
      for (let i = 0; i < n; i++) events.push({ at: at(90), ...p, app: app.name, label: app.name, result: r.chance(0.04) ? 'FAILURE' : 'SUCCESS' });
    }
  }
  // Shadow IT: a team adopts a tool; a contractor or two too.
  for (const s of SHADOW) {
    const team = active.filter((p) => p.department === s.team);
    for (let u = 0; u < s.users; u++) {
      const p = person(team.length ? r.pick(team) : r.pick(active));
      for (let i = r.int(1, 9); i > 0; i--) events.push({ at: at(s.daysAgo), ...p, app: s.name, label: s.name, result: 'SUCCESS' });
    }
    if (r.chance(0.6)) for (let i = r.int(1, 4); i > 0; i--) events.push({ at: at(s.daysAgo), user: r.pick(CONTRACTORS), name: null, app: s.name, label: s.name, result: 'SUCCESS' });
  }
  // Leavers whose accounts were not closed: sign-ins after the end date.
  for (const p of leavers.slice(0, 3)) {
    const end = Date.parse(`${p.endDate}T00:00:00Z`);
    if (end < start || end > now.getTime() - 2 * day) continue;
    for (let i = r.int(2, 6); i > 0; i--) events.push({ at: end + r.int(1, Math.floor((now.getTime() - end) / day)) * day - r.int(0, day), ...person(p), app: r.pick(core).name, label: '', result: 'SUCCESS' });
  }
  // A custom OIDC app: Okta's template name, the admin's label — the review queue's job.
  for (let i = 0; i < 25; i++) events.push({ at: at(60), ...person(r.pick(active)), app: 'OpenID Connect Client', label: 'Northwind Partner Portal', result: 'SUCCESS' });

  events.sort((a, b) => a.at - b.at);
  return events
    .map((e, i) => JSON.stringify({
      uuid: uuidFor(20261101, i),
      published: new Date(e.at).toISOString(),
      eventType: 'user.authentication.sso',
      version: '0',
      severity: 'INFO',
      displayMessage: 'User single sign on to app',
      actor: { id: `00u${hash(e.user)}`, type: 'User', alternateId: e.user, displayName: e.name ?? e.user.split('@')[0], detailEntry: null },
      client: { userAgent: { rawUserAgent: 'Mozilla/5.0', os: 'Mac OS X', browser: 'CHROME' }, zone: 'null', device: 'Computer', id: null, ipAddress: '198.51.100.24' },
      outcome: { result: e.result, reason: e.result === 'FAILURE' ? 'INVALID_CREDENTIALS' : null },
      target: [
        { id: `0oa${hash(e.app + e.label)}`, type: 'AppInstance', alternateId: e.label || e.app, displayName: e.app, detailEntry: { signOnModeType: 'SAML_2_0' } },
        { id: `0ua${hash(e.user + e.app)}`, type: 'AppUser', alternateId: e.user, displayName: e.name ?? e.user, detailEntry: null },
      ],
      authenticationContext: { externalSessionId: `102${hash(e.user)}` },
      transaction: { type: 'WEB', id: `W${hash(String(i))}` },
    }))
    .join('\n') + '\n';
}

const GRANTS: { app: string; clientId: string; scopes: string[] }[] = [
  { app: 'Calendly', clientId: '458812345678-calendly.apps.googleusercontent.com', scopes: ['https://www.googleapis.com/auth/calendar', 'https://www.googleapis.com/auth/userinfo.email', 'openid'] },
  { app: 'Grammarly', clientId: '458812345679-grammarly.apps.googleusercontent.com', scopes: ['https://www.googleapis.com/auth/userinfo.profile', 'https://www.googleapis.com/auth/userinfo.email', 'openid'] },
  { app: 'Superhuman', clientId: '458812345680-superhuman.apps.googleusercontent.com', scopes: ['https://mail.google.com/', 'https://www.googleapis.com/auth/contacts.readonly', 'https://www.googleapis.com/auth/calendar'] },
  { app: 'Otter.ai', clientId: '458812345681-otter.apps.googleusercontent.com', scopes: ['https://www.googleapis.com/auth/calendar.readonly', 'https://www.googleapis.com/auth/drive.file', 'openid'] },
  { app: 'MailPilot AI Assistant', clientId: '458812345682-mailpilot.apps.googleusercontent.com', scopes: ['https://mail.google.com/', 'https://www.googleapis.com/auth/drive'] },
];

/** A Google Workspace Reports page of token audit activities (authorize and revoke, without event `type`, like real captures). */
export function buildDemoGoogleTokens(people: DemoPerson[], now = new Date()): string {
  const r = new Random(20261102);
  const active = people.filter((p) => p.status === 'active');
  const items: unknown[] = [];
  let n = 0;
  for (const g of GRANTS) {
    const users = r.int(2, 12);
    for (let u = 0; u < users; u++) {
      const p = r.pick(active);
      const t = now.getTime() - r.int(2, 80) * 86_400_000;
      const events = [{ name: 'authorize', t }];
      if (r.chance(0.15)) events.push({ name: 'revoke', t: t + r.int(1, 10) * 3_600_000 });
      for (const e of events)
        items.push({
          kind: 'admin#reports#activity',
          id: { time: new Date(e.t).toISOString(), uniqueQualifier: String(-4_000_000_000_000 - n++), applicationName: 'token', customerId: 'C0demo01' },
          actor: { email: p.email, profileId: `10${hash(p.email)}` },
          ipAddress: '198.51.100.24',
          events: [{ name: e.name, parameters: [
            { name: 'client_id', value: g.clientId }, { name: 'app_name', value: g.app }, { name: 'client_type', value: 'WEB' }, { name: 'scope', multiValue: g.scopes },
          ] }],
        });
    }
  }
  return JSON.stringify({ kind: 'admin#reports#activities', items }, null, 1);
}

function hash(s: string): string {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0).toString(36);
}

function uuidFor(seed: number, i: number): string {
  const hex = (seed * 1_000_003 + i).toString(16).padStart(12, '0').slice(-12);
  return `d3m0${hex.slice(0, 4)}-0000-4000-8000-${hex}`.replace('d3m0', 'd3e0');
}
