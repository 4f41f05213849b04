import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  /** Main article text, paragraphs separated by one blank line. */
  text: string;
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD as the publisher wrote it (its own time zone). */
  publishedAt: string | null;
  url: string | null;
}

const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre';
const DROPPED_SELECTOR = 'script, style, noscript, template, nav, footer, aside, form, iframe, figure, figcaption';

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const orNull = (s: string | null | undefined): string | null => squash(s) || null;

function toIsoDate(value: string | null | undefined): string | null {
  const text = squash(value);
  if (!text) return null;
  const written = /^(\d{4}-\d{2}-\d{2})/.exec(text);
  if (written) return written[1];
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

function absoluteUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const value = squash(href);
  if (!value) return null;
  try {
    return new URL(value, base ?? undefined).href;
  } catch {
    return null;
  }
}

interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  publisher: string | null;
}

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

/** The first article object in the page's JSON-LD, searched through arrays and @graph, which Readability skips. */
function jsonLdArticle(document: Document): JsonLdArticle | null {
  const queue: unknown[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      queue.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // Malformed JSON-LD is common; the other metadata sources remain.
    }
  }
  while (queue.length) {
    const item = queue.shift();
    if (Array.isArray(item)) {
      queue.push(...item);
    } else if (item && typeof item === 'object') {
      const node = item as Record<string, unknown>;
      const types = ([] as unknown[]).concat(node['@type'] ?? []);
      if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) {
        const text = (v: unknown): string | null => (typeof v === 'string' ? orNull(v) : null);
        const publisher = node.publisher as Record<string, unknown> | undefined;
        return {
          headline: text(node.headline) ?? text(node.name),
          datePublished: text(node.datePublished) ?? text(node.dateCreated),
          publisher: text(publisher?.name),
        };
      }
      if (node['@graph']) queue.push(node['@graph']);
    }
  }
  return null;
}

/** Paragraph texts of Readability's article HTML: innermost blocks only, so nested lists are not repeated. */
function paragraphsOf(contentHtml: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  for (const node of document.querySelectorAll(DROPPED_SELECTOR)) node.remove();
  const blocks = [...document.querySelectorAll(BLOCK_SELECTOR)].filter((el) => !el.querySelector(BLOCK_SELECTOR));
  const texts = blocks.map((el) => squash(el.textContent)).filter(Boolean);
  return texts.length ? texts : squash(document.body.textContent) ? [squash(document.body.textContent)] : [];
}

export function htmlToArticle(html: string, url?: string | null): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (selector: string): string | null => orNull(document.querySelector(selector)?.getAttribute('content'));
  // Read before Readability, which rewrites the document in place.
  const pageUrl =
    absoluteUrl(meta('meta[property="og:url"]'), url) ??
    absoluteUrl(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), url) ??
    orNull(url);
  const fallbackPublishedAt =
    meta('meta[itemprop="datePublished"]') ??
    meta('meta[name="pubdate"], meta[name="publish-date"], meta[name="date"], meta[name="DC.date.issued"]') ??
    orNull(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const fallbackPublisher = meta('meta[name="publisher"], meta[name="application-name"]');
  const linkedData = jsonLdArticle(document as unknown as Document);

  const article = new Readability(document as unknown as Document).parse();
  const paragraphs = article?.content ? paragraphsOf(article.content) : [];
  if (!article || !paragraphs.length) {
    throw new Error('htmlToArticle: no readable article found in the HTML (is it an article page?)');
  }
  return {
    text: paragraphs.join('\n\n'),
    title: linkedData?.headline ?? orNull(article.title),
    publisher: orNull(article.siteName) ?? linkedData?.publisher ?? fallbackPublisher,
    publishedAt:
      toIsoDate(article.publishedTime) ?? toIsoDate(linkedData?.datePublished) ?? toIsoDate(fallbackPublishedAt),
    url: pageUrl,
  };
}
