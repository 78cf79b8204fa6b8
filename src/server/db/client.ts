import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Executor = Db | Tx;

export type Database = {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** The raw PGlite instance (embedded only), for COPY from a blob. */
  pglite?: PGlite;
  pool?: pg.Pool;
  /** Embedded only: where uploaded originals live (the data folder's `files/`); PGlite is slow with large bytea values. */
  filesDir?: string;
  /**
   * PostgreSQL only: this process's local copies of the uploads it received (the data folder's `spool/`), which
   * its own import workers read instead of the database's pieces; see file-store.ts.
   */
  spoolDir?: string;
  close(): Promise<void>;
};

const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/server/db/migrations');

// Dates stay ISO strings ('2026-01-31') rather than JS Dates shifted by the local time zone.
pg.types.setTypeParser(1082, (v: string) => v);

/** Opens PGlite in `dataDir` (or in memory for 'memory://'), or PostgreSQL when a URL is given. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string; poolSize?: number }): Promise<Database> {
  if (opts.databaseUrl) {
    // No JIT: compiling a query costs 0.2–1 s, more than the portal's aggregates (discovery's rebuild) take to run.
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: opts.poolSize ?? 10, options: '-c jit=off' });
    // An idle connection the server closes (restart, failover) must not crash the process; the pool reconnects.
    pool.on('error', (e: Error & { code?: string }) => {
      if (e.code !== '57P01') console.error(`database connection error: ${e.message}`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    const temporary = !opts.dataDir || opts.dataDir.startsWith('memory://');
    let spoolDir: string | undefined = temporary ? mkdtempSync(path.join(tmpdir(), 'tandem-spool-')) : path.join(opts.dataDir!, 'spool');
    try {
      mkdirSync(spoolDir, { recursive: true });
    } catch {
      // A read-only data folder: uploads are read back from the database.
      spoolDir = undefined;
    }
    return {
      db,
      kind: 'postgres',
      pool,
      spoolDir,
      async close() {
        await pool.end();
        if (temporary && spoolDir) rmSync(spoolDir, { recursive: true, force: true });
      },
    };
  }
  const dir = opts.dataDir ?? 'memory://';
  const pglite = await PGlite.create(dir.startsWith('memory://') ? dir : path.join(dir, 'pgdata'), { extensions: { pg_trgm } });
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  const memory = dir.startsWith('memory://');
  const filesDir = memory ? mkdtempSync(path.join(tmpdir(), 'tandem-files-')) : path.join(dir, 'files');
  mkdirSync(filesDir, { recursive: true });
  return {
    db,
    kind: 'pglite',
    pglite,
    filesDir,
    async close() {
      await pglite.close();
      if (memory) rmSync(filesDir, { recursive: true, force: true });
    },
  };
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') await migratePglite(database.db as never, { migrationsFolder });
  else await migratePg(database.db as never, { migrationsFolder });
}
