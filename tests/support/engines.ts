// Every database test runs on the embedded engine, and on PostgreSQL when DATABASE_URL is set.
// Each test file gets a database of its own, so files run in parallel.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Logger } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, type Database } from '../../src/db/client.js';

export interface Engine {
  name: 'pglite' | 'postgres';
  open(logger?: Logger): Promise<Database>;
}

async function isolatedPostgres(adminUrl: string, logger?: Logger): Promise<Database> {
  const name = `diplograph_test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), logger });
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

let template: Blob | undefined;
function pgliteTemplate(): Blob {
  template ??= new Blob([readFileSync(inject('pgliteTemplate'))]);
  return template;
}

export const engines: Engine[] = [
  { name: 'pglite', open: (logger) => openDatabase({ dataDir: 'memory', logger, snapshot: pgliteTemplate() }) },
  ...(process.env.DATABASE_URL ? [{ name: 'postgres' as const, open: (logger?: Logger) => isolatedPostgres(process.env.DATABASE_URL!, logger) }] : []),
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
