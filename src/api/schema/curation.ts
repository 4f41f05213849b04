// Curation mutations (each with a reason, each written to the audit log) and the log itself.
import { resolveOffsetConnection } from '@pothos/plugin-relay';
import { desc, eq } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { builder, requireMutationAccess, type Context } from '../builder.js';
import { auditLog } from '../../db/schema.js';
import { addAlias, correctEvent, CurationError, mergeEntities, removeAlias, retractArticle, splitEntity } from '../../graph/curation.js';
import { ArticleRef } from './articles.js';
import { ActorRef, ACTOR_TYPES, decodeNodeId } from './refs.js';

type AuditRow = typeof auditLog.$inferSelect;

const AuditEntryRef = builder.objectRef<AuditRow>('AuditEntry').implement({
  description: 'One curation: what was done, why, and to what.',
  fields: (t) => ({
    id: t.exposeID('id'),
    action: t.exposeString('action'),
    reason: t.exposeString('reason'),
    details: t.string({ description: 'JSON of the IDs touched and what changed', resolve: (e) => JSON.stringify(e.details) }),
    at: t.exposeString('at'),
  }),
});

/** Runs a curation and turns its refusals into typed GraphQL errors naming the input field. */
async function curating<T>(ctx: Context, run: () => Promise<{ result: T; auditId: number }>) {
  requireMutationAccess(ctx);
  try {
    const { result, auditId } = await run();
    const [entry] = await ctx.database.db.select().from(auditLog).where(eq(auditLog.id, auditId));
    return { result, entry };
  } catch (error) {
    if (error instanceof CurationError)
      throw new GraphQLError(`input.${error.field} ${error.reason}`, { extensions: { code: error.code, field: `input.${error.field}` } });
    throw error;
  }
}

const reasonField = { required: true, description: 'why: it goes to the audit log' } as const;

const EntityPayload = builder.objectRef<{ result: number; entry: AuditRow }>('CurationPayload').implement({
  fields: (t) => ({
    entity: t.field({ type: ActorRef, resolve: async (p, _args, ctx) => (await ctx.loaders.node.load(p.result))! }),
    audit: t.field({ type: AuditEntryRef, resolve: (p) => p.entry }),
  }),
});

