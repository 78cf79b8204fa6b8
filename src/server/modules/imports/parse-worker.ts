/**
 * The two worker threads of a transaction or sign-in import, so the main thread (which serves the API, and
 * on the embedded database runs PGlite) only writes to the database:
 * - the parser reads the stored file and parses it, and hands rows on to the encoder in batches;
 * - the encoder matches, keys and aggregates them and encodes COPY text for the main thread.
 * Parsing and encoding cost about the same, so on two threads a file goes through in about half the time.
 * The encoder talks to the main thread in messages: `resolve` (ids for new texts, duplicate keys) and
 * `batch` (COPY text, bad rows, progress), answered by `resolved` and `ack`; it ends with `done`. Either
 * worker reports a failure as `error`.
 */
import { Readable } from 'node:stream';
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import pg from 'pg';
import type { AliasRule, SourceKind } from '../matching/index.js';
import { storedPieces, type StoredPiece } from './file-store.js';
import { growingFile } from './local-copy.js';
import { catalogMatcher } from './org-matcher.js';
import { parseDiscovery, parseTransactions, type ImportFormat } from './formats/index.js';
import { fileSourceFromPath } from './formats/file-source.js';
import { FormatError, type BadRow, type CardMapping, type DiscoveryRow, type FileSource, type TransactionRow } from './formats/types.js';
import { packRows, unpackDiscovery, unpackTransactions, type WireRows } from './row-wire.js';
import { drainedTail, SigninBatcher, USER_COLUMNS } from './signin-batcher.js';
import { STATS_COLUMNS, TransactionBatcher, type Lookups, type ResolveReply, type ResolveRequest } from './transaction-batcher.js';

export type WorkerInput = {
  /** transactions → `transactions` + match_stats; signins → `signin_events` + aggregates, grants and app objects. */
  kind: 'transactions' | 'signins';
  format: ImportFormat;
  preset: string | null;
  mapping: CardMapping | null;
  /** A local file (`growing`: the `.part` still being uploaded) or the database's pieces. */
  file: { path: string; growing?: string } | { databaseUrl: string; importId: string };
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
};

/** What each worker is given: the import, its role, and its end of the channel between the two. */
export type WorkerData = { input: WorkerInput; role: 'parse' | 'encode'; peer: MessagePort };

export type FromWorker =
  | { t: 'resolve'; id: number; request: ResolveRequest }
  /** `rowsDone`: the last batch with rows for the main table (what follows is aggregates). */
  | { t: 'batch'; copy: string; rows: number; bad: BadRow[]; bytes: number; more?: Tail; rowsDone?: boolean }
  | { t: 'done'; summary: unknown; tail: Tail; skipped: number }
  | { t: 'error'; message: string; formatError: boolean; line?: number; column?: string };

/** COPY text for the tables written once at the end (aggregates), in order. */
export type Tail = { table: string; columns: readonly (readonly [string, string])[]; copy: string }[];

export type ToWorker = { t: 'resolved'; id: number; reply: ResolveReply } | { t: 'ack' };

/** Parser → encoder: a batch of rows (none when rows are no longer written after a bad one), or the end. */
type Handoff = { t: 'rows'; rows: WireRows | null; count: number; bad: BadRow[]; bytes: number } | { t: 'end'; skipped: number; stopped: boolean };

const { input, role, peer } = workerData as WorkerData;
const port = parentPort!;

/** The stored original from PostgreSQL, piece by piece, on this thread's own connection. */
function databaseFile(url: string, importId: string, name: string, size: number): FileSource {
  return {
    name,
    size,
    open() {
      const client = new pg.Client({ connectionString: url });
      const connected = client.connect();
      connected.catch(() => undefined);
      const fetch = async (from: number, n: number) => {
        await connected;
        // Text results (bytea as hex): pg decodes binary results as UTF-8 text, which mangles other bytes.
        // The pieces are compressed, so the hex costs little.
        const r = await client.query<StoredPiece>('SELECT data, compressed, zstd FROM import_file_chunks WHERE import_id = $1 AND seq >= $2 AND seq < $3 ORDER BY seq', [importId, from, from + n]);
        return r.rows;
      };
      return Readable.from(storedPieces(fetch, true, () => client.end().catch(() => undefined)));
    },
  };
}

/** One message in flight each way is enough to keep both sides busy; more would only queue memory. */
function flow(listen: MessagePort | typeof port) {
  let inFlight = 0;
  let acked: (() => void) | null = null;
  listen.on('message', (m: { t: string }) => {
    if (m.t !== 'ack') return;
    inFlight--;
    acked?.();
    acked = null;
  });
  return {
    async slot() {
      if (inFlight >= 1) await new Promise<void>((r) => (acked = r));
      inFlight++;
    },
    async drained() {
      if (inFlight >= 1) await new Promise<void>((r) => (acked = r));
    },
  };
}

