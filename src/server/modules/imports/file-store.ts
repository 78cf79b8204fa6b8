import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { inflateRaw as inflateRawCb, inflateRawSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { rows } from '../../platform/sql.js';
import type { FileSource } from './formats/types.js';

const CHUNK = 1 << 20;
const inflateRaw = promisify(inflateRawCb);

/**
 * Keeps an upload. Embedded: a file in the data folder (one process owns it, and PGlite moves large
 * bytea values slowly). PostgreSQL: in the database in 1 MiB pieces, so a worker on any machine can
 * read it back.
 */
export async function storeFile(database: Database, importId: string, input: AsyncIterable<Buffer | Uint8Array | string>): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  if (database.filesDir) {
    const out = createWriteStream(path.join(database.filesDir, importId));
    try {
      for await (const part of input) {
        const buf = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
        hash.update(buf);
        size += buf.length;
        if (!out.write(buf)) await new Promise<void>((r) => out.once('drain', () => r()));
      }
      out.end();
      await finished(out);
    } catch (e) {
      out.destroy();
      discardFile(database, importId);
      throw e;
    }
    return { size, sha256: hash.digest('hex') };
  }
  // Sent as it came, in 1 MiB pieces copied once; PostgreSQL compresses them (lz4, see migration 0006), and a
  // few inserts run at once on separate connections so the database uses its own cores for it.
  let seq = 0;
  let piece = Buffer.allocUnsafeSlow(CHUNK);
  let filled = 0;
  const inFlight: Promise<void>[] = [];
  const write = async (data: Buffer) => {
    // `.then` starts it now: a drizzle query runs when awaited, and again each time it is awaited.
    inFlight.push(database.db.execute(sql`INSERT INTO import_file_chunks (import_id, seq, data, compressed) VALUES (${importId}, ${seq++}, ${data}, false)`).then(() => undefined));
    while (inFlight.length >= 3) await inFlight.shift();
  };
  try {
    for await (const part of input) {
      const buf = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      hash.update(buf);
      size += buf.length;
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
    if (filled) await write(piece.subarray(0, filled));
  } finally {
    await Promise.allSettled(inFlight);
  }
  for (const p of inFlight) await p;
  return { size, sha256: hash.digest('hex') };
}

/** A stored piece as it was uploaded (`sync`: on a worker thread, where blocking costs nothing and callbacks do). */
export async function chunkData(row: StoredPiece, sync = false): Promise<Buffer> {
  const data = Buffer.from(row.data as Uint8Array);
  if (!row.compressed) return data;
  return sync ? inflateRawSync(data, { chunkSize: 1 << 20 }) : inflateRaw(data, { chunkSize: 1 << 20 });
}

/** Removes a stored original whose import row is being deleted (database chunks go with the row). */
export function discardFile(database: Database, importId: string): void {
  if (database.filesDir) rmSync(path.join(database.filesDir, importId), { force: true });
}

/** The stored original as a FileSource: each open() streams it again from the start. */
export function storedFile(database: Database, importId: string, name: string, size: number): FileSource {
  if (database.filesDir) {
    const file = path.join(database.filesDir, importId);
    return { name, size, open: () => createReadStream(file, { highWaterMark: 1 << 20 }) };
  }
  return {
    name,
    size,
    open: () => Readable.from(storedPieces((from, n) =>
      rows<StoredPiece>(database.db, sql`SELECT data, compressed FROM import_file_chunks WHERE import_id = ${importId} AND seq >= ${from} AND seq < ${from + n} ORDER BY seq`))),
  };
}

export type StoredPiece = { data: Uint8Array | Buffer; compressed: boolean };
/** Pieces asked for per query: one round trip per 1 MiB piece made reading a big file wait more than parse. */
const READ_AHEAD = 8;

/**
 * The pieces of a stored original in order, the next few always on their way while the current ones are
 * read (`sync`: inflate on this thread, for worker threads).
 */
export async function* storedPieces(fetch: (from: number, n: number) => Promise<StoredPiece[]>, sync = false, done?: () => Promise<void>): AsyncGenerator<Buffer> {
  try {
    let from = 0;
    let ahead: Promise<StoredPiece[]> | null = fetch(from, READ_AHEAD);
    while (ahead) {
      const got: StoredPiece[] = await ahead;
      from += READ_AHEAD;
      ahead = got.length === READ_AHEAD ? fetch(from, READ_AHEAD) : null;
      // A failed read-ahead is reported when it is awaited, not as an unhandled rejection meanwhile.
      ahead?.catch(() => undefined);
      for (const piece of got) yield await chunkData(piece, sync);
    }
  } finally {
    await done?.();
  }
}
