/**
 * Card and expense CSV exports (Amex, Chase, Capital One, Brex, Ramp, Expensify, Mercury, Revolut,
 * QuickBooks and Xero bank uploads) and any other CSV through a column mapping.
 *
 * Layouts are recognised by the set of header names, never by position: Brex and Ramp column order is
 * not fixed and Ramp admins choose columns. Day-first vs month-first is a property of the file, so it is
 * decided from all the file's dates in a first pass before any row is emitted (see decideDateOrder).
 * Header names, date formats and sign conventions come from the team's research notes on card exports
 * ("Discovery input formats", §4); sample files are in test/fixtures/imports/card-expense-csv.
 */
import { normalizeHeader, readCsv, NoHeaderError, HeaderIndex, type CsvRecord, type CsvTable, type Delimiter } from './csv-read.js';
import { FormatError, type BadRow, type CardMapping, type FileSource, type OnBytes, type TransactionRow } from './types.js';

export type DateOrder = 'dmy' | 'mdy' | 'ymd';
/** Header names (any case/spacing) or patterns over normalised names; the first present non-empty one wins. */
type Cols = readonly (string | RegExp)[];

/** How rows of one layout become transactions. */
export interface CardSpec {
  /** Transaction (swipe) date first, then posting date. */
  date: Cols;
  /** Signed amount column, or an unsigned debit (spend) / credit (money in) pair. */
  amount: { column: string; spendSign: 'positive' | 'negative' } | { debit?: string; credit?: string };
  /** Used when the file has no useful day-first/month-first evidence. */
  dateOrder: DateOrder;
  /** Forces the order instead of deciding it from the file. */
  fixedDateOrder?: boolean;
  currency?: Cols;
  defaultCurrency: string;
  description: Cols;
  /** Join all present description columns instead of taking the first (Xero: payee + description). */
  joinDescription?: boolean;
  merchant?: Cols;
  cardholder?: Cols;
  department?: Cols;
  mcc?: Cols;
  category?: Cols;
  externalId?: Cols;
  account?: Cols;
  /** Rows whose column has one of these values (case-insensitive) are booked; others are skipped. */
  onlyWhen?: { column: string; values: readonly string[] };
  /** Rows whose column has one of these values are not spend and are skipped. */
  skipWhen?: { column: string; values: readonly string[] };
}

export interface CardPreset extends CardSpec {
  id: string;
  label: string;
  /** Names that must all be present. */
  required: readonly string[];
  /** At least one name of each group must be present. */
  requiredAny?: readonly (readonly string[])[];
  /** Other names of this export; each present one adds to the detection score. */
  optional?: readonly string[];
  /** No other names may appear: for generic headers (`Date,Description,Amount`) a custom export must not pass. */
  closed?: boolean;
}

const AMEX_US_EXTRA = ['Card Member', 'Account #', 'Extended Details', 'Appears On Your Statement As', 'Address', 'City/State', 'Zip Code', 'Country', 'Reference', 'Category'];
const AMEX_COMMON = {
  date: ['Date'],
  amount: { column: 'Amount', spendSign: 'positive' },
  description: ['Appears On Your Statement As', 'Description'],
  category: ['Category'],
  externalId: ['Reference'],
} as const;

