import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../../src/server/db/client.js';

export const ENGINE = (process.env.TANDEM_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

export type TestDatabase = { database: Database; url?: string; drop(): Promise<void> };

/** A fresh, migrated database: in-memory PGlite, or a new database on the test PostgreSQL server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (ENGINE === 'pglite') {
    const database = await openDatabase({ dataDir: 'memory://' });
    await migrateDatabase(database);
    return { database, drop: () => database.close() };
  }
  const admin = process.env.TANDEM_TEST_DATABASE_URL;
  if (!admin) throw new Error('TANDEM_TEST_ENGINE=postgres needs TANDEM_TEST_DATABASE_URL');
  const name = `tandem_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString() });
  await migrateDatabase(database);
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
