/**
 * A plain CSV of apps (an inventory kept in a spreadsheet, or another SaaS-management tool's export).
 * Columns are found by synonyms; category and lifecycle text is mapped onto Tandem's own enums here so
 * that a typo is reported against its line instead of silently becoming a default.
 */
import { CATEGORIES, CATEGORY_LABELS, LIFECYCLE, LIFECYCLE_LABELS, type Category, type Lifecycle } from '../../../../shared/enums.js';
import { csvRecords, hasForeignColumns, headRows, normKey, readText, skipBlank } from './hr.js';
import { FormatError, type AppRow, type BadRow, type FileSource, type OnBytes } from './types.js';

type Field = 'name' | 'vendor' | 'category' | 'businessOwner' | 'itOwner' | 'departments' | 'url' | 'status' | 'seats' | 'notes';

/** Header synonyms, normalised (see normKey), best first. */
const SYNONYMS: Record<Field, string[]> = {
  name: ['name', 'appname', 'app', 'application', 'applicationname', 'tool', 'toolname', 'software', 'softwarename'],
  vendor: ['vendor', 'vendorname', 'publisher', 'company', 'provider', 'supplier', 'manufacturer'],
  category: ['category', 'type', 'apptype', 'appcategory', 'function'],
  businessOwner: ['businessowner', 'businessowneremail', 'owner', 'owneremail', 'appowner', 'applicationowner', 'budgetowner'],
  itOwner: ['itowner', 'itowneremail', 'technicalowner', 'technicalowneremail', 'techowner', 'admin', 'administrator'],
  departments: ['departments', 'department', 'teams', 'team', 'usedby'],
  url: ['url', 'website', 'domain', 'homepage', 'loginurl', 'link'],
  status: ['status', 'lifecycle', 'lifecyclestatus', 'stage', 'state'],
  seats: ['seats', 'licenses', 'licences', 'licensecount', 'licencecount', 'seatcount', 'numberofseats', 'noofseats', 'purchasedseats', 'paidseats'],
  notes: ['notes', 'note', 'description', 'comments', 'comment'],
};
const FIELDS = Object.keys(SYNONYMS) as Field[];

type Columns = Partial<Record<Field, number[]>>;

/** Column indexes per field; notes may come from several columns, every other field from its best one. */
function mapColumns(header: string[]): Columns {
  const keys = header.map(normKey);
  const out: Columns = {};
  for (const f of FIELDS) {
    const found = SYNONYMS[f].map((s) => keys.indexOf(s)).filter((i) => i !== -1);
    if (found.length) out[f] = f === 'notes' ? found : [found[0]];
  }
  return out;
}

// An e-mail column as the row's key is an employee list, which the HR parser reads.
const PERSON_KEYS = new Set(['email', 'workemail', 'emailaddress', 'employeeid', 'firstname', 'lastname']);

/** True when the file's first lines have a header naming apps plus some inventory column. */
export function sniffAppsCsv(head: string): boolean {
  const start = head.replace(/^\ufeff/, '').trimStart();
  if (!start || start[0] === '{' || start[0] === '[' || start[0] === '<') return false;
  for (const cells of headRows(start)) {
    const keys = cells.map(normKey);
    if (hasForeignColumns(keys) || keys.some((k) => PERSON_KEYS.has(k))) return false;
    const cols = mapColumns(cells);
    if (cols.name && FIELDS.some((f) => f !== 'name' && f !== 'notes' && cols[f])) return true;
  }
  return false;
}

const fold = (s: string): string => s.trim().toLowerCase().replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Free text → category id: the id, the label, a part of a label ("Analytics" of "Analytics & CDP"), or a common word. */
const CATEGORY_BY_TEXT: Map<string, Category> = (() => {
  const m = new Map<string, Category>();
  const parts = new Map<string, Category | null>();
  for (const c of CATEGORIES) {
    m.set(fold(c), c);
    m.set(fold(CATEGORY_LABELS[c]), c);
    for (const p of CATEGORY_LABELS[c].split(/&|,/).map(fold)) parts.set(p, parts.has(p) && parts.get(p) !== c ? null : c);
  }
  for (const [p, c] of parts) if (c && !m.has(p)) m.set(p, c);
  const aliases: [string, Category][] = [
    ['marketing automation', 'email_automation'], ['email marketing', 'email_automation'], ['ads', 'advertising'], ['paid media', 'advertising'],
    ['seo', 'seo_content'], ['content', 'seo_content'], ['social media', 'social'], ['events', 'webinars_events'], ['webinar', 'webinars_events'],
    ['cms', 'cms_web'], ['website', 'cms_web'], ['design', 'dam_creative'], ['creative', 'dam_creative'], ['crm', 'crm_sales'], ['sales', 'crm_sales'],
    ['ecommerce', 'ecommerce_payments'], ['payments', 'ecommerce_payments'], ['analytics', 'analytics_cdp'], ['project management', 'collaboration_pm'],
    ['collaboration', 'collaboration_pm'], ['chat', 'communication'], ['messaging', 'communication'], ['video conferencing', 'communication'],
    ['security', 'security_identity'], ['identity', 'security_identity'], ['engineering', 'developer_infra'], ['developer tools', 'developer_infra'],
    ['infrastructure', 'developer_infra'], ['accounting', 'finance'], ['human resources', 'hr'], ['people', 'hr'], ['support', 'customer_support'],
    ['helpdesk', 'customer_support'], ['help desk', 'customer_support'], ['office', 'productivity'], ['legal', 'legal_compliance'], ['compliance', 'legal_compliance'],
    ['bi', 'data_bi'], ['business intelligence', 'data_bi'], ['data', 'data_bi'], ['it', 'it_operations'], ['itsm', 'it_operations'], ['it ops', 'it_operations'],
  ];
  for (const [a, c] of aliases) if (!m.has(a)) m.set(a, c);
  return m;
})();

