// People and organizations (the actors), their roles, and who met whom.
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { builder } from '../builder.js';
import type { MetWithRow, NodeRow, ResolutionRow } from '../../graph/loaders.js';
import { searchPeople } from '../../graph/queries.js';
import { aboveThreshold, ArticleRef, CitationRef, MIN_CONFIDENCE } from './articles.js';
import { countryOf } from './places.js';
import {
  ActorRef,
  CountryRef,
  MeetingRef,
  OrganizationRef,
  PersonRef,
  RoleRef,
  StatementRef,
  VisitRef,
  nodesOfKind,
} from './refs.js';

const OrganizationKind = builder.enumType('OrganizationKind', {
  values: ['GOVERNMENT', 'MINISTRY', 'EMBASSY', 'INTERNATIONAL', 'PARTY', 'ARMED_GROUP', 'OTHER'] as const,
});

ActorRef.implement({
  description: 'Someone who acts: a person or an organization.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (actor) => (actor.kind === 'person' ? 'Person' : 'Organization'),
  fields: (t) => ({
    name: t.exposeString('name'),
    aliases: t.stringList({
      description: 'every other form of the name seen in articles',
      resolve: async (actor, _args, ctx) => (await ctx.loaders.aliasesOf.load(actor.id)).filter((a) => a !== actor.name),
    }),
    country: t.field({ type: CountryRef, nullable: true, description: 'the state served', resolve: (actor) => countryOf(actor.countryCode) }),
    citations: t.field({ type: [CitationRef], resolve: (actor, _args, ctx) => ctx.loaders.nodeCitations.load(actor.id) }),
    confidence: t.exposeFloat('confidence'),
    resolutions: t.field({
      type: [ResolutionRef],
      description: 'why each article\'s mention was linked to this entity',
      resolve: (actor, _args, ctx) => ctx.loaders.resolutionsOf.load(actor.id),
    }),
  }),
});

const ResolutionRule = builder.enumType('ResolutionRule', {
  values: {
    ALIAS: { value: 'alias', description: 'a stored form of the name equals one the article used' },
    VARIANT: { value: 'variant', description: 'a spelling variant of a stored full name, same state served' },
    EXTENSION: { value: 'extension', description: 'one full name extends the other, same state served' },
    PHONETIC: { value: 'phonetic', description: 'the same sounds token by token (Double Metaphone), same state served' },
    INITIALS: { value: 'initials', description: 'an initial for the given name, when a single person of that state fits' },
    GOVERNMENT: { value: 'government', description: 'the government of the same state, by another of its names' },
    SURNAME: { value: 'surname', description: 'a lone surname that fits exactly one stored person' },
    CREATED: { value: 'created', description: 'nothing stored fitted: a new entity' },
  } as const,
});

const ResolutionRef = builder.objectRef<ResolutionRow>('Resolution').implement({
  description: 'How one article\'s mention was linked to an entity.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: async (r, _args, ctx) => (await ctx.loaders.article.load(r.articleId))! }),
    forms: t.exposeStringList('forms', { description: 'the forms of the name the article used, its fullest first' }),
    rule: t.field({ type: ResolutionRule, resolve: (r) => r.rule as 'alias' }),
    score: t.exposeFloat('score'),
    matched: t.exposeString('matched', { nullable: true, description: 'the stored form (folded) that matched' }),
  }),
});

const MetWithRef = builder.objectRef<MetWithRow & { personId: number }>('MetWith').implement({
  description: 'Someone a person met, with the meetings and when.',
  fields: (t) => ({
    with: t.field({ type: ActorRef, resolve: async (row, _args, ctx) => (await ctx.loaders.node.load(row.otherId))! }),
    count: t.int({ resolve: (row) => row.meetingIds.length }),
    first: t.field({ type: 'Date', nullable: true, resolve: (row) => row.first }),
    last: t.field({ type: 'Date', nullable: true, resolve: (row) => row.last }),
    meetings: t.field({
      type: [MeetingRef],
      resolve: async (row, _args, ctx) => (await ctx.loaders.node.loadMany(row.meetingIds)).filter((m): m is NodeRow => !!m && !(m instanceof Error)),
    }),
  }),
});

