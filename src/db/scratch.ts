// A throwaway database on a PostgreSQL server, created empty (then migrated) and dropped on
// close: what tests and benchmarks run on when DATABASE_URL names a real server.
import { randomBytes } from 'node:crypto';
import type { Logger } from 'drizzle-orm';
import postgres from 'postgres';
import { openDatabase, type Database } from './client.js';

async function onServer(adminUrl: string, statement: string) {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(statement);
  } finally {
    await admin.end();
  }
}

export async function openScratchDatabase(adminUrl: string, prefix: string, logger?: Logger): Promise<Database> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  await onServer(adminUrl, `create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ url: url.toString(), logger });
  return {
    ...database,
    async close() {
      await database.close();
      await onServer(adminUrl, `drop database if exists ${name} with (force)`);
    },
  };
}
