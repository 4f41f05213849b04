// What actors did: visits, meetings and statements, each dated, placed and cited.
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { builder } from '../builder.js';
import type { NodeRow } from '../../graph/loaders.js';
import { findMeetings } from '../../graph/queries.js';
import { CitationRef } from './articles.js';
import { countryOf } from './places.js';
import { ActorRef, CountryRef, DateRangeRef, MeetingRef, PlaceRef, StatementRef, VisitRef, ACTOR_TYPES, dateRangeOf, decodeNodeId, nodesOfKind } from './refs.js';

const DatePrecision = builder.enumType('DatePrecision', { values: ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const });
const EventStatus = builder.enumType('EventStatus', { values: ['OCCURRED', 'PLANNED', 'CANCELLED'] as const });
const MeetingMode = builder.enumType('MeetingMode', { values: ['IN_PERSON', 'PHONE', 'VIDEO'] as const });

DateRangeRef.implement({
  description: 'When something happened, as a range with the precision the text supports.',
  fields: (t) => ({
    start: t.field({ type: 'Date', resolve: (d) => d.start }),
    end: t.field({ type: 'Date', resolve: (d) => d.end }),
    precision: t.field({ type: DatePrecision, resolve: (d) => d.precision as 'DAY' }),
  }),
});

const first = <T>(list: { node: T }[]) => list[0]?.node ?? null;

builder.node(VisitRef, {
  description: 'A person or delegation travelling to another country or city.',
  id: { resolve: (row) => row.id },
  ...nodesOfKind('visit'),
  fields: (t) => ({
    visitor: t.field({ type: ActorRef, resolve: async (visit, _args, ctx) => first(await ctx.loaders.neighbours('VISITED', 'in').load(visit.id))! }),
    destination: t.field({ type: CountryRef, nullable: true, resolve: (visit) => countryOf(visit.countryCode) }),
    place: t.field({ type: PlaceRef, nullable: true, resolve: async (visit, _args, ctx) => first(await ctx.loaders.neighbours('HELD_IN', 'out').load(visit.id)) }),
    date: t.field({ type: DateRangeRef, nullable: true, resolve: dateRangeOf }),
    status: t.field({ type: EventStatus, resolve: (visit) => visit.status as 'OCCURRED' }),
    confidence: t.exposeFloat('confidence'),
    citations: t.field({ type: [CitationRef], resolve: (visit, _args, ctx) => ctx.loaders.nodeCitations.load(visit.id) }),
  }),
});

builder.node(MeetingRef, {
  description: 'Two or more actors meeting, holding talks, or speaking by phone or video: one node for all participants.',
  id: { resolve: (row) => row.id },
  ...nodesOfKind('meeting'),
  fields: (t) => ({
    participants: t.field({
      type: [ActorRef],
      resolve: async (meeting, _args, ctx) => (await ctx.loaders.neighbours('PARTICIPATED_IN', 'in').load(meeting.id)).map((n) => n.node),
    }),
    place: t.field({ type: PlaceRef, nullable: true, resolve: async (meeting, _args, ctx) => first(await ctx.loaders.neighbours('HELD_IN', 'out').load(meeting.id)) }),
    date: t.field({ type: DateRangeRef, nullable: true, resolve: dateRangeOf }),
    status: t.field({ type: EventStatus, resolve: (meeting) => meeting.status as 'OCCURRED' }),
    mode: t.field({ type: MeetingMode, nullable: true, resolve: (meeting) => meeting.mode as 'IN_PERSON' | null }),
    confidence: t.exposeFloat('confidence'),
    citations: t.field({ type: [CitationRef], resolve: (meeting, _args, ctx) => ctx.loaders.nodeCitations.load(meeting.id) }),
  }),
});

builder.node(StatementRef, {
  description: 'A public utterance attributed to a named speaker, possibly relayed by someone else.',
  id: { resolve: (row) => row.id },
  ...nodesOfKind('statement'),
  fields: (t) => ({
    speaker: t.field({ type: ActorRef, resolve: async (s, _args, ctx) => first(await ctx.loaders.neighbours('SAID', 'in').load(s.id))! }),
    reportedBy: t.field({ type: ActorRef, nullable: true, resolve: async (s, _args, ctx) => first(await ctx.loaders.neighbours('REPORTED', 'in').load(s.id)) }),
    medium: t.exposeString('medium', { nullable: true }),
    about: t.field({ type: [ActorRef], resolve: async (s, _args, ctx) => (await ctx.loaders.neighbours('ABOUT', 'out').load(s.id)).map((n) => n.node) }),
    date: t.field({ type: DateRangeRef, nullable: true, resolve: dateRangeOf }),
    quote: t.exposeString('quote', { nullable: true }),
    confidence: t.exposeFloat('confidence'),
    citations: t.field({ type: [CitationRef], resolve: (s, _args, ctx) => ctx.loaders.nodeCitations.load(s.id) }),
  }),
});

const MeetingFilter = builder.inputType('MeetingFilter', {
  fields: (t) => ({
    participant: t.id({ description: 'meetings this person or organization took part in' }),
    between: t.idList({ description: 'meetings in which all of these took part (usually two)' }),
    from: t.field({ type: 'Date', description: 'meetings on or after this date' }),
    to: t.field({ type: 'Date', description: 'meetings on or before this date' }),
    minConfidence: t.float({ description: 'only meetings at least this confident (0..1)' }),
  }),
});

builder.queryField('meetings', (t) =>
  t.connection(
    {
      type: MeetingRef,
      description: 'Meetings, oldest first; filter by participant, by a set of participants, by date window.',
      args: { filter: t.arg({ type: MeetingFilter }) },
      resolve: async (_root, args, ctx) => {
        const filter = args.filter ?? {};
        if (filter.from && filter.to && filter.from > filter.to)
          throw new GraphQLError('filter.from lies after filter.to', { extensions: { code: 'BAD_USER_INPUT', field: 'filter.from' } });
        const participants = [
          ...(filter.participant ? [decodeNodeId(String(filter.participant), 'filter.participant', ACTOR_TYPES)] : []),
          ...(filter.between ?? []).map((id) => decodeNodeId(String(id), 'filter.between', ACTOR_TYPES)),
        ];
        let total = 0;
        const connection = await resolveOffsetConnection({ args }, async (page) => {
          const result = await findMeetings(ctx.database.db, { participants, from: filter.from, to: filter.to, minConfidence: filter.minConfidence }, page);
          total = result.total;
          return (await ctx.loaders.node.loadMany(result.ids)) as NodeRow[];
        });
        return Object.assign(connection, { totalCount: total });
      },
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (parent) => (parent as { totalCount?: number }).totalCount ?? 0 }) }) },
  ),
);
