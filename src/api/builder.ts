// The one Pothos builder: plugins, context, scalars.
import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { GraphQLError, Kind } from 'graphql';
import type { Database } from '../db/client.js';
import { relations } from '../db/relations.js';
import type { Loaders } from '../graph/loaders.js';

export interface Context {
  database: Database;
  loaders: Loaders;
  /** whether this request may call mutations (API key, or loopback when no keys are set) */
  canMutate: boolean;
  maxTextBytes: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) throw new GraphQLError(`Date must be a string YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) throw new GraphQLError(`"${value}" is not a calendar date`);
  return value;
}

export const builder = new SchemaBuilder<{
  Context: Context;
  DrizzleRelations: typeof relations;
  Scalars: { Date: { Input: string; Output: string } };
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  relay: { clientMutationId: 'omit', cursorType: 'String' },
  drizzle: { client: (ctx) => ctx.database.db, getTableConfig, relations },
});

builder.scalarType('Date', {
  description: 'A calendar date, ISO 8601: YYYY-MM-DD',
  serialize: (value) => String(value).slice(0, 10),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Date must be a string YYYY-MM-DD');
    return parseDate(ast.value);
  },
});

/** Mutations need an API key, or, with no keys configured, a call from this machine. */
export function requireMutationAccess(ctx: Context): void {
  if (!ctx.canMutate)
    throw new GraphQLError('Mutations need an API key: send "Authorization: Bearer <key>".', { extensions: { code: 'UNAUTHENTICATED' } });
}

builder.queryType({});
builder.mutationType({});
