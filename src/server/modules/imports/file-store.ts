import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readdirSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { promisify } from 'node:util';
import { inflateRaw as inflateRawCb, inflateRawSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { textList } from '../../platform/bulk.js';
import { rows } from '../../platform/sql.js';
import type { FileSource } from './formats/types.js';

const CHUNK = 1 << 20;
/** Writes to a local file are queued up to this much: at the default 16 KB each piece of a request waited for its write. */
const WRITE_QUEUE = 8 << 20;
const inflateRaw = promisify(inflateRawCb);

/**
 * Keeps an upload. Embedded: a file in the data folder (one process owns it, and PGlite moves large
 * bytea values slowly). PostgreSQL: in the database in 1 MiB pieces, so a worker on any machine can
 * read it back, and a local copy in this process's spool folder for its own workers (see Spool).
 */
export async function storeFile(database: Database, importId: string, input: AsyncIterable<Buffer | Uint8Array | string>): Promise<{ size: number; sha256: string }> {
  const hash = createHash('sha256');
  let size = 0;
  if (database.filesDir) {
    const out = createWriteStream(path.join(database.filesDir, importId), { highWaterMark: WRITE_QUEUE });
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
  const spool = database.spoolDir ? new Spool(database.spoolDir, importId) : null;
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
      await spool?.write(buf);
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
  try {
    for (const p of inFlight) await p;
  } catch (e) {
    spool?.discard();
    throw e;
  }
  await spool?.finish();
  return { size, sha256: hash.digest('hex') };
}

/**
 * The local copy of an upload on PostgreSQL. Reading 1.8 GB back out of the database (TOAST, lz4, the wire,
 * a copy per piece and the garbage collections those buffers set off) cost the parser more than parsing it,
 * so the process that received a file reads its own copy; a worker elsewhere, or after the copy was lost,
 * reads the pieces. Written as `<id>.part` and renamed once whole; a copy that fails to write is dropped,
 * never the upload.
 */
class Spool {
  private out: WriteStream | null;
  private readonly part: string;

  constructor(
    private readonly dir: string,
    private readonly importId: string,
  ) {
    this.part = path.join(dir, `${importId}.part`);
    this.out = createWriteStream(this.part, { highWaterMark: WRITE_QUEUE });
    this.out.on('error', () => this.discard());
  }

  async write(buf: Buffer): Promise<void> {
    if (this.out && !this.out.write(buf)) await new Promise<void>((r) => (this.out ? this.out.once('drain', () => r()).once('close', () => r()) : r()));
  }

  async finish(): Promise<void> {
    const out = this.out;
    if (!out) return;
    out.end();
    try {
      await finished(out);
      renameSync(this.part, path.join(this.dir, this.importId));
    } catch {
      this.discard();
    }
  }

  discard(): void {
    this.out?.destroy();
    this.out = null;
    rmSync(this.part, { force: true });
  }
}

/** The complete local copy of an upload (PostgreSQL: this process's spool; embedded: the stored file), or null. */
export function localCopy(database: Database, importId: string, size: number): string | null {
  const dir = database.filesDir ?? database.spoolDir;
  if (!dir) return null;
  const file = path.join(dir, importId);
  try {
    return statSync(file).size === size ? file : null;
  } catch {
    return null;
  }
}

/** Drops the spool copy of an import that has ended (the original stays in the database). */
export function discardSpool(database: Database, importId: string): void {
  if (database.spoolDir) rmSync(path.join(database.spoolDir, importId), { force: true });
}

/** At start: drops spool copies left by a crash mid-upload or of imports that ended meanwhile. */
export async function sweepSpool(database: Database): Promise<void> {
  if (!database.spoolDir) return;
  const names = readdirSync(database.spoolDir);
  const ids = names.filter((n) => /^[0-9a-f-]{36}$/.test(n));
  const open = new Set(
    ids.length ? (await rows<{ id: string }>(database.db, sql`SELECT id FROM imports WHERE id::text = ANY(${textList(ids)}) AND state IN ('uploading', 'uploaded', 'queued', 'running')`)).map((r) => r.id) : [],
  );
  for (const n of names) if (!open.has(n)) rmSync(path.join(database.spoolDir, n), { force: true });
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
  if (database.spoolDir) for (const n of [importId, `${importId}.part`]) rmSync(path.join(database.spoolDir, n), { force: true });
}

/** The stored original as a FileSource: each open() streams it again from the start. */
export function storedFile(database: Database, importId: string, name: string, size: number): FileSource {
  const file = database.filesDir ? path.join(database.filesDir, importId) : localCopy(database, importId, size);
  if (file) return { name, size, open: () => createReadStream(file, { highWaterMark: 1 << 20 }) };
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
