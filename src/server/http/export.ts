import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import type { PageResult } from '../platform/paging.js';

export type Column<T> = [header: string, value: (row: T) => unknown];
export type ExportSpec<T> = { filename: string; columns: Column<T>[] };

const BATCH = 500;

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Every matching row, page by page, so memory stays flat however long the list. */
export async function* allRows<T>(first: PageResult<T>, fetchPage: (page: number, pageSize: number) => Promise<PageResult<T>>): AsyncGenerator<T[]> {
  let r = first;
  for (let page = 1; ; ) {
    if (r.items.length) yield r.items;
    if (r.items.length < BATCH) return;
    r = await fetchPage(++page, BATCH);
  }
}

export async function* csvChunks<T>(spec: ExportSpec<T>, batches: AsyncIterable<T[]>): AsyncGenerator<string> {
  yield '\ufeff' + stringify([spec.columns.map(([h]) => h)]);
  for await (const batch of batches) yield stringify(batch.map((row) => spec.columns.map(([, f]) => cell(f(row)))));
}

export async function* jsonChunks<T>(batches: AsyncIterable<T[]>): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const batch of batches) {
    const text = batch.map((r) => JSON.stringify(r)).join(',\n');
    yield (first ? '\n' : ',\n') + text;
    first = false;
  }
  yield '\n]\n';
}

/** Streams a list as CSV or JSON with the caller's filters, as a download. */
export async function sendExport<T>(reply: FastifyReply, format: 'csv' | 'json', spec: ExportSpec<T>, fetchPage: (page: number, pageSize: number) => Promise<PageResult<T>>) {
  const stamp = new Date().toISOString().slice(0, 10);
  // The first page is read before any byte is sent, so a refusal is still a proper error response.
  const batches = allRows(await fetchPage(1, BATCH), fetchPage);
  reply.header('content-disposition', `attachment; filename="${spec.filename}-${stamp}.${format}"`);
  reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
  return reply.send(Readable.from(format === 'csv' ? csvChunks(spec, batches) : jsonChunks(batches)));
}
