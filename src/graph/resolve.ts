// Matches what one article extracted against the graph already stored, creating what is new.
// Every decision returns the rule that made it, so the API can explain a link.
import { and, eq, sql } from 'drizzle-orm';
import { distance } from 'fastest-levenshtein';
import { rowsOf, type Db } from '../db/client.js';
import { aliases, nodes } from '../db/schema.js';
import type { ExtractedEntity, ExtractedPlace } from '../extract/types.js';
import { foldName } from './fold.js';

export type Executor = Pick<Db, 'execute' | 'select' | 'insert' | 'update'>;

export interface Resolution {
  nodeId: number;
  rule: 'alias' | 'fuzzy' | 'created';
  score: number;
}

interface Candidate extends Record<string, unknown> {
  id: number;
  alias_key?: string;
  country_code: string | null;
  org_kind: string | null;
  score: number;
}

/**
 * Two folded full names are spellings of one name when they have the same tokens but one,
 * and that one differs by a small edit (Kabulov/Kabolov, Abdollahian/Abdullahian).
 */
export function isSpellingVariant(a: string, b: string): boolean {
  const x = a.split(' '), y = b.split(' ');
  if (x.length !== y.length || a === b) return a === b;
  const differing = x.map((token, i) => [token, y[i]] as const).filter(([p, q]) => p !== q);
  if (differing.length !== 1) return false;
  const [p, q] = differing[0];
  return Math.min(p.length, q.length) >= 5 && !/\d/.test(p + q) && distance(p, q) <= (p.length >= 9 ? 2 : 1);
}

/** Forms usable to find an entity across articles: a person's lone surname never is. */
function matchingKeys(entity: ExtractedEntity): string[] {
  const keys = [entity.name, ...entity.aliases].map(foldName).filter(Boolean);
  const usable = entity.type === 'person' ? keys.filter((k) => k.includes(' ')) : keys;
  return [...new Set(usable.length ? usable : keys.slice(0, 1))];
}

function compatibleCountry(a: string | null, b: string | null): boolean {
  return a == null || b == null || a === b;
}

export async function resolveEntity(tx: Executor, entity: ExtractedEntity): Promise<Resolution> {
  const kind = entity.type;
  const keys = matchingKeys(entity);
  const exact = rowsOf<Candidate>(
    await tx.execute(sql`
      select n.id, n.country_code, n.org_kind, 1.0::float8 as score
      from aliases a join nodes n on n.id = a.node_id
      where n.kind = ${kind} and a.alias_key in ${keys}
      group by n.id order by count(*) desc, n.id limit 10`),
  );
  const fits = (c: Candidate) =>
    compatibleCountry(c.country_code, entity.country) &&
    (entity.type === 'person' || c.org_kind == null || c.org_kind === entity.kind);
  const byAlias = exact.find(fits);
  if (byAlias) return { nodeId: Number(byAlias.id), rule: 'alias', score: 1 };

  if (entity.type === 'person') {
    // Spelling variants of a full name (Kabulov/Kabolov, Abdollahian/Abdullahian): trigram
    // similarity through the GIN index, kept only when the country served agrees.
    const key = foldName(entity.name);
    const fuzzy = rowsOf<Candidate>(
      await tx.execute(sql`
        select n.id, n.country_code, n.org_kind, a.alias_key, similarity(a.alias_key, ${key})::float8 as score
        from aliases a join nodes n on n.id = a.node_id
        where n.kind = 'person' and a.alias_key % ${key} and position(' ' in a.alias_key) > 0
        order by score desc limit 5`),
    );
    const best = fuzzy.find((c) => c.country_code != null && c.country_code === entity.country && isSpellingVariant(c.alias_key ?? "", key));
    if (best) return { nodeId: Number(best.id), rule: 'fuzzy', score: Number(best.score) };
  }

  const [created] = await tx
    .insert(nodes)
    .values({
      kind,
      name: entity.name,
      nameKey: foldName(entity.name),
      orgKind: entity.type === 'organization' ? entity.kind : null,
      countryCode: entity.country,
      confidence: entity.confidence,
    })
    .returning({ id: nodes.id });
  return { nodeId: created.id, rule: 'created', score: 1 };
}

/** Records every surface form as an alias and fills a country the node did not know yet. */
export async function recordForms(tx: Executor, nodeId: number, entity: ExtractedEntity): Promise<void> {
  const forms = [...new Set([entity.name, ...entity.aliases])].filter((f) => foldName(f));
  if (forms.length)
    await tx
      .insert(aliases)
      .values(forms.map((alias) => ({ nodeId, alias, aliasKey: foldName(alias) })))
      .onConflictDoNothing();
  if (entity.country)
    await tx.update(nodes).set({ countryCode: entity.country }).where(and(eq(nodes.id, nodeId), sql`${nodes.countryCode} is null`));
}

export async function resolvePlace(tx: Executor, place: ExtractedPlace): Promise<number> {
  const key = foldName(place.name);
  const [found] = rowsOf<{ id: number }>(
    await tx.execute(sql`select id from nodes where kind = 'place' and name_key = ${key}
      and (country_code is not distinct from ${place.country} or ${place.country}::text is null) limit 1`),
  );
  if (found) return Number(found.id);
  const [created] = await tx
    .insert(nodes)
    .values({ kind: 'place', name: place.name, nameKey: key, countryCode: place.country })
    .returning({ id: nodes.id });
  await tx.insert(aliases).values({ nodeId: created.id, alias: place.name, aliasKey: key }).onConflictDoNothing();
  return created.id;
}

/** The government node of a state, found or created, named after the state. */
export async function resolveGovernment(tx: Executor, countryCode: string, countryName: string): Promise<number> {
  const [found] = rowsOf<{ id: number }>(
    await tx.execute(sql`select id from nodes where kind = 'organization' and org_kind = 'government'
      and country_code = ${countryCode} order by id limit 1`),
  );
  if (found) return Number(found.id);
  const [created] = await tx
    .insert(nodes)
    .values({ kind: 'organization', orgKind: 'government', name: countryName, nameKey: foldName(countryName), countryCode })
    .returning({ id: nodes.id });
  await tx.insert(aliases).values({ nodeId: created.id, alias: countryName, aliasKey: foldName(countryName) }).onConflictDoNothing();
  return created.id;
}