/** Free text → lifecycle status. "In use" means the company runs it, which Tandem calls approved. */
const LIFECYCLE_BY_TEXT: Map<string, Lifecycle> = (() => {
  const m = new Map<string, Lifecycle>();
  for (const l of LIFECYCLE) {
    m.set(fold(l), l);
    m.set(fold(LIFECYCLE_LABELS[l]), l);
  }
  const words: Record<Lifecycle, string[]> = {
    discovered: ['new', 'unreviewed', 'not reviewed', 'shadow', 'shadow it', 'unmanaged', 'detected', 'found', 'unknown'],
    in_review: ['review', 'under review', 'pending', 'pending review', 'pending approval', 'requested', 'proposed', 'evaluating', 'evaluation', 'trial', 'pilot', 'poc', 'proof of concept'],
    approved: ['active', 'in use', 'live', 'production', 'sanctioned', 'standard', 'supported', 'adopted', 'current', 'deployed', 'managed', 'allowed'],
    restricted: ['limited', 'blocked', 'banned', 'not approved', 'unsanctioned', 'prohibited', 'deprecated', 'phasing out', 'sunsetting', 'on hold'],
    retired: ['inactive', 'decommissioned', 'cancelled', 'canceled', 'churned', 'ended', 'sunset', 'sunsetted', 'discontinued', 'offboarded', 'expired', 'removed', 'archived', 'not in use', 'unused'],
  };
  for (const l of LIFECYCLE) for (const w of words[l]) m.set(w, l);
  return m;
})();

export function categoryOf(text: string): Category | null {
  return CATEGORY_BY_TEXT.get(fold(text)) ?? null;
}

export function lifecycleOf(text: string): Lifecycle | null {
  return LIFECYCLE_BY_TEXT.get(fold(text)) ?? null;
}

function splitList(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/[;,|]/)) {
    const v = part.trim();
    if (v && !out.some((o) => o.toLowerCase() === v.toLowerCase())) out.push(v);
  }
  return out;
}

const owner = (s: string): string | null => (s ? (s.includes('@') ? s.toLowerCase() : s) : null);

export interface ParseAppsOptions {
  onBytes?: OnBytes;
}

/** Apps from a CSV, one per line, in file order. */
export async function* parseAppsCsv(src: FileSource, opts: ParseAppsOptions = {}): AsyncGenerator<AppRow | BadRow> {
  const { lineOffset, text } = await skipBlank(readText(src, opts.onBytes));
  let header: string[] | null = null;
  let cols: Columns = {};
  let scanned = 0;
  const seen = new Map<string, number>();
  for await (const r of csvRecords(text, lineOffset)) {
    if (!header) {
      const cells = r.cells.map((c) => c.trim());
      const m = mapColumns(cells);
      // A spreadsheet export may open with a title line; the header is the first row naming the app column.
      if (m.name) [header, cols] = [cells, m];
      else if (++scanned >= 10) throw new FormatError('No header row with an app name column (name, app, application or tool) in the first 10 lines');
      continue;
    }
    if (r.cells.every((c) => !c.trim())) continue;
    const h = header;
    const cell = (f: Field): string => (cols[f] ? (r.cells[cols[f][0]] ?? '').trim() : '');
    const column = (f: Field): string => (cols[f] ? h[cols[f][0]] : f);
    const bad = (f: Field, reason: string): BadRow => ({ bad: true, line: r.line, column: column(f), reason, raw: r.raw.slice(0, 500) });

    const name = cell('name');
    if (!name) {
      yield bad('name', 'No app name');
      continue;
    }
    const first = seen.get(name.toLowerCase());
    if (first !== undefined) {
      yield bad('name', `${name} is listed twice (first on line ${first})`);
      continue;
    }
    seen.set(name.toLowerCase(), r.line);

    let lifecycleStatus: Lifecycle | null = null;
    if (cell('status')) {
      lifecycleStatus = lifecycleOf(cell('status'));
      if (!lifecycleStatus) {
        yield bad('status', `Unknown lifecycle status "${cell('status')}" (expected one of ${LIFECYCLE.map((l) => LIFECYCLE_LABELS[l]).join(', ')}, or e.g. "in use", "trial", "cancelled")`);
        continue;
      }
    }
    let seats: number | null = null;
    if (cell('seats')) {
      const digits = cell('seats').replace(/[\s,'_]/g, '');
      if (!/^\d+$/.test(digits) || !Number.isSafeInteger(Number(digits))) {
        yield bad('seats', `"${cell('seats')}" is not a whole number of seats`);
        continue;
      }
      seats = Number(digits);
    }
    const notes = (cols.notes ?? []).map((i) => (r.cells[i] ?? '').trim()).filter(Boolean);
    yield {
      line: r.line,
      name,
      vendor: cell('vendor') || null,
      // Unknown category text is not an error: the pipeline falls back to the catalog's category.
      category: cell('category') ? categoryOf(cell('category')) : null,
      businessOwner: owner(cell('businessOwner')),
      itOwner: owner(cell('itOwner')),
      departments: splitList(cell('departments')),
      url: cell('url') || null,
      lifecycleStatus,
      seats,
      notes: notes.length ? [...new Set(notes)].join('\n') : null,
    };
  }
  if (!header) throw new FormatError(scanned ? 'No header row with an app name column (name, app, application or tool)' : 'The file is empty');
}
