import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { ingestArticle } from '../../src/graph/ingest.js';
import { engines } from '../support/engines.js';

const CORPUS = new URL('../../../shared/corpus/dev/', import.meta.url);
const articles = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => {
        const doc = JSON.parse(readFileSync(new URL(f, CORPUS), 'utf8'));
        return { text: doc.text as string, title: doc.meta.title, publisher: doc.meta.publisher, publishedAt: doc.meta.publishedAt };
      })
  : [];

/** The graph as a sorted list of facts that does not mention database ids. */
async function canonical(database: Database) {
  const actors = await database.rows<{ fact: string }>(sql`
    select n.kind || ' ' || n.name || ' [' || coalesce(n.org_kind, '') || '/' || coalesce(n.country_code, '') || '] ' ||
      (select string_agg(a.alias, '|' order by a.alias) from aliases a where a.node_id = n.id) as fact
    from nodes n where n.kind in ('person', 'organization', 'place')`);
  const events = await database.rows<{ fact: string }>(sql`
    select n.kind || ' ' || coalesce(n.status, '') || ' ' || coalesce(n.date_start::text, '-') || '..' || coalesce(n.date_end::text, '-') || ' ' ||
      coalesce(n.country_code, '') || ' ' || coalesce(n.medium, '') || ' {' ||
      coalesce((select string_agg(e.type || ':' || o.name, ', ' order by e.type, o.name) from edges e
        join nodes o on o.id = case when e.src_id = n.id then e.dst_id else e.src_id end
        where e.src_id = n.id or e.dst_id = n.id), '') || '} cited ' ||
      (select count(*) from citations c where c.node_id = n.id) as fact
    from nodes n where n.kind in ('meeting', 'visit', 'statement')`);
  const roles = await database.rows<{ fact: string }>(sql`
    select p.name || ' ' || (e.props->>'title') || ' ' || coalesce(e.props->>'portfolio', '') || ' of ' || o.name || ' ' || e.valid_from || '..' || e.valid_to as fact
    from edges e join nodes p on p.id = e.src_id join nodes o on o.id = e.dst_id where e.type = 'HOLDS_ROLE'`);
  return [...actors, ...events, ...roles].map((r) => r.fact).sort();
}

describe.skipIf(!articles.length).each(engines)('the dev corpus on $name', (engine) => {
  it('gives the same graph ingested twice in one order as once in the reverse order', async () => {
    const forward = await engine.open();
    const backward = await engine.open();
    try {
      for (const article of [...articles, ...articles]) await ingestArticle(forward, article);
      for (const article of [...articles].reverse()) await ingestArticle(backward, article);
      const [a, b] = [await canonical(forward), await canonical(backward)];
      expect(a.length).toBeGreaterThan(100);
      expect(b).toEqual(a);
    } finally {
      await forward.close();
      await backward.close();
    }
  });
});
