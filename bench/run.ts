// `npm run bench`: figures, no pass/fail. Extraction throughput on one core, end-to-end ingest
// throughput on each engine as the graph grows, and entity/event merging on synthetic news.
//
//   npm run bench -- [--ingest 500] [--resolution 300] [--seconds 3] [--corpus DIR]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extract } from '../src/extract/index.js';
import type { ArticleInput } from '../src/extract/types.js';
import { availableEngines, openBenchDatabase } from './database.js';
import { summarize } from './stats.js';
import { formatReport, ingestCorpus, measureMerging } from './synthetic/evaluate.js';
import { generateCorpus } from './synthetic/generator.js';

const { values } = parseArgs({
  options: {
    ingest: { type: 'string', default: '500' },
    resolution: { type: 'string', default: '300' },
    seconds: { type: 'string', default: '3' },
    corpus: { type: 'string', default: fileURLToPath(new URL('../../shared/corpus/dev', import.meta.url)) },
  },
});
/** A numeric option, checked: a bad value stops the run with the option's name rather than printing NaN figures. */
function numberOption(name: 'ingest' | 'resolution' | 'seconds', whole: boolean): number {
  const value = Number(values[name]);
  if (!Number.isFinite(value) || value < 0 || (whole && !Number.isInteger(value))) throw new Error(`--${name} must be a ${whole ? 'whole ' : ''}number of 0 or more, got "${values[name]}"`);
  return value;
}
const seconds = numberOption('seconds', false);
const ingestCount = numberOption('ingest', true);
const resolutionCount = numberOption('resolution', true);

/** Extracts the articles round after round for about `seconds`, after a warm-up; articles per second. */
function extractionRate(articles: ArticleInput[], warmUp: number): { perSecond: number; runs: number } {
  for (let i = 0; i < warmUp; i++) extract(articles[i % articles.length]);
  let runs = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) extract(articles[runs++ % articles.length]);
  return { perSecond: (runs * 1000) / (performance.now() - started), runs };
}

function readCorpus(dir: string): ArticleInput[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { text: string; meta?: { title?: string; publisher?: string; publishedAt?: string } };
      return { text: file.text, title: file.meta?.title ?? null, publisher: file.meta?.publisher ?? null, publishedAt: file.meta?.publishedAt ?? null };
    });
}

const rate = (r: { perSecond: number; runs: number }) => `${r.perSecond.toFixed(1)} articles/s (${(1000 / r.perSecond).toFixed(2)} ms each, ${r.runs} runs)`;

console.log(`diplograph bench — node ${process.version}, ${new Date().toISOString()}\n`);
console.log('## Extraction (extract(), one core)');
if (existsSync(values.corpus)) {
  const corpus = readCorpus(values.corpus);
  const byLength = [...corpus].sort((a, b) => a.text.length - b.text.length);
  const median = byLength[Math.floor(byLength.length / 2)];
  console.log(`median-length dev article (${median.text.length} chars): ${rate(extractionRate([median], 50))}`);
  const chars = corpus.reduce((sum, a) => sum + a.text.length, 0);
  const whole = extractionRate(corpus, corpus.length * 3);
  console.log(`whole dev corpus (${corpus.length} articles, ${chars} chars): ${rate(whole)}, ${((whole.perSecond * chars) / corpus.length / 1024).toFixed(0)} KB/s`);
} else {
  console.log(`dev corpus not found at ${values.corpus}: skipping the corpus figures`);
}
const synthetic = generateCorpus({ seed: 3, articles: 200 }).articles.map((a) => a.input);
console.log(`synthetic articles (${synthetic.length}, mean ${Math.round(synthetic.reduce((s, a) => s + a.text.length, 0) / synthetic.length)} chars): ${rate(extractionRate(synthetic, 200))}`);

console.log('\n## End-to-end ingest (ingestArticle: validate, extract, resolve, store in one transaction)');
const feed = generateCorpus({ seed: 2, articles: ingestCount }).articles;
if (!ingestCount) console.log('skipped (--ingest 0)');
for (const engine of ingestCount ? availableEngines() : []) {
  const database = await openBenchDatabase(engine);
  try {
    const run = await ingestCorpus(database, feed);
    const all = summarize(run.ms);
    const lastHalf = summarize(run.ms.slice(Math.floor(run.ms.length / 2)));
    console.log(
      `${engine === 'pglite' ? 'PGlite (memory)' : 'PostgreSQL'}: ${ingestCount} synthetic articles, ${all.perSecond.toFixed(1)} articles/s, ` +
        `ms/article median ${all.median.toFixed(1)} p95 ${all.p95.toFixed(1)} (second half: median ${lastHalf.median.toFixed(1)} p95 ${lastHalf.p95.toFixed(1)})`,
    );
  } finally {
    await database.close();
  }
}
if (ingestCount && !process.env.DATABASE_URL) console.log('PostgreSQL: skipped (DATABASE_URL not set)');

console.log(`\n## Entity and event merging (${resolutionCount} synthetic articles, PGlite in memory; pairwise)`);
if (resolutionCount) {
  const world = generateCorpus({ seed: 1, articles: resolutionCount });
  const database = await openBenchDatabase('pglite');
  try {
    const run = await ingestCorpus(database, world.articles);
    console.log(formatReport(await measureMerging(database, world, run.articleIds, { examples: 3 })));
  } finally {
    await database.close();
  }
} else {
  console.log('skipped (--resolution 0)');
}
console.log('\nLarger runs and per-block ingest times: npx tsx bench/synthetic/evaluate.ts --articles 5000');