export const CARD_PRESETS: readonly CardPreset[] = [
  {
    id: 'amex',
    label: 'American Express (US)',
    required: ['Date', 'Description', 'Amount'],
    optional: AMEX_US_EXTRA,
    closed: true,
    ...AMEX_COMMON,
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    cardholder: ['Card Member'],
    account: ['Account #'],
  },
  {
    id: 'amex_uk',
    label: 'American Express (UK)',
    required: ['Date', 'Description', 'Amount'],
    requiredAny: [['Town/City', 'Postcode']],
    optional: ['Extended Details', 'Appears On Your Statement As', 'Address', 'Country', 'Reference', 'Category', 'Card Member', 'Account #'],
    closed: true,
    ...AMEX_COMMON,
    dateOrder: 'dmy',
    defaultCurrency: 'GBP',
    cardholder: ['Card Member'],
    account: ['Account #'],
  },
  {
    id: 'chase_credit',
    label: 'Chase credit card',
    required: ['Transaction Date', 'Post Date', 'Description', 'Type', 'Amount'],
    optional: ['Category', 'Memo'],
    date: ['Transaction Date', 'Post Date'],
    // Purchases are negative; Payment and Return rows are positive and stay as money in.
    amount: { column: 'Amount', spendSign: 'negative' },
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    description: ['Description'],
    category: ['Category'],
  },
  {
    id: 'chase_checking',
    label: 'Chase checking / savings',
    required: ['Details', 'Posting Date', 'Description', 'Amount', 'Type', 'Balance'],
    optional: ['Check or Slip #'],
    date: ['Posting Date'],
    amount: { column: 'Amount', spendSign: 'negative' },
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    description: ['Description'],
  },
  {
    id: 'capital_one',
    label: 'Capital One card',
    required: ['Transaction Date', 'Posted Date', 'Description', 'Debit', 'Credit'],
    optional: ['Card No.', 'Category'],
    date: ['Transaction Date', 'Posted Date'],
    amount: { debit: 'Debit', credit: 'Credit' },
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    description: ['Description'],
    category: ['Category'],
    account: ['Card No.'],
  },
  {
    id: 'brex',
    label: 'Brex card',
    required: ['Amount', 'Statement Descriptor'],
    requiredAny: [['Swipe Date (UTC)', 'Posted Date', 'Posted Date (UTC)']],
    optional: [
      'Type', 'Outstanding Balance', 'User', 'Department', 'Location', 'Transaction Source', 'Merchant Name', 'Brex Category',
      'Integration Category', 'Last 4', 'Memo', 'Integration Department', 'Integration Class', 'Integration Location',
      'Integration Date', 'Integration Category Fully Qualified Name', 'Id',
    ],
    date: ['Swipe Date (UTC)', 'Posted Date', 'Posted Date (UTC)'],
    amount: { column: 'Amount', spendSign: 'positive' },
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    description: ['Statement Descriptor', 'Merchant Name'],
    merchant: ['Merchant Name'],
    cardholder: ['User'],
    department: ['Department'],
    category: ['Brex Category'],
    externalId: ['Id'],
    account: ['Last 4'],
    // Paying the Brex bill moves no money to a vendor.
    skipWhen: { column: 'Type', values: ['Payment to Brex'] },
  },
  {
    id: 'ramp',
    label: 'Ramp',
    required: ['Transaction Date', 'Amount', 'Merchant Name'],
    optional: [
      'Transaction Time', 'Clearing Date', 'Clearing Time', 'User', 'Cardholder Name', 'Merchant Description', 'Ramp Category',
      'Ramp Department', 'Ramp Location', 'Card Last 4', 'Card Display Name', 'Card Present', 'Memo', 'Merchant City',
      'Merchant State', 'Accounting Category', 'Accounting Category Code', 'Accounting Department', 'Accounting Location',
      'Accounting Sync Date', 'QuickBooks Category', 'QuickBooks Customer/Job', 'QuickBooks Billable', 'Transaction Link',
      'Has Receipt', 'Receipts Link', 'External ID', 'Header Memo',
    ],
    date: ['Transaction Date', 'Clearing Date'],
    amount: { column: 'Amount', spendSign: 'positive' },
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    description: ['Merchant Description', 'Merchant Name'],
    merchant: ['Merchant Name'],
    // `Cardholder Name` before June 2021.
    cardholder: ['User', 'Cardholder Name'],
    department: ['Ramp Department'],
    category: ['Ramp Category'],
    externalId: ['External ID'],
    account: ['Card Last 4'],
  },
  {
    id: 'expensify',
    label: 'Expensify',
    required: ['Timestamp', 'Merchant', 'Amount'],
    optional: ['MCC', 'Category', 'Tag', 'Comment', 'Reimbursable', 'Original Currency', 'Original Amount', 'Receipt'],
    date: ['Timestamp'],
    // `Amount` is in the account currency; `Original Currency` belongs to `Original Amount` only.
    amount: { column: 'Amount', spendSign: 'positive' },
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    description: ['Merchant'],
    mcc: ['MCC'],
    category: ['Category'],
  },
  {
    id: 'mercury',
    label: 'Mercury',
    // 14-column layout ends at `Original Currency`; the 19-column one adds Mercury Category … Tracking ID.
    required: ['Date (UTC)', 'Description', 'Amount', 'Status', 'Bank Description'],
    optional: [
      'Source Account', 'Reference', 'Note', 'Last Four Digits', 'Name On Card', 'Mercury Category', 'Category', 'GL Code',
      'Timestamp', 'Original Currency', 'Check Number', 'Tags', 'Cardholder Email', 'Tracking ID',
    ],
    date: ['Date (UTC)'],
    amount: { column: 'Amount', spendSign: 'negative' },
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    description: ['Bank Description', 'Description'],
    merchant: ['Description'],
    cardholder: ['Name On Card', 'Cardholder Email'],
    category: ['Mercury Category', 'Category'],
    externalId: ['Tracking ID'],
    account: ['Last Four Digits'],
    onlyWhen: { column: 'Status', values: ['Sent'] },
  },
  {
    id: 'revolut_business',
    label: 'Revolut Business',
    required: ['ID', 'Type', 'State', 'Description', 'Amount', 'Payment currency'],
    requiredAny: [['Date started (UTC)', 'Date completed (UTC)']],
    optional: [
      'Reference', 'Payer', 'Card number', 'Card label', 'Card state', 'Orig currency', 'Orig amount', 'Total amount',
      'Exchange rate', 'Fee', 'Fee currency', 'Balance', 'Account', 'International account number', 'Beneficiary account number',
      'Beneficiary sort code or routing number', 'Beneficiary IBAN', 'Beneficiary BIC', 'Beneficiary name', 'MCC',
      'Related transaction id', 'Spend program', 'Sender account', 'Sender name', 'Card references',
    ],
    date: ['Date started (UTC)', /^date started \(/, 'Date completed (UTC)', /^date completed \(/],
    // `Amount` excludes the fee (`Total amount` = Amount + Fee); the fee is not vendor spend.
    amount: { column: 'Amount', spendSign: 'negative' },
    // Revolut writes ISO dates; a re-saved file with DD/MM dates is European.
    dateOrder: 'dmy',
    currency: ['Payment currency'],
    defaultCurrency: 'EUR',
    description: ['Description'],
    cardholder: ['Payer', 'Card label'],
    mcc: ['MCC'],
    externalId: ['ID'],
    account: ['Account'],
    onlyWhen: { column: 'State', values: ['COMPLETED'] },
  },
  {
    id: 'quickbooks_3',
    label: 'QuickBooks Online bank upload (3 columns)',
    required: ['Date', 'Description', 'Amount'],
    closed: true,
    date: ['Date'],
    amount: { column: 'Amount', spendSign: 'negative' },
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    description: ['Description'],
  },
  {
    id: 'quickbooks_4',
    label: 'QuickBooks Online bank upload (4 columns)',
    required: ['Date', 'Description', 'Credit', 'Debit'],
    closed: true,
    date: ['Date'],
    // Intuit's UK article calls Credit "money out"; most guides (and QuickBooks' own import preview) treat
    // Credit as money in. We follow the majority: Debit = spend, Credit = money in.
    amount: { debit: 'Debit', credit: 'Credit' },
    dateOrder: 'mdy',
    defaultCurrency: 'USD',
    description: ['Description'],
  },
  {
    id: 'xero',
    label: 'Xero bank statement',
    // Template `*Date,*Amount,Payee,Description,Reference,Cheque Number`; normalizeHeader drops the `*`.
    required: ['Date', 'Amount', 'Payee'],
    optional: ['Description', 'Reference', 'Cheque Number'],
    closed: true,
    date: ['Date'],
    amount: { column: 'Amount', spendSign: 'negative' },
    dateOrder: 'dmy',
    defaultCurrency: 'USD',
    description: ['Payee', 'Description'],
    joinDescription: true,
  },
];

// ——— detection ———

export interface PresetMatch {
  preset: string;
  /** Header names of the preset present in the file. */
  score: number;
  /** Presets that match the header equally well (e.g. Amex's shortest export and QuickBooks 3-column). */
  alternatives?: string[];
}

function matchPreset(p: CardPreset, names: Set<string>, strict: boolean): { score: number; coverage: number } | null {
  const required = p.required.map(normalizeHeader);
  if (!required.every((n) => names.has(n))) return null;
  const groups = (p.requiredAny ?? []).map((g) => g.map(normalizeHeader));
  if (!groups.every((g) => g.some((n) => names.has(n)))) return null;
  const known = new Set([...required, ...groups.flat(), ...(p.optional ?? []).map(normalizeHeader)]);
  if (strict && p.closed) for (const n of names) if (!known.has(n)) return null;
  let score = 0;
  for (const n of names) if (known.has(n)) score++;
  return { score, coverage: score / known.size };
}

function headerNames(header: readonly string[]): Set<string> {
  return new Set(header.map(normalizeHeader).filter(Boolean));
}

/** The most specific preset whose header signature the file has, or null. */
export function detectCardPreset(header: readonly string[]): PresetMatch | null {
  const names = headerNames(header);
  const hits = CARD_PRESETS.flatMap((p) => {
    const m = matchPreset(p, names, true);
    return m ? [{ id: p.id, ...m }] : [];
  });
  if (!hits.length) return null;
  // Most matched names first; an equal count goes to the preset the header fills most completely.
  hits.sort((a, b) => b.score - a.score || b.coverage - a.coverage);
  const [best, ...rest] = hits;
  const alternatives = rest.filter((h) => h.score === best.score).map((h) => h.id);
  return alternatives.length ? { preset: best.id, score: best.score, alternatives } : { preset: best.id, score: best.score };
}

export function cardPreset(id: string): CardPreset | undefined {
  return CARD_PRESETS.find((p) => p.id === id);
}

/** A user's column mapping as a spec. */
export function mappingSpec(m: CardMapping): CardSpec {
  if (!m.amount && !m.debit && !m.credit) throw new FormatError('The column mapping needs an amount column, or a debit and/or credit column');
  const one = (c: string | undefined): Cols | undefined => (c ? [c] : undefined);
  return {
    date: [m.date],
    amount: m.amount ? { column: m.amount, spendSign: m.spendSign ?? 'positive' } : { debit: m.debit, credit: m.credit },
    dateOrder: m.dateOrder ?? 'mdy',
    fixedDateOrder: m.dateOrder !== undefined,
    currency: one(m.currency),
    defaultCurrency: (m.defaultCurrency ?? 'USD').toUpperCase(),
    description: [m.description],
    merchant: one(m.merchant),
    cardholder: one(m.cardholder),
    department: one(m.department),
    mcc: one(m.mcc),
    category: one(m.category),
    externalId: one(m.externalId),
  };
}

function mappedColumns(m: CardMapping): string[] {
  const cols = [m.date, m.amount, m.debit, m.credit, m.currency, m.description, m.merchant, m.cardholder, m.department, m.mcc, m.category, m.externalId];
  return cols.filter((c): c is string => !!c);
}

// ——— parsing ———

export interface CardCsvStats {
  /** Rows that are not bookable movements (pending, failed, bill payments), left out on purpose. */
  skipped: number;
  /** The date order used for the file. */
  dateOrder?: string;
  /** The preset used (detected or given), or 'mapping'. */
  preset?: string;
}

export interface CardCsvOptions {
  preset?: string;
  mapping?: CardMapping;
  onBytes?: OnBytes;
  stats?: CardCsvStats;
}

interface Col {
  index: number;
  name: string;
}

/** A spec bound to one file's header. */
interface Bound {
  spec: CardSpec;
  date: Col[];
  signed?: { col: Col; negate: boolean };
  debit?: Col;
  credit?: Col;
  currency: Col[];
  description: Col[];
  merchant: Col[];
  cardholder: Col[];
  department: Col[];
  mcc: Col[];
  category: Col[];
  externalId: Col[];
  account: Col[];
  only?: { col: Col; values: Set<string> };
  skip?: { col: Col; values: Set<string> };
  decimalComma: boolean;
  /** Header width, for the too-many-fields message. */
  columns: number;
}

function bind(spec: CardSpec, table: CsvTable): Bound {
  const { index, header } = table;
  const cols = (list: Cols | undefined): Col[] => {
    const out: Col[] = [];
    for (const c of list ?? []) {
      const i = typeof c === 'string' ? index.indexOf(c) : header.findIndex((h) => c.test(normalizeHeader(h)));
      if (i >= 0 && !out.some((o) => o.index === i)) out.push({ index: i, name: header[i] });
    }
    return out;
  };
  const filter = (f: { column: string; values: readonly string[] } | undefined) => {
    const col = f && cols([f.column])[0];
    return col && f ? { col, values: new Set(f.values.map((v) => v.toLowerCase())) } : undefined;
  };
  const a = spec.amount;
  return {
    spec,
    date: cols(spec.date),
    signed: 'column' in a && cols([a.column]).length ? { col: cols([a.column])[0], negate: a.spendSign === 'negative' } : undefined,
    debit: 'column' in a ? undefined : cols(a.debit ? [a.debit] : [])[0],
    credit: 'column' in a ? undefined : cols(a.credit ? [a.credit] : [])[0],
    currency: cols(spec.currency),
    description: cols(spec.description),
    merchant: cols(spec.merchant),
    cardholder: cols(spec.cardholder),
    department: cols(spec.department),
    mcc: cols(spec.mcc),
    category: cols(spec.category),
    externalId: cols(spec.externalId),
    account: cols(spec.account),
    only: filter(spec.onlyWhen),
    skip: filter(spec.skipWhen),
    // European exports pair `;` with a decimal comma.
    decimalComma: table.delimiter === ';',
    columns: header.length,
  };
}

const cell = (rec: CsvRecord, col: Col): string => (rec.cells[col.index] ?? '').trim();

function first(rec: CsvRecord, cols: Col[]): { value: string; col: Col } | null {
  for (const col of cols) {
    const value = cell(rec, col);
    if (value) return { value, col };
  }
  return null;
}

const firstValue = (rec: CsvRecord, cols: Col[]): string | null => first(rec, cols)?.value ?? null;

function isSkipped(b: Bound, rec: CsvRecord): boolean {
  if (b.only && !b.only.values.has(cell(rec, b.only.col).toLowerCase())) return true;
  return !!b.skip && b.skip.values.has(cell(rec, b.skip.col).toLowerCase());
}

/**
 * Rows of a card/expense CSV, spend positive, in file order. Skipped rows (pending, failed, bill
 * payments) yield nothing and are counted in `opts.stats.skipped`. Reads the file twice: once to decide
 * the date order (and, for the header `Date,Description,Amount`, Amex vs QuickBooks), once to emit.
 */
export async function* parseCardCsv(src: FileSource, opts: CardCsvOptions = {}): AsyncGenerator<TransactionRow | BadRow> {
  const stats = opts.stats ?? { skipped: 0 };
  // The first pass usually stops within the first rows (see scanFile), so only the second reports progress.
  let pass = 0;
  const onBytes: OnBytes | undefined = opts.onBytes && ((b) => (pass === 2 ? opts.onBytes!(b) : undefined));

  const { table, specs } = await openTable(src, opts, onBytes);
  const candidates = specs.map(({ id, spec }) => ({ id, bound: bind(spec, table) }));
  let chosen = candidates[0];
  let order = chosen.bound.spec.dateOrder;
  if (!chosen.bound.spec.fixedDateOrder || candidates.length > 1) {
    const scan = await scanFile(table, candidates.map((c) => c.bound));
    chosen = candidates[scan.bestSign];
    if (!chosen.bound.spec.fixedDateOrder) order = scan.order ?? chosen.bound.spec.dateOrder;
    pass = 1;
  } else pass = 2;
  pass = 2;
  const b = chosen.bound;
  stats.dateOrder = order;
  stats.preset = chosen.id;

  for await (const rec of table.records) {
    if (isSkipped(b, rec)) {
      stats.skipped++;
      continue;
    }
    const contradiction = order === 'dmy' || order === 'mdy' ? contradicts(b, rec, order) : null;
    yield contradiction ?? toRow(b, rec, order, table.delimiter);
  }
}

/** A date that can only be read the other way round from the order the file was decided on. */
function contradicts(b: Bound, rec: CsvRecord, order: 'dmy' | 'mdy'): BadRow | null {
  const d = first(rec, b.date);
  if (!d) return null;
  const vote = cachedVote(d.value);
  if (!vote || vote === order) return null;
  return {
    bad: true,
    line: rec.line,
    column: d.col.name,
    reason: `"${d.value}" is ${vote === 'dmy' ? 'day-first' : 'month-first'}, but the file's other dates are ${order === 'dmy' ? 'day-first' : 'month-first'}`,
  };
}

async function openTable(src: FileSource, opts: CardCsvOptions, onBytes: OnBytes | undefined): Promise<{ table: CsvTable; specs: { id: string; spec: CardSpec }[] }> {
  if (opts.mapping) {
    const spec = mappingSpec(opts.mapping);
    const wanted = mappedColumns(opts.mapping);
    const findHeader = (cells: string[]): boolean => {
      const idx = new HeaderIndex(cells);
      return wanted.every((c) => idx.has(c));
    };
    const table = await readCsv(src, { findHeader, onBytes }).catch(rethrowNoHeader(`No header row has the mapped columns ${wanted.map((c) => `"${c}"`).join(', ')}`));
    return { table, specs: [{ id: 'mapping', spec }] };
  }
  if (opts.preset) {
    const preset = cardPreset(opts.preset);
    if (!preset) throw new FormatError(`Unknown card CSV preset "${opts.preset}"`);
    // A preset the user chose is trusted with extra columns (strict=false).
    const findHeader = (cells: string[]): boolean => matchPreset(preset, headerNames(cells), false) !== null;
    const table = await readCsv(src, { findHeader, onBytes }).catch(
      rethrowNoHeader(`No header row with the ${preset.label} columns (${preset.required.join(', ')})`),
    );
    return { table, specs: [{ id: preset.id, spec: preset }] };
  }
  const table = await readCsv(src, { findHeader: (cells) => detectCardPreset(cells) !== null, onBytes }).catch(
    rethrowNoHeader('Unknown CSV layout: the columns match no known card or bank export; map the columns'),
  );
  const match = detectCardPreset(table.header)!;
  const ids = [match.preset, ...(match.alternatives ?? [])];
  return { table, specs: ids.map((id) => ({ id, spec: cardPreset(id)! })) };
}

function rethrowNoHeader(message: string) {
  return (err: unknown): never => {
    if (!(err instanceof NoHeaderError)) throw err;
    const seen = err.firstCells?.filter(Boolean).slice(0, 12);
    throw new FormatError(seen?.length ? `${message}. The first line has: ${seen.join(', ')}` : message);
  };
}

const SIGN_SAMPLE = 5000;

interface Scan {
  /** 'ymd' when every date is year-first; null when nothing decides. */
  order: DateOrder | null;
  /** Index of the candidate spec that reads most rows as spend (ties keep the first). */
  bestSign: number;
}

/**
 * First pass. A date like 15/03/2025 can only be day-first and 03/15/2025 only month-first; one such
 * date decides the file, both kinds in one file make it unreadable. Candidates with the same header
 * but opposite sign conventions are told apart by which one reads most rows as spend (on a card
 * statement purchases outnumber payments; on a bank account, money out outnumbers money in).
 */
async function scanFile(table: CsvTable, candidates: Bound[]): Promise<Scan> {
  let dmy: { line: number; value: string; column: string } | null = null;
  let mdy: { line: number; value: string; column: string } | null = null;
  const spend = candidates.map(() => 0);
  let twoPart = false;
  let yearFirst = false;
  let seen = 0;
  for await (const rec of table.records) {
    for (const col of candidates[0].date) {
      const value = cell(rec, col);
      const parts = value ? dateParts(value) : null;
      if (!parts) continue;
      if ('a' in parts) twoPart = true;
      else yearFirst = true;
      const vote = dateVote(value);
      if (vote === 'dmy' && !dmy) dmy = { line: rec.line, value, column: col.name };
      if (vote === 'mdy' && !mdy) mdy = { line: rec.line, value, column: col.name };
    }
    if (dmy && mdy) {
      const later = dmy.line > mdy.line ? dmy : mdy;
      throw new FormatError(
        `Dates are day-first on line ${dmy.line} ("${dmy.value}") but month-first on line ${mdy.line} ("${mdy.value}"); fix the file or map the columns with a fixed date order`,
        later.line,
        later.column,
      );
    }
    // One decisive date settles the order; a later contradiction becomes a bad row in the second pass.
    // Telling presets apart by sign needs a sample, not the whole file.
    seen++;
    if ((dmy || mdy) && (candidates.length === 1 || seen >= SIGN_SAMPLE)) break;
    if (candidates.length > 1 && seen <= SIGN_SAMPLE) {
      candidates.forEach((b, i) => {
        const amount = amountOf(b, rec, 'USD');
        if (typeof amount === 'number' && amount > 0) spend[i]++;
      });
    }
  }
  let bestSign = 0;
  spend.forEach((n, i) => {
    if (n > spend[bestSign]) bestSign = i;
  });
  const order = dmy ? 'dmy' : mdy ? 'mdy' : yearFirst && !twoPart ? 'ymd' : null;
  return { order, bestSign };
}

function toRow(b: Bound, rec: CsvRecord, order: DateOrder, delimiter: Delimiter): TransactionRow | BadRow {
  const bad = (reason: string, column?: string): BadRow => ({ bad: true, line: rec.line, ...(column ? { column } : {}), reason, raw: rawOf(rec, delimiter) });
  if (rec.extra > 0) return bad(`The row has ${rec.cells.length} fields but the header has ${b.columns} columns`);

  const d = first(rec, b.date);
  if (!d) return bad('The date is empty', b.date[0]?.name);
  const date = cachedDate(d.value, order);
  if (!date) return bad(`"${d.value}" is not a date (expected ${expectedDateFormat(d.value, order)})`, d.col.name);

  const cur = first(rec, b.currency);
  const currency = (cur?.value ?? b.spec.defaultCurrency).toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) return bad(`"${cur?.value}" is not a currency code`, cur?.col.name);

  const amount = amountOf(b, rec, currency);
  if (typeof amount !== 'number') return bad(amount.reason, amount.column);

  const joined = b.spec.joinDescription ? b.description.map((c) => cell(rec, c)).filter(Boolean).join(' ') : firstValue(rec, b.description);
  return {
    line: rec.line,
    externalId: cleanId(firstValue(rec, b.externalId)),
    account: cleanAccount(firstValue(rec, b.account)),
    date,
    amountMinor: amount,
    currency,
    description: joined ?? '',
    merchant: firstValue(rec, b.merchant),
    cardholder: firstValue(rec, b.cardholder),
    department: firstValue(rec, b.department),
    mcc: cleanMcc(firstValue(rec, b.mcc)),
    category: firstValue(rec, b.category),
  };
}

/** Spend-positive minor units, or why not. */
function amountOf(b: Bound, rec: CsvRecord, currency: string): number | { reason: string; column?: string } {
  const digits = minorDigits(currency);
  if (b.signed) {
    const { col, negate } = b.signed;
    const raw = cell(rec, col);
    if (!raw) return { reason: 'The amount is empty', column: col.name };
    const v = parseAmount(raw, digits, b.decimalComma);
    if (v === null) return { reason: `"${raw}" is not an amount`, column: col.name };
    return negate ? -v || 0 : v;
  }
  if (!b.debit && !b.credit) return { reason: 'The file has no amount column' };
  let total = 0;
  let any = false;
  for (const [col, sign] of [
    [b.debit, 1],
    [b.credit, -1],
  ] as const) {
    if (!col) continue;
    const raw = cell(rec, col);
    if (!raw) continue;
    const v = parseAmount(raw, digits, b.decimalComma);
    if (v === null) return { reason: `"${raw}" is not an amount`, column: col.name };
    // Some banks write the debit column with a minus; the column already says the direction.
    total += sign * Math.abs(v);
    any = true;
  }
  if (!any) return { reason: `Both ${[b.debit?.name, b.credit?.name].filter(Boolean).join(' and ')} are empty`, column: (b.debit ?? b.credit)!.name };
  return total || 0;
}

function rawOf(rec: CsvRecord, delimiter: Delimiter): string {
  const raw = rec.cells.join(delimiter);
  return raw.length > 500 ? raw.slice(0, 500) : raw;
}

/** Amex writes references as `'320250610000000001'` so Excel keeps the digits. */
function cleanId(v: string | null): string | null {
  if (!v) return null;
  const m = /^'(.*)'$/.exec(v);
  return (m ? m[1].trim() : v) || null;
}

/** Amex masks the account as `-91005`. */
function cleanAccount(v: string | null): string | null {
  if (!v) return null;
  return v.replace(/^-(?=\d+$)/, '') || null;
}

function cleanMcc(v: string | null): string | null {
  if (!v || !/^\d{1,4}$/.test(v)) return null;
  // A spreadsheet may have eaten the leading zero (0742 → 742).
  return v.padStart(4, '0');
}

// ——— amounts ———

/** ISO 4217 currencies whose minor unit is not 1/100 (the rest have cents). */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0,
  XOF: 0, XPF: 0, BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3, CLF: 4, UYW: 4,
};

