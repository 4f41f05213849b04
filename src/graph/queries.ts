// Root lists of the API as SQL: filtered, ordered, paged, counted in one statement each.
import { sql, type SQL } from 'drizzle-orm';
import { rowsOf, type Db } from '../db/client.js';
import { foldName } from './fold.js';

export interface Page {
  limit: number;
  offset: number;
}

export interface Paged {
  ids: number[];
  total: number;
}

async function paged(db: Db, from: SQL, order: SQL, page: Page): Promise<Paged> {
  const rows = rowsOf<{ id: number | string; total: number | string }>(
    await db.execute(sql`select n.id, count(*) over () as total ${from} order by ${order} limit ${page.limit} offset ${page.offset}`),
  );
  if (rows.length || page.offset === 0) return { ids: rows.map((r) => Number(r.id)), total: Number(rows[0]?.total ?? 0) };
  const [count] = rowsOf<{ total: number | string }>(await db.execute(sql`select count(*) as total ${from}`));
  return { ids: [], total: Number(count.total) };
}

export interface PeopleFilter {
  search?: string | null;
  country?: string | null;
}

export function searchPeople(db: Db, filter: PeopleFilter, page: Page): Promise<Paged> {
  const conditions: SQL[] = [sql`n.kind = 'person'`];
  const key = filter.search ? foldName(filter.search) : '';
  // Any recorded form of the name matches; the trigram index serves the LIKE.
  if (key) conditions.push(sql`exists (select 1 from aliases a where a.node_id = n.id and a.alias_key like ${`%${key}%`})`);
  if (filter.country) conditions.push(sql`n.country_code = ${filter.country.toUpperCase()}`);
  return paged(db, sql`from nodes n where ${sql.join(conditions, sql` and `)}`, sql`n.name, n.id`, page);
}

export interface MeetingFilter {
  participants: number[]; // every one of these took part
  from?: string | null;
  to?: string | null;
  minConfidence?: number | null;
}

export function findMeetings(db: Db, filter: MeetingFilter, page: Page): Promise<Paged> {
  const conditions: SQL[] = [sql`n.kind = 'meeting'`];
  for (const participant of filter.participants)
    conditions.push(sql`exists (select 1 from edges e where e.dst_id = n.id and e.type = 'PARTICIPATED_IN' and e.src_id = ${participant})`);
  // A meeting lies in the window when its date range overlaps it.
  if (filter.from) conditions.push(sql`coalesce(n.date_end, n.date_start) >= ${filter.from}`);
  if (filter.to) conditions.push(sql`n.date_start <= ${filter.to}`);
  if (filter.minConfidence != null) conditions.push(sql`n.confidence >= ${filter.minConfidence}`);
  return paged(db, sql`from nodes n where ${sql.join(conditions, sql` and `)}`, sql`n.date_start nulls last, n.id`, page);
}
