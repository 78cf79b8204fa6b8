/**
 * The demo organisation: Northwind Outfitters, ~1,200 people in 11 departments running ~275 real
 * SaaS products, with attestations, comments and 18 months of history.
 *
 * Generation is pure and seeded (`buildDemoOrganisation`): the same names, owners, statuses and
 * counts every time, with dates relative to `now` so that "expiring soon" stays true. Writing is
 * one transaction of a few set-based INSERTs (`unnest` over array parameters), so loading takes
 * well under a second or two on the embedded database.
 */
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { sha256 } from '../auth/tokens.js';
import { canTransition, type AttestationType, type DataClass, type Lifecycle, type Role } from '../../../shared/enums.js';
import { uuidv7 } from '../../../shared/ids.js';
import type { Database } from '../../db/client.js';
import { hashPassword } from '../auth/passwords.js';
import { DEMO_APPS, VENDOR_WEBSITES, type DemoAppSpec } from './demo-apps.js';
import { COMMENT_TEMPLATES, formatDay, mentionHandles, type CommentContext, type CommentTemplate, type PersonaKey } from './demo-comments.js';
import { DEMO_PERSONAS, DEPARTMENTS, type DeptName } from './demo-departments.js';
import { emailPart, FIRST_NAMES, LAST_NAMES } from './demo-names.js';
import { Random } from './random.js';
import { catalogIdFor } from '../imports/org-matcher.js';
import { insertRows } from '../../platform/bulk.js';

export type DemoProgress = (phase: string, done: number, total: number) => void;
export type DemoCounts = { departments: number; people: number; apps: number; users: number; attestations: number; comments: number; auditRows: number };

export const DEMO_PASSWORD = 'tandem-demo';
export const DEMO_ORGANISATION_NAME = 'Northwind Outfitters';
export const DEMO_EMAIL_DOMAIN = 'demo.example';

type DemoAccount = { email: string; role: Role; description: string; scopeDepartment: string | null };
const ACCOUNTS: readonly (DemoAccount & { persona: PersonaKey })[] = [
  { persona: 'it', email: 'it@demo.example', role: 'it_admin', description: 'Jordan Reyes, Head of IT — IT admin for the whole organisation', scopeDepartment: null },
  { persona: 'cmo', email: 'cmo@demo.example', role: 'marketing_lead', description: 'Morgan Lee, CMO — marketing lead, sees the Marketing department', scopeDepartment: 'Marketing' },
  { persona: 'finance', email: 'finance@demo.example', role: 'finance', description: 'Aisha Karim, VP Finance — finance, whole organisation', scopeDepartment: null },
  { persona: 'security', email: 'security@demo.example', role: 'security_reviewer', description: 'Tomás Alvarez — security & privacy reviewer, whole organisation', scopeDepartment: null },
  { persona: 'member', email: 'member@demo.example', role: 'member', description: 'Chris Walker, Account Executive — member of the Sales department', scopeDepartment: 'Sales' },
  { persona: 'auditor', email: 'auditor@demo.example', role: 'auditor', description: 'Helen Fischer, Internal Audit — read-only auditor, whole organisation', scopeDepartment: null },
];
/** The six demo sign-ins; all use DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: DemoAccount[] = ACCOUNTS.map(({ persona: _persona, ...account }) => account);

const SEED = 0x4e57_0001; // "NW", version 1 — change it and every name changes
const DAY = 86_400_000;
const HOUR = 3_600_000;
const YEARS_OF_HIRING = 8 * 365;
const HISTORY_DAYS = 540;
const LEAVER_SHARE = 0.06;
const COMMENT_TARGET = 300;

// ---------------------------------------------------------------------------------------------
// Generated shapes

export type DemoDepartment = { id: string; name: DeptName; headId: string };
export type DemoPerson = {
  id: string; name: string; email: string; title: string; department: DeptName; departmentId: string;
  managerId: string | null; level: 'head' | 'director' | 'manager' | 'staff'; status: 'active' | 'leaver';
  startDate: string; endDate: string | null; persona: PersonaKey | null;
};
export type DemoVendor = { id: string; name: string; website: string };
export type DemoApp = {
  id: string; spec: DemoAppSpec; vendorId: string; departmentNames: DeptName[]; departmentIds: string[];
  lifecycleStatus: Lifecycle; businessOwnerId: string; itOwnerId: string; dataClasses: DataClass[];
  ssoSupport: boolean; mfaSupport: boolean; scimSupport: boolean; seats: number | null;
  nextAttestationExpiry: string | null; createdAt: number; updatedAt: number;
};
export type DemoAttestation = { id: string; appId: string; type: AttestationType; issuedOn: string; expiresOn: string | null; notes: string | null; createdAt: number };
export type DemoUser = { id: string; email: string; name: string; role: Role; scopeDepartmentIds: string[]; personId: string; createdAt: number };
export type DemoComment = { id: string; appId: string; authorId: string; authorLabel: string; body: string; mentionIds: string[]; createdAt: number };
export type DemoAudit = {
  id: string; at: number; actorId: string; actorLabel: string; action: string; entityType: string; entityId: string;
  entityLabel: string; appId: string; departmentIds: string[]; before: unknown; after: unknown;
};
export type DemoOrganisation = {
  departments: DemoDepartment[]; people: DemoPerson[]; vendors: DemoVendor[]; apps: DemoApp[];
  attestations: DemoAttestation[]; users: DemoUser[]; comments: DemoComment[]; audit: DemoAudit[];
};

// ---------------------------------------------------------------------------------------------
// Dates

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** A moment during office hours (UTC) on the day `daysAgo` days before `todayMs`. */
function officeTime(rng: Random, todayMs: number, daysAgo: number): number {
  return todayMs - daysAgo * DAY + 8 * HOUR + Math.floor(rng.float() * 10 * HOUR);
}

