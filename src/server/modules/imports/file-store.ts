import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { deflateRaw as deflateRawCb, inflateRaw as inflateRawCb } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { rows } from '../../platform/sql.js';
import type { FileSource } from './formats/types.js';

const CHUNK = 1 << 20;
const deflateRaw = promisify(deflateRawCb);
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
  // Deflated (level 1, on the thread pool) before it goes in: logs and CSV shrink 5–15×, so a 1.6 GB upload
  // costs PostgreSQL a tenth of the writes (and of its own, slower, TOAST compression).
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const inFlight: Promise<void>[] = [];
  const write = (piece: Buffer) => {
    const n = seq++;
    const p = deflateRaw(piece, { level: 1 }).then((data) =>
      database.db.execute(sql`INSERT INTO import_file_chunks (import_id, seq, data, compressed) VALUES (${importId}, ${n}, ${data}, true)`).then(() => undefined));
    inFlight.push(p);
  };
  const flush = async (final: boolean) => {
    while (pendingBytes >= CHUNK || (final && pendingBytes > 0)) {
      const all = Buffer.concat(pending);
      const piece = all.subarray(0, Math.min(CHUNK, all.length));
      const rest = all.subarray(piece.length);
      write(Buffer.from(piece));
      pending = rest.length ? [rest] : [];
      pendingBytes = rest.length;
      // Two pieces compress while the next arrives; more would only queue memory.
      while (inFlight.length >= 3) await inFlight.shift();
    }
  };
  try {
    for await (const part of input) {
      const buf = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
      hash.update(buf);
      size += buf.length;
      pending.push(Buffer.from(buf));
      pendingBytes += buf.length;
      if (pendingBytes >= CHUNK) await flush(false);
    }
    await flush(true);
  } finally {
    await Promise.allSettled(inFlight);
  }
  for (const p of inFlight) await p;
  return { size, sha256: hash.digest('hex') };
}

/** A stored piece as it was uploaded. */
export async function chunkData(row: { data: Uint8Array | Buffer; compressed: boolean }): Promise<Buffer> {
  const data = Buffer.from(row.data as Uint8Array);
  return row.compressed ? inflateRaw(data) : data;
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
    open() {
      let seq = 0;
      return new Readable({
        highWaterMark: 2,
        read() {
          rows<{ data: Uint8Array | Buffer; compressed: boolean }>(database.db, sql`SELECT data, compressed FROM import_file_chunks WHERE import_id = ${importId} AND seq = ${seq}`)
            .then(async (r) => {
              seq++;
              this.push(r.length ? await chunkData(r[0]) : null);
            })
            .catch((e: Error) => this.destroy(e));
        },
      });
    },
  };
}
