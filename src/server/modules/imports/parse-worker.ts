/**
 * Worker thread of a transaction or sign-in import: reads the stored file, parses, matches and encodes rows as
 * COPY text, so the main thread (which runs PGlite and serves the API) only writes to the database.
 * Talks to the main thread in messages: `resolve` (ids for new texts, duplicate keys) and `batch`
 * (COPY text, bad rows, progress), answered by `resolved` and `ack`; ends with `done` or `error`.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData } from 'node:worker_threads';
import pg from 'pg';
import type { AliasRule, SourceKind } from '../matching/index.js';
import { chunkData } from './file-store.js';
import { catalogMatcher } from './org-matcher.js';
import { parseDiscovery, parseTransactions, type ImportFormat } from './formats/index.js';
import { fileSourceFromPath } from './formats/file-source.js';
import { FormatError, type BadRow, type CardMapping, type DiscoveryRow, type FileSource, type TransactionRow } from './formats/types.js';
import { drainedTail, SigninBatcher } from './signin-batcher.js';
import { STATS_COLUMNS, TransactionBatcher, type Lookups, type ResolveReply, type ResolveRequest } from './transaction-batcher.js';

export type WorkerInput = {
  /** transactions → `transactions` + match_stats; signins → `signin_events` + aggregates, grants and app objects. */
  kind: 'transactions' | 'signins';
  format: ImportFormat;
  preset: string | null;
  mapping: CardMapping | null;
  file: { path: string } | { databaseUrl: string; importId: string };
  name: string;
  size: number;
  rules: AliasRule[];
  source: SourceKind;
  importSeq: number;
  lookups: Lookups;
  checkDuplicates: boolean;
  /** [first, last] event times (sign-ins: of committed imports of the same format) or dates (statements); null = unknown. */
  ranges?: [string, string][] | null;
  writeAfterBad: boolean;
  batchSize: number;
  /** encode: match and encode here (embedded: the main thread runs the database); parse: send parsed rows (PostgreSQL: the main thread is free). */
  mode: 'encode' | 'parse';
};

export type FromWorker =
  | { t: 'resolve'; id: number; request: ResolveRequest }
  | { t: 'batch'; copy: string; rows: number; bad: BadRow[]; bytes: number; parsed?: (TransactionRow | DiscoveryRow)[]; more?: Tail }
  | { t: 'done'; summary: unknown; tail: Tail; skipped: number }
  | { t: 'error'; message: string; formatError: boolean; line?: number; column?: string };

/** COPY text for the tables written once at the end (aggregates), in order. */
export type Tail = { table: string; columns: readonly (readonly [string, string])[]; copy: string }[];

export type ToWorker = { t: 'resolved'; id: number; reply: ResolveReply } | { t: 'ack' };

const input = workerData as WorkerInput;
const port = parentPort!;

/** The stored original from PostgreSQL, piece by piece, on this thread's own connection. */
function databaseFile(url: string, importId: string, name: string, size: number): FileSource {
  return {
    name,
    size,
    open() {
      const client = new pg.Client({ connectionString: url });
      let seq = 0;
      let connected: Promise<unknown> | null = null;
      return new Readable({
        read() {
          connected ??= client.connect();
          void connected
            .then(() => client.query<{ data: Buffer; compressed: boolean }>('SELECT data, compressed FROM import_file_chunks WHERE import_id = $1 AND seq = $2', [importId, seq++]))
            .then(async (r) => this.push(r.rows.length ? await chunkData(r.rows[0]) : null))
            .catch((e: Error) => this.destroy(e));
        },
        destroy(err, cb) {
          client.end().then(() => cb(err), () => cb(err));
        },
      });
    },
  };
}

let nextId = 0;
const waiting = new Map<number, (r: ResolveReply) => void>();
let acked: (() => void) | null = null;
let inFlight = 0;
port.on('message', (m: ToWorker) => {
  if (m.t === 'resolved') {
    waiting.get(m.id)?.(m.reply);
    waiting.delete(m.id);
  } else if (m.t === 'ack') {
    inFlight--;
    acked?.();
    acked = null;
  }
});
const resolve = (request: ResolveRequest) =>
  new Promise<ResolveReply>((done) => {
    const id = nextId++;
    waiting.set(id, done);
    port.postMessage({ t: 'resolve', id, request } satisfies FromWorker);
  });

async function run() {
  const src = 'path' in input.file ? fileSourceFromPath(input.file.path, input.name) : databaseFile(input.file.databaseUrl, input.file.importId, input.name, input.size);
  const matcher = input.mode === 'encode' ? catalogMatcher().withRules(input.rules) : catalogMatcher();
  const signins = input.kind === 'signins' ? new SigninBatcher({ matcher, format: input.format, importSeq: input.importSeq, checkDuplicates: input.checkDuplicates, ranges: input.ranges }) : null;
  const batcher = signins ? null : new TransactionBatcher({ matcher, source: input.source, format: input.format, importSeq: input.importSeq, lookups: input.lookups, checkDuplicates: input.checkDuplicates, ranges: input.ranges });
  const stats = { skipped: 0 };
  let bytes = 0;
  let anyBad = false;
  let rows: (TransactionRow | DiscoveryRow)[] = [];
  let bad: BadRow[] = [];
  const send = async () => {
    const list = rows;
    rows = [];
    const write = list.length > 0 && (!anyBad || input.writeAfterBad);
    let copy = '';
    let more: Tail = [];
    if (write && input.mode === 'encode') {
      if (signins) {
        copy = await signins.batch(list as DiscoveryRow[], resolve);
        more = drainedTail(signins.drain());
      } else copy = await batcher!.batch(list as TransactionRow[], resolve);
    }
    // One batch waits in the main thread while the next is prepared here.
    if (inFlight >= 1) await new Promise<void>((r) => (acked = r));
    inFlight++;
    port.postMessage({ t: 'batch', copy, rows: list.length, bad, bytes, ...(more.length ? { more } : {}), ...(write && input.mode === 'parse' ? { parsed: list } : {}) } satisfies FromWorker);
    bad = [];
  };
  const opts = { preset: input.preset, mapping: input.mapping, onBytes: (n: number) => (bytes = n), stats };
  const parsed = signins ? parseDiscovery(input.format, src, opts) : parseTransactions(input.format, src, opts);
  for await (const item of parsed) {
    if (item.bad) {
      anyBad = true;
      bad.push(item);
      if (bad.length >= 500) await send();
      continue;
    }
    rows.push(item);
    if (rows.length >= input.batchSize) await send();
  }
  bytes = input.size;
  await send();
  if (inFlight >= 1) await new Promise<void>((r) => (acked = r));
  const skip = anyBad && !input.writeAfterBad;
  if (signins) {
    const { summary, tail } = await signins.finish(resolve);
    port.postMessage({ t: 'done', summary, tail: skip ? [] : tail, skipped: stats.skipped } satisfies FromWorker);
  } else {
    const { summary, statsCopy } = batcher!.finish();
    port.postMessage({ t: 'done', summary, tail: skip ? [] : [{ table: 'match_stats', columns: STATS_COLUMNS, copy: statsCopy }], skipped: stats.skipped } satisfies FromWorker);
  }
}

run().catch((e: Error) => {
  const f = e instanceof FormatError;
  port.postMessage({ t: 'error', message: e.message, formatError: f, ...(f ? { line: (e as FormatError).line, column: (e as FormatError).column } : {}) } satisfies FromWorker);
});