// ---------------------------------------------------------------------------------------------
// People

function buildPeople(todayMs: number): { departments: DemoDepartment[]; people: DemoPerson[] } {
  const rng = Random.stream(SEED, 'people');
  const ids = Random.stream(SEED, 'people-ids');
  const idBase = todayMs - HISTORY_DAYS * DAY;
  let idSeq = 0;
  const nextId = () => ids.uuidv7(idBase + idSeq++);

  const usedLocals = new Set<string>();
  const emailFor = (first: string, last: string) => {
    const base = `${emailPart(first)}.${emailPart(last)}`;
    let local = base;
    for (let n = 2; usedLocals.has(local); n++) local = `${base}${n}`;
    usedLocals.add(local);
    return `${local}@${DEMO_EMAIL_DOMAIN}`;
  };
  const personaNames = new Set(DEMO_PERSONAS.map((p) => `${p.first} ${p.last}`));
  const personaEmails = new Map(DEMO_PERSONAS.map((p) => [p.key, emailFor(p.first, p.last)]));
  const randomName = (): [string, string] => {
    for (;;) {
      const first = rng.pick(FIRST_NAMES);
      const last = rng.pick(LAST_NAMES);
      if (!personaNames.has(`${first} ${last}`)) return [first, last];
    }
  };
  const startDaysAgo = (level: DemoPerson['level']) => {
    if (level === 'head') return rng.int(900, YEARS_OF_HIRING);
    if (level === 'director') return rng.int(500, YEARS_OF_HIRING);
    if (level === 'manager') return rng.int(150, YEARS_OF_HIRING);
    return Math.round(14 + (YEARS_OF_HIRING - 14) * Math.pow(rng.float(), 1.6));
  };

  const departments: DemoDepartment[] = [];
  const people: DemoPerson[] = [];
  for (const spec of DEPARTMENTS) {
    const departmentId = nextId();
    const here = DEMO_PERSONAS.filter((p) => p.department === spec.name);
    const make = (level: DemoPerson['level'], title: string, managerId: string | null, persona: (typeof DEMO_PERSONAS)[number] | null = null): DemoPerson => {
      const [first, last] = persona ? [persona.first, persona.last] : randomName();
      const p: DemoPerson = {
        id: nextId(), name: `${first} ${last}`, email: persona ? personaEmails.get(persona.key)! : emailFor(first, last), title,
        department: spec.name, departmentId, managerId, level, status: 'active',
        startDate: isoDay(todayMs - startDaysAgo(level) * DAY), endDate: null, persona: persona?.key ?? null,
      };
      people.push(p);
      return p;
    };

    const headPersona = here.find((p) => p.slot === 'head') ?? null;
    const head = make('head', headPersona?.title ?? spec.headTitle, null, headPersona);
    departments.push({ id: departmentId, name: spec.name, headId: head.id });

    const nDirectors = spec.directorTitles.length ? Math.min(spec.directorTitles.length, Math.max(1, Math.round(spec.size / 70))) : 0;
    const directors = Array.from({ length: nDirectors }, (_, i) => make('director', spec.directorTitles[i], head.id));
    const managerPersonas = here.filter((p) => p.slot === 'manager');
    for (const persona of managerPersonas) make('manager', persona.title, head.id, persona);
    const remaining = spec.size - 1 - nDirectors - managerPersonas.length;
    const nManagers = Math.max(2, Math.round(remaining / 9));
    const managers = Array.from({ length: nManagers }, (_, i) => {
      const title = i < spec.managerTitles.length ? spec.managerTitles[i] : rng.pick(spec.managerTitles);
      return make('manager', title, directors.length ? directors[i % directors.length].id : head.id);
    });
    const staffPersonas = here.filter((p) => p.slot === 'staff');
    for (const persona of staffPersonas) make('staff', persona.title, managers[0].id, persona);
    for (let i = 0; i < remaining - nManagers - staffPersonas.length; i++) make('staff', rng.weighted(spec.staffTitles), managers[i % nManagers].id);
  }

  // Leavers: individual contributors who left in the last six months.
  const candidates = people.filter((p) => p.level === 'staff' && !p.persona);
  for (const p of rng.sample(candidates, Math.round(people.length * LEAVER_SHARE))) {
    const endDaysAgo = rng.int(3, 180);
    p.status = 'leaver';
    p.endDate = isoDay(todayMs - endDaysAgo * DAY);
    if (dayMs(p.startDate) > todayMs - (endDaysAgo + 45) * DAY) p.startDate = isoDay(todayMs - Math.min(YEARS_OF_HIRING, endDaysAgo + rng.int(45, 900)) * DAY);
  }
  return { departments, people };
}

// ---------------------------------------------------------------------------------------------
// Apps, attestations, comments and history

type Step = { to: Lifecycle; at: number; reason: string; actor: PersonaKey };

