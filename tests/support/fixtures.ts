// Hand-made extractions for graph and API tests that must not depend on the extractor's rules.
import { sql } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';
import type { DateRange, Extraction, ExtractedEntity, ExtractedMeeting, ExtractedStatement, ExtractedVisit } from '../../src/extract/types.js';
import { storeExtraction } from '../../src/graph/store.js';

const at = (sentence: number) => ({ sentence, start: 0, end: 10 });

export function person(key: string, name: string, country: string | null, aliases: string[] = []): ExtractedEntity {
  return { type: 'person', key, name, aliases, country, roles: [], mentions: [at(0)], confidence: 0.9 };
}

export function organization(key: string, name: string, kind: 'government' | 'ministry', country: string | null, aliases: string[] = []): ExtractedEntity {
  return { type: 'organization', key, name, aliases, country, kind, mentions: [at(0)], confidence: 0.9 };
}

export function day(date: string): DateRange {
  return { start: date, end: date, precision: 'DAY' };
}

export function meeting(participants: string[], date: DateRange | null, place: string | null = null): ExtractedMeeting {
  return { participants, date, status: 'OCCURRED', mode: 'IN_PERSON', place: place ? { name: place, country: null } : null, evidence: [at(0)], confidence: 0.9 };
}

export function visit(visitor: string, destination: string, date: DateRange | null, place: string | null = null): ExtractedVisit {
  return { visitor, destination, date, status: 'OCCURRED', place: place ? { name: place, country: destination } : null, evidence: [at(0)], confidence: 0.9 };
}

export function statement(speaker: string, about: string[] = [], reportedBy: string | null = null): ExtractedStatement {
  return { speaker, about, reportedBy, medium: null, quote: null, date: null, evidence: [at(0)], confidence: 0.8 };
}

export function extraction(parts: Partial<Pick<Extraction, 'entities' | 'visits' | 'meetings' | 'statements'>>): Extraction {
  const text = 'A sentence that stands for the article.';
  return {
    text,
    title: null,
    byline: null,
    dateline: null,
    publishedAt: '2024-01-10',
    sentences: [{ index: 0, start: 0, end: text.length, text }],
    entities: [],
    visits: [],
    meetings: [],
    statements: [],
    ...parts,
  };
}

let articleSeq = 0;
/** Stores a hand-made extraction as a new article, the way ingest does, and returns its id. */
export async function storeFixture(database: Database, fixture: Extraction, publishedAt = '2024-01-10'): Promise<number> {
  return database.db.transaction(async (tx) => {
    const [row] = await database.rows<{ id: number | string }>(
      sql`insert into articles (content_hash, text, sentences, published_at) values (${`fixture-${process.pid}-${++articleSeq}-${Math.random()}`}, ${fixture.text}, '[]'::jsonb, ${publishedAt}) returning id`,
      tx,
    );
    await storeExtraction(tx, Number(row.id), fixture, publishedAt);
    return Number(row.id);
  });
}
