// Ingests synthetic articles through ingestArticle, reads back which stored node every name and
// every reported visit or meeting became, and scores entity and event merging pairwise against
// the generator's truth. As a command it also times ingest per block of articles as the graph grows:
//
//   npx tsx bench/synthetic/evaluate.ts --articles 100000 [--block 1000] [--seed 1] [--minutes M]
//     [--engine pglite|postgres] [--data-dir memory|PATH] [--people N] [--examples 6] [--split]
//
// --minutes stops ingesting once the budget is spent and scores what was ingested; --split also
// times extract() alone before each ingest, so a block shows what the database part costs.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import { extract } from '../../src/extract/index.js';
import { ingestArticle } from '../../src/graph/ingest.js';
import { openBenchDatabase, type EngineName } from '../database.js';
import { summarize } from '../stats.js';
import { generateCorpus, type SyntheticArticle, type SyntheticCorpus, type TrueEvent, type TruePerson } from './generator.js';
import { pairwise, type PairwiseScore } from './metrics.js';

export interface IngestRun {
  /** stored article id of each synthetic article, in corpus order */
  articleIds: number[];
  /** milliseconds ingestArticle took for each article */
  ms: number[];
  /** milliseconds extract() alone took, when asked: the rest of ms is resolving and storing */
  extractMs: number[];
}

export interface IngestOptions {
  /** called after each article, e.g. to report a block */
  onIngested?: (index: number, run: IngestRun) => Promise<void> | void;
  /** stop early (a time budget) when this says so, before the next article */
  stop?: () => boolean;
  /** also time extract() on its own before each ingest, to tell extraction from the database */
  timeExtraction?: boolean;
}

export async function ingestCorpus(database: Database, articles: SyntheticArticle[], options: IngestOptions = {}): Promise<IngestRun> {
  const run: IngestRun = { articleIds: [], ms: [], extractMs: [] };
  for (const [index, article] of articles.entries()) {
    if (options.stop?.()) break;
    if (options.timeExtraction) {
      const extracting = performance.now();
      extract(article.input);
      run.extractMs.push(performance.now() - extracting);
    }
    const started = performance.now();
    const { articleId } = await ingestArticle(database, article.input);
    run.ms.push(performance.now() - started);
    run.articleIds.push(articleId);
    await options.onIngested?.(index, run);
  }
  return run;
}

interface StoredCitation extends Record<string, unknown> {
  node_id: number;
  kind: 'person' | 'visit' | 'meeting';
  span_start: number;
  span_end: number;
}

interface Located {
  truth: string;
  predicted: string | null;
  article: number;
  /** what the article printed: the surface forms, or the reporting sentence */
  printed: string;
}

export interface MergeReport {
  entities: PairwiseScore;
  events: PairwiseScore;
  visits: PairwiseScore;
  meetings: PairwiseScore;
  /** one line per example of a miss, grouped by kind of miss */
  examples: Record<'entity splits' | 'entity merges' | 'people lost' | 'event splits' | 'event merges' | 'events lost', string[]>;
  /** why a true event ended up in several nodes, as far as the stored nodes tell */
  eventSplitCauses: Record<string, number>;
}

const isWordChar = (c: string | undefined) => c != null && /[\p{L}\p{N}]/u.test(c);

/** Every place the text prints one of the forms, on word boundaries. */
function occurrences(text: string, forms: string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      if (!isWordChar(text[at - 1]) && !isWordChar(text[at + form.length])) found.push([at, at + form.length]);
    }
  }
  return found;
}

