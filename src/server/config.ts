import path from 'node:path';
import { z } from 'zod';

const ConfigSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  dataDir: z.string().default('./data'),
  databaseUrl: z.string().optional(),
  demo: z.boolean().default(false),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  publicUrl: z.string().optional(),
  secureCookies: z.boolean().default(false),
  /** Behind a reverse proxy, trust X-Forwarded-For for the client address (sign-in rate limits use it). */
  trustProxy: z.boolean().default(false),
  organisationName: z.string().default('Tandem'),
});
export type Config = z.infer<typeof ConfigSchema> & { dataDir: string };

/** The one place that reads the environment: flags win over TANDEM_* variables. */
export function loadConfig(flags: Partial<Record<keyof z.infer<typeof ConfigSchema>, unknown>> = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const fromEnv = {
    port: env.TANDEM_PORT ?? env.PORT,
    host: env.TANDEM_HOST,
    dataDir: env.TANDEM_DATA_DIR,
    databaseUrl: env.DATABASE_URL || env.TANDEM_DATABASE_URL,
    logLevel: env.TANDEM_LOG_LEVEL,
    publicUrl: env.TANDEM_PUBLIC_URL,
    secureCookies: env.TANDEM_SECURE_COOKIES === 'true' ? true : undefined,
    trustProxy: env.TANDEM_TRUST_PROXY === 'true' ? true : undefined,
    organisationName: env.TANDEM_ORG_NAME,
  };
  const merged = Object.fromEntries(
    Object.entries({ ...fromEnv, ...flags }).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = ConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${msg}`);
  }
  return { ...parsed.data, dataDir: path.resolve(parsed.data.dataDir) };
}

/** Test-suite database selection: TANDEM_TEST_DATABASE_URL switches the suite to PostgreSQL. */
export function testDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return env.TANDEM_TEST_DATABASE_URL || undefined;
}
