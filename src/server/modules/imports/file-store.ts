import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { rows } from '../../platform/sql.js';
import type { FileSource } from './formats/types.js';

const CHUNK = 1 << 20;

/**
 * Stores an upload in the database in 1 MiB pieces, one short statement each, so a large upload
 * never blocks the embedded database for long and any worker on any machine can read it back.
 */
export async function storeFile(database: Database, importId: string, input: AsyncIterable<Buffer | Uint8Array | string>): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
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

/** The stored original as a FileSource: each open() streams it again, piece by piece. */
export function storedFile(database: Database, importId: string, name: string, size: number): FileSource {
  return {
    name,
    size,
    open() {
      let seq = 0;
      return new Readable({
        highWaterMark: 2,
        objectMode: false,
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
