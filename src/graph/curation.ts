// Analysts' corrections of the graph. Each runs in one transaction, checks its input before
// changing anything, and writes what it did and why to the audit log.
import { sql } from 'drizzle-orm';
import { rowsOf, type Database } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import type { DateRange, EventStatus, ExtractedPlace } from '../extract/types.js';
import { foldName } from './fold.js';
import { INGEST_LOCK } from './ingest-lock.js';
import { insertAliases, recountNames, resolvePlace, type Executor } from './resolve.js';

export class CurationError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
    readonly code: 'BAD_USER_INPUT' | 'NOT_FOUND' = 'BAD_USER_INPUT',
  ) {
    super(`${field}: ${reason}`);
    this.name = 'CurationError';
  }
}

interface NodeHead extends Record<string, unknown> {
  id: number;
  kind: string;
  name: string;
}

async function curate<T>(database: Database, reason: string, run: (tx: Executor) => Promise<{ result: T; action: string; details: Record<string, unknown> }>) {
  if (!reason.trim()) throw new CurationError('reason', 'must say why (it goes to the audit log)');
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${INGEST_LOCK})`);
    const { result, action, details } = await run(tx);
    const [entry] = await tx.insert(auditLog).values({ action, reason: reason.trim(), details }).returning({ id: auditLog.id });
    return { result, auditId: entry.id };
  });
}

async function nodeOf(tx: Executor, id: number, field: string, kinds: string[]): Promise<NodeHead> {
  const [node] = rowsOf<NodeHead>(await tx.execute(sql`select id, kind, name from nodes where id = ${id}`));
  if (!node) throw new CurationError(field, `no ${kinds.join(' or ')} has this ID`, 'NOT_FOUND');
  if (!kinds.includes(node.kind)) throw new CurationError(field, `is a ${node.kind}, expected a ${kinds.join(' or ')}`);
  return { ...node, id: Number(node.id) };
}

/** Re-points edges from one node to another, folding edges that become duplicates (and their citations) together. */
async function moveEdges(tx: Executor, fromId: number, toId: number, edgeFilter = sql`true`) {
  for (const [end, other] of [['src_id', 'dst_id'], ['dst_id', 'src_id']] as const) {
    const moving = rowsOf<{ id: number; type: string; other: number; title: string }>(
      await tx.execute(sql`select id, type, ${sql.identifier(other)} as other, coalesce(props->>'title', '') as title from edges
        where ${sql.identifier(end)} = ${fromId} and ${edgeFilter}`),
    );
    for (const edge of moving) {
      if (Number(edge.other) === toId) {
        await tx.execute(sql`delete from edges where id = ${edge.id}`);
        continue;
      }
      const [twin] = rowsOf<{ id: number }>(
        await tx.execute(sql`select id from edges where type = ${edge.type} and ${sql.identifier(end)} = ${toId}
          and ${sql.identifier(other)} = ${edge.other} and coalesce(props->>'title', '') = ${edge.title}`),
      );
      if (twin) {
        await tx.execute(sql`update citations set edge_id = ${twin.id} where edge_id = ${edge.id}`);
        await tx.execute(sql`update edges e set valid_from = least(e.valid_from, o.valid_from), valid_to = greatest(e.valid_to, o.valid_to)
          from edges o where e.id = ${twin.id} and o.id = ${edge.id}`);
        await tx.execute(sql`delete from edges where id = ${edge.id}`);
      } else {
        await tx.execute(sql`update edges set ${sql.identifier(end)} = ${toId} where id = ${edge.id}`);
      }
    }
  }
}

export async function mergeEntities(database: Database, keepId: number, mergeId: number, reason: string) {
  return curate(database, reason, async (tx) => {
    if (keepId === mergeId) throw new CurationError('merge', 'is the entity to keep: an entity cannot be merged into itself');
    const keep = await nodeOf(tx, keepId, 'keep', ['person', 'organization']);
    const merge = await nodeOf(tx, mergeId, 'merge', ['person', 'organization']);
    if (keep.kind !== merge.kind) throw new CurationError('merge', `is a ${merge.kind} and cannot be merged into a ${keep.kind}`);
    await tx.execute(sql`insert into aliases (node_id, alias, alias_key, phonetic_key) select ${keepId}, alias, alias_key, phonetic_key from aliases where node_id = ${mergeId} on conflict do nothing`);
    await tx.execute(sql`delete from suppressed_aliases where node_id = ${keepId} and alias_key in (select alias_key from aliases where node_id = ${mergeId})`);
    await tx.execute(sql`update citations set node_id = ${keepId} where node_id = ${mergeId}`);
    await tx.execute(sql`update resolutions set node_id = ${keepId} where node_id = ${mergeId}`);
    await tx.execute(sql`update nodes k set country_code = coalesce(k.country_code, m.country_code) from nodes m where k.id = ${keepId} and m.id = ${mergeId}`);
    await moveEdges(tx, mergeId, keepId);
    await tx.execute(sql`delete from nodes where id = ${mergeId}`);
    await recountNames(tx, keepId);
    return { result: keepId, action: 'mergeEntities', details: { keep: { id: keepId, name: keep.name }, merged: { id: mergeId, name: merge.name } } };
  });
}

/** Moves the mentions that the given articles made of an entity to a new entity of their own. */
export async function splitEntity(database: Database, nodeId: number, articleIds: number[], reason: string) {
  return curate(database, reason, async (tx) => {
    const original = await nodeOf(tx, nodeId, 'entity', ['person', 'organization']);
    if (!articleIds.length) throw new CurationError('articles', 'name at least one article whose mentions to split off');
    const citing = rowsOf<{ article_id: number }>(await tx.execute(sql`select distinct article_id from resolutions where node_id = ${nodeId}`)).map((r) => Number(r.article_id));
    const foreign = articleIds.filter((a) => !citing.includes(a));
    if (foreign.length) throw new CurationError('articles', `article(s) ${foreign.join(', ')} do not mention this entity`);
    if (articleIds.length >= citing.length) throw new CurationError('articles', 'cover every mention of the entity: nothing would be left to split from');

    const [created] = rowsOf<{ id: number }>(
      await tx.execute(sql`insert into nodes (kind, name, name_key, org_kind, country_code, confidence)
        select kind, name, name_key, org_kind, country_code, confidence from nodes where id = ${nodeId} returning id`),
    );
    const splitId = Number(created.id);
    await tx.execute(sql`update resolutions set node_id = ${splitId} where node_id = ${nodeId} and article_id in ${articleIds}`);
    await tx.execute(sql`update citations set node_id = ${splitId} where node_id = ${nodeId} and article_id in ${articleIds}`);
    // An edge goes with the split mentions when every article supporting it is one of them:
    // its own citations, or those of the event at its other end.
    const supportedOnlyBySplit = sql`not exists (
      select 1 from citations c where (c.edge_id = edges.id or c.node_id = case when edges.src_id = ${nodeId} then edges.dst_id else edges.src_id end)
        and c.article_id not in ${articleIds})`;
    await moveEdges(tx, nodeId, splitId, supportedOnlyBySplit);
    const formsOf = async (id: number) =>
      rowsOf<{ form: string }>(await tx.execute(sql`select distinct jsonb_array_elements_text(forms) as form from resolutions where node_id = ${id}`)).map((r) => r.form);
    const splitForms = await formsOf(splitId);
    await insertAliases(tx, splitId, splitForms);
    const keptKeys = (await formsOf(nodeId)).map(foldName);
    await tx.execute(sql`delete from aliases where node_id = ${nodeId} and alias_key in ${splitForms.map(foldName).concat('')} and alias_key not in ${keptKeys.concat('')}`);
    await recountNames(tx, nodeId);
    await recountNames(tx, splitId);
    return { result: { originalId: nodeId, splitId }, action: 'splitEntity', details: { entity: { id: nodeId, name: original.name }, split: { id: splitId }, articles: articleIds } };
  });
}

export async function addAlias(database: Database, nodeId: number, alias: string, reason: string) {
  return curate(database, reason, async (tx) => {
    await nodeOf(tx, nodeId, 'entity', ['person', 'organization', 'place']);
    const key = foldName(alias);
    if (!key) throw new CurationError('alias', 'must contain letters or digits');
    await tx.execute(sql`delete from suppressed_aliases where node_id = ${nodeId} and alias_key = ${key}`);
    await insertAliases(tx, nodeId, [alias]);
    return { result: nodeId, action: 'addAlias', details: { entity: nodeId, alias: alias.trim() } };
  });
}

export async function removeAlias(database: Database, nodeId: number, alias: string, reason: string) {
  return curate(database, reason, async (tx) => {
    const node = await nodeOf(tx, nodeId, 'entity', ['person', 'organization', 'place']);
    const key = foldName(alias);
    const removed = rowsOf<{ id: number }>(await tx.execute(sql`delete from aliases where node_id = ${nodeId} and alias_key = ${key} returning id`));
    if (!removed.length) throw new CurationError('alias', `"${alias}" is not an alias of ${node.name}`);
    if (foldName(node.name) === key) throw new CurationError('alias', `"${alias}" is the entity's name; merge or rename instead`);
    // Later articles using this form must not put it back.
    await tx.execute(sql`insert into suppressed_aliases (node_id, alias_key) values (${nodeId}, ${key}) on conflict do nothing`);
    return { result: nodeId, action: 'removeAlias', details: { entity: nodeId, alias } };
  });
}

