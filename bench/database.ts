// Databases for benchmarks: PGlite (in memory or in a folder), or a throwaway database on the
// PostgreSQL server of DATABASE_URL, dropped on close.
import { openDatabase, type Database } from '../src/db/client.js';
import { openScratchDatabase } from '../src/db/scratch.js';

export type EngineName = 'pglite' | 'postgres';

export async function openBenchDatabase(engine: EngineName, options: { dataDir?: string } = {}): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ dataDir: options.dataDir ?? 'memory' });
  if (!process.env.DATABASE_URL) throw new Error('the postgres engine needs DATABASE_URL');
  return openScratchDatabase(process.env.DATABASE_URL, 'diplograph_bench');
}

/** Engines to benchmark: PGlite always, PostgreSQL when DATABASE_URL is set. */
export function availableEngines(): EngineName[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}
