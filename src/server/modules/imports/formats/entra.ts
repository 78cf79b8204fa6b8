/**
 * Microsoft Entra ID sign-in logs (issue 6): which of the Entra shapes a file is, and its sign-ins.
 * JSON shapes are read in entra-json.ts, CSV shapes in entra-csv.ts; both map onto one model there.
 *
 * What the rows mean: `status.errorCode` 0 is a success (usage); the interrupt codes (MFA prompt,
 * "stay signed in?") are neither usage nor failure; every other code is a failure, which is not usage.
 * Microsoft first-party apps are passed on by their display name; rolling them up is the matcher's job.
 */
import { isSignInHeader, parseEntraCsv, type EntraStats } from './entra-csv.js';
import { parseEntraJson } from './entra-json.js';
import { normalizeHeader, sniffDelimiter, splitLine } from './csv-read.js';
import { decodeText } from './decode.js';
import { FormatError, type BadRow, type FileSource, type OnBytes, type SignInRow } from './types.js';

export type { EntraStats };
export { INTERRUPT_CODES, parseInstant } from './entra-json.js';

export interface ParseEntraOptions {
  onBytes?: OnBytes;
  stats?: EntraStats;
}

/** Says which Entra shape a file's first characters are, or null. The name only breaks a tie. */
export function sniffEntra(head: string, name: string): 'entra_json' | 'entra_csv' | null {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('{') || text.startsWith('[')) {
    if (/"@odata\.context"\s*:\s*"[^"]*auditLogs\/signIns/i.test(text)) return 'entra_json';
    return /"userPrincipalName"\s*:/i.test(text) && /"appDisplayName"\s*:/i.test(text) ? 'entra_json' : null;
  }
  const line = text.split(/\r\n|\n|\r/, 1)[0];
  const cells = splitLine(line, sniffDelimiter(line)).map((c) => c.trim());
  if (isSignInHeader(cells)) return 'entra_csv';
  // A portal file whose download dropped the result columns still has its date and request id.
  const keys = new Set(cells.map(normalizeHeader));
  return /sign-?ins/i.test(name) && keys.has('date (utc)') && keys.has('request id') ? 'entra_csv' : null;
}

/**
 * Sign-ins of an Entra export in file order (source 'entra'). Records without any application are
 * counted in `stats.skipped`. Throws FormatError for an empty file, invalid JSON (a trailing comma, as
 * in Microsoft's own example, is tolerated) or a CSV without a sign-in header.
 */
export async function* parseEntra(src: FileSource, opts: ParseEntraOptions = {}): AsyncGenerator<SignInRow | BadRow> {
  const stats = opts.stats ?? { skipped: 0 };
  const first = await firstChar(src);
  if (first === null) throw new FormatError('The file is empty');
  if (first === '{' || first === '[') yield* parseEntraJson(decodeText(src, opts.onBytes), stats);
  else yield* parseEntraCsv(src, stats, opts.onBytes);
}

/** The first non-whitespace character of the decoded file, or null when there is none. */
async function firstChar(src: FileSource): Promise<string | null> {
  const text = decodeText(src);
  try {
    for await (const piece of text) {
      const at = piece.search(/\S/);
      if (at !== -1) return piece[at];
    }
    return null;
  } finally {
    await text.return(undefined);
  }
}
