// One client factory for both engines: PostgreSQL through postgres.js when DATABASE_URL is set,
// embedded PGlite otherwise. Same drizzle schema, same migrations, same SQL.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger, SQL } from 'drizzle-orm';
import type { PgAsyncDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { fileURLToPath } from 'node:url';
import { relations } from './relations.js';

export type Db = PgAsyncDatabase<PgQueryResultHKT, typeof relations>;

export interface Database {
  engine: 'pglite' | 'postgres';
  db: Db;
  /** Runs a query and returns its rows, whatever the driver's result shape. */
  rows<T extends Record<string, unknown>>(query: SQL, executor?: Pick<Db, 'execute'>): Promise<T[]>;
  /** PGlite only: the whole data folder as a tarball, to open copies of this database quickly */
  snapshot?(): Promise<Blob>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** postgres://… → PostgreSQL; unset → PGlite */
  url?: string | null;
  /** PGlite folder, or "memory" */
  dataDir?: string;
  logger?: Logger;
  /** apply migrations on open (default true) */
  migrate?: boolean;
  /** PGlite only: start from this snapshot of a data folder (see Database.snapshot) instead of an empty one */
  snapshot?: Blob;
}

const MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** postgres.js returns an array of rows, PGlite `{ rows }`: this is the one place that knows. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

interface Opened extends Pick<Database, 'engine' | 'db' | 'snapshot' | 'close'> {
  migrate(): Promise<unknown>;
}

export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  const opened = options.url ? openPostgres(options.url, options.logger) : await openPglite(options.dataDir ?? './data', options.logger, options.snapshot);
  if (options.migrate !== false) await opened.migrate();
  const { engine, db, close, snapshot } = opened;
  return { engine, db, close, snapshot, rows: async (query, executor = db) => rowsOf(await executor.execute(query)) };
}

function openPostgres(url: string, logger?: Logger): Opened {
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzlePostgres({ client, relations, logger }) as unknown as Db;
  return {
    engine: 'postgres',
    db,
    migrate: () => migratePostgres(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.end({ timeout: 5 }),
  };
}

async function openPglite(dataDir: string, logger?: Logger, snapshot?: Blob): Promise<Opened> {
  const inMemory = dataDir === 'memory';
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(inMemory ? undefined : dataDir, { extensions: { pg_trgm, fuzzystrmatch }, loadDataDir: snapshot });
  const db = drizzlePglite({ client, relations, logger }) as unknown as Db;
  return {
    engine: 'pglite',
    db,
    migrate: () => migratePglite(db as never, { migrationsFolder: MIGRATIONS_FOLDER }),
    snapshot: () => client.dumpDataDir('none'),
    close: () => client.close(),
  };
}
