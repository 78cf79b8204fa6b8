/**
 * Uploads on this machine's disk. Embedded: `files/<id>` in the data folder is the stored original.
 * PostgreSQL: the original lives in the database (any worker can read it), and the process that received it
 * keeps a copy in its data folder's `spool/` for its own workers: reading 1.8 GB back out of the database
 * (TOAST, lz4, the wire, a copy per piece and the garbage collections those buffers set off) cost the parser
 * more than parsing it. The copy is dropped when the import ends and swept at start.
 *
 * Either is written as `<id>.part` and renamed once whole, so an import started while its file still streams
 * in reads the growing `.part` and knows the end by the rename (see growingFile).
 */
import { createWriteStream, existsSync, openSync, readdirSync, renameSync, rmSync, statSync, type WriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { textList } from '../../platform/bulk.js';
import { rows } from '../../platform/sql.js';
import type { FileSource } from './formats/types.js';

/** Writes are queued up to this much: at the default 16 KB each piece of a request waited for its write. */
const WRITE_QUEUE = 8 << 20;
const READ_SIZE = 1 << 20;
/** How often a reader at the end of a growing file looks again. */
const POLL_MS = 15;

export const UPLOAD_STOPPED = 'The upload stopped before the end of the file; nothing was imported. Upload it again.';

function dirOf(database: Database): string | null {
  return database.filesDir ?? database.spoolDir ?? null;
}

/**
 * Writes one upload's local file. `required` (embedded, where it is the original): a failed write fails the
 * upload; otherwise the copy is dropped and the upload goes on.
 */
export class LocalWriter {
  private out: WriteStream | null;
  private failure: Error | null = null;
  readonly part: string;
  readonly final: string;

  constructor(
    dir: string,
    importId: string,
    private readonly required: boolean,
  ) {
    this.part = path.join(dir, `${importId}.part`);
    this.final = path.join(dir, importId);
    // Opened now, so a reader started early finds the file.
    let fd: number;
    try {
      fd = openSync(this.part, 'w');
    } catch (e) {
      this.out = null;
      this.failure = e as Error;
      return;
    }
    this.out = createWriteStream(this.part, { fd, highWaterMark: WRITE_QUEUE });
    this.out.on('error', (e) => {
      this.failure = e;
      this.discard();
    });
  }

  async write(buf: Buffer): Promise<void> {
    if (this.failure && this.required) throw this.failure;
    const out = this.out;
    if (out && !out.write(buf)) await new Promise<void>((r) => out.once('drain', r).once('close', r));
    if (this.failure && this.required) throw this.failure;
  }

  /** Renames the whole file into place. */
  async finish(): Promise<void> {
    const out = this.out;
    if (!out) {
      if (this.required) throw this.failure ?? new Error('The upload could not be stored');
      return;
    }
    out.end();
    try {
      await finished(out);
      renameSync(this.part, this.final);
    } catch (e) {
      this.discard();
      if (this.required) throw e;
    }
  }

  discard(): void {
    this.out?.destroy();
    this.out = null;
    rmSync(this.part, { force: true });
  }
}

/** Where a worker reads an upload on this machine: whole (`path`), still being written (`growing`), or null. */
export function localFile(database: Database, importId: string, size: number): { path: string; growing?: string } | null {
  const dir = dirOf(database);
  if (!dir) return null;
  const final = path.join(dir, importId);
  const part = `${final}.part`;
  if (existsSync(part)) return { path: final, growing: part };
  try {
    return statSync(final).size === size || database.filesDir ? { path: final } : null;
  } catch {
    return null;
  }
}

/**
 * A file being uploaded, read as it grows: at its end the reader waits until more arrives, or the rename says
 * it is whole (the rest is read from the same open file), or its disappearance says the upload failed.
 */
export function growingFile(part: string, final: string, name: string, size: number): FileSource {
  return { name, size, open: () => Readable.from(growing(part, final)) };
}

async function* growing(part: string, final: string): AsyncGenerator<Buffer> {
  let whole = false;
  let fh = await open(part, 'r').catch(() => null);
  if (!fh) {
    fh = await open(final, 'r').catch(() => null);
    if (!fh) throw new Error(UPLOAD_STOPPED);
    whole = true;
  }
  try {
    let at = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(READ_SIZE);
      const { bytesRead } = await fh.read(buf, 0, READ_SIZE, at);
      if (bytesRead > 0) {
        at += bytesRead;
        yield buf.subarray(0, bytesRead);
        continue;
      }
      if (whole) return;
      // Renamed: everything is written; read on to the end.
      if (existsSync(final)) whole = true;
      else if (!existsSync(part)) throw new Error(UPLOAD_STOPPED);
      else await sleep(POLL_MS);
    }
  } finally {
    await fh.close();
  }
}

/** Drops this process's spool copy of an import that has ended (PostgreSQL; the original stays in the database). */
export function discardSpool(database: Database, importId: string): void {
  if (database.spoolDir) rmSync(path.join(database.spoolDir, importId), { force: true });
}

/** Removes an import's local files (its row is being deleted). */
export function discardLocal(database: Database, importId: string): void {
  const dir = dirOf(database);
  if (dir) for (const n of [importId, `${importId}.part`]) rmSync(path.join(dir, n), { force: true });
}

/** At start: drops files of uploads a crash cut off and spool copies of imports that ended meanwhile. */
export async function sweepLocal(database: Database): Promise<void> {
  const dir = dirOf(database);
  if (!dir) return;
  const names = readdirSync(dir);
  for (const n of names) if (n.endsWith('.part')) rmSync(path.join(dir, n), { force: true });
  if (!database.spoolDir) return;
  const ids = names.filter((n) => /^[0-9a-f-]{36}$/.test(n));
  const open = new Set(
    ids.length ? (await rows<{ id: string }>(database.db, sql`SELECT id FROM imports WHERE id::text = ANY(${textList(ids)}) AND state IN ('uploaded', 'queued', 'running')`)).map((r) => r.id) : [],
  );
  for (const n of ids) if (!open.has(n)) rmSync(path.join(dir, n), { force: true });
}

/** How long an upload may send nothing before a worker waiting for it gives up. */
const UPLOAD_SILENCE_MS = 60_000;

/**
 * Waits until an upload another process receives is stored whole (PostgreSQL): its size, or null when it was
 * cancelled, or sent nothing for a minute (its process died; the embedded database has no other process).
 */
export async function awaitUpload(database: Database, importId: string): Promise<number | null> {
  if (database.kind !== 'postgres') return null;
  let pieces = -1;
  let since = Date.now();
  for (;;) {
    const [r] = await rows<{ sha: string; size: number; cancel: boolean; n: number }>(database.db, sql`SELECT file_sha256 AS sha, file_size AS size, cancel_requested AS cancel,
      (SELECT count(*) FROM import_file_chunks WHERE import_id = ${importId})::int AS n FROM imports WHERE id = ${importId}`);
    if (!r || r.cancel) return null;
    if (r.sha) return Number(r.size);
    if (r.n !== pieces) {
      pieces = r.n;
      since = Date.now();
    } else if (Date.now() - since > UPLOAD_SILENCE_MS) return null;
    await sleep(250);
  }
}
