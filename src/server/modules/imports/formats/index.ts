/**
 * The formats an import can be, how each is recognised from the file's first bytes, and which parser
 * reads it. Detection looks at content; the file name only breaks ties.
 */
import { parseAppsCsv, sniffAppsCsv } from './apps-csv.js';
import { parseCamt053, sniffCamt053 } from './camt053.js';
import { CARD_PRESETS, detectCardPreset, parseCardCsv } from './card-csv.js';
import { previewCsv } from './csv-read.js';
import { readHead } from './decode.js';
import { parseEntra, sniffEntra } from './entra.js';
import { parseGoogleReports, sniffGoogleReports } from './google-reports.js';
import { parseHr, sniffHr } from './hr.js';
import { parseOkta, sniffOkta, sniffOktaApps } from './okta.js';
import { parseOfx, sniffOfx } from './ofx.js';
import type { AppRow, BadRow, CardMapping, DiscoveryRow, FileSource, OnBytes, PersonRow, TransactionRow } from './types.js';

import { IMPORT_FORMATS, type ImportFormat } from '../../../../shared/schemas/imports.js';

export { IMPORT_FORMATS, type ImportFormat };

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  card_csv: 'Card or expense CSV',
  ofx: 'OFX / QFX statement',
  camt053: 'ISO 20022 camt.053 statement',
  hr: 'HR employee list (CSV or JSON)',
  apps_csv: 'List of apps (CSV)',
  okta: 'Okta System Log (JSON)',
  entra: 'Microsoft Entra ID sign-ins',
  google_reports: 'Google Workspace Reports (login, SAML, token)',
};

/** What a format's rows become. */
export const FORMAT_KIND: Record<ImportFormat, 'transactions' | 'people' | 'apps' | 'signins'> = {
  card_csv: 'transactions',
  ofx: 'transactions',
  camt053: 'transactions',
  hr: 'people',
  apps_csv: 'apps',
  okta: 'signins',
  entra: 'signins',
  google_reports: 'signins',
};

/** `alternatives`: other card presets the header fits just as well (Amex's shortest export and QuickBooks' 3 columns share one). */
export type Detection = { format: ImportFormat; preset: string | null; label: string; alternatives?: string[] } | null;

export async function detectFormat(src: FileSource): Promise<Detection> {
  const head = await readHead(src, 64 * 1024);
  if (!head.trim()) return null;
  if (sniffCamt053(head)) return { format: 'camt053', preset: null, label: FORMAT_LABELS.camt053 };
  if (sniffOfx(head)) return { format: 'ofx', preset: null, label: FORMAT_LABELS.ofx };
  // Identity-provider logs before HR lists: both are JSON arrays of objects naming people.
  if (sniffOkta(head)) return { format: 'okta', preset: null, label: FORMAT_LABELS.okta };
  if (sniffOktaApps(head)) return { format: 'okta', preset: null, label: `${FORMAT_LABELS.okta}: app list` };
  if (sniffGoogleReports(head)) return { format: 'google_reports', preset: null, label: FORMAT_LABELS.google_reports };
  const entra = sniffEntra(head, src.name);
  if (entra) return { format: 'entra', preset: null, label: `${FORMAT_LABELS.entra} (${entra === 'entra_csv' ? 'CSV' : 'JSON'})` };
  const hr = sniffHr(head, src.name);
  if (hr) return { format: 'hr', preset: null, label: FORMAT_LABELS.hr };
  if (sniffAppsCsv(head)) return { format: 'apps_csv', preset: null, label: FORMAT_LABELS.apps_csv };
  try {
    const preview = await previewCsv(src, 1);
    const preset = detectCardPreset(preview.header);
    if (preset) {
      const p = CARD_PRESETS.find((x) => x.id === preset.preset);
      return { format: 'card_csv', preset: preset.preset, label: `${FORMAT_LABELS.card_csv}: ${p?.label ?? preset.preset}`, alternatives: preset.alternatives ?? [] };
    }
  } catch {
    return null;
  }
  return null;
}

export type ParseOptions = { preset?: string | null; mapping?: CardMapping | null; onBytes?: OnBytes; stats: { skipped: number } };

export function parseTransactions(format: ImportFormat, src: FileSource, o: ParseOptions): AsyncGenerator<TransactionRow | BadRow> {
  switch (format) {
    case 'card_csv':
      return parseCardCsv(src, { preset: o.preset ?? undefined, mapping: o.mapping ?? undefined, onBytes: o.onBytes, stats: o.stats });
    case 'ofx':
      return parseOfx(src, { onBytes: o.onBytes });
    case 'camt053':
      return parseCamt053(src, { onBytes: o.onBytes, stats: o.stats });
    default:
      throw new Error(`${format} does not hold transactions`);
  }
}

export function parseDiscovery(format: ImportFormat, src: FileSource, o: ParseOptions): AsyncGenerator<DiscoveryRow | BadRow> {
  switch (format) {
    case 'okta':
      return parseOkta(src, { onBytes: o.onBytes, stats: o.stats });
    case 'entra':
      return parseEntra(src, { onBytes: o.onBytes, stats: o.stats });
    case 'google_reports':
      return parseGoogleReports(src, { onBytes: o.onBytes, stats: o.stats });
    default:
      throw new Error(`${format} does not hold sign-ins`);
  }
}

export function parsePeople(src: FileSource, o: ParseOptions): AsyncGenerator<PersonRow | BadRow> {
  return parseHr(src, { onBytes: o.onBytes });
}

export function parseApps(src: FileSource, o: ParseOptions): AsyncGenerator<AppRow | BadRow> {
  return parseAppsCsv(src, { onBytes: o.onBytes });
}

export { CARD_PRESETS, detectCardPreset, previewCsv };