export interface EventCorrection {
  status?: EventStatus | null;
  date?: DateRange | null;
  place?: ExtractedPlace | null;
  participants?: number[] | null;
}

export async function correctEvent(database: Database, eventId: number, correction: EventCorrection, reason: string) {
  return curate(database, reason, async (tx) => {
    const event = await nodeOf(tx, eventId, 'event', ['meeting', 'visit']);
    if (!Object.values(correction).some((v) => v != null)) throw new CurationError('correction', 'changes nothing: give a status, date, place or participants');
    if (correction.date && correction.date.start > correction.date.end) throw new CurationError('date', 'starts after it ends');
    if (correction.participants) {
      const unique = [...new Set(correction.participants)];
      if (event.kind === 'meeting' && unique.length < 2) throw new CurationError('participants', 'a meeting needs two or more participants');
      if (event.kind === 'visit' && unique.length !== 1) throw new CurationError('participants', 'a visit has one visitor: give exactly one');
      for (const id of unique) await nodeOf(tx, id, 'participants', ['person', 'organization']);
      // a visit's visitor is its VISITED edge; the edge keeps its citations, now for the right traveller
      const type = event.kind === 'visit' ? 'VISITED' : 'PARTICIPATED_IN';
      if (event.kind === 'visit') {
        await tx.execute(sql`update edges set src_id = ${unique[0]}
          where id = (select min(id) from edges where dst_id = ${eventId} and type = 'VISITED')
            and not exists (select 1 from edges where dst_id = ${eventId} and type = 'VISITED' and src_id = ${unique[0]})`);
      }
      await tx.execute(sql`delete from edges where dst_id = ${eventId} and type = ${type} and src_id not in ${unique}`);
      for (const id of unique) await tx.execute(sql`insert into edges (type, src_id, dst_id) values (${type}, ${id}, ${eventId}) on conflict do nothing`);
    }
    if (correction.status) await tx.execute(sql`update nodes set status = ${correction.status} where id = ${eventId}`);
    if (correction.date)
      await tx.execute(sql`update nodes set date_start = ${correction.date.start}, date_end = ${correction.date.end}, date_precision = ${correction.date.precision} where id = ${eventId}`);
    if (correction.place) {
      const placeId = await resolvePlace(tx, correction.place);
      await tx.execute(sql`delete from edges where src_id = ${eventId} and type = 'HELD_IN'`);
      await tx.execute(sql`insert into edges (type, src_id, dst_id) values ('HELD_IN', ${eventId}, ${placeId})`);
      if (event.kind === 'visit' && correction.place.country) await tx.execute(sql`update nodes set country_code = ${correction.place.country} where id = ${eventId}`);
    }
    return { result: eventId, action: 'correctEvent', details: { event: eventId, kind: event.kind, ...correction } };
  });
}

