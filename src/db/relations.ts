import { defineRelations } from 'drizzle-orm';
import * as schema from './schema.js';

export const relations = defineRelations(schema, (r) => ({
  articles: {
    citations: r.many.citations({ from: r.articles.id, to: r.citations.articleId }),
  },
  nodes: {
    aliases: r.many.aliases({ from: r.nodes.id, to: r.aliases.nodeId }),
    citations: r.many.citations({ from: r.nodes.id, to: r.citations.nodeId }),
    outgoing: r.many.edges({ from: r.nodes.id, to: r.edges.srcId, alias: 'edge_src' }),
    incoming: r.many.edges({ from: r.nodes.id, to: r.edges.dstId, alias: 'edge_dst' }),
  },
  edges: {
    src: r.one.nodes({ from: r.edges.srcId, to: r.nodes.id, alias: 'edge_src', optional: false }),
    dst: r.one.nodes({ from: r.edges.dstId, to: r.nodes.id, alias: 'edge_dst', optional: false }),
    citations: r.many.citations({ from: r.edges.id, to: r.citations.edgeId }),
  },
  aliases: {
    node: r.one.nodes({ from: r.aliases.nodeId, to: r.nodes.id, optional: false }),
  },
  citations: {
    article: r.one.articles({ from: r.citations.articleId, to: r.articles.id, optional: false }),
  },
}));
