// The whole graph as plain JSON: nodes with their aliases, typed edges, articles and citations.
import { asc } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { aliases, articles, citations, edges, nodes } from '../db/schema.js';

export async function exportGraph(database: Database) {
  const { db } = database;
  const [nodeRows, aliasRows, edgeRows, articleRows, citationRows] = await Promise.all([
    db.select().from(nodes).orderBy(asc(nodes.id)),
    db.select().from(aliases).orderBy(asc(aliases.id)),
    db.select().from(edges).orderBy(asc(edges.id)),
    db.select({ id: articles.id, url: articles.url, title: articles.title, publisher: articles.publisher, publishedAt: articles.publishedAt }).from(articles).orderBy(asc(articles.id)),
    db.select().from(citations).orderBy(asc(citations.id)),
  ]);
  const aliasesOf = new Map<number, string[]>();
  for (const a of aliasRows) aliasesOf.set(a.nodeId, [...(aliasesOf.get(a.nodeId) ?? []), a.alias]);
  return {
    nodes: nodeRows.map((n) => ({ ...n, aliases: aliasesOf.get(n.id) ?? [] })),
    edges: edgeRows,
    articles: articleRows,
    citations: citationRows,
  };
}
