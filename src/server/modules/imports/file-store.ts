import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, rmSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { rows } from '../../platform/sql.js';
import type { FileSource } from './formats/types.js';

const CHUNK = 1 << 20;

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
  let seq = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const flush = async (final: boolean) => {
    while (pendingBytes >= CHUNK || (final && pendingBytes > 0)) {
      const all = Buffer.concat(pending);
      const piece = all.subarray(0, Math.min(CHUNK, all.length));
      const rest = all.subarray(piece.length);
      await database.db.execute(sql`INSERT INTO import_file_chunks (import_id, seq, data) VALUES (${importId}, ${seq++}, ${piece})`);
      pending = rest.length ? [rest] : [];
      pendingBytes = rest.length;
    }
  };
  for await (const part of input) {
    const buf = typeof part === 'string' ? Buffer.from(part) : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
    hash.update(buf);
    size += buf.length;
    pending.push(Buffer.from(buf));
    pendingBytes += buf.length;
    if (pendingBytes >= CHUNK) await flush(false);
  }
  await flush(true);
  return { size, sha256: hash.digest('hex') };
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
          rows<{ data: Uint8Array | Buffer }>(database.db, sql`SELECT data FROM import_file_chunks WHERE import_id = ${importId} AND seq = ${seq}`).then(
            (r) => {
              seq++;
              if (!r.length) this.push(null);
              else this.push(Buffer.from(r[0].data as Uint8Array));
            },
            (e: Error) => this.destroy(e),
          );
        },
      });
    },
  };
}
