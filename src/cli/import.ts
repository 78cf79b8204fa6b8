import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import type { ImportDetail } from '../shared/schemas/imports.js';
import type { Backend, ImportOptions } from './backend.js';

const DONE = new Set(['committed', 'failed', 'cancelled']);

function fmtRate(n: number | null) {
  return n === null ? '–' : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(Math.round(n));
}

/** `tandem import`: upload, start, show progress until the job ends; exit code 1 when it failed. */
export async function runImportCommand(b: Backend, file: string, opts: { format?: string; preset?: string; mapping?: string; skipBadRows?: boolean }): Promise<number> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`${file}: no such file`);
  let mapping: unknown;
  if (opts.mapping) {
    try {
      mapping = JSON.parse(readFileSync(opts.mapping, 'utf8'));
    } catch (e) {
      throw new Error(`${opts.mapping}: not a JSON column mapping (${(e as Error).message})`);
    }
  }
  const o: ImportOptions = { format: opts.format, preset: opts.preset, mapping, skipBadRows: opts.skipBadRows };
  let detail = await b.startImport({ path: file, name: path.basename(file) }, o);
  process.stderr.write(`Importing ${detail.fileName} as ${detail.formatLabel}\n`);
  const tty = process.stderr.isTTY;
  const bar = tty
    ? new cliProgress.SingleBar({ format: '{phase} [{bar}] {percentage}% | {rows} rows | {rate} rows/s | ETA {eta_s}', stream: process.stderr, etaBuffer: 20 }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(100, 0, { phase: 'queued'.padEnd(10), rows: 0, rate: '–' });
  let lastLog = 0;
  while (!DONE.has(detail.state)) {
    await new Promise((r) => setTimeout(r, 300));
    detail = await b.getImport(detail.id);
    const p = detail.progress;
    bar?.update(Math.round(p.fraction * 100), { phase: detail.phase.padEnd(10), rows: p.rowsDone, rate: fmtRate(p.rowsPerSecond) });
    if (!tty && Date.now() - lastLog > 2000) {
      lastLog = Date.now();
      process.stderr.write(`${detail.phase} ${Math.round(p.fraction * 100)}% ${p.rowsDone} rows ${fmtRate(p.rowsPerSecond)} rows/s${p.etaSeconds !== null ? ` ETA ${p.etaSeconds}s` : ''}\n`);
    }
  }
  bar?.update(detail.state === 'committed' ? 100 : Math.round(detail.progress.fraction * 100), { phase: detail.state.padEnd(10), rows: detail.progress.rowsDone, rate: fmtRate(detail.progress.rowsPerSecond) });
  bar?.stop();
  return report(b, detail);
}

async function report(b: Backend, d: ImportDetail): Promise<number> {
  const secs = d.startedAt && d.finishedAt ? (Date.parse(d.finishedAt) - Date.parse(d.startedAt)) / 1000 : null;
  if (d.state === 'committed') {
    console.log(`Imported ${d.rowsImported} rows from ${d.fileName}${secs !== null ? ` in ${secs.toFixed(1)} s` : ''}` +
      `${d.rowsDuplicate ? `; ${d.rowsDuplicate} already imported` : ''}${d.rowsSkipped ? `; ${d.rowsSkipped} skipped by the format's rules` : ''}${d.rowsBad ? `; ${d.rowsBad} bad rows left out` : ''}.`);
    if (d.summary) console.log(JSON.stringify(d.summary));
    if (d.rowsBad) await printBad(b, d);
    return 0;
  }
  console.error(`Import ${d.state}: ${d.error ?? ''}`);
  if (d.rowsBad || d.error) await printBad(b, d);
  return 1;
}

async function printBad(b: Backend, d: ImportDetail) {
  const errs = await b.importErrors(d.id, 20);
  for (const e of errs.items) console.error(`  line ${e.line ?? '?'}${e.column ? ` (${e.column})` : ''}: ${e.reason}`);
  if (errs.total > errs.items.length) console.error(`  … ${errs.total - errs.items.length} more (tandem export or the Imports page has the full report)`);
}

export async function listJobs(b: Backend) {
  const page = await b.listPage<ImportDetail>('imports', { pageSize: 50 });
  if (!page.items.length) {
    console.log('No imports yet. Start one with: tandem import <file>');
    return;
  }
  for (const i of page.items) {
    const pct = `${Math.round(i.progress.fraction * 100)}%`.padStart(4);
    console.log(`${i.createdAt.slice(0, 19).replace('T', ' ')}  ${i.state.padEnd(10)} ${pct}  ${String(i.rowsImported).padStart(8)} rows  ${i.formatLabel.padEnd(40).slice(0, 40)}  ${i.fileName}${i.error ? `  — ${i.error}` : ''}`);
  }
}
