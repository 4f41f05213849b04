// Databases for benchmarks: PGlite (in memory or in a folder), or a throwaway database on the
// PostgreSQL server of DATABASE_URL, dropped on close.
import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { openDatabase, type Database } from '../src/db/client.js';

export type EngineName = 'pglite' | 'postgres';

export async function openBenchDatabase(engine: EngineName, options: { dataDir?: string } = {}): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ dataDir: options.dataDir ?? 'memory' });
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('the postgres engine needs DATABASE_URL');
  const name = `diplograph_bench_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString() });
  return {
    ...database,
    async close() {
      await database.close();
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}

/** Engines to benchmark: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function availableEngines(): EngineName[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}