const OWNER_OVERRIDES: Readonly<Record<string, { business?: PersonaKey; it?: PersonaKey }>> = {
  'HubSpot Marketing Hub': { business: 'cmo' },
  'Marketo Engage': { business: 'cmo' },
  '6sense': { business: 'cmo' },
  'Google Ads': { business: 'cmo' },
  NetSuite: { business: 'finance' },
  Ramp: { business: 'finance' },
  'Bill.com': { business: 'finance' },
  Pigment: { business: 'finance' },
  Okta: { business: 'it', it: 'security' },
  Slack: { business: 'it' },
  'Google Workspace': { business: 'it', it: 'it' },
  '1Password': { business: 'security', it: 'security' },
  KnowBe4: { business: 'security' },
  Vanta: { business: 'security', it: 'security' },
  OneTrust: { it: 'security' },
  'CrowdStrike Falcon': { business: 'security' },
  'Chili Piper': { business: 'member' },
};

const REASONS: Record<Lifecycle, readonly string[]> = {
  discovered: ['Back to discovered: the original request was withdrawn.'],
  in_review: [
    'Found in the SSO logs; starting a security and procurement review.',
    'Requested by the team for a pilot; review started.',
    'Signed up on a company card; reviewing before we commit to a contract.',
    'Vendor shortlisted; security questionnaire sent.',
  ],
  approved: [
    'Security review passed: SOC 2 report and DPA on file.',
    'Approved after security and pricing review.',
    'Meets our SSO and data-handling requirements; approved for the requesting teams.',
    'Pilot went well and the contract is signed.',
  ],
  restricted: [
    'Overlaps with an approved tool: existing users only, no new seats.',
    'Vendor could not provide a current SOC 2 report; limited to non-confidential data.',
    'Approved for limited use only: no customer personal data.',
  ],
  retired: [
    'Replaced by an approved alternative; data exported and accounts closed.',
    'Usage dropped to a handful of people; contract not renewed.',
    'Consolidated into the standard tool for this category.',
  ],
};

const STATUS_GAP_DAYS: Record<Lifecycle, [number, number]> = {
  discovered: [1, 10], in_review: [1, 30], approved: [5, 45], restricted: [10, 400], retired: [60, 450],
};

const ANNUAL: ReadonlySet<AttestationType> = new Set(['soc2_type2', 'soc2_type1', 'pci_dss', 'csa_star']);
const TRIENNIAL: ReadonlySet<AttestationType> = new Set(['iso27001', 'iso27701']);

