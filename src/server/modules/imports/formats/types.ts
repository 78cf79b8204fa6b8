/**
 * The contract between the import pipeline and the format parsers.
 *
 * A parser is pure: it reads the uploaded file through `FileSource` (it may open it more than once,
 * e.g. to decide day-first/month-first dates for the whole file before emitting rows) and yields
 * rows or bad rows in file order. It never touches the database. Memory stays bounded: parsers
 * stream, they never read the whole file into one string.
 */
import type { Readable } from 'node:stream';

export interface FileSource {
  /** A fresh stream of the file's bytes from the start. */
  open(): Readable;
  /** Size in bytes. */
  size: number;
  /** The original file name (for detection by extension only as a tie-breaker). */
  name: string;
}

/** Progress reporting: parsers call it now and then with bytes read so far (of FileSource.size). */
export type OnBytes = (bytesRead: number) => void;

export interface BadRow {
  bad: true;
  /** 1-based physical line in the file where the record starts (XML: the element's start line). */
  line: number;
  /** Column or field name (header name, XML path, JSON key) when the problem is in one field. */
  column?: string;
  reason: string;
  /** The raw record (truncated to 500 characters) when available. */
  raw?: string;
}

/** One money movement from a card/expense CSV, OFX/QFX or camt.053 statement. */
export interface TransactionRow {
  bad?: false;
  line: number;
  /** The format's own id (FITID, AcctSvcrRef/NtryRef, Ramp External ID, Brex Id, Revolut ID…), or null. */
  externalId: string | null;
  /** Account the id is unique in (OFX ACCTID, camt IBAN, card last 4), or null. */
  account: string | null;
  /** ISO date YYYY-MM-DD: the transaction (swipe) date when given, else the posting date. */
  date: string;
  /** Spend is positive, refunds/credits negative, whatever the file's own sign convention. Minor units (cents). */
  amountMinor: number;
  /** ISO 4217, upper case. */
  currency: string;
  /** The raw descriptor to match (statement descriptor, NAME/MEMO, creditor name, AddtlNtryInf). */
  description: string;
  /** A cleaner merchant name when the format gives one separately (Brex/Ramp Merchant Name). */
  merchant: string | null;
  /** Card holder / user name or e-mail as the file gives it. */
  cardholder: string | null;
  department: string | null;
  /** ISO 18245 MCC digits. */
  mcc: string | null;
  /** The provider's own category (Ramp Category, Brex Category, Chase Category…). */
  category: string | null;
}

export interface PersonRow {
  bad?: false;
  line: number;
  email: string;
  name: string;
  title: string | null;
  department: string | null;
  /** Manager as e-mail when known, else as employee id or display name (resolved by the pipeline). */
  managerEmail: string | null;
  managerRef: string | null;
  employeeId: string | null;
  status: 'active' | 'leaver';
  startDate: string | null;
  endDate: string | null;
}

export interface AppRow {
  bad?: false;
  line: number;
  name: string;
  vendor: string | null;
  category: string | null;
  /** Owner e-mail or name. */
  businessOwner: string | null;
  itOwner: string | null;
  departments: string[];
  url: string | null;
  lifecycleStatus: string | null;
  seats: number | null;
  notes: string | null;
}

/** Column mapping for any CSV: each target names the header it comes from. */
export interface CardMapping {
  date: string;
  /** Either `amount` (signed) or `debit` and/or `credit` (unsigned pair). */
  amount?: string;
  debit?: string;
  credit?: string;
  /** For `amount`: which sign is spend in this file. Default 'positive'. */
  spendSign?: 'positive' | 'negative';
  currency?: string;
  description: string;
  merchant?: string;
  cardholder?: string;
  department?: string;
  mcc?: string;
  category?: string;
  externalId?: string;
  /** 'dmy' | 'mdy' | 'ymd' forces the date order; otherwise decided per file. */
  dateOrder?: 'dmy' | 'mdy' | 'ymd';
  /** Used when no currency column. Default 'USD'. */
  defaultCurrency?: string;
}

/**
 * The whole file cannot be read as this format (empty, truncated XML, not CSV, undecodable, a line
 * beyond the size limit). `line` says where, when known. Rows already yielded are discarded by the caller.
 */
export class FormatError extends Error {
  constructor(
    message: string,
    readonly line?: number,
    readonly column?: string,
  ) {
    super(line ? `line ${line}${column ? `, ${column}` : ''}: ${message}` : message);
    this.name = 'FormatError';
  }
}

/** Longest record (CSV record, JSON element) accepted; beyond it the file is rejected, not buffered. */
export const MAX_RECORD_BYTES = 1 << 20;

/** One sign-in from an identity provider's log (issue 6): the usage signal per app, person and day. */
export interface SignInRow {
  bad?: false;
  kind: 'signin';
  line: number;
  /** The provider's event id (Okta `uuid`, Entra `id`, Google `id.uniqueQualifier`), for de-duplication. */
  externalId: string | null;
  /** ISO 8601 instant in UTC. */
  at: string;
  /** The person: e-mail / UPN, lower-cased; null when the event names nobody. */
  user: string | null;
  userName: string | null;
  /** The application's display name for matching; null when it is only a generic template name. */
  appName: string | null;
  /** A second name (Okta `alternateId`, the admin's label). */
  appAlternate: string | null;
  /** The provider's app / client id (Okta app instance id, Entra `appId`, Google OAuth client id). */
  appId: string | null;
  /** success = usage; failure is not usage; interrupted (MFA prompt and the like) is neither failure nor, by itself, usage. */
  outcome: 'success' | 'failure' | 'interrupted';
  source: 'okta' | 'entra' | 'google_login';
  ip: string | null;
}

/** An OAuth grant or revocation (Okta consent/token events, Google token audit). */
export interface GrantRow {
  bad?: false;
  kind: 'grant';
  line: number;
  externalId: string | null;
  at: string;
  user: string | null;
  appName: string | null;
  clientId: string | null;
  scopes: string[];
  action: 'grant' | 'revoke';
  source: 'okta' | 'google_token';
}

/**
 * An application object from the identity provider's app list (Okta `GET /api/v1/apps[/{id}]`): names
 * the client id that consent events carry alone (formats.md 1.3).
 */
export interface IdpAppRow {
  bad?: false;
  kind: 'idp_app';
  line: number;
  /** Okta app instance id; for OIDC apps also the OAuth client id. */
  appId: string;
  clientId: string | null;
  /** The admin's label ("ExampleVendorClient"), else the catalogue name. */
  label: string | null;
  /** The catalogue (OIN) template name, e.g. "oidc_client", "slack". */
  name: string | null;
  source: 'okta';
}

export type DiscoveryRow = SignInRow | GrantRow | IdpAppRow;
