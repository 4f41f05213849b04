// diplograph's command line: start the server, ingest article files, export the graph.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { loadConfig } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { articles } from './db/schema.js';
import { ingestArticle } from './graph/ingest.js';
import { exportGraph } from './graph/export.js';
import type { ArticleInput } from './extract/types.js';
import { createApp } from './server.js';

const SEED_DIR = new URL('../seed/', import.meta.url);

function articleFiles(paths: string[]): string[] {
  return paths.flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p).filter((f) => f.endsWith('.json')).sort().map((f) => join(p, f))
      : [p],
  );
}

/** An article file: the input fields at top level, or a corpus file with `text` and `meta`. */
function readArticle(file: string): ArticleInput {
  const doc = JSON.parse(readFileSync(file, 'utf8'));
  const meta = doc.meta ?? doc;
  return { text: doc.text, title: meta.title ?? null, url: meta.url ?? null, publisher: meta.publisher ?? null, publishedAt: meta.publishedAt ?? null };
}

async function ingestFiles(database: Database, files: string[], maxTextBytes: number) {
  let created = 0;
  for (const [i, file] of files.entries()) {
    const result = await ingestArticle(database, readArticle(file), { maxTextBytes });
    if (result.created) created++;
    process.stderr.write(`\r${i + 1}/${files.length} ingested (${created} new)`);
  }
  if (files.length) process.stderr.write('\n');
}

async function start() {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  const [{ n }] = await database.db.select({ n: count() }).from(articles);
  if (config.seed && n === 0) await ingestFiles(database, articleFiles([SEED_DIR.pathname]), config.maxTextBytes);
  const server = createServer(createApp(database, config));
  server.listen(config.port, config.host, () => {
    console.log(`diplograph on ${database.engine}: GraphiQL at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql`);
  });
  const stop = () => server.close(() => void database.close().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function withDatabase(run: (database: Database) => Promise<void>) {
  const config = loadConfig();
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
  try {
    await run(database);
  } finally {
    await database.close();
  }
}

const [command = 'start', ...rest] = process.argv.slice(2);
const commands: Record<string, () => Promise<void>> = {
  start,
  ingest: () => withDatabase((db) => ingestFiles(db, articleFiles(rest), loadConfig().maxTextBytes)),
  export: () =>
    withDatabase(async (db) => {
      process.stdout.write(`${JSON.stringify(await exportGraph(db), null, 2)}\n`);
    }),
};
if (!commands[command]) {
  console.error(`usage: diplograph start | ingest FILE_OR_DIR... | export`);
  process.exit(2);
}
await commands[command]();
