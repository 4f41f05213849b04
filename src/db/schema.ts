// The graph in Postgres: typed nodes, typed directed edges, aliases, articles and citations.
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

export const NODE_KINDS = ['person', 'organization', 'place', 'meeting', 'visit', 'statement'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_TYPES = [
  'PARTICIPATED_IN', // actor → meeting
  'VISITED', // actor → visit
  'HELD_IN', // meeting | visit → place
  'SAID', // actor → statement
  'REPORTED', // actor → statement it relayed
  'ABOUT', // statement → actor
  'HOLDS_ROLE', // person → organization (title, portfolio, country in props)
  'REPRESENTS', // person | organization → organization (government) it acts for
  'PART_OF', // ministry | embassy → government
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

export const articles = pgTable(
  'articles',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    url: text('url'),
    contentHash: text('content_hash').notNull(),
    title: text('title'),
    publisher: text('publisher'),
    publishedAt: date('published_at', { mode: 'string' }),
    byline: text('byline'),
    datelinePlace: text('dateline_place'),
    text: text('text').notNull(),
    sentences: jsonb('sentences').$type<{ start: number; end: number }[]>().notNull(),
    ingestedAt: timestamp('ingested_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    /** set when an analyst retracted the article: its facts are gone, the same article is refused */
    retractedAt: timestamp('retracted_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('articles_url_key').on(t.url),
    uniqueIndex('articles_content_hash_key').on(t.contentHash),
    index('articles_published_at_idx').on(t.publishedAt),
  ],
);

export const nodes = pgTable(
  'nodes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').$type<NodeKind>().notNull(),
    /** person, organization, place: display name; events: a short label */
    name: text('name').notNull(),
    /** folded name (case, accents, punctuation, honorifics, transliteration) for matching */
    nameKey: text('name_key').notNull(),
    /** organization kind: government | ministry | embassy | international | party | armed_group | other */
    orgKind: text('org_kind'),
    /** ISO 3166-1 alpha-2: the state a person or organization serves, a place lies in, a visit goes to */
    countryCode: text('country_code'),
    status: text('status'),
    dateStart: date('date_start', { mode: 'string' }),
    dateEnd: date('date_end', { mode: 'string' }),
    datePrecision: text('date_precision'),
    mode: text('mode'),
    medium: text('medium'),
    quote: text('quote'),
    confidence: real('confidence').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('nodes_kind_name_key_idx').on(t.kind, t.nameKey),
    index('nodes_kind_org_kind_country_idx').on(t.kind, t.orgKind, t.countryCode),
    index('nodes_kind_date_idx').on(t.kind, t.dateStart),
    index('nodes_name_key_trgm_idx').using('gin', sql`${t.nameKey} gin_trgm_ops`),
    check('nodes_kind_check', sql`${t.kind} in ('person','organization','place','meeting','visit','statement')`),
  ],
);

export const edges = pgTable(
  'edges',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').$type<EdgeType>().notNull(),
    srcId: bigint('src_id', { mode: 'number' })
      .notNull()
      .references(() => nodes.id, { onDelete: 'cascade' }),
    dstId: bigint('dst_id', { mode: 'number' })
      .notNull()
      .references(() => nodes.id, { onDelete: 'cascade' }),
    /** edge-specific attributes: role title, portfolio */
    props: jsonb('props').$type<Record<string, string | null>>().notNull().default({}),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    confidence: real('confidence').notNull().default(1),
  },
  (t) => [
    index('edges_src_type_idx').on(t.srcId, t.type),
    index('edges_dst_type_idx').on(t.dstId, t.type),
    uniqueIndex('edges_identity_key').on(t.type, t.srcId, t.dstId, sql`coalesce(${t.props}->>'title', '')`),
  ],
);

export const aliases = pgTable(
  'aliases',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    nodeId: bigint('node_id', { mode: 'number' })
      .notNull()
      .references(() => nodes.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    aliasKey: text('alias_key').notNull(),
    /** Double Metaphone of each token of the folded form (fuzzystrmatch): Mahmud/Mahmood, Saeed/Said */
    phoneticKey: text('phonetic_key'),
  },
  (t) => [
    index('aliases_phonetic_key_idx').on(t.phoneticKey),
    uniqueIndex('aliases_node_form_key').on(t.nodeId, t.alias),
    index('aliases_node_alias_key_idx').on(t.nodeId, t.aliasKey),
    index('aliases_alias_key_idx').on(t.aliasKey),
    index('aliases_alias_key_trgm_idx').using('gin', sql`${t.aliasKey} gin_trgm_ops`),
  ],
);

export const citations = pgTable(
  'citations',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    articleId: bigint('article_id', { mode: 'number' })
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    nodeId: bigint('node_id', { mode: 'number' }).references(() => nodes.id, { onDelete: 'cascade' }),
    edgeId: bigint('edge_id', { mode: 'number' }).references(() => edges.id, { onDelete: 'cascade' }),
    sentence: integer('sentence').notNull(),
    spanStart: integer('span_start').notNull(),
    spanEnd: integer('span_end').notNull(),
    quote: text('quote').notNull(),
    confidence: real('confidence').notNull().default(1),
  },
  (t) => [
    index('citations_article_idx').on(t.articleId),
    index('citations_node_idx').on(t.nodeId),
    index('citations_edge_idx').on(t.edgeId),
    check('citations_target_check', sql`(${t.nodeId} is null) <> (${t.edgeId} is null)`),
  ],
);

/** Why a mention in an article became (or joined) a node: the rule and its score. */
export const resolutions = pgTable(
  'resolutions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    articleId: bigint('article_id', { mode: 'number' })
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    nodeId: bigint('node_id', { mode: 'number' })
      .notNull()
      .references(() => nodes.id, { onDelete: 'cascade' }),
    /** the forms the article used */
    forms: jsonb('forms').$type<string[]>().notNull(),
    rule: text('rule').notNull(),
    score: real('score').notNull(),
    /** the stored form that matched, when a stored node was matched */
    matched: text('matched'),
  },
  (t) => [index('resolutions_node_idx').on(t.nodeId), index('resolutions_article_idx').on(t.articleId)],
);

/** How many articles gave a node each name: the display name is the fullest, the most used among equals. */
export const nameVotes = pgTable(
  'name_votes',
  {
    nodeId: bigint('node_id', { mode: 'number' })
      .notNull()
      .references(() => nodes.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    uses: integer('uses').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.nodeId, t.name] })],
);

/** Forms an analyst removed from a node: never re-added to it by later articles. */
export const suppressedAliases = pgTable(
  'suppressed_aliases',
  {
    nodeId: bigint('node_id', { mode: 'number' })
      .notNull()
      .references(() => nodes.id, { onDelete: 'cascade' }),
    aliasKey: text('alias_key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.nodeId, t.aliasKey] })],
);

/** Every curation an analyst made, with the reason given. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    action: text('action').notNull(),
    reason: text('reason').notNull(),
    /** the ids the action touched and what changed */
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_at_idx').on(t.at)],
);
