// Questions across the graph: chains of meetings, neighbourhoods, counts for dashboards, roles over time.
import { builder } from '../builder.js';
import { findRoles, meetingNeighbourhood, meetingsPerMonth, meetingsPerPair, shortestMeetingChain, MAX_HOPS } from '../../graph/analytics.js';
import type { NodeRow } from '../../graph/loaders.js';
import { ACTOR_TYPES, ActorRef, CountryRef, MeetingRef, OrganizationRef, PersonRef, RoleRef, decodeNodeId } from './refs.js';

const present = (rows: (NodeRow | null | Error)[]) => rows.filter((r): r is NodeRow => !!r && !(r instanceof Error));

const ChainRef = builder.objectRef<{ actorIds: number[]; meetingIds: number[] }>('MeetingChain').implement({
  description: 'A chain of meetings: actors[i] met actors[i + 1] at meetings[i].',
  fields: (t) => ({
    hops: t.int({ resolve: (c) => c.meetingIds.length }),
    actors: t.field({ type: [ActorRef], resolve: async (c, _args, ctx) => present(await ctx.loaders.node.loadMany(c.actorIds)) }),
    meetings: t.field({ type: [MeetingRef], resolve: async (c, _args, ctx) => present(await ctx.loaders.node.loadMany(c.meetingIds)) }),
  }),
});

builder.queryField('meetingChain', (t) =>
  t.field({
    type: ChainRef,
    nullable: true,
    description: `The shortest chain of meetings between two actors, at most ${MAX_HOPS} meetings long.`,
    args: { from: t.arg.id({ required: true }), to: t.arg.id({ required: true }), maxHops: t.arg.int({ defaultValue: 3 }) },
    resolve: (_root, args, ctx) =>
      shortestMeetingChain(ctx.database.db, decodeNodeId(String(args.from), 'from', ACTOR_TYPES), decodeNodeId(String(args.to), 'to', ACTOR_TYPES), args.maxHops ?? 3),
  }),
);

const ReachRef = builder.objectRef<{ actorId: number; distance: number }>('Reach').implement({
  fields: (t) => ({
    actor: t.field({ type: ActorRef, resolve: async (r, _args, ctx) => (await ctx.loaders.node.load(r.actorId))! }),
    distance: t.exposeInt('distance', { description: 'meetings between them: 1 = met directly' }),
  }),
});

builder.objectField(PersonRef, 'network', (t) =>
  t.field({
    type: [ReachRef],
    description: `Everyone within \`depth\` meetings of this person (at most ${MAX_HOPS}), nearest first.`,
    args: { depth: t.arg.int({ defaultValue: 2 }) },
    resolve: (person, args, ctx) => meetingNeighbourhood(ctx.database.db, person.id, args.depth ?? 2),
  }),
);

builder.objectField(CountryRef, 'governments', (t) =>
  t.field({ type: [OrganizationRef], description: 'the governments of this state the graph knows', resolve: (c, _args, ctx) => ctx.loaders.governmentsOf.load(c.code) }),
);

const MonthCountRef = builder.objectRef<{ month: string; meetings: number }>('MonthCount').implement({
  fields: (t) => ({ month: t.exposeString('month', { description: 'YYYY-MM' }), meetings: t.exposeInt('meetings') }),
});

const PairCountRef = builder.objectRef<{ a: number; b: number; meetings: number; first: string | null; last: string | null }>('PairCount').implement({
  fields: (t) => ({
    actors: t.field({ type: [ActorRef], resolve: async (p, _args, ctx) => present(await ctx.loaders.node.loadMany([p.a, p.b])) }),
    meetings: t.exposeInt('meetings'),
    first: t.field({ type: 'Date', nullable: true, resolve: (p) => p.first }),
    last: t.field({ type: 'Date', nullable: true, resolve: (p) => p.last }),
  }),
});

builder.queryField('meetingsPerMonth', (t) =>
  t.field({
    type: [MonthCountRef],
    description: 'Meetings per month; a meeting reported by several articles counts once.',
    args: { from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
    resolve: (_root, args, ctx) => meetingsPerMonth(ctx.database.db, args),
  }),
);

builder.queryField('meetingsPerPair', (t) =>
  t.field({
    type: [PairCountRef],
    description: 'The pairs who met most often; a meeting reported by several articles counts once.',
    args: { from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }), first: t.arg.int({ defaultValue: 20 }) },
    resolve: (_root, args, ctx) => meetingsPerPair(ctx.database.db, args, Math.min(Math.max(args.first ?? 20, 1), 100)),
  }),
);

builder.queryField('roles', (t) =>
  t.field({
    type: [RoleRef],
    description: 'Offices held, by state, title and portfolio, seen within a window: "who was Russia\'s envoy for Afghanistan in 2023".',
    args: {
      country: t.arg.string({ description: 'ISO 3166-1 alpha-2 of the state served' }),
      title: t.arg.string({ description: 'part of the title, e.g. "envoy"' }),
      portfolio: t.arg.string({ description: 'part of the portfolio, e.g. "Afghanistan"' }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      first: t.arg.int({ defaultValue: 50 }),
    },
    resolve: async (_root, args, ctx) => {
      const ids = await findRoles(ctx.database.db, args, Math.min(Math.max(args.first ?? 50, 1), 200));
      const found = await ctx.loaders.edgeWithEnds.loadMany(ids);
      return found.flatMap((f) => (f && !(f instanceof Error) ? [{ edge: f.edge, person: f.src, organization: f.dst }] : []));
    },
  }),
);
