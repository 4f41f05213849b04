// Batched reads for the API: whatever a GraphQL request asks for, each loader costs one SQL
// statement per level of the query, never one per row.
import DataLoader from 'dataloader';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import { aliases, articles, citations, edges, nodes, resolutions, type EdgeType, type NodeKind } from '../db/schema.js';

export type NodeRow = typeof nodes.$inferSelect;
export type EdgeRow = typeof edges.$inferSelect;
export type CitationRow = typeof citations.$inferSelect;
export type ArticleRow = typeof articles.$inferSelect;
export type ResolutionRow = typeof resolutions.$inferSelect;

export interface Neighbour {
  edge: EdgeRow;
  node: NodeRow;
}

export interface MetWithRow {
  otherId: number;
  meetingIds: number[];
  first: string | null;
  last: string | null;
}

function groupBy<T>(keys: readonly number[], rows: T[], keyOf: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((k) => groups.get(k)!);
}

const eventOrder = sql`${nodes.dateStart} asc nulls last, ${nodes.id} asc`;

export function createLoaders(db: Db) {
  const node = new DataLoader<number, NodeRow | null>(async (ids) => {
    const rows = await db.select().from(nodes).where(inArray(nodes.id, [...ids]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const article = new DataLoader<number, ArticleRow | null>(async (ids) => {
    const rows = await db.select().from(articles).where(inArray(articles.id, [...ids]));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const aliasesOf = new DataLoader<number, string[]>(async (ids) => {
    const rows = await db.select({ nodeId: aliases.nodeId, alias: aliases.alias }).from(aliases).where(inArray(aliases.nodeId, [...ids])).orderBy(asc(aliases.id));
    return groupBy(ids, rows, (r) => r.nodeId).map((group) => group.map((r) => r.alias));
  });

  const nodeCitations = new DataLoader<number, CitationRow[]>(async (ids) => {
    const rows = await db.select().from(citations).where(inArray(citations.nodeId, [...ids])).orderBy(asc(citations.articleId), asc(citations.sentence), asc(citations.id));
    return groupBy(ids, rows, (r) => r.nodeId!);
  });

  const edgeCitations = new DataLoader<number, CitationRow[]>(async (ids) => {
    const rows = await db.select().from(citations).where(inArray(citations.edgeId, [...ids])).orderBy(asc(citations.articleId), asc(citations.sentence), asc(citations.id));
    return groupBy(ids, rows, (r) => r.edgeId!);
  });

  /** Edges by id with the nodes at both ends. */
  const edgeWithEnds = new DataLoader<number, { edge: EdgeRow; src: NodeRow; dst: NodeRow } | null>(async (ids) => {
    const found = await db.select().from(edges).where(inArray(edges.id, [...ids]));
    const ends = await node.loadMany(found.flatMap((e) => [e.srcId, e.dstId]));
    const byNode = new Map(ends.filter((n): n is NodeRow => !!n && !(n instanceof Error)).map((n) => [n.id, n]));
    const byId = new Map(found.map((e) => [e.id, { edge: e, src: byNode.get(e.srcId)!, dst: byNode.get(e.dstId)! }]));
    return ids.map((id) => byId.get(id) ?? null);
  });

  const governmentsOf = new DataLoader<string, NodeRow[]>(async (codes) => {
    const rows = await db.select().from(nodes).where(and(eq(nodes.kind, 'organization'), eq(nodes.orgKind, 'government'), inArray(nodes.countryCode, [...codes]))).orderBy(asc(nodes.id));
    const groups = new Map<string, NodeRow[]>(codes.map((c) => [c, []]));
    for (const row of rows) groups.get(row.countryCode!)?.push(row);
    return codes.map((c) => groups.get(c)!);
  });

  const resolutionsOf = new DataLoader<number, ResolutionRow[]>(async (ids) => {
    const rows = await db.select().from(resolutions).where(inArray(resolutions.nodeId, [...ids])).orderBy(asc(resolutions.articleId), asc(resolutions.id));
    return groupBy(ids, rows, (r) => r.nodeId);
  });

  const neighbourLoaders = new Map<string, DataLoader<number, Neighbour[]>>();
  /** Nodes joined to `id` by edges of `type`; 'out' follows src → dst, 'in' dst → src. */
  function neighbours(type: EdgeType, direction: 'out' | 'in') {
    const cacheKey = `${type}:${direction}`;
    let loader = neighbourLoaders.get(cacheKey);
    if (!loader) {
      const [from, to] = direction === 'out' ? [edges.srcId, edges.dstId] : [edges.dstId, edges.srcId];
      loader = new DataLoader(async (ids) => {
        const rows = await db
          .select({ edge: edges, node: nodes })
          .from(edges)
          .innerJoin(nodes, eq(nodes.id, to))
          .where(and(eq(edges.type, type), inArray(from, [...ids])))
          .orderBy(eventOrder, asc(edges.id));
        return groupBy(ids, rows, (r) => (direction === 'out' ? r.edge.srcId : r.edge.dstId));
      });
      neighbourLoaders.set(cacheKey, loader);
    }
    return loader;
  }

  const articleNodeLoaders = new Map<NodeKind, DataLoader<number, NodeRow[]>>();
  /** Nodes of one kind that an article cites. */
  function articleNodes(kind: NodeKind) {
    let loader = articleNodeLoaders.get(kind);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await db
          .select({ articleId: citations.articleId, node: nodes })
          .from(citations)
          .innerJoin(nodes, eq(nodes.id, citations.nodeId))
          .where(and(eq(nodes.kind, kind), inArray(citations.articleId, [...ids])))
          .orderBy(citations.articleId, eventOrder);
        // A node cited by several sentences of one article is listed once.
        return groupBy(ids, rows, (r) => r.articleId).map((group) => [...new Map(group.map((r) => [r.node.id, r.node])).values()]);
      });
      articleNodeLoaders.set(kind, loader);
    }
    return loader;
  }

  const metWith = new DataLoader<number, MetWithRow[]>(async (ids) => {
    const rows = rowsOf<{ person_id: number | string; other_id: number | string; meeting_ids: (number | string)[]; first: string | null; last: string | null }>(await db.execute(sql`
      select p.src_id as person_id, o.src_id as other_id,
        array_agg(distinct m.id order by m.id) as meeting_ids,
        min(m.date_start)::text as first, max(coalesce(m.date_end, m.date_start))::text as last
      from edges p
      join edges o on o.dst_id = p.dst_id and o.type = 'PARTICIPATED_IN' and o.src_id <> p.src_id
      join nodes m on m.id = p.dst_id
      where p.type = 'PARTICIPATED_IN' and p.src_id in ${[...ids]}
      group by p.src_id, o.src_id
      order by count(distinct m.id) desc, o.src_id`));
    return groupBy(ids, rows, (r) => Number(r.person_id)).map((group) =>
      group.map((r) => ({ otherId: Number(r.other_id), meetingIds: r.meeting_ids.map(Number), first: r.first, last: r.last })),
    );
  });

  return { node, article, aliasesOf, edgeWithEnds, governmentsOf, resolutionsOf, nodeCitations, edgeCitations, neighbours, articleNodes, metWith };
}

export type Loaders = ReturnType<typeof createLoaders>;
