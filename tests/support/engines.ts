// Every database test runs on the embedded engine, and on PostgreSQL when DATABASE_URL is set.
// Each test file gets a database of its own, so files run in parallel.
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Logger } from 'drizzle-orm';
import { openDatabase, type Database } from '../../src/db/client.js';
import { openScratchDatabase } from '../../src/db/scratch.js';

export interface Engine {
  name: 'pglite' | 'postgres';
  open(logger?: Logger): Promise<Database>;
}

let template: Blob | undefined;
function pgliteTemplate(): Blob {
  template ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
  return template;
}

export const engines: Engine[] = [
  { name: 'pglite', open: (logger) => openDatabase({ dataDir: 'memory', logger, snapshot: pgliteTemplate() }) },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres' as const, open: (logger?: Logger) => openScratchDatabase(process.env.DATABASE_URL!, 'diplograph_test', logger) }] : []),
];

/** Counts the SQL statements drizzle sends, for asserting that a request's cost is bounded. */
export class CountingLogger implements Logger {
  statements: string[] = [];
  logQuery(query: string): void {
    this.statements.push(query);
  }
  reset(): void {
    this.statements = [];
  }
}
