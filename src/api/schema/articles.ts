// Articles, the citations that tie every fact to a sentence, and the ingest mutation.
import { isNull } from 'drizzle-orm';
import { GraphQLError } from 'graphql';
import { builder, requireMutationAccess } from '../builder.js';
import { ingestArticle } from '../../graph/ingest.js';
import type { CitationRow, NodeRow } from '../../graph/loaders.js';
import { InputError } from '../../graph/validate.js';
import { articles } from '../../db/schema.js';
import { MeetingRef, OrganizationRef, PersonRef, StatementRef, VisitRef } from './refs.js';

export const MIN_CONFIDENCE = 'only facts at least this confident (0..1)';

export const ArticleRef = builder.drizzleNode('articles', {
  name: 'Article',
  description: 'A news article as ingested, with what diplograph read in it.',
  id: { column: (article) => article.id },
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
    publishedAt: t.expose('publishedAt', { type: 'Date', nullable: true }),
    byline: t.exposeString('byline', { nullable: true }),
    dateline: t.exposeString('datelinePlace', { nullable: true, description: 'where the story was filed' }),
    text: t.exposeString('text', { description: 'the article body after site noise was removed; citations index its sentences' }),
    ingestedAt: t.exposeString('ingestedAt'),
    retractedAt: t.exposeString('retractedAt', { nullable: true, description: 'set when an analyst retracted the article' }),
    people: t.field({
      type: [PersonRef],
      description: 'people mentioned in this article',
      resolve: (article, _args, ctx) => ctx.loaders.articleNodes('person').load(article.id),
    }),
    organizations: t.field({
      type: [OrganizationRef],
      description: 'governments, ministries, embassies, international bodies… mentioned in this article',
      resolve: (article, _args, ctx) => ctx.loaders.articleNodes('organization').load(article.id),
    }),
    visits: t.field({
      type: [VisitRef],
      args: { minConfidence: t.arg.float({ description: MIN_CONFIDENCE }) },
      resolve: (article, args, ctx) => ctx.loaders.articleNodes('visit').load(article.id).then(aboveThreshold(args.minConfidence)),
    }),
    meetings: t.field({
      type: [MeetingRef],
      args: { minConfidence: t.arg.float({ description: MIN_CONFIDENCE }) },
      resolve: (article, args, ctx) => ctx.loaders.articleNodes('meeting').load(article.id).then(aboveThreshold(args.minConfidence)),
    }),
    statements: t.field({
      type: [StatementRef],
      args: { minConfidence: t.arg.float({ description: MIN_CONFIDENCE }) },
      resolve: (article, args, ctx) => ctx.loaders.articleNodes('statement').load(article.id).then(aboveThreshold(args.minConfidence)),
    }),
  }),
});

export function aboveThreshold(minConfidence: number | null | undefined) {
  return (rows: NodeRow[]) => (minConfidence == null ? rows : rows.filter((r) => r.confidence >= minConfidence));
}

const SpanRef = builder.objectRef<{ start: number; end: number }>('Span').implement({
  description: 'Character offsets into Article.text',
  fields: (t) => ({ start: t.exposeInt('start'), end: t.exposeInt('end') }),
});

export const CitationRef = builder.objectRef<CitationRow>('Citation').implement({
  description: 'The sentence of an article that supports a fact.',
  fields: (t) => ({
    article: t.field({
      type: ArticleRef,
      resolve: async (citation, _args, ctx) => (await ctx.loaders.article.load(citation.articleId))!,
    }),
    sentence: t.exposeInt('sentence', { description: 'index of the sentence in Article.text, from 0' }),
    quote: t.exposeString('quote', { description: 'the sentence itself' }),
    span: t.field({ type: SpanRef, resolve: (c) => ({ start: c.spanStart, end: c.spanEnd }) }),
    confidence: t.exposeFloat('confidence'),
  }),
});

builder.queryField('articles', (t) =>
  t.drizzleConnection({
    type: 'articles',
    description: 'Articles, the most recently ingested first (retracted ones left out).',
    totalCount: (_parent, _args, ctx) => ctx.database.db.$count(articles, isNull(articles.retractedAt)),
    resolve: (query, _parent, _args, ctx) =>
      ctx.database.db.query.articles.findMany(query({ where: { retractedAt: { isNull: true } }, orderBy: { id: 'desc' } })),
  }),
);

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    text: t.string({ description: 'the article as plain text (or send html)' }),
    html: t.string({ description: "a web page's HTML: the article and its title, publisher and date are taken from it" }),
    title: t.string(),
    url: t.string({ description: 'canonical URL; the same URL is never ingested twice' }),
    publisher: t.string(),
    publishedAt: t.field({ type: 'Date', description: 'anchors relative dates ("on Tuesday")' }),
  }),
});

const IngestArticlePayload = builder.objectRef<{ created: boolean; articleId: number }>('IngestArticlePayload').implement({
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: async (payload, _args, ctx) => (await ctx.loaders.article.load(payload.articleId))! }),
    created: t.exposeBoolean('created', { description: 'false when this article (same URL or same normalized text) was stored already' }),
  }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description: 'Reads an article into the graph in one transaction. Idempotent by URL and by normalized text.',
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      requireMutationAccess(ctx);
      try {
        const result = await ingestArticle(ctx.database, input, { maxTextBytes: ctx.maxTextBytes });
        return { created: result.created, articleId: result.articleId };
      } catch (error) {
        if (error instanceof InputError)
          throw new GraphQLError(`input.${error.field} ${error.reason}`, { extensions: { code: 'BAD_USER_INPUT', field: `input.${error.field}` } });
        throw error;
      }
    },
  }),
);
