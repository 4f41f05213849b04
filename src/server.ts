// The HTTP face of diplograph: GraphQL (with a self-hosted GraphiQL), the explorer page, a health check.
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { sql } from 'drizzle-orm';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Context } from './api/builder.js';
import { schema } from './api/schema/index.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { createLoaders } from './graph/loaders.js';

const OPERATIONS_DIR = new URL('../schema/operations/', import.meta.url);
const EXPLORER_PAGE = readFileSync(new URL('./explorer/index.html', import.meta.url), 'utf8');

/** The example operations GraphiQL opens with, one tab each. */
function exampleOperations(): { query: string }[] {
  return readdirSync(OPERATIONS_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ query: readFileSync(new URL(f, OPERATIONS_DIR), 'utf8') }));
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}

/** The explorer page: who met whom, and when, for analysts who would rather not write GraphQL. */
const explorer: Plugin = {
  onRequest({ url, endResponse, fetchAPI }) {
    if (url.pathname === '/explorer' || url.pathname === '/')
      endResponse(new fetchAPI.Response(EXPLORER_PAGE, { headers: { 'content-type': 'text/html; charset=utf-8' } }));
  },
};

function healthCheck(database: Database): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      try {
        await database.rows(sql`select 1 as ok`);
        endResponse(Response.json({ status: 'ok', database: database.engine }));
      } catch (error) {
        endResponse(new fetchAPI.Response(JSON.stringify({ status: 'unavailable', error: String(error) }), { status: 503, headers: { 'content-type': 'application/json' } }));
      }
    },
  };
}

export function createApp(database: Database, config: Pick<Config, 'apiKeys' | 'maxTextBytes'>) {
  return createYoga<{ req?: IncomingMessage }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/yoga-health',
    landingPage: false,
    renderGraphiQL,
    graphiql: { title: 'diplograph', defaultTabs: exampleOperations() },
    plugins: [healthCheck(database), explorer],
    context: ({ request, req }) => {
      const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
      // With keys configured, a key is needed; without, only this machine may write
      // (in-process calls have no socket and count as local).
      const canMutate = config.apiKeys.length ? !!bearer && config.apiKeys.includes(bearer) : !req || isLoopback(req.socket.remoteAddress);
      return { database, loaders: createLoaders(database.db), canMutate, maxTextBytes: config.maxTextBytes };
    },
  });
}
