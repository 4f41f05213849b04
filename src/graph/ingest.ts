// One article in, one transaction: the article, its entities resolved against the graph,
// its events merged with what other articles reported, every node and edge cited.
import { createHash } from 'node:crypto';
import { eq, or, sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../db/client.js';
import { articles } from '../db/schema.js';
import { htmlToArticle } from '../extract/html.js';
import { extract } from '../extract/index.js';
import type { ArticleInput } from '../extract/types.js';
import { normalizeArticleText } from './fold.js';
import { INGEST_LOCK } from './ingest-lock.js';
import { storeExtraction } from './store.js';
import { InputError, validateArticle, DEFAULT_MAX_TEXT_BYTES } from './validate.js';

/** An article as a client sends it: plain text, or a web page's HTML to take the article from. */
export interface IngestInput extends Omit<ArticleInput, 'text'> {
  text?: string | null;
  html?: string | null;
}

/** HTML pages carry markup, scripts and navigation: they may be this many times the text limit. */
const HTML_SIZE_FACTOR = 10;

/** The article in a page (readability-style extraction); what the client sent wins over the page's meta tags. */
function articleFromInput(input: IngestInput, maxTextBytes: number): ArticleInput {
  const hasText = input.text != null, hasHtml = input.html != null;
  if (hasText === hasHtml) throw new InputError(hasText ? 'html' : 'text', hasText ? 'cannot come with text: send one of them' : 'or html is required');
  if (!hasHtml) return { ...input, text: input.text! };
  const html = input.html!;
  if (!html.trim()) throw new InputError('html', 'must not be empty');
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > maxTextBytes * HTML_SIZE_FACTOR) throw new InputError('html', `is ${bytes} bytes, over the limit of ${maxTextBytes * HTML_SIZE_FACTOR} bytes`);
  let page: ReturnType<typeof htmlToArticle>;
  try {
    page = htmlToArticle(html, input.url);
  } catch (error) {
    throw new InputError('html', (error as Error).message);
  }
  return {
    text: page.text,
    title: input.title ?? page.title,
    publisher: input.publisher ?? page.publisher,
    publishedAt: input.publishedAt ?? page.publishedAt,
    url: input.url ?? page.url,
  };
}

export interface IngestOptions {
  maxTextBytes?: number;
  now?: Date;
}

export interface IngestResult {
  articleId: number;
  /** false when the same URL or the same normalized text was stored already */
  created: boolean;
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeArticleText(text)).digest('hex');
}

async function findStored(database: Database, hash: string, url: string | null | undefined): Promise<number | null> {
  const match = url ? or(eq(articles.contentHash, hash), eq(articles.url, url)) : eq(articles.contentHash, hash);
  const [found] = await database.db.select({ id: articles.id, url: articles.url, retractedAt: articles.retractedAt }).from(articles).where(match).limit(1);
  if (found?.retractedAt)
    throw new InputError(url && found.url === url ? 'url' : 'text', `is article ${found.id}, retracted at ${found.retractedAt}: a retracted article is not ingested again`);
  return found?.id ?? null;
}

export async function ingestArticle(database: Database, raw: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
  const maxTextBytes = options.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  const input = validateArticle(articleFromInput(raw, maxTextBytes), { maxTextBytes, now: options.now });
  const hash = contentHash(input.text);
  const stored = await findStored(database, hash, input.url);
  if (stored != null) return { articleId: stored, created: false };

  const extraction = extract(input);
  const articleId = await database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${INGEST_LOCK})`);
    const [inserted] = rowsOf<{ id: number }>(
      await tx.execute(sql`
        insert into articles (url, content_hash, title, publisher, published_at, byline, dateline_place, text, sentences)
        values (${input.url ?? null}, ${hash}, ${extraction.title ?? input.title ?? null}, ${input.publisher ?? null},
          ${input.publishedAt ?? null}, ${extraction.byline}, ${extraction.dateline?.place?.name ?? null}, ${extraction.text},
          ${JSON.stringify(extraction.sentences.map((s) => ({ start: s.start, end: s.end })))}::jsonb)
        on conflict do nothing
        returning id`),
    );
    if (!inserted) return null;
    await storeExtraction(tx, Number(inserted.id), extraction, input.publishedAt ?? null);
    return Number(inserted.id);
  });
  if (articleId != null) return { articleId, created: true };
  // Another request stored the same article while this one was extracting.
  const winner = await findStored(database, hash, input.url);
  if (winner == null) throw new Error('article vanished after a conflicting insert');
  return { articleId: winner, created: false };
}

