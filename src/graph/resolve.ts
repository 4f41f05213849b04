// Matches what one article extracted against the graph already stored, creating what is new.
// Every decision returns the rule that made it, so the API can explain a link.
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { distance } from 'fastest-levenshtein';
import { rowsOf, type Db } from '../db/client.js';
import { nodes } from '../db/schema.js';
import type { ExtractedEntity, ExtractedPlace } from '../extract/types.js';
import { foldName } from './fold.js';

export type Executor = Pick<Db, 'execute' | 'select' | 'insert' | 'update'>;

export interface Resolution {
  nodeId: number;
  /** alias: a stored form equals one of the article's; variant: a spelling variant of a full name;
   *  extension: one full name extends the other; phonetic: the same sounds token by token;
 *  initials: an initial for the given name, when one person fits; government: the government of the same state;
   *  surname: a lone surname that fits exactly one stored person; created: nothing fitted */
  rule: 'alias' | 'variant' | 'extension' | 'phonetic' | 'initials' | 'government' | 'surname' | 'created';
  score: number;
  matched: string | null;
  /** whether the node already has a country (nothing to fill in) */
  countryKnown: boolean;
}

interface Candidate extends Record<string, unknown> {
  id: number;
  alias_key: string;
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

/** Two tokens of a name are one when equal, or long enough and one small edit apart (Ahmad/Ahmed). */
function sameToken(a: string, b: string): boolean {
  return a === b || (Math.min(a.length, b.length) >= 4 && !/\d/.test(a + b) && distance(a, b) <= 1);
}

/**
 * "muhammad sadiq" and "muhammad sadiq khan", "ahmad stanekzai" and "ahmed reza stanekzai":
 * every token of the shorter full name, in order, in the longer, starting with the same given name.
 */
export function isNameExtension(a: string, b: string): boolean {
  const [short, long] = a.split(' ').length <= b.split(' ').length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (short.length < 2 || short.length === long.length) return false;
  let at = 0;
  for (const token of long) if (at < short.length && sameToken(token, short[at])) at++;
  return at === short.length && sameToken(short[0], long[0]);
}

/** "v lekhi" and "vikram prasad lekhi": the same surname, and a given name that one side gives as its initial. */
export function isInitialledForm(a: string, b: string): boolean {
  const x = a.split(' '), y = b.split(' ');
  if (x.length < 2 || y.length < 2 || x.at(-1) !== y.at(-1)) return false;
  const [p, q] = [x[0], y[0]];
  return p !== q && (p.length === 1 || q.length === 1) && p[0] === q[0];
}

/** Forms usable to find an entity across articles: a person's lone surname never is. */
function matchingKeys(entity: ExtractedEntity): string[] {
  const keys = [entity.name, ...entity.aliases].map(foldName).filter(Boolean);
  return [...new Set(entity.type === 'person' ? keys.filter((k) => k.includes(' ')) : keys)];
}

function compatibleCountry(a: string | null, b: string | null): boolean {
  return a == null || b == null || a === b;
}

async function candidatesByAlias(tx: Executor, kind: string, keys: string[]): Promise<Candidate[]> {
  if (!keys.length) return [];
  return rowsOf<Candidate>(
    await tx.execute(sql`
      select n.id, min(a.alias_key) as alias_key, n.country_code, n.org_kind, 1.0::float8 as score
      from aliases a join nodes n on n.id = a.node_id
      where n.kind = ${kind} and a.alias_key in ${keys}
      group by n.id order by count(*) desc, n.id limit 10`),
  );
}

const OFFICE_WORDS = 'office|presidency|state house|secretariat|administration|chancellery|press (?:service|wing|office)';
const OFFICE_OF_STATE = new RegExp(`\\b(?:${OFFICE_WORDS})\\b`, 'i');
/** The same words for Postgres (`\y` is its word boundary): an office stored first is not its state's government. */
const OFFICE_OF_STATE_SQL = `\\y(?:${OFFICE_WORDS})\\y`;

export async function resolveEntity(tx: Executor, entity: ExtractedEntity): Promise<Resolution> {
  const kind = entity.type;
  const key = foldName(entity.name);
  const fits = (c: Candidate) =>
    compatibleCountry(c.country_code, entity.country) && (entity.type === 'person' || c.org_kind == null || c.org_kind === entity.kind);
  const found = (c: Candidate, rule: Resolution['rule']): Resolution => ({
    nodeId: Number(c.id),
    rule,
    score: Number(c.score),
    matched: c.alias_key,
    countryKnown: c.country_code != null,
  });

  const byAlias = (await candidatesByAlias(tx, kind, matchingKeys(entity))).find(fits);
  if (byAlias) return found(byAlias, 'alias');

  if (entity.type === 'organization' && entity.kind === 'government' && entity.country && !OFFICE_OF_STATE.test(entity.name)) {
    // One government per state, whatever it is called ("the Taliban", "Kabul", "the Islamic Emirate");
    // an office within it ("the Office of the Prime Minister", "State House") is a body of its own.
    const [government] = rowsOf<Candidate>(
      await tx.execute(sql`select id, name_key as alias_key, country_code, org_kind, 1.0::float8 as score from nodes
        where kind = 'organization' and org_kind = 'government' and country_code = ${entity.country} and name !~* ${OFFICE_OF_STATE_SQL} order by id limit 1`),
    );
    if (government) return found(government, 'government');
  }

  if (entity.type === 'person' && key.includes(' ')) {
    // Spelling variants and extensions of a full name, found through the trigram index and
    // accepted only when the state served is known and the same.
    const similar = rowsOf<Candidate>(
      await tx.execute(sql`
        select n.id, a.alias_key, n.country_code, n.org_kind, similarity(a.alias_key, ${key})::float8 as score
        from aliases a join nodes n on n.id = a.node_id
        where n.kind = 'person' and a.alias_key % ${key} and position(' ' in a.alias_key) > 0
        order by score desc, n.id limit 10`),
    );
    const sameState = similar.filter((c) => c.country_code != null && c.country_code === entity.country);
    const variant = sameState.find((c) => isSpellingVariant(c.alias_key, key));
    if (variant) return found(variant, 'variant');
    const extension = sameState.find((c) => isNameExtension(c.alias_key, key));
    if (extension) return found(extension, 'extension');
    // Transliterations the trigram score misses (Mahmud Jaafari / Mahmood Jafari): same sounds, token by token.
    const [phonetic] = rowsOf<Candidate>(
      await tx.execute(sql`
        select n.id, a.alias_key, n.country_code, n.org_kind, 0.8::float8 as score
        from aliases a join nodes n on n.id = a.node_id
        where n.kind = 'person' and n.country_code = ${entity.country} and position(' ' in a.alias_key) > 0
          and a.phonetic_key = ${phoneticKey(sql`${key}::text`)}
        order by n.id limit 1`),
    );
    if (phonetic && entity.country) return found(phonetic, 'phonetic');
    // An initial for the given name ("V. Lekhi"): only when a single person of that state fits.
    const surname = key.split(' ').at(-1)!;
    const initialled = rowsOf<Candidate>(
      await tx.execute(sql`
        select n.id, a.alias_key, n.country_code, n.org_kind, 0.7::float8 as score
        from aliases a join nodes n on n.id = a.node_id
        where n.kind = 'person' and n.country_code = ${entity.country} and a.alias_key like ${`% ${surname}`}
        order by n.id limit 20`),
    ).filter((c) => isInitialledForm(c.alias_key, key));
    if (entity.country && new Set(initialled.map((c) => Number(c.id))).size === 1) return found(initialled[0], 'initials');
  }

  if (entity.type === 'person' && !key.includes(' ') && key) {
    const fitting = (await candidatesByAlias(tx, 'person', [key])).filter(fits);
    if (fitting.length === 1) return found({ ...fitting[0], score: 0.6 }, 'surname');
  }

  const [created] = await tx
    .insert(nodes)
    .values({
      kind,
      name: entity.name,
      nameKey: key,
      orgKind: entity.type === 'organization' ? entity.kind : null,
      countryCode: entity.country,
      confidence: entity.confidence,
    })
    .returning({ id: nodes.id });
  return { nodeId: created.id, rule: 'created', score: 1, matched: null, countryKnown: true };
}

/** Double Metaphone of each token of a folded form, in SQL (fuzzystrmatch). */
export function phoneticKey(folded: SQL): SQL {
  return sql`(select string_agg(dmetaphone(t), ' ' order by n) from unnest(string_to_array(${folded}, ' ')) with ordinality as u(t, n))`;
}

/** Records forms of a node's name with their folded and phonetic keys; forms an analyst removed stay out. */
export async function insertAliases(tx: Executor, nodeId: number, forms: string[]): Promise<void> {
  const rows = [...new Set(forms.map((f) => f.trim()))].filter((f) => foldName(f)).map((f) => sql`(${f}, ${foldName(f)})`);
  if (!rows.length) return;
  await tx.execute(sql`
    insert into aliases (node_id, alias, alias_key, phonetic_key)
    select ${nodeId}, f.alias, f.alias_key, ${phoneticKey(sql`f.alias_key`)}
    from (values ${sql.join(rows, sql`, `)}) as f(alias, alias_key)
    where not exists (select 1 from suppressed_aliases s where s.node_id = ${nodeId} and s.alias_key = f.alias_key)
    on conflict do nothing`);
}

/** Records every surface form as an alias and fills a country the node did not know. */
export async function recordForms(tx: Executor, nodeId: number, entity: ExtractedEntity, countryKnown: boolean): Promise<void> {
  await insertAliases(tx, nodeId, [entity.name, ...entity.aliases]);
  if (entity.country && !countryKnown)
    await tx.update(nodes).set({ countryCode: entity.country }).where(and(eq(nodes.id, nodeId), sql`${nodes.countryCode} is null`));
}

/** Counts one more article naming each node so, in one statement. */
export async function voteNames(tx: Executor, votes: { nodeId: number; name: string }[]): Promise<void> {
  const tally = new Map<string, { nodeId: number; name: string; uses: number }>();
  for (const v of votes) {
    const key = `${v.nodeId}\u0000${v.name}`;
    tally.set(key, { ...v, uses: (tally.get(key)?.uses ?? 0) + 1 });
  }
  if (!tally.size) return;
  await tx.execute(sql`
    insert into name_votes (node_id, name, uses) values ${sql.join([...tally.values()].map((v) => sql`(${v.nodeId}, ${v.name}, ${v.uses})`), sql`, `)}
    on conflict (node_id, name) do update set uses = name_votes.uses + excluded.uses`);
}

/** Recounts a node's name votes from the resolutions that link to it (after a curation moved them). */
export async function recountNames(tx: Executor, nodeId: number): Promise<void> {
  await tx.execute(sql`delete from name_votes where node_id = ${nodeId}`);
  await tx.execute(sql`insert into name_votes (node_id, name, uses)
    select node_id, forms->>0, count(*) from resolutions where node_id = ${nodeId} group by node_id, forms->>0`);
  await renameByConsensus(tx, nodeId);
}

/** The display name of a node: the fullest name articles give it, the most used among equally full ones. */
export async function renameByConsensus(tx: Executor, nodeId: number): Promise<void> {
  const names = rowsOf<{ name: string; uses: number | string }>(await tx.execute(sql`select name, uses from name_votes where node_id = ${nodeId}`));
  const fullness = (name: string) => foldName(name).split(' ').length;
  const [best] = names.sort((a, b) => fullness(b.name) - fullness(a.name) || Number(b.uses) - Number(a.uses) || a.name.localeCompare(b.name));
  if (best) await tx.update(nodes).set({ name: best.name, nameKey: foldName(best.name) }).where(eq(nodes.id, nodeId));
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
  await insertAliases(tx, created.id, [place.name]);
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
  await insertAliases(tx, created.id, [countryName]);
  return created.id;
}
