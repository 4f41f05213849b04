// Traversals and aggregates over the graph, each one SQL statement (recursive CTEs with a depth cap).
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';

/** Traversals never go deeper than this, whatever the client asks. */
export const MAX_HOPS = 4;

export interface Chain {
  actorIds: number[];
  meetingIds: number[]; // meetingIds[i] joined actorIds[i] and actorIds[i + 1]
}

/** The shortest chain of meetings from one actor to another ("who met someone who met…"). */
export async function shortestMeetingChain(db: Db, fromId: number, toId: number, maxHops: number): Promise<Chain | null> {
  const hops = Math.min(Math.max(maxHops, 1), MAX_HOPS);
  const [row] = rowsOf<{ actors: (number | string)[]; meetings: (number | string)[] }>(
    await db.execute(sql`
      with recursive chain(actor, actors, meetings, depth) as (
        select ${fromId}::bigint, array[${fromId}::bigint], array[]::bigint[], 0
        union all
        select other.src_id, c.actors || other.src_id, c.meetings || mine.dst_id, c.depth + 1
        from chain c
        join edges mine on mine.src_id = c.actor and mine.type = 'PARTICIPATED_IN'
        join edges other on other.dst_id = mine.dst_id and other.type = 'PARTICIPATED_IN' and other.src_id <> all(c.actors)
        where c.depth < ${hops} and not (${toId}::bigint = any(c.actors))
      )
      select actors, meetings from chain where actor = ${toId} order by depth, meetings limit 1`),
  );
  return row ? { actorIds: row.actors.map(Number), meetingIds: row.meetings.map(Number) } : null;
}

export interface Reach {
  actorId: number;
  distance: number;
}

/** Everyone within `depth` meetings of an actor, nearest first. */
export async function meetingNeighbourhood(db: Db, actorId: number, depth: number): Promise<Reach[]> {
  const hops = Math.min(Math.max(depth, 1), MAX_HOPS);
  const rows = rowsOf<{ actor: number | string; distance: number | string }>(
    await db.execute(sql`
      with recursive reach(actor, distance) as (
        select ${actorId}::bigint, 0
        union
        select other.src_id, r.distance + 1
        from reach r
        join edges mine on mine.src_id = r.actor and mine.type = 'PARTICIPATED_IN'
        join edges other on other.dst_id = mine.dst_id and other.type = 'PARTICIPATED_IN'
        where r.distance < ${hops}
      )
      select actor, min(distance) as distance from reach where actor <> ${actorId}
      group by actor order by distance, actor`),
  );
  return rows.map((r) => ({ actorId: Number(r.actor), distance: Number(r.distance) }));
}

export interface CountFilter {
  from?: string | null;
  to?: string | null;
  status?: string | null;
}

function meetingWindow(filter: CountFilter): SQL {
  const conditions: SQL[] = [sql`m.kind = 'meeting'`];
  if (filter.from) conditions.push(sql`coalesce(m.date_end, m.date_start) >= ${filter.from}`);
  if (filter.to) conditions.push(sql`m.date_start <= ${filter.to}`);
  if (filter.status) conditions.push(sql`m.status = ${filter.status}`);
  return sql.join(conditions, sql` and `);
}

/** Meetings per month: a meeting reported by many articles is one node, so it counts once. */
export async function meetingsPerMonth(db: Db, filter: CountFilter) {
  const rows = rowsOf<{ month: string; meetings: number | string }>(
    await db.execute(sql`
      select to_char(m.date_start, 'YYYY-MM') as month, count(*) as meetings
      from nodes m where ${meetingWindow(filter)} and m.date_start is not null
      group by 1 order by 1`),
  );
  return rows.map((r) => ({ month: r.month, meetings: Number(r.meetings) }));
}

/** Meetings per pair of participants, most frequent first. */
export async function meetingsPerPair(db: Db, filter: CountFilter, limit: number) {
  const rows = rowsOf<{ a: number | string; b: number | string; meetings: number | string; first: string | null; last: string | null }>(
    await db.execute(sql`
      select x.src_id as a, y.src_id as b, count(distinct m.id) as meetings,
        min(m.date_start)::text as first, max(coalesce(m.date_end, m.date_start))::text as last
      from nodes m
      join edges x on x.dst_id = m.id and x.type = 'PARTICIPATED_IN'
      join edges y on y.dst_id = m.id and y.type = 'PARTICIPATED_IN' and y.src_id > x.src_id
      where ${meetingWindow(filter)}
      group by x.src_id, y.src_id order by meetings desc, a, b limit ${limit}`),
  );
  return rows.map((r) => ({ a: Number(r.a), b: Number(r.b), meetings: Number(r.meetings), first: r.first, last: r.last }));
}

export interface RoleQuery {
  country?: string | null;
  title?: string | null;
  portfolio?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Role edges matching a state, a title and a portfolio, seen within a window ("Russia's envoy for Afghanistan in 2023"). */
export async function findRoles(db: Db, query: RoleQuery, limit: number): Promise<number[]> {
  const conditions: SQL[] = [sql`e.type = 'HOLDS_ROLE'`];
  if (query.country) conditions.push(sql`o.country_code = ${query.country.toUpperCase()}`);
  if (query.title) conditions.push(sql`e.props->>'title' ilike ${`%${query.title}%`}`);
  if (query.portfolio) conditions.push(sql`coalesce(e.props->>'portfolio', e.props->>'title') ilike ${`%${query.portfolio}%`}`);
  if (query.from) conditions.push(sql`e.valid_to >= ${query.from}`);
  if (query.to) conditions.push(sql`e.valid_from <= ${query.to}`);
  const rows = rowsOf<{ id: number | string }>(
    await db.execute(sql`select e.id from edges e join nodes o on o.id = e.dst_id where ${sql.join(conditions, sql` and `)}
      order by e.valid_from nulls last, e.id limit ${limit}`),
  );
  return rows.map((r) => Number(r.id));
}