export function buildDemoOrganisation(now: Date = new Date()): DemoOrganisation {
  const nowMs = now.getTime();
  const todayMs = dayMs(isoDay(nowMs));
  const today = isoDay(nowMs);
  const soon = isoDay(todayMs + 90 * DAY);
  const setupMs = todayMs - (HISTORY_DAYS + 5) * DAY + 9 * HOUR;

  const { departments, people } = buildPeople(todayMs);
  const deptByName = new Map(departments.map((d) => [d.name, d]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const personaPerson = new Map(people.filter((p) => p.persona).map((p) => [p.persona!, p]));
  const persona = (k: PersonaKey) => personaPerson.get(k)!;
  const activeIn = (dept: DeptName) => people.filter((p) => p.department === dept && p.status === 'active');
  const activeCount = new Map(DEPARTMENTS.map((d) => [d.name, activeIn(d.name).length]));
  const totalActive = people.filter((p) => p.status === 'active').length;
  const leaversIn = (dept: DeptName) => people.filter((p) => p.department === dept && p.status === 'leaver');
  const leadersIn = (dept: DeptName) => activeIn(dept).filter((p) => p.level !== 'staff' && !p.persona);

  // Users (the six demo accounts), created when the organisation was set up.
  const userIds = Random.stream(SEED, 'user-ids');
  const users: DemoUser[] = ACCOUNTS.map((a, i) => {
    const p = persona(a.persona);
    return {
      id: userIds.uuidv7(setupMs + i), email: a.email, name: p.name, role: a.role, personId: p.id, createdAt: setupMs + i,
      scopeDepartmentIds: a.scopeDepartment ? [deptByName.get(a.scopeDepartment as DeptName)!.id] : [],
    };
  });
  const userOf = new Map(ACCOUNTS.map((a, i) => [a.persona, users[i]]));

  const audit: Omit<DemoAudit, 'id'>[] = [];
  const record = (actor: PersonaKey, at: number, e: Omit<DemoAudit, 'id' | 'at' | 'actorId' | 'actorLabel'>) => {
    const u = userOf.get(actor)!;
    audit.push({ ...e, at, actorId: u.id, actorLabel: u.name });
  };

  // Vendors, in catalogue order.
  const vendorIds = Random.stream(SEED, 'vendor-ids');
  const vendors: DemoVendor[] = [];
  const vendorByName = new Map<string, DemoVendor>();
  for (const spec of DEMO_APPS) {
    if (vendorByName.has(spec.vendor)) continue;
    const v = { id: vendorIds.uuidv7(setupMs + vendors.length), name: spec.vendor, website: `https://${VENDOR_WEBSITES[spec.vendor] ?? spec.domain}` };
    vendors.push(v);
    vendorByName.set(spec.vendor, v);
  }

  // Apps.
  const rng = Random.stream(SEED, 'apps');
  const appIds = Random.stream(SEED, 'app-ids');
  const itPool = activeIn('IT').filter((p) => !p.persona);
  const itWeighted = itPool.map((p) => [p, /Administrator|Systems|Identity|SaaS|Operations Manager/.test(p.title) ? 3 : 1] as const);
  const allDeptNames = DEPARTMENTS.map((d) => d.name);

  type Draft = DemoApp & { primary: DeptName; steps: Step[]; createdBy: PersonaKey; initialStatus: Lifecycle; imported: boolean; ownerChange: { at: number; fromId: string; actor: PersonaKey } | null };
  const drafts: Draft[] = DEMO_APPS.map((spec) => {
    const departmentNames: DeptName[] = spec.departments === 'all' ? allDeptNames.slice() : spec.departments.slice();
    const primary: DeptName = spec.departments === 'all' ? (spec.category === 'hr' ? 'People & HR' : spec.category === 'finance' ? 'Finance' : 'IT') : spec.departments[0];
    const status = spec.status;
    const override = OWNER_OVERRIDES[spec.name] ?? {};

    // Business owner: a leader of the main department, sometimes the demo persona who runs it.
    let business: DemoPerson;
    if (override.business) business = persona(override.business);
    else if (primary === 'Marketing' && rng.chance(0.25)) business = persona('cmo');
    else if (primary === 'Finance' && rng.chance(0.3)) business = persona('finance');
    else if (primary === 'IT' && rng.chance(0.3)) business = persona('it');
    else {
      const leaders = leadersIn(primary);
      business = rng.weighted(leaders.map((p) => [p, p.level === 'head' ? 1 : p.level === 'director' ? 3 : 5] as const));
    }
    let itOwner: DemoPerson;
    if (override.it) itOwner = persona(override.it);
    else if ((spec.category === 'security_identity' || spec.category === 'legal_compliance') && rng.chance(0.55)) itOwner = persona('security');
    else if (rng.chance(0.18)) itOwner = persona('it');
    else itOwner = rng.weighted(itWeighted);

    const onPrem = spec.deployment === 'on_premise';
    const ssoChance = ({ approved: 0.93, in_review: 0.75, restricted: 0.6, retired: 0.65, discovered: 0.35 } as const)[status] * (onPrem ? 0.5 : 1);
    const ssoSupport = spec.sso === false ? false : rng.chance(ssoChance);
    const mfaSupport = rng.chance(ssoSupport ? 0.97 : 0.75);
    const scimSupport = ssoSupport && rng.chance(spec.departments === 'all' ? 0.9 : status === 'approved' ? 0.55 : 0.3);

    let seats: number | null;
    if (spec.category === 'developer_infra' && rng.chance(0.35)) seats = null;
    else if (status === 'discovered') seats = rng.int(3, 25);
    else if (spec.departments === 'all') seats = Math.round(totalActive * (0.96 + rng.float() * 0.04));
    else {
      let n = 0;
      departmentNames.forEach((d, i) => (n += (activeCount.get(d) ?? 0) * (i === 0 ? 0.3 + rng.float() * 0.7 : 0.05 + rng.float() * 0.35)));
      seats = Math.max(2, Math.round(n));
    }

    // When it entered the inventory, and how it got to its current status.
    const imported = status !== 'discovered' && status !== 'in_review' && rng.chance(0.6);
    let createdAt: number;
    if (imported) createdAt = officeTime(rng, todayMs, rng.int(HISTORY_DAYS - 10, HISTORY_DAYS));
    else if (status === 'discovered') createdAt = officeTime(rng, todayMs, rng.int(3, 150));
    else if (status === 'in_review') createdAt = officeTime(rng, todayMs, rng.int(20, 300));
    else createdAt = officeTime(rng, todayMs, rng.int(60, 500));

    let path: Lifecycle[];
    if (imported) path = status === 'approved' ? ['approved'] : ['approved', status];
    else if (status === 'discovered') path = ['discovered'];
    else if (status === 'in_review') path = ['discovered', 'in_review'];
    else if (status === 'approved') path = rng.chance(0.2) ? ['discovered', 'approved'] : ['discovered', 'in_review', 'approved'];
    else if (status === 'restricted') path = ['discovered', 'in_review', 'restricted'];
    else path = ['discovered', 'in_review', 'approved', 'retired'];

    const marketing = primary === 'Marketing';
    const steps: Step[] = [];
    let t = createdAt;
    for (let i = 1; i < path.length; i++) {
      const to = path[i];
      if (!canTransition(path[i - 1], to)) throw new Error(`demo: bad lifecycle path for ${spec.name}`);
      const left = path.length - i;
      const room = (nowMs - 12 * HOUR - t) / (left + 0.5);
      const [lo, hi] = STATUS_GAP_DAYS[to];
      const gap = Math.floor(Math.max(HOUR, Math.min(rng.int(lo, hi) * DAY + rng.int(0, 8) * HOUR, room * 0.9)));
      t += gap;
      const actor: PersonaKey =
        to === 'restricted' ? 'security'
        : to === 'approved' ? (rng.chance(0.5) ? 'security' : 'it')
        : marketing && rng.chance(0.5) ? 'cmo' : 'it';
      steps.push({ to, at: t, reason: rng.pick(REASONS[to]), actor });
    }

    const department = departmentNames.map((n) => deptByName.get(n)!.id);
    return {
      id: appIds.uuidv7(createdAt), spec, vendorId: vendorByName.get(spec.vendor)!.id, departmentNames, departmentIds: department,
      lifecycleStatus: status, businessOwnerId: business.id, itOwnerId: itOwner.id, dataClasses: spec.dataClasses.slice(),
      ssoSupport, mfaSupport, scimSupport, seats, nextAttestationExpiry: null, createdAt, updatedAt: steps.length ? steps[steps.length - 1].at : createdAt,
      primary, steps, createdBy: marketing && rng.chance(0.5) ? 'cmo' : 'it', initialStatus: path[0], imported, ownerChange: null,
    };
  });

  // Owners who have left: a few apps still point at them (to be reassigned), others were handed over.
  const ownerRng = Random.stream(SEED, 'owners');
  const established = ownerRng.shuffle(drafts.filter((d) => d.lifecycleStatus === 'approved' || d.lifecycleStatus === 'restricted'));
  let orphaned = 0;
  let handedOver = 0;
  for (const d of established) {
    const owner = personById.get(d.businessOwnerId)!;
    const leavers = leaversIn(d.primary);
    if (orphaned < 3 && !owner.persona && !OWNER_OVERRIDES[d.spec.name] && leavers.length) {
      d.businessOwnerId = ownerRng.pick(leavers).id;
      orphaned++;
      continue;
    }
    if (handedOver >= 24) continue;
    const early = leavers.filter((l) => dayMs(l.endDate!) > d.createdAt + 7 * DAY);
    let from: DemoPerson | null = null;
    let at = 0;
    if (early.length && ownerRng.chance(0.6)) {
      from = ownerRng.pick(early);
      at = dayMs(from.endDate!) + ownerRng.int(1, 14) * DAY + ownerRng.int(8, 16) * HOUR + ownerRng.int(0, HOUR - 1);
    } else {
      const others = leadersIn(d.primary).filter((p) => p.id !== d.businessOwnerId);
      if (!others.length) continue;
      from = ownerRng.pick(others);
      at = d.createdAt + ownerRng.int(20, Math.max(21, Math.floor((nowMs - d.createdAt) / DAY) - 2)) * DAY;
    }
    if (at >= nowMs - HOUR || at <= d.createdAt) continue;
    d.ownerChange = { at, fromId: from.id, actor: d.primary === 'Marketing' ? 'cmo' : 'it' };
    d.updatedAt = Math.max(d.updatedAt, at);
    handedOver++;
  }

  // Attestations.
  const attRng = Random.stream(SEED, 'attestations');
  const attIds = Random.stream(SEED, 'attestation-ids');
  const attestations: DemoAttestation[] = [];
  for (const d of drafts) {
    const s = d.lifecycleStatus;
    const hasCP = d.dataClasses.includes('customer_personal');
    const hasPersonal = hasCP || d.dataClasses.includes('employee');
    const types: AttestationType[] = [];
    const p = {
      approved: { soc2: 0.9, iso: d.dataClasses.length ? 0.6 : 0.45, dpa: 0.75 },
      in_review: { soc2: 0.55, iso: 0.3, dpa: 0.3 },
      restricted: { soc2: 0.6, iso: 0.25, dpa: 0.4 },
      retired: { soc2: 0.55, iso: 0.2, dpa: 0.2 },
      discovered: { soc2: 0.12, iso: 0.05, dpa: 0 },
    }[s];
    if (attRng.chance(p.soc2)) types.push('soc2_type2');
    else if (s !== 'discovered' && attRng.chance(0.4)) types.push('soc2_type1');
    if (attRng.chance(p.iso)) {
      types.push('iso27001');
      if (s === 'approved' && attRng.chance(0.18)) types.push('iso27701');
    }
    if (hasPersonal && attRng.chance(p.dpa)) types.push('gdpr_dpa');
    if (s === 'approved' || s === 'in_review') {
      if (d.spec.category === 'ecommerce_payments' ? attRng.chance(0.95) : d.spec.category === 'finance' && d.dataClasses.includes('financial') && attRng.chance(0.25)) types.push('pci_dss');
      if (d.spec.category === 'hr' && attRng.chance(0.2)) types.push('hipaa_baa');
      if (attRng.chance(0.1)) types.push('csa_star');
    }

    const pExpired = s === 'retired' ? 0.8 : s === 'restricted' ? 0.35 : 0.07;
    for (const type of types) {
      const validity = ANNUAL.has(type) ? 365 : TRIENNIAL.has(type) ? 1095 : type === 'gdpr_dpa' ? 730 : 0;
      const openEnded = validity === 0 || (type === 'gdpr_dpa' && attRng.chance(0.8));
      let issuedOn: string;
      let expiresOn: string | null = null;
      let notes: string | null = null;
      if (openEnded) {
        issuedOn = isoDay(todayMs - attRng.int(60, 1000) * DAY);
        if (type === 'gdpr_dpa' && attRng.chance(0.3)) notes = 'Signed with the order form; sub-processor list reviewed.';
      } else {
        const u = attRng.float();
        let offset: number;
        if (u < pExpired) offset = -(s === 'retired' ? attRng.int(30, 400) : attRng.int(1, 150));
        else if (u < pExpired + 0.08) offset = attRng.int(1, 30);
        else if (u < pExpired + 0.18) offset = attRng.int(31, 90);
        else offset = attRng.int(91, validity - 10);
        expiresOn = isoDay(todayMs + offset * DAY);
        issuedOn = isoDay(todayMs + (offset - validity) * DAY);
        if (offset < 0) notes = s === 'retired' ? 'Not renewed: the app is retired.' : attRng.chance(0.5) ? 'Renewal report requested from the vendor.' : null;
        else if (offset <= 90 && type === 'soc2_type2' && attRng.chance(0.4)) notes = 'Bridge letter requested to cover the gap until the next report.';
        else if (type === 'soc2_type2' && attRng.chance(0.08)) notes = 'One exception noted in the report; not relevant to how we use the product.';
      }
      // Recorded in Tandem once both the app and the document existed.
      let at = Math.max(d.createdAt + attRng.int(1, 120) * HOUR, dayMs(issuedOn) + attRng.int(2, 25) * DAY + attRng.int(8, 17) * HOUR);
      if (at >= nowMs - HOUR) at = nowMs - attRng.int(2, 30) * HOUR;
      if (at <= d.createdAt) at = d.createdAt + 10 * 60_000;
      attestations.push({ id: attIds.uuidv7(at), appId: d.id, type, issuedOn, expiresOn, notes, createdAt: at });
      if (expiresOn && (!d.nextAttestationExpiry || expiresOn < d.nextAttestationExpiry)) d.nextAttestationExpiry = expiresOn;
      record(attRng.chance(0.7) ? 'security' : 'it', at, {
        action: 'attestation.create', entityType: 'attestation', entityId: '', entityLabel: d.spec.name, appId: d.id, departmentIds: d.departmentIds,
        before: null, after: { type, issuedOn, expiresOn, ...(notes ? { notes } : {}) },
      });
      audit[audit.length - 1].entityId = attestations[attestations.length - 1].id;
    }
  }

  // App history: creation, lifecycle moves, owner hand-overs.
  for (const d of drafts) {
    const originalOwner = d.ownerChange ? d.ownerChange.fromId : d.businessOwnerId;
    record(d.createdBy, d.createdAt, {
      action: 'app.create', entityType: 'app', entityId: d.id, entityLabel: d.spec.name, appId: d.id, departmentIds: d.departmentIds, before: null,
      after: {
        name: d.spec.name, vendor: d.spec.vendor, category: d.spec.category, description: d.spec.description, website: `https://${d.spec.domain}`,
        businessOwnerId: originalOwner, itOwnerId: d.itOwnerId, departmentIds: d.departmentIds, deploymentModel: d.spec.deployment,
        dataClasses: d.dataClasses, ssoSupport: d.ssoSupport, mfaSupport: d.mfaSupport, scimSupport: d.scimSupport, seats: d.seats,
        lifecycleStatus: d.initialStatus,
      },
    });
    let from = d.initialStatus;
    for (const step of d.steps) {
      record(step.actor, step.at, {
        action: 'app.lifecycle', entityType: 'app', entityId: d.id, entityLabel: d.spec.name, appId: d.id, departmentIds: d.departmentIds,
        before: { lifecycleStatus: from }, after: { lifecycleStatus: step.to, reason: step.reason },
      });
      from = step.to;
    }
    if (d.ownerChange) {
      const before = personById.get(d.ownerChange.fromId)!;
      const after = personById.get(d.businessOwnerId)!;
      record(d.ownerChange.actor, d.ownerChange.at, {
        action: 'app.update', entityType: 'app', entityId: d.id, entityLabel: d.spec.name, appId: d.id, departmentIds: d.departmentIds,
        before: { businessOwnerId: before.id, businessOwnerName: before.name }, after: { businessOwnerId: after.id, businessOwnerName: after.name },
      });
    }
  }

  // Comments: short threads on a weighted sample of apps.
  const statusSince = new Map(drafts.map((d) => [d.id, d.steps.length ? d.steps[d.steps.length - 1].at : d.createdAt]));
  const comments = buildComments(drafts, statusSince, people, persona, userOf, nowMs, today, soon);
  for (const c of comments) {
    const d = drafts.find((x) => x.id === c.appId)!;
    const author = users.find((u) => u.id === c.authorId)!;
    const key = ACCOUNTS.find((a) => a.email === author.email)!.persona;
    record(key, c.createdAt, {
      action: 'comment.create', entityType: 'comment', entityId: c.id, entityLabel: d.spec.name, appId: d.id, departmentIds: d.departmentIds,
      before: null, after: { body: c.body, mentionIds: c.mentionIds },
    });
  }

  // Audit ids are UUIDv7 from the event time, so they sort like the history; nudge equal times apart.
  audit.sort((a, b) => a.at - b.at);
  for (let i = 1; i < audit.length; i++) if (audit[i].at <= audit[i - 1].at) audit[i].at = audit[i - 1].at + 1;
  const auditRows: DemoAudit[] = audit.map((e) => ({ ...e, id: uuidv7(e.at) }));

  const apps: DemoApp[] = drafts.map(({ primary: _p, steps: _s, createdBy: _c, initialStatus: _i, imported: _m, ownerChange: _o, ...app }) => app);
  return { departments, people, vendors, apps, attestations, users, comments, audit: auditRows };
}

function buildComments(
  apps: readonly DemoApp[], statusSince: ReadonlyMap<string, number>, people: readonly DemoPerson[], persona: (k: PersonaKey) => DemoPerson, userOf: Map<PersonaKey, DemoUser>,
  nowMs: number, today: string, soon: string,
): DemoComment[] {
  const rng = Random.stream(SEED, 'comments');
  const ids = Random.stream(SEED, 'comment-ids');
  const localOf = (p: DemoPerson) => p.email.slice(0, p.email.indexOf('@'));
  const personByLocal = new Map(people.map((p) => [localOf(p), p]));
  const personById = new Map(people.map((p) => [p.id, p]));
  const handle = (p: DemoPerson) => `@${localOf(p)}`;
  const h = Object.fromEntries((['it', 'cmo', 'finance', 'security', 'member', 'auditor'] as const).map((k) => [k, handle(persona(k))])) as Record<PersonaKey, string>;

  const weight: Record<Lifecycle, number> = { approved: 1, restricted: 1.6, in_review: 2, discovered: 1.6, retired: 0.6 };
  const order = apps
    .map((a) => ({ a, key: Math.pow(rng.float(), 1 / (weight[a.lifecycleStatus] * (a.departmentNames.includes('Marketing') ? 1.3 : 1))) }))
    .sort((x, y) => y.key - x.key)
    .map((x) => x.a);

  const out: DemoComment[] = [];
  for (const app of order) {
    if (out.length >= COMMENT_TARGET) break;
    const next = app.nextAttestationExpiry;
    const ctx: CommentContext = {
      app: app.spec.name, vendor: app.spec.vendor, owner: handle(personById.get(app.businessOwnerId)!), itOwner: handle(personById.get(app.itOwnerId)!),
      seats: app.seats, expiry: next ? formatDay(next) : null, expired: !!next && next < today, expiringSoon: !!next && next >= today && next <= soon,
      personalData: app.dataClasses.includes('customer_personal'), status: app.lifecycleStatus, sso: app.ssoSupport, scim: app.scimSupport,
      marketing: app.departmentNames.includes('Marketing'), sales: app.departmentNames.includes('Sales'), orgWide: app.departmentNames.length === DEPARTMENTS.length, h,
    };
    const allowed = (t: CommentTemplate) => (t.author !== 'cmo' || ctx.marketing) && (t.author !== 'member' || ctx.sales) && t.author !== 'auditor' && (!t.when || t.when(ctx));
    const length = rng.weighted([[1, 30], [2, 30], [3, 22], [4, 12], [5, 6]] as const);
    const used = new Set<CommentTemplate>();
    // The conversation is about the app as it is now, so it starts once the app reached its status.
    const since = statusSince.get(app.id) ?? app.createdAt;
    let t = since + DAY + Math.floor(rng.float() * Math.max(HOUR, nowMs - 3 * DAY - since - DAY));
    if (t >= nowMs - HOUR) t = since + rng.int(1, 6) * HOUR;
    if (t >= nowMs - HOUR) continue;
    let last: PersonaKey | null = null;
    for (let i = 0; i < length && out.length < COMMENT_TARGET; i++) {
      const wantReply = i > 0 && rng.chance(0.65);
      const pool = COMMENT_TEMPLATES.filter((tpl) => allowed(tpl) && !used.has(tpl) && tpl.author !== last && (i === 0 ? tpl.kind === 'open' : wantReply ? tpl.kind === 'reply' : tpl.kind === 'open'));
      if (!pool.length) break;
      const tpl = rng.pick(pool);
      used.add(tpl);
      if (i > 0) t += rng.int(1, 96) * HOUR + rng.int(0, 59) * 60_000;
      if (t >= nowMs - 60_000) break;
      const body = tpl.text(ctx);
      const mentionIds = mentionHandles(body).map((l) => personByLocal.get(l)?.id).filter((x): x is string => !!x);
      const author = userOf.get(tpl.author)!;
      out.push({ id: ids.uuidv7(t), appId: app.id, authorId: author.id, authorLabel: author.name, body, mentionIds, createdAt: t });
      last = tpl.author;
    }
  }
  return out;
}

const DOMAIN_TABLES = 'match_stats, signin_events, signin_daily, signin_users, oauth_grants, idp_apps, discovered_apps, discovered_users, discovery_decisions, transactions, match_texts, import_rows, import_errors, import_file_chunks, import_mappings, imports, alias_rules, comments, attestations, documents, app_departments, apps, vendors, sessions, api_tokens, login_failures, users, people, departments, settings, audit_log';
const ZERO: DemoCounts = { departments: 0, people: 0, apps: 0, users: 0, attestations: 0, comments: 0, auditRows: 0 };

/**
 * Loads the demo organisation in one transaction. With `reset` it first empties every domain
 * table (same transaction, so a failure leaves the old data in place); without it, it does
 * nothing unless the organisation is empty (no people, no apps).
 */
export async function loadDemo(database: Database, opts: { reset?: boolean; onProgress?: DemoProgress; now?: Date } = {}): Promise<DemoCounts> {
  const org = buildDemoOrganisation(opts.now ?? new Date());
  // All six accounts share the password, so one (deliberately slow) argon2 hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const progress = opts.onProgress ?? (() => {});
  const step = async (phase: string, total: number, run: () => Promise<unknown>) => {
    progress(phase, 0, total);
    await run();
    progress(phase, total, total);
  };

  return database.db.transaction(async (tx) => {
    // Two processes starting on the same empty database: the second waits, then finds it loaded.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('tandem.demo.load'))`);
    if (opts.reset) {
      await step('reset', 1, () => tx.execute(sql.raw(`TRUNCATE TABLE ${DOMAIN_TABLES} CASCADE`)));
    } else {
      const r = (await tx.execute(sql`SELECT (EXISTS (SELECT 1 FROM people) OR EXISTS (SELECT 1 FROM apps)) AS busy`)) as unknown as { rows: { busy: boolean }[] };
      if (r.rows[0]?.busy) return { ...ZERO };
    }

    await step('departments', org.departments.length, () =>
      insertRows(tx, 'departments', [['id', 'uuid'], ['name', 'text'], ['head_id', 'uuid']], org.departments.map((d) => [d.id, d.name, d.headId])));
    await step('people', org.people.length, () =>
      insertRows(tx, 'people',
        [['id', 'uuid'], ['email', 'text'], ['name', 'text'], ['title', 'text'], ['department_id', 'uuid'], ['manager_id', 'uuid'], ['status', 'text'], ['start_date', 'date'], ['end_date', 'date']],
        org.people.map((p) => [p.id, p.email, p.name, p.title, p.departmentId, p.managerId, p.status, p.startDate, p.endDate])));
    await step('vendors', org.vendors.length, () =>
      insertRows(tx, 'vendors', [['id', 'uuid'], ['name', 'text'], ['website', 'text']], org.vendors.map((v) => [v.id, v.name, v.website])));
    await step('apps', org.apps.length, async () => {
      await insertRows(tx, 'apps',
        [
          ['id', 'uuid'], ['name', 'text'], ['vendor_id', 'uuid'], ['category', 'text'], ['description', 'text'], ['website', 'text'],
          ['lifecycle_status', 'text'], ['business_owner_id', 'uuid'], ['it_owner_id', 'uuid'], ['deployment_model', 'text'], ['data_classes', 'text[]'],
          ['sso_support', 'boolean'], ['mfa_support', 'boolean'], ['scim_support', 'boolean'], ['seats', 'int'], ['department_ids', 'uuid[]'],
          ['next_attestation_expiry', 'date'], ['created_at', 'timestamptz'], ['updated_at', 'timestamptz'], ['catalog_id', 'text'],
        ],
        org.apps.map((a) => [
          a.id, a.spec.name, a.vendorId, a.spec.category, a.spec.description, `https://${a.spec.domain}`, a.lifecycleStatus, a.businessOwnerId, a.itOwnerId,
          a.spec.deployment, a.dataClasses, a.ssoSupport, a.mfaSupport, a.scimSupport, a.seats, a.departmentIds, a.nextAttestationExpiry, a.createdAt, a.updatedAt,
          catalogIdFor(a.spec.name, a.spec.domain),
        ]));
      await insertRows(tx, 'app_departments', [['app_id', 'uuid'], ['department_id', 'uuid']], org.apps.flatMap((a) => a.departmentIds.map((d) => [a.id, d])));
    });
    await step('attestations', org.attestations.length, () =>
      insertRows(tx, 'attestations',
        [['id', 'uuid'], ['app_id', 'uuid'], ['type', 'text'], ['issued_on', 'date'], ['expires_on', 'date'], ['notes', 'text'], ['created_at', 'timestamptz']],
        org.attestations.map((a) => [a.id, a.appId, a.type, a.issuedOn, a.expiresOn, a.notes, a.createdAt])));
    await step('users', org.users.length, () =>
      insertRows(tx, 'users',
        [['id', 'uuid'], ['email', 'text'], ['name', 'text'], ['password_hash', 'text'], ['role', 'text'], ['scope_department_ids', 'uuid[]'], ['person_id', 'uuid'], ['created_at', 'timestamptz']],
        org.users.map((u) => [u.id, u.email, u.name, passwordHash, u.role, u.scopeDepartmentIds, u.personId, u.createdAt])));
    await step('api tokens', 3, () => {
      // Integrations a real organisation would have; their secrets are random and never shown.
      const admin = org.users.find((u) => u.role === 'it_admin')!;
      const marketing = org.departments.find((d) => d.name === 'Marketing')!.id;
      const day = 86_400_000;
      const t = (opts.now ?? new Date()).getTime();
      return insertRows(tx, 'api_tokens',
        [['id', 'uuid'], ['name', 'text'], ['token_hash', 'text'], ['prefix', 'text'], ['role', 'text'], ['scope_department_ids', 'uuid[]'], ['created_by', 'uuid'], ['created_at', 'timestamptz'], ['expires_at', 'timestamptz'], ['last_used_at', 'timestamptz'], ['revoked_at', 'timestamptz']],
        [
          [uuidv7(t - 200 * day), 'Looker inventory dashboard', sha256(randomBytes(32).toString('hex')), 'tdm_Lk7q2x', 'auditor', [], admin.id, t - 200 * day, null, t - 2 * day, null],
          [uuidv7(t - 40 * day), 'Marketing ops sheet sync', sha256(randomBytes(32).toString('hex')), 'tdm_Mq9v4c', 'marketing_lead', [marketing], admin.id, t - 40 * day, t + 50 * day, t - 1 * day, null],
          [uuidv7(t - 400 * day), 'Zapier (old workspace)', sha256(randomBytes(32).toString('hex')), 'tdm_Zp3n8w', 'it_admin', [], admin.id, t - 400 * day, null, t - 120 * day, t - 95 * day],
        ]);
    });
    await step('comments', org.comments.length, () =>
      insertRows(tx, 'comments',
        [['id', 'uuid'], ['app_id', 'uuid'], ['author_id', 'uuid'], ['author_label', 'text'], ['body', 'text'], ['mention_ids', 'uuid[]'], ['created_at', 'timestamptz']],
        org.comments.map((c) => [c.id, c.appId, c.authorId, c.authorLabel, c.body, c.mentionIds, c.createdAt])));
    await step('history', org.audit.length, () =>
      insertRows(tx, 'audit_log',
        [
          ['id', 'uuid'], ['at', 'timestamptz'], ['actor_type', 'text'], ['actor_id', 'text'], ['actor_label', 'text'], ['action', 'text'], ['entity_type', 'text'],
          ['entity_id', 'text'], ['entity_label', 'text'], ['app_id', 'uuid'], ['department_ids', 'uuid[]'], ['before', 'jsonb'], ['after', 'jsonb'], ['request_id', 'text'],
        ],
        org.audit.map((e) => [e.id, e.at, 'user', e.actorId, e.actorLabel, e.action, e.entityType, e.entityId, e.entityLabel, e.appId, e.departmentIds, e.before, e.after, 'demo-load'])));
    await tx.execute(sql`INSERT INTO settings (key, value) VALUES ('organisation_name', ${DEMO_ORGANISATION_NAME}), ('demo_loaded', 'true')
      ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`);

    return {
      departments: org.departments.length, people: org.people.length, apps: org.apps.length, users: org.users.length,
      attestations: org.attestations.length, comments: org.comments.length, auditRows: org.audit.length,
    };
  });
}
