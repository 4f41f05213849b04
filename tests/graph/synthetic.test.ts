// Synthetic news from a seeded world: several outlets report the same visits and meetings with
// their own wording, spellings and dates. Ingesting them must put every mention of one person in
// one node and every report of one event in one node, and nothing else together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, ingestCorpus, measureMerging, type MergeReport } from '../../bench/synthetic/evaluate.js';
import { generateCorpus } from '../../bench/synthetic/generator.js';
import { pairwise } from '../../bench/synthetic/metrics.js';
import type { Database } from '../../src/db/client.js';
import { engines } from '../support/engines.js';

const corpus = generateCorpus({ seed: 20_260_129, articles: 60 });

describe('the synthetic news generator and its scoring', () => {
  it('writes the same articles and truth for the same seed, other ones for another seed', () => {
    const again = generateCorpus({ seed: 20_260_129, articles: 60 });
    expect(again.articles).toEqual(corpus.articles);
    expect(generateCorpus({ seed: 7, articles: 60 }).articles[0].input.text).not.toEqual(corpus.articles[0].input.text);
  });

  it('records truth that points into the article text', () => {
    for (const { input, truth } of corpus.articles) {
      for (const person of truth.people) for (const surface of person.surfaces) expect(input.text).toContain(surface);
      for (const event of truth.events) expect(input.text).toContain(event.sentence);
    }
  });

  it('scores pairs: a wrong merge costs precision, a split or a lost item costs recall', () => {
    const merged = pairwise([
      { truth: 'a', predicted: 'x' },
      { truth: 'a', predicted: 'x' },
      { truth: 'b', predicted: 'x' },
    ]);
    expect([merged.precision, merged.recall]).toEqual([1 / 3, 1]);
    const split = pairwise([
      { truth: 'a', predicted: 'x' },
      { truth: 'a', predicted: 'y' },
      { truth: 'a', predicted: null },
      { truth: 'b', predicted: 'z' },
    ]);
    expect([split.precision, split.recall, split.lost]).toEqual([1, 0, 1]);
  });
});

describe.each(engines)('synthetic news on $name', (engine) => {
  let database: Database;
  let report: MergeReport;
  beforeAll(async () => {
    database = await engine.open();
    const run = await ingestCorpus(database, corpus.articles);
    report = await measureMerging(database, corpus, run.articleIds, { examples: 10 });
  });
  afterAll(() => database.close());

  it('tests a world where people and events recur across outlets', () => {
    expect(report.entities.truePairs).toBeGreaterThan(100);
    expect(report.events.truePairs).toBeGreaterThan(20);
  });

  it('puts the mentions of one person in one node, and only them (pairwise ≥ 0.95)', () => {
    expect(report.entities.precision, formatReport(report)).toBeGreaterThanOrEqual(0.95);
    expect(report.entities.recall, formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });

  it('puts the reports of one visit or meeting in one node, and only them (pairwise ≥ 0.95)', () => {
    expect(report.events.precision, formatReport(report)).toBeGreaterThanOrEqual(0.95);
    expect(report.events.recall, formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });
});