export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2;
}

/**
 * An amount as written in a CSV to signed minor units, exactly (string arithmetic, no floats).
 * Accepts `1,234.56`, `(12.00)`, `12.00-`, `-$12.00`, `$ 12`, `£1,000`, `€12,50`, and the decimal comma:
 * always when `decimalComma` (`;` files: `1.234,56`), else when the value can only be one (`12,50`,
 * `1.234,56`). Digits beyond the currency's minor unit round half away from zero. Null if not an amount.
 */
export function parseAmount(raw: string, digits = 2, decimalComma = false): number | null {
  // Most exports write plain `-12.34`: read those without the general path's regexes and BigInt.
  if (digits === 2 && !decimalComma) {
    const p = PLAIN_AMOUNT.exec(raw);
    if (p) {
      const n = Number(p[2]) * 100 + Number(p[3]);
      return p[1] && n !== 0 ? -n : n;
    }
  }
  let s = raw.replace(/[\s\u00a0\u202f']/g, '');
  let negative = false;
  const flip = (re: RegExp): void => {
    const t = s.replace(re, '');
    if (t !== s) {
      negative = !negative;
      s = t;
    }
  };
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  flip(/[-\u2212]$/);
  flip(/^[-\u2212]/);
  s = s.replace(/^\+/, '');
  const sym = /^(?:[$£€]|US\$|[A-Z]{3}(?=\d))/.exec(s);
  if (sym) {
    s = s.slice(sym[0].length);
    flip(/^[-\u2212]/);
  }
  s = s.replace(/(?:[$£€]|[A-Z]{3})$/, '');

  let whole: string;
  let frac: string;
  const comma = decimalComma ? /^(\d{1,3}(?:\.\d{3})+|\d*),(\d+)$/ : /^(\d{1,3}(?:\.\d{3})*|\d*),(\d{1,2})$/;
  const dotThousands = /^\d{1,3}(?:\.\d{3})+$/;
  const dot = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?$/;
  let m: RegExpExecArray | null;
  if ((m = comma.exec(s))) [whole, frac] = [m[1].replace(/\./g, ''), m[2]];
  else if (decimalComma && dotThousands.test(s)) [whole, frac] = [s.replace(/\./g, ''), ''];
  else if ((m = dot.exec(s)) && (m[1] || m[2])) [whole, frac] = [m[1].replace(/,/g, ''), m[2] ?? ''];
  else return null;

  let units = BigInt((whole || '0') + frac.slice(0, digits).padEnd(digits, '0'));
  if (frac.length > digits && frac[digits] >= '5') units += 1n;
  const n = Number(units);
  if (!Number.isSafeInteger(n)) return null;
  return negative && n !== 0 ? -n : n;
}

const PLAIN_AMOUNT = /^(-?)(\d{1,13})\.(\d\d)$/;

// ——— dates ———

/** A file writes the same few hundred dates a million times: each text is read once (per date order). */
const dateCaches = new Map<DateOrder, Map<string, string | null>>();
const voteCache = new Map<string, 'dmy' | 'mdy' | null>();
function cachedDate(value: string, order: DateOrder): string | null {
  let cache = dateCaches.get(order);
  if (!cache) dateCaches.set(order, (cache = new Map()));
  let v = cache.get(value);
  if (v === undefined) {
    if (cache.size >= 50_000) cache.clear();
    cache.set(value, (v = parseDate(value, order)));
  }
  return v;
}
function cachedVote(value: string): 'dmy' | 'mdy' | null {
  let v = voteCache.get(value);
  if (v === undefined) {
    if (voteCache.size >= 50_000) voteCache.clear();
    voteCache.set(value, (v = dateVote(value)));
  }
  return v;
}

type DateParts = { y: number; m: number; d: number } | { y: number; a: number; b: number; shortYear: boolean };

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const fullYear = (y: string): number => (y.length === 4 ? Number(y) : Number(y) + (Number(y) < 70 ? 2000 : 1900));

/** The calendar parts of a date as written; any time of day after it is ignored (UTC stamps keep their written date). */
function dateParts(value: string): DateParts | null {
  const v = value.trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?=$|[T\s])/.exec(v) ?? /^(\d{4})(\d{2})(\d{2})(?=$|[T\s])/.exec(v);
  if (m) return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})(?=$|[T\s,])/.exec(v);
  if (m) return { y: fullYear(m[3]), a: Number(m[1]), b: Number(m[2]), shortYear: m[3].length === 2 };
  m = /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-](\d{4}|\d{2})(?=$|[T\s,])/.exec(v);
  if (m && monthOf(m[2])) return { y: fullYear(m[3]), m: monthOf(m[2]), d: Number(m[1]) };
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?=$|[T\s,])/.exec(v);
  if (m && monthOf(m[1])) return { y: Number(m[3]), m: monthOf(m[1]), d: Number(m[2]) };
  return null;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2999) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Which order a two-part date proves, if any (a date valid both ways, or neither, proves nothing). */
