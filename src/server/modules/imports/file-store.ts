import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { rows } from '../../platform/sql.js';
import type { FileSource } from './formats/types.js';
import { localFile, LocalWriter } from './local-copy.js';

const CHUNK = 1 << 20;
const inflateRaw = promisify(zlib.inflateRaw);
/** zstd came with Node 22.15; on an older Node pieces are stored as sent (PostgreSQL's lz4 still applies). */
const zstdCompress = typeof zlib.zstdCompress === 'function' ? promisify(zlib.zstdCompress) : null;
const zstdDecompress = typeof zlib.zstdDecompress === 'function' ? promisify(zlib.zstdDecompress) : null;
// Level 1: a 1.8 GB log compresses 12-fold in about 1.5 CPU-seconds (higher levels gain 4 % for twice the time).
// Output buffers that hold a whole compressed piece: at the default 16 KB each one is a callback on this thread.
const ZSTD_OPTIONS = { chunkSize: 256 * 1024, params: { [zlib.constants.ZSTD_c_compressionLevel]: 1 } };

/**
 * Keeps an upload: embedded, as a file in the data folder (one process owns it, and PGlite moves large bytea
 * values slowly); on PostgreSQL in the database in 1 MiB pieces, so a worker on any machine can read it back,
 * plus a local copy for this process's own workers (local-copy.ts). `onHead` is given the first MiB as soon
 * as it is in (an import can start while the rest streams in); a file shorter than that never calls it.
 */
export async function storeFile(
  database: Database,
  importId: string,
  input: AsyncIterable<Buffer | Uint8Array | string>,
  onHead?: (head: Buffer) => Promise<void>,
): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  const embedded = Boolean(database.filesDir);
  const dir = database.filesDir ?? database.spoolDir;
  const local = dir ? new LocalWriter(dir, importId, embedded) : null;
  let head: Buffer[] | null = onHead ? [] : null;
  // In 1 MiB pieces, each compressed on its own (zstd, on libuv's threads; migration 0008 says why), a few on
  // their way at once on separate connections.
  let seq = 0;
  let piece = Buffer.allocUnsafeSlow(CHUNK);
  let filled = 0;
  const inFlight: Promise<void>[] = [];
  const write = async (data: Buffer) => {
    const n = seq++;
    const stored = (async () => {
      const bytes = zstdCompress ? await zstdCompress(data, ZSTD_OPTIONS) : data;
      await database.db.execute(sql`INSERT INTO import_file_chunks (import_id, seq, data, zstd) VALUES (${importId}, ${n}, ${bytes}, ${zstdCompress !== null})`);
    })();
    // A failure is reported where it is awaited, not as an unhandled rejection while the upload reads on.
    stored.catch(() => undefined);
    inFlight.push(stored);
    while (inFlight.length >= 3) await inFlight.shift();
  };
  try {
    for await (const part of input) {
      const buf = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      hash.update(buf);
      size += buf.length;
      await local?.write(buf);
      if (!embedded) {
        for (let at = 0; at < buf.length; ) {
          const n = Math.min(CHUNK - filled, buf.length - at);
          buf.copy(piece, filled, at, at + n);
          filled += n;
          at += n;
          if (filled === CHUNK) {
            await write(piece);
            piece = Buffer.allocUnsafeSlow(CHUNK);
            filled = 0;
          }
        }
      }
      if (head) {
        head.push(Buffer.from(buf));
        if (size >= CHUNK) {
          const whole = Buffer.concat(head);
          head = null;
          await onHead!(whole);
        }
      }
    }
    if (filled) await write(piece.subarray(0, filled));
    await Promise.all(inFlight.splice(0));
    await local?.finish();
  } catch (e) {
    await Promise.allSettled(inFlight);
    local?.discard();
    throw e;
  }
  return { size, sha256: hash.digest('hex') };
}

/** A stored piece as it was uploaded (`sync`: on a worker thread, where blocking costs nothing and callbacks do). */
export async function chunkData(row: StoredPiece, sync = false): Promise<Buffer> {
  const data = Buffer.from(row.data as Uint8Array);
  const opts = { chunkSize: 1 << 20 };
  if (row.zstd) {
    if (!zstdDecompress) throw new Error('This upload was stored compressed with zstd, which needs Node 22.15 or newer');
    return sync ? zlib.zstdDecompressSync(data, opts) : zstdDecompress(data, opts);
  }
  if (row.compressed) return sync ? zlib.inflateRawSync(data, opts) : inflateRaw(data, opts);
  return data;
}

/** The stored original as a FileSource: each open() streams it again from the start. */
export function storedFile(database: Database, importId: string, name: string, size: number): FileSource {
  const file = localFile(database, importId, size);
  if (file && !file.growing) return { name, size, open: () => createReadStream(file.path, { highWaterMark: 1 << 20 }) };
  return {
    name,
    size,
    open: () => Readable.from(storedPieces((from, n) =>
      rows<StoredPiece>(database.db, sql`SELECT data, compressed, zstd FROM import_file_chunks WHERE import_id = ${importId} AND seq >= ${from} AND seq < ${from + n} ORDER BY seq`))),
  };
}

export type StoredPiece = { data: Uint8Array | Buffer; compressed: boolean; zstd: boolean };
/** Pieces asked for per query: one round trip per 1 MiB piece made reading a big file wait more than parse. */
const READ_AHEAD = 8;
/** Queries on their way at once: on two busy cores one alone often arrived after the parser had caught up. */
const QUERIES_AHEAD = 3;

/**
 * The pieces of a stored original in order, the next few always on their way while the current ones are
 * read (`sync`: inflate on this thread, for worker threads).
 */
export async function* storedPieces(fetch: (from: number, n: number) => Promise<StoredPiece[]>, sync = false, done?: () => Promise<void>): AsyncGenerator<Buffer> {
  try {
    let from = 0;
    let last = false;
    const ahead: Promise<StoredPiece[]>[] = [];
    const ask = () => {
      const p = fetch(from, READ_AHEAD);
      // A failed read-ahead is reported when it is awaited, not as an unhandled rejection meanwhile.
      p.catch(() => undefined);
      ahead.push(p);
      from += READ_AHEAD;
    };
    ask();
    while (ahead.length) {
      const got: StoredPiece[] = await ahead.shift()!;
      if (got.length < READ_AHEAD) last = true;
      while (!last && ahead.length < QUERIES_AHEAD) ask();
      for (const piece of got) yield await chunkData(piece, sync);
    }
  } finally {
    await done?.();
  }
}