builder.mutationField('mergeEntities', (t) =>
  t.field({
    type: EntityPayload,
    description: 'Merges `merge` into `keep`: its names, mentions, roles and events move to `keep`.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('MergeEntitiesInput', {
          fields: (f) => ({ keep: f.id({ required: true }), merge: f.id({ required: true }), reason: f.string(reasonField) }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      curating(ctx, () => mergeEntities(ctx.database, decodeNodeId(String(input.keep), 'input.keep', ACTOR_TYPES), decodeNodeId(String(input.merge), 'input.merge', ACTOR_TYPES), input.reason)),
  }),
);

const SplitPayload = builder.objectRef<{ result: { originalId: number; splitId: number }; entry: AuditRow }>('SplitEntityPayload').implement({
  fields: (t) => ({
    original: t.field({ type: ActorRef, resolve: async (p, _args, ctx) => (await ctx.loaders.node.load(p.result.originalId))! }),
    split: t.field({ type: ActorRef, resolve: async (p, _args, ctx) => (await ctx.loaders.node.load(p.result.splitId))! }),
    audit: t.field({ type: AuditEntryRef, resolve: (p) => p.entry }),
  }),
});

builder.mutationField('splitEntity', (t) =>
  t.field({
    type: SplitPayload,
    description: 'Moves the mentions that the given articles made of an entity (and what only they support) to a new entity.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('SplitEntityInput', {
          fields: (f) => ({ entity: f.id({ required: true }), articles: f.idList({ required: true }), reason: f.string(reasonField) }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      curating(ctx, () =>
        splitEntity(
          ctx.database,
          decodeNodeId(String(input.entity), 'input.entity', ACTOR_TYPES),
          input.articles.map((a) => decodeNodeId(String(a), 'input.articles', ['Article'])),
          input.reason,
        ),
      ),
  }),
);

const AliasInput = builder.inputType('AliasInput', {
  fields: (f) => ({ entity: f.id({ required: true }), alias: f.string({ required: true }), reason: f.string(reasonField) }),
});

builder.mutationField('addAlias', (t) =>
  t.field({
    type: EntityPayload,
    args: { input: t.arg({ type: AliasInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      curating(ctx, () => addAlias(ctx.database, decodeNodeId(String(input.entity), 'input.entity', [...ACTOR_TYPES, 'Place']), input.alias, input.reason)),
  }),
);

builder.mutationField('removeAlias', (t) =>
  t.field({
    type: EntityPayload,
    description: 'Removes a form of the name; later articles using it will not put it back.',
    args: { input: t.arg({ type: AliasInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      curating(ctx, () => removeAlias(ctx.database, decodeNodeId(String(input.entity), 'input.entity', [...ACTOR_TYPES, 'Place']), input.alias, input.reason)),
  }),
);

const DateRangeInput = builder.inputType('DateRangeInput', {
  fields: (f) => ({
    start: f.field({ type: 'Date', required: true }),
    end: f.field({ type: 'Date', required: true }),
    precision: f.string({ required: true, description: 'DAY, WEEK, MONTH or YEAR' }),
  }),
});

const PlaceInput = builder.inputType('PlaceInput', {
  fields: (f) => ({ name: f.string({ required: true }), country: f.string({ description: 'ISO 3166-1 alpha-2' }) }),
});

const EventPayload = builder.objectRef<{ result: number; entry: AuditRow }>('CorrectEventPayload').implement({
  fields: (t) => ({
    eventId: t.id({ resolve: (p) => p.result }),
    audit: t.field({ type: AuditEntryRef, resolve: (p) => p.entry }),
  }),
});

const PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR'];
const STATUSES = ['OCCURRED', 'PLANNED', 'CANCELLED'];

builder.mutationField('correctEvent', (t) =>
  t.field({
    type: EventPayload,
    description: "Corrects a meeting's or visit's status, date, place or participants (for a visit, its one visitor).",
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('CorrectEventInput', {
          fields: (f) => ({
            event: f.id({ required: true }),
            status: f.string({ description: 'OCCURRED, PLANNED or CANCELLED' }),
            date: f.field({ type: DateRangeInput }),
            place: f.field({ type: PlaceInput }),
            participants: f.idList({ description: 'every participant of a meeting (two or more), or the one visitor of a visit' }),
            reason: f.string(reasonField),
          }),
        }),
      }),
    },
    resolve: (_root, { input }, ctx) => {
      const bad = (field: string, reason: string) => new GraphQLError(`input.${field} ${reason}`, { extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` } });
      if (input.status && !STATUSES.includes(input.status)) throw bad('status', `must be one of ${STATUSES.join(', ')}`);
      if (input.date && !PRECISIONS.includes(input.date.precision)) throw bad('date.precision', `must be one of ${PRECISIONS.join(', ')}`);
      if (input.place?.country && !/^[A-Za-z]{2}$/.test(input.place.country)) throw bad('place.country', 'must be an ISO 3166-1 alpha-2 code');
      return curating(ctx, () =>
        correctEvent(
          ctx.database,
          decodeNodeId(String(input.event), 'input.event', ['Meeting', 'Visit']),
          {
            status: input.status as 'OCCURRED' | null | undefined,
            date: input.date ? { start: input.date.start, end: input.date.end, precision: input.date.precision as 'DAY' } : null,
            place: input.place ? { name: input.place.name, country: input.place.country?.toUpperCase() ?? null } : null,
            participants: input.participants?.map((p) => decodeNodeId(String(p), 'input.participants', ACTOR_TYPES)) ?? null,
          },
          input.reason,
        ),
      );
    },
  }),
);

const RetractPayload = builder.objectRef<{ result: number; entry: AuditRow }>('RetractArticlePayload').implement({
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: async (p, _args, ctx) => (await ctx.loaders.article.load(p.result))! }),
    audit: t.field({ type: AuditEntryRef, resolve: (p) => p.entry }),
  }),
});

builder.mutationField('retractArticle', (t) =>
  t.field({
    type: RetractPayload,
    description: 'Retracts an article: its citations go, and the nodes and edges no other article supports.',
    args: {
      input: t.arg({
        required: true,
        type: builder.inputType('RetractArticleInput', { fields: (f) => ({ article: f.id({ required: true }), reason: f.string(reasonField) }) }),
      }),
    },
    resolve: (_root, { input }, ctx) =>
      curating(ctx, () => retractArticle(ctx.database, decodeNodeId(String(input.article), 'input.article', ['Article']), input.reason)),
  }),
);

builder.queryField('auditLog', (t) =>
  t.connection({
    type: AuditEntryRef,
    description: 'Every curation, the latest first.',
    resolve: (_root, args, ctx) =>
      resolveOffsetConnection({ args }, ({ limit, offset }) =>
        ctx.database.db.select().from(auditLog).orderBy(desc(auditLog.id)).limit(limit).offset(offset),
      ),
  }),
);
