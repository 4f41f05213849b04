// Synthetic news from a seeded world: several outlets report the same visits and meetings with
// their own wording, spellings and dates. Ingesting them must put every mention of one person in
// one node and every report of one event in one node, and nothing else together.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReport, ingestCorpus, measureMerging, type MergeReport } from '../../bench/synthetic/evaluate.js';
import { generateCorpus } from '../../bench/synthetic/generator.js';
import type { Database } from '../../src/db/client.js';
import { engines } from '../support/engines.js';

const corpus = generateCorpus({ seed: 20_260_129, articles: 60 });

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