/** The node most of the overlapping citations point to, or null. */
function vote(citations: StoredCitation[], kind: StoredCitation['kind'], spans: [number, number][]): string | null {
  const votes = new Map<number, number>();
  for (const c of citations) {
    if (c.kind !== kind) continue;
    if (spans.some(([start, end]) => c.span_start < end && c.span_end > start)) votes.set(Number(c.node_id), (votes.get(Number(c.node_id)) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [node, count] of votes) if (best == null || count > votes.get(best)! || (count === votes.get(best)! && node < best)) best = node;
  return best == null ? null : String(best);
}

/** Where the sentence sits in the stored text (the cleaner may have re-spaced it). */
function sentenceSpan(text: string, sentence: string): [number, number] | null {
  const at = text.indexOf(sentence);
  if (at >= 0) return [at, at + sentence.length];
  const head = sentence.slice(0, 40);
  const near = text.indexOf(head);
  return near >= 0 ? [near, near + sentence.length] : null;
}

async function locate(database: Database, corpus: SyntheticCorpus, articleIds: number[]): Promise<{ people: Located[]; events: (Located & { kind: 'visit' | 'meeting' })[] }> {
  const people: Located[] = [];
  const events: (Located & { kind: 'visit' | 'meeting' })[] = [];
  const CHUNK = 2000;
  for (let from = 0; from < articleIds.length; from += CHUNK) {
    const ids = [...new Set(articleIds.slice(from, from + CHUNK))];
    const texts = new Map(
      (await database.rows<{ id: number; text: string }>(sql`select id, text from articles where id in ${ids}`)).map((r) => [Number(r.id), r.text]),
    );
    const cited = new Map<number, StoredCitation[]>();
    for (const row of await database.rows<StoredCitation & { article_id: number }>(sql`
      select c.article_id, c.node_id, c.span_start, c.span_end, n.kind
      from citations c join nodes n on n.id = c.node_id
      where c.article_id in ${ids} and n.kind in ('person', 'visit', 'meeting')`)) {
      const list = cited.get(Number(row.article_id)) ?? [];
      list.push(row);
      cited.set(Number(row.article_id), list);
    }
    for (let i = from; i < Math.min(from + CHUNK, articleIds.length); i++) {
      const id = articleIds[i];
      const text = texts.get(id) ?? '';
      const citations = cited.get(id) ?? [];
      const { truth } = corpus.articles[i];
      for (const mention of truth.people) {
        const predicted = vote(citations, 'person', occurrences(text, mention.surfaces));
        people.push({ truth: mention.personId, predicted, article: i, printed: mention.surfaces.join(' | ') });
      }
      for (const report of truth.events) {
        const span = sentenceSpan(text, report.sentence);
        const predicted = span ? vote(citations, report.kind, [span]) : null;
        events.push({ truth: report.eventId, predicted, article: i, printed: report.sentence, kind: report.kind });
      }
    }
  }
  return { people, events };
}

interface NodeSummary extends Record<string, unknown> {
  id: number;
  name: string;
  country_code: string | null;
  date_start: string | null;
  date_end: string | null;
  actors: string[] | null;
}

async function describeNodes(database: Database, ids: string[]): Promise<Map<string, NodeSummary>> {
  if (!ids.length) return new Map();
  const rows = await database.rows<NodeSummary>(sql`
    select n.id, n.name, n.country_code, n.date_start::text, n.date_end::text,
      (select array_agg(a.name || coalesce(' (' || a.country_code || ')', '') order by a.id) from edges e join nodes a on a.id = e.src_id
        where e.dst_id = n.id and e.type in ('PARTICIPATED_IN', 'VISITED')) as actors
    from nodes n where n.id in ${ids.map(Number)}`);
  return new Map(rows.map((r) => [String(r.id), r]));
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k) ?? [];
    list.push(item);
    groups.set(k, list);
  }
  return groups;
}

const personLabel = (p: TruePerson | undefined) => (p ? `${p.id} ${[p.given, p.middle, p.surname].filter(Boolean).join(' ')} (${p.state.code}, ${p.role}${p.homonym ? ', has a namesake' : ''})` : '?');

function eventLabel(event: TrueEvent | undefined, people: Map<string, TruePerson>): string {
  if (!event) return '?';
  const name = (id: string) => {
    const p = people.get(id);
    return p ? `${p.surname} (${p.state.code})` : id;
  };
  return event.kind === 'visit'
    ? `${event.id} visit of ${name(event.visitor)} to ${event.destination} on ${event.date}`
    : `${event.id} ${event.mode === 'PHONE' ? 'call' : 'meeting'} of ${event.participants.map(name).join(', ')} on ${event.date}`;
}

const nodeLabel = (n: NodeSummary | undefined, id: string) =>
  n ? `node ${id} [${n.actors?.join(', ') ?? `${n.name}${n.country_code ? ` (${n.country_code})` : ''}`}${n.date_start ? ` ${n.date_start}${n.date_end && n.date_end !== n.date_start ? `..${n.date_end}` : ''}` : n.actors ? ' undated' : ''}]` : `node ${id}`;