/** Removes an article's citations, and every node and edge that no other article supports. */
export async function retractArticle(database: Database, articleId: number, reason: string) {
  return curate(database, reason, async (tx) => {
    const [article] = rowsOf<{ id: number; retracted_at: string | null; title: string | null }>(
      await tx.execute(sql`select id, retracted_at, title from articles where id = ${articleId}`),
    );
    if (!article) throw new CurationError('article', 'no article has this ID', 'NOT_FOUND');
    if (article.retracted_at) throw new CurationError('article', `was retracted already (${article.retracted_at})`);
    const citedNodes = sql`(select distinct node_id from citations where article_id = ${articleId} and node_id is not null)`;
    const citedEdges = sql`(select distinct edge_id from citations where article_id = ${articleId} and edge_id is not null)`;
    const orphanNodes = rowsOf<{ id: number }>(
      await tx.execute(sql`select id from nodes where id in ${citedNodes} and not exists (select 1 from citations c where c.node_id = nodes.id and c.article_id <> ${articleId})`),
    ).map((r) => Number(r.id));
    const orphanEdges = rowsOf<{ id: number }>(
      await tx.execute(sql`select id from edges where id in ${citedEdges} and not exists (select 1 from citations c where c.edge_id = edges.id and c.article_id <> ${articleId})`),
    ).map((r) => Number(r.id));
    const named = rowsOf<{ node_id: number }>(await tx.execute(sql`select distinct node_id from resolutions where article_id = ${articleId}`)).map((r) => Number(r.node_id));
    await tx.execute(sql`delete from citations where article_id = ${articleId}`);
    await tx.execute(sql`delete from resolutions where article_id = ${articleId}`);
    if (orphanEdges.length) await tx.execute(sql`delete from edges where id in ${orphanEdges}`);
    if (orphanNodes.length) await tx.execute(sql`delete from nodes where id in ${orphanNodes}`);
    // Places and governments that only those facts pointed to are left with nothing: they go too.
    const dangling = rowsOf<{ id: number }>(
      await tx.execute(sql`delete from nodes n where n.kind in ('place', 'organization') and not exists (select 1 from citations c where c.node_id = n.id)
        and not exists (select 1 from edges e where e.src_id = n.id or e.dst_id = n.id) returning id`),
    );
    for (const nodeId of named.filter((id) => !orphanNodes.includes(id))) await recountNames(tx, nodeId);
    await tx.execute(sql`update articles set retracted_at = now() where id = ${articleId}`);
    return {
      result: articleId,
      action: 'retractArticle',
      details: { article: articleId, title: article.title, removedNodes: [...orphanNodes, ...dangling.map((d) => Number(d.id))], removedEdges: orphanEdges },
    };
  });
}
