import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

// The sample article the server loads at start (also seed-001 of the annotated corpus).
const seed = JSON.parse(readFileSync(new URL('../../seed/khaama-press-2023-01-25.json', import.meta.url), 'utf8'));

describe('extract on the seed article', () => {
  const x = extract({ text: seed.text, title: seed.title, publishedAt: seed.publishedAt });
  const name = (k: string | null) => (k ? x.entities.find((e) => e.key === k)?.name : null);

  it('finds the four people with their countries', () => {
    const people = x.entities.filter((e) => e.type === 'person').map((p) => [p.name, p.country]);
    expect(people.sort()).toEqual([['Amir Khan Muttaqi', 'AF'], ['Hafiz Zia Ahmad', 'AF'], ['Mohammad Sadiq', 'PK'], ['Zamir Kabulov', 'RU']]);
  });
  it('finds both visits and both meetings', () => {
    expect(x.visits.map((v) => [name(v.visitor), v.destination, v.place?.name ?? null]).sort()).toEqual([['Zamir Kabulov', 'AF', null], ['Zamir Kabulov', 'PK', 'Islamabad']]);
    expect(x.meetings.map((m) => m.participants.map(name).sort())).toEqual(expect.arrayContaining([['Mohammad Sadiq', 'Zamir Kabulov'], ['Amir Khan Muttaqi', 'Zamir Kabulov']]));
    expect(x.meetings).toHaveLength(2);
  });
  it('finds the statements, the reported one via the deputy spokesperson', () => {
    const statements = x.statements.map((s) => [name(s.speaker), name(s.reportedBy)]);
    expect(new Set(statements.map(([s]) => s))).toEqual(new Set(['Mohammad Sadiq', 'Hafiz Zia Ahmad', 'Zamir Kabulov']));
    expect(statements).toContainEqual(['Zamir Kabulov', 'Hafiz Zia Ahmad']);
    expect(x.statements.filter((s) => name(s.speaker) === 'Mohammad Sadiq').map((s) => s.date?.start)).toContain('2023-01-24');
  });
  it('leaves the cookie banner and sign-off out', () => {
    expect(x.text).not.toMatch(/cookies|Khaama Press$/);
    for (const e of [...x.visits, ...x.meetings, ...x.statements]) for (const ev of e.evidence) expect(ev.sentence).toBeLessThan(x.sentences.length);
  });
});

describe('extract on short articles of other regions', () => {
  it('takes the one who invites for the host', () => {
    const x = extract({
      text: 'At the invitation of Foreign Minister Wang Yi, Pakistani Foreign Minister Ishaq Dar will pay an official visit to China from May 15 to 17.',
      publishedAt: '2025-05-12',
    });
    expect(x.entities.find((e) => e.name === 'Wang Yi')?.country).toBe('CN');
    expect(x.visits[0]).toMatchObject({ destination: 'CN', status: 'PLANNED', date: { start: '2025-05-15' } });
  });
});

describe('extract on odd input', () => {
  it('survives empty text and text that looks like its own markers', () => {
    expect(extract({ text: '' }).entities).toEqual([]);
    expect(() => extract({ text: '⟨P1⟩ met ⟨P2⟩ in ⟨L3⟩.' })).not.toThrow();
  });
});

describe('extract on an unseen article whose presidency no invented sentence reproduces', () => {
  // (unseen-1027: "According to a communiqué from the Presidency of the Republic, the Head of State stressed …")
  const article = JSON.parse(readFileSync(new URL('../fixtures/unseen/unseen-1027.json', import.meta.url), 'utf8'));
  const x = extract({ text: article.text, title: article.meta.title, publisher: article.meta.publisher, publishedAt: article.meta.publishedAt });
  const name = (k: string | null) => (k ? x.entities.find((e) => e.key === k)?.name : null);

  it('relays the president\'s words through the Presidency of the Republic, named in full', () => {
    expect(x.statements.filter((s) => s.reportedBy).map((s) => [name(s.speaker), name(s.reportedBy)])).toContainEqual(['Kaïs Saïed', 'Presidency of the Republic']);
  });
});
