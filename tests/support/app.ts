// An in-process API on a fresh database: requests go through yoga.fetch, no socket.
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { DEFAULT_MAX_TEXT_BYTES } from '../../src/graph/validate.js';
import { createApp } from '../../src/server.js';

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export function testApp(database: Database, options: { apiKeys?: string[]; maxTextBytes?: number } = {}) {
  const yoga = createApp(database, { apiKeys: options.apiKeys ?? [], maxTextBytes: options.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES });
  async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult<T>;
  }
  async function count(table: 'articles' | 'nodes' | 'edges' | 'citations' | 'aliases'): Promise<number> {
    const [row] = await database.rows<{ n: number | string }>(sql`select count(*) as n from ${sql.identifier(table)}`);
    return Number(row.n);
  }
  return { yoga, gql, count };
}

export const INGEST = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) { created article { id title } }
  }
`;