async function parse() {
  const f = input.file;
  const src = !('path' in f) ? databaseFile(f.databaseUrl, f.importId, input.name, input.size) : f.growing ? growingFile(f.growing, f.path, input.name, input.size) : fileSourceFromPath(f.path, input.name);
  const toEncoder = flow(peer);
  const stats = { skipped: 0 };
  let bytes = 0;
  let anyBad = false;
  let rows: (TransactionRow | DiscoveryRow)[] = [];
  let bad: BadRow[] = [];
  const send = async () => {
    const list = rows;
    rows = [];
    const write = list.length > 0 && (!anyBad || input.writeAfterBad);
    await toEncoder.slot();
    peer.postMessage({ t: 'rows', rows: write ? packRows(list, input.kind) : null, count: list.length, bad, bytes } satisfies Handoff);
    bad = [];
  };
  const opts = { preset: input.preset, mapping: input.mapping, onBytes: (n: number) => (bytes = n), stats };
  const parsed = input.kind === 'signins' ? parseDiscovery(input.format, src, opts) : parseTransactions(input.format, src, opts);
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
  await toEncoder.drained();
  peer.postMessage({ t: 'end', skipped: stats.skipped, stopped: anyBad && !input.writeAfterBad } satisfies Handoff);
  if (process.env.TANDEM_TRACE) console.error('TRACE parsed', new Date().toISOString());
}

let nextId = 0;
const waiting = new Map<number, (r: ResolveReply) => void>();
const resolve = (request: ResolveRequest) =>
  new Promise<ResolveReply>((done) => {
    const id = nextId++;
    waiting.set(id, done);
    port.postMessage({ t: 'resolve', id, request } satisfies FromWorker);
  });

function encode(): Promise<void> {
  const toMain = flow(port);
  port.on('message', (m: ToWorker) => {
    if (m.t !== 'resolved') return;
    waiting.get(m.id)?.(m.reply);
    waiting.delete(m.id);
  });
  const matcher = catalogMatcher().withRules(input.rules);
  const signins = input.kind === 'signins' ? new SigninBatcher({ matcher, format: input.format, importSeq: input.importSeq, checkDuplicates: input.checkDuplicates, ranges: input.ranges }) : null;
  const batcher = signins ? null : new TransactionBatcher({ matcher, source: input.source, format: input.format, importSeq: input.importSeq, lookups: input.lookups, checkDuplicates: input.checkDuplicates, ranges: input.ranges });
  const handle = async (m: Handoff) => {
    if (m.t === 'end') {
      await toMain.drained();
      // Once bad rows stopped the writing, none of the aggregates are written either.
      if (signins) {
        if (process.env.TANDEM_TRACE) console.error('TRACE enc-finish', new Date().toISOString());
        const { summary, tail } = await signins.finish(resolve);
        if (process.env.TANDEM_TRACE) console.error('TRACE enc-finished', new Date().toISOString());
        // The day aggregates, grants and app objects first, then the biggest part, the per-person totals, a piece
        // at a time: one is written while the next is made, next to the days (each table has its own COPY).
        if (!m.stopped) {
          await toMain.slot();
          port.postMessage({ t: 'batch', copy: '', rows: 0, bad: [], bytes: input.size, more: tail, rowsDone: true } satisfies FromWorker);
          for (const copy of signins.userPieces()) {
            await toMain.slot();
            port.postMessage({ t: 'batch', copy: '', rows: 0, bad: [], bytes: input.size, more: [{ table: 'signin_users', columns: USER_COLUMNS, copy }] } satisfies FromWorker);
          }
          await toMain.drained();
        }
        port.postMessage({ t: 'done', summary, tail: [], skipped: m.skipped } satisfies FromWorker);
      } else {
        const { summary, statsCopy } = batcher!.finish();
        port.postMessage({ t: 'done', summary, tail: m.stopped ? [] : [{ table: 'match_stats', columns: STATS_COLUMNS, copy: statsCopy }], skipped: m.skipped } satisfies FromWorker);
      }
      return;
    }
    let copy = '';
    let more: Tail = [];
    if (m.rows) {
      if (signins) {
        copy = await signins.batch(unpackDiscovery(m.rows), resolve);
        more = drainedTail(signins.drain());
      } else copy = await batcher!.batch(unpackTransactions(m.rows), resolve);
    }
    // The parser goes on with the next batch while this one is encoded and written.
    peer.postMessage({ t: 'ack' });
    await toMain.slot();
    port.postMessage({ t: 'batch', copy, rows: m.count, bad: m.bad, bytes: m.bytes, ...(more.length ? { more } : {}) } satisfies FromWorker);
  };
  return new Promise((done, fail) => {
    let chain = Promise.resolve();
    peer.on('message', (m: Handoff) => {
      chain = chain.then(() => handle(m)).then(() => (m.t === 'end' ? done() : undefined), fail);
    });
  });
}

(role === 'parse' ? parse() : encode()).catch((e: Error) => {
  const f = e instanceof FormatError;
  port.postMessage({ t: 'error', message: e.message, formatError: f, ...(f ? { line: (e as FormatError).line, column: (e as FormatError).column } : {}) } satisfies FromWorker);
});