export function dateVote(value: string): 'dmy' | 'mdy' | null {
  const p = dateParts(value);
  if (!p || !('a' in p)) return null;
  const asDmy = isoDate(p.y, p.b, p.a) !== null;
  const asMdy = isoDate(p.y, p.a, p.b) !== null;
  return asDmy && !asMdy ? 'dmy' : asMdy && !asDmy ? 'mdy' : null;
}

/** ISO `YYYY-MM-DD`, or null when the value is not a date in the file's order. */
export function parseDate(value: string, order: DateOrder): string | null {
  const p = dateParts(value);
  if (!p) return null;
  if (!('a' in p)) return isoDate(p.y, p.m, p.d);
  // 'ymd' files with a two-digit year first (25/03/07) read year, month, day.
  if (order === 'ymd' && p.shortYear) return isoDate(fullYear(String(p.a).padStart(2, '0')), p.b, p.y % 100);
  return order === 'dmy' ? isoDate(p.y, p.b, p.a) : isoDate(p.y, p.a, p.b);
}

function expectedDateFormat(value: string, order: DateOrder): string {
  const sep = /\d([-/.])/.exec(value)?.[1] ?? '/';
  if (/^\d{4}/.test(value) || order === 'ymd') return ['YYYY', 'MM', 'DD'].join(sep);
  const year = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2}(?!\d)/.test(value) ? 'YY' : 'YYYY';
  return (order === 'dmy' ? ['DD', 'MM', year] : ['MM', 'DD', year]).join(sep);
}