/** The clusters that hold items of more than one group, largest first (the costliest misses). */
function mixed(items: Located[], by: 'truth' | 'predicted'): [string, Located[]][] {
  const other = by === 'truth' ? 'predicted' : 'truth';
  return [...groupBy(items.filter((i) => i.predicted != null), (i) => i[by]!)]
    .filter(([, group]) => new Set(group.map((i) => i[other])).size > 1)
    .sort((a, b) => b[1].length - a[1].length);
}

function splitCause(nodes: NodeSummary[]): string {
  const actors = new Set(nodes.map((n) => (n.actors ?? []).join('|')));
  if (actors.size > 1) return 'participants resolved to different people nodes';
  const dated = nodes.filter((n) => n.date_start);
  const overlapping = dated.every((a) => dated.every((b) => a.date_start! <= (b.date_end ?? b.date_start!) && (a.date_end ?? a.date_start!) >= b.date_start!));
  return overlapping ? 'same participants and agreeing dates (status or destination differs)' : 'same participants, dates disagree';
}

export async function measureMerging(database: Database, corpus: SyntheticCorpus, articleIds: number[], options: { examples?: number } = {}): Promise<MergeReport> {
  const limit = options.examples ?? 6;
  const { people, events } = await locate(database, corpus, articleIds);
  const truePeople = new Map(corpus.people.map((p) => [p.id, p]));
  const trueEvents = new Map(corpus.events.map((e) => [e.id, e]));

  const entitySplits = mixed(people, 'truth');
  const entityMerges = mixed(people, 'predicted');
  const eventSplits = mixed(events, 'truth');
  const eventMerges = mixed(events, 'predicted');
  const involved = new Set<string>();
  for (const [, group] of [...entitySplits.slice(0, limit), ...eventSplits, ...eventMerges.slice(0, limit)]) for (const i of group) involved.add(i.predicted!);
  for (const [node] of entityMerges.slice(0, limit)) involved.add(node);
  const nodes = await describeNodes(database, [...involved]);

  const eventSplitCauses: Record<string, number> = {};
  for (const [, group] of eventSplits) {
    const cause = splitCause([...new Set(group.map((i) => i.predicted!))].map((id) => nodes.get(id)).filter((n): n is NodeSummary => n != null));
    eventSplitCauses[cause] = (eventSplitCauses[cause] ?? 0) + 1;
  }

  const byNode = (group: Located[]) =>
    [...groupBy(group, (i) => i.predicted!)].map(([node, items]) => `${nodeLabel(nodes.get(node), node)} ← ${[...new Set(items.map((i) => i.printed))].slice(0, 3).join(' / ')} (${items.length}×)`);
  return {
    entities: pairwise(people),
    events: pairwise(events),
    visits: pairwise(events.filter((e) => e.kind === 'visit')),
    meetings: pairwise(events.filter((e) => e.kind === 'meeting')),
    examples: {
      'entity splits': entitySplits.slice(0, limit).map(([truth, group]) => `${personLabel(truePeople.get(truth))} split into ${byNode(group).join('; ')}`),
      'entity merges': entityMerges
        .slice(0, limit)
        .map(([node, group]) => `${nodeLabel(nodes.get(node), node)} holds ${[...groupBy(group, (i) => i.truth)].map(([t, items]) => `${personLabel(truePeople.get(t))} as ${[...new Set(items.map((i) => i.printed))].slice(0, 2).join(' / ')} (${items.length}×)`).join(' AND ')}`),
      'people lost': people
        .filter((i) => i.predicted == null)
        .slice(0, limit)
        .map((i) => `article #${i.article}: no person node cited on "${i.printed}" — ${corpus.articles[i.article].input.text.slice(0, 160).replace(/\s+/g, ' ')}…`),
      'event splits': eventSplits.slice(0, limit).map(([truth, group]) => `${eventLabel(trueEvents.get(truth), truePeople)} split into ${byNode(group).join('; ')}`),
      'event merges': eventMerges
        .slice(0, limit)
        .map(([node, group]) => `${nodeLabel(nodes.get(node), node)} holds ${[...new Set(group.map((i) => i.truth))].map((t) => eventLabel(trueEvents.get(t), truePeople)).join(' AND ')}`),
      'events lost': events
        .filter((i) => i.predicted == null)
        .slice(0, limit)
        .map((i) => `article #${i.article} (${corpus.articles[i.article].input.publishedAt}): no ${i.kind} node cited on "${i.printed}"`),
    },
    eventSplitCauses,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function formatScore(name: string, s: PairwiseScore): string {
  return `${name.padEnd(16)} precision ${pct(s.precision).padStart(6)}  recall ${pct(s.recall).padStart(6)}   (${s.items} items, ${s.lost} lost; pairs: ${s.correctPairs} right of ${s.predictedPairs} merged, ${s.truePairs} true)`;
}

export function formatReport(report: MergeReport): string {
  const lines = [
    formatScore('entity merging', report.entities),
    formatScore('event merging', report.events),
    formatScore('  visits', report.visits),
    formatScore('  meetings', report.meetings),
  ];
  const causes = Object.entries(report.eventSplitCauses);
  if (causes.length) lines.push(`event splits by cause: ${causes.map(([cause, n]) => `${n} × ${cause}`).join('; ')}`);
  for (const [kind, examples] of Object.entries(report.examples)) {
    if (!examples.length) continue;
    lines.push(`${kind}:`);
    for (const example of examples) lines.push(`  - ${example}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '5000' },
      block: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      people: { type: 'string' },
      engine: { type: 'string', default: 'pglite' },
      'data-dir': { type: 'string', default: 'memory' },
      examples: { type: 'string', default: '6' },
      minutes: { type: 'string' },
      split: { type: 'boolean', default: false },
    },
  });
  const total = Number(values.articles);
  const block = Number(values.block);
  const engine = values.engine as EngineName;
  const generated = performance.now();
  const corpus = generateCorpus({ seed: Number(values.seed), articles: total, people: values.people ? Number(values.people) : undefined });
  console.log(
    `generated ${corpus.articles.length} articles (seed ${corpus.seed}): ${corpus.people.length} people, ${corpus.events.length} true visits and meetings, ` +
      `${corpus.articles[0].input.publishedAt} to ${corpus.articles[corpus.articles.length - 1].input.publishedAt}, in ${((performance.now() - generated) / 1000).toFixed(1)} s`,
  );
  const database = await openBenchDatabase(engine, { dataDir: values['data-dir'] });
  console.log(`ingesting on ${engine}${engine === 'pglite' ? ` (${values['data-dir']})` : ''}, timing each block of ${block}`);
  try {
    const started = performance.now();
    const budgetMs = values.minutes ? Number(values.minutes) * 60_000 : Infinity;
    const run = await ingestCorpus(database, corpus.articles, {
      stop: () => performance.now() - started > budgetMs,
      timeExtraction: values.split,
      onIngested: async (index, run) => {
        if ((index + 1) % block !== 0 && index + 1 !== total) return;
        const from = Math.floor(index / block) * block;
        const stats = summarize(run.ms.slice(from));
        const extraction = run.extractMs.length ? summarize(run.extractMs.slice(from)) : null;
        const split = extraction ? ` (extract ${extraction.mean.toFixed(1)}, resolve+store ${(stats.mean - extraction.mean).toFixed(1)})` : '';
        const [graph] = await database.rows<{ nodes: string; citations: string }>(sql`select (select count(*) from nodes) as nodes, (select count(*) from citations) as citations`);
        console.log(
          `articles ${String(from + 1).padStart(6)}–${String(index + 1).padEnd(6)} ms/article mean ${stats.mean.toFixed(1).padStart(6)} median ${stats.median.toFixed(1).padStart(6)} p95 ${stats.p95.toFixed(1).padStart(6)}${split}` +
            `  | graph ${graph.nodes} nodes, ${graph.citations} citations | ${((performance.now() - started) / 60_000).toFixed(1)} min`,
        );
      },
    });
    const overall = summarize(run.ms);
    if (run.ms.length < total) console.log(`time budget of ${values.minutes} min spent after ${run.ms.length} articles`);
    console.log(`ingest of ${run.ms.length} articles: ${overall.perSecond.toFixed(1)} articles/s, ms/article median ${overall.median.toFixed(1)} p95 ${overall.p95.toFixed(1)}`);
    const measured = performance.now();
    const report = await measureMerging(database, { ...corpus, articles: corpus.articles.slice(0, run.articleIds.length) }, run.articleIds, { examples: Number(values.examples) });
    console.log(formatReport(report));
    console.log(`(read back and scored in ${((performance.now() - measured) / 1000).toFixed(1)} s)`);
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
