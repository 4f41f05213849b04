// Type references shared across the domain files; each type is implemented in its domain's file.
import { decodeGlobalID } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder, type Context } from '../builder.js';
import type { EdgeRow, NodeRow } from '../../graph/loaders.js';

export interface DateRangeShape {
  start: string;
  end: string;
  precision: string;
}

export interface RoleShape {
  edge: EdgeRow;
  person: NodeRow;
  organization: NodeRow;
}

export const ActorRef = builder.interfaceRef<NodeRow>('Actor');
export const PersonRef = builder.objectRef<NodeRow>('Person');
export const OrganizationRef = builder.objectRef<NodeRow>('Organization');
export const CountryRef = builder.objectRef<{ code: string; name: string }>('Country');
export const PlaceRef = builder.objectRef<NodeRow>('Place');
export const VisitRef = builder.objectRef<NodeRow>('Visit');
export const MeetingRef = builder.objectRef<NodeRow>('Meeting');
export const StatementRef = builder.objectRef<NodeRow>('Statement');
export const RoleRef = builder.objectRef<RoleShape>('Role');
export const DateRangeRef = builder.objectRef<DateRangeShape>('DateRange');

export function dateRangeOf(row: NodeRow): DateRangeShape | null {
  return row.dateStart ? { start: row.dateStart, end: row.dateEnd ?? row.dateStart, precision: row.datePrecision ?? 'DAY' } : null;
}

/** Relay node loading for one kind of graph node: an ID of another kind resolves to null. */
export function nodesOfKind(kind: NodeRow['kind']) {
  return {
    loadMany: (ids: (string | number)[], ctx: Context) =>
      ctx.loaders.node.loadMany(ids.map(Number)).then((rows) => rows.map((r) => (r instanceof Error || r?.kind !== kind ? null : r))),
    isTypeOf: (value: unknown) => (value as NodeRow).kind === kind,
  };
}

export const ACTOR_TYPES = ['Person', 'Organization'];

/** The database id behind a global ID, checked to be of one of the expected types. */
export function decodeNodeId(globalId: string, field: string, typenames: string[]): number {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    throw new GraphQLError(`${field}: "${globalId}" is not an ID of this API`, { extensions: { code: 'BAD_USER_INPUT', field } });
  }
  if (!typenames.includes(decoded.typename) || !/^\d+$/.test(decoded.id))
    throw new GraphQLError(`${field}: expected the ID of a ${typenames.join(' or ')}, got a ${decoded.typename} ID`, { extensions: { code: 'BAD_USER_INPUT', field } });
  return Number(decoded.id);
}