RoleRef.implement({
  description: 'An office a person held for a government or body, with when it was seen.',
  fields: (t) => ({
    title: t.string({ resolve: (role) => role.edge.props.title ?? '' }),
    portfolio: t.string({ nullable: true, resolve: (role) => role.edge.props.portfolio ?? null }),
    person: t.field({ type: PersonRef, resolve: (role) => role.person }),
    organization: t.field({ type: OrganizationRef, resolve: (role) => role.organization }),
    country: t.field({ type: CountryRef, nullable: true, resolve: (role) => countryOf(role.organization.countryCode) }),
    firstSeen: t.field({ type: 'Date', nullable: true, resolve: (role) => role.edge.validFrom }),
    lastSeen: t.field({ type: 'Date', nullable: true, resolve: (role) => role.edge.validTo }),
    citations: t.field({ type: [CitationRef], resolve: (role, _args, ctx) => ctx.loaders.edgeCitations.load(role.edge.id) }),
  }),
});

builder.node(PersonRef, {
  description: 'An envoy, minister, spokesperson… anyone named in the news.',
  interfaces: [ActorRef],
  id: { resolve: (person) => person.id },
  ...nodesOfKind('person'),
  fields: (t) => ({
    roles: t.field({
      type: [RoleRef],
      resolve: async (person, _args, ctx) =>
        (await ctx.loaders.neighbours('HOLDS_ROLE', 'out').load(person.id)).map(({ edge, node }) => ({ edge, person, organization: node })),
    }),
    meetings: t.field({
      type: [MeetingRef],
      args: { minConfidence: t.arg.float({ description: MIN_CONFIDENCE }) },
      resolve: async (person, args, ctx) =>
        aboveThreshold(args.minConfidence)((await ctx.loaders.neighbours('PARTICIPATED_IN', 'out').load(person.id)).map((n) => n.node)),
    }),
    visits: t.field({
      type: [VisitRef],
      args: { minConfidence: t.arg.float({ description: MIN_CONFIDENCE }) },
      resolve: async (person, args, ctx) =>
        aboveThreshold(args.minConfidence)((await ctx.loaders.neighbours('VISITED', 'out').load(person.id)).map((n) => n.node)),
    }),
    statements: t.field({
      type: [StatementRef],
      args: { minConfidence: t.arg.float({ description: MIN_CONFIDENCE }) },
      resolve: async (person, args, ctx) =>
        aboveThreshold(args.minConfidence)((await ctx.loaders.neighbours('SAID', 'out').load(person.id)).map((n) => n.node)),
    }),
    metWith: t.field({
      type: [MetWithRef],
      description: 'everyone this person met, most meetings first',
      resolve: async (person, _args, ctx) => (await ctx.loaders.metWith.load(person.id)).map((row) => ({ ...row, personId: person.id })),
    }),
  }),
});

builder.node(OrganizationRef, {
  description: 'A government, ministry, embassy, international body, party or armed group.',
  interfaces: [ActorRef],
  id: { resolve: (org) => org.id },
  ...nodesOfKind('organization'),
  fields: (t) => ({
    kind: t.field({ type: OrganizationKind, resolve: (org) => (org.orgKind ?? 'other').toUpperCase() as 'OTHER' }),
    representatives: t.field({
      type: [RoleRef],
      description: 'people seen holding an office for this organization',
      resolve: async (org, _args, ctx) =>
        (await ctx.loaders.neighbours('HOLDS_ROLE', 'in').load(org.id)).map(({ edge, node }) => ({ edge, person: node, organization: org })),
    }),
  }),
});

builder.queryField('people', (t) =>
  t.connection(
    {
      type: PersonRef,
      description: 'People, by name; `search` matches any recorded form of the name, `country` the state served.',
      args: { search: t.arg.string(), country: t.arg.string({ description: 'ISO 3166-1 alpha-2' }) },
      resolve: async (_root, args, ctx) => {
        let total = 0;
        const connection = await resolveOffsetConnection({ args }, async (page) => {
          const result = await searchPeople(ctx.database.db, args, page);
          total = result.total;
          return (await ctx.loaders.node.loadMany(result.ids)) as NodeRow[];
        });
        return Object.assign(connection, { totalCount: total });
      },
    },
    { fields: (c) => ({ totalCount: c.int({ resolve: (parent) => (parent as { totalCount?: number }).totalCount ?? 0 }) }) },
  ),
);
