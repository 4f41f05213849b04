import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { engines } from '../support/engines.js';
import { testApp } from '../support/app.js';
import { day, extraction, meeting, organization, person, statement, storeFixture, visit } from '../support/fixtures.js';

describe.each(engines)('exploring the graph on $name', (engine) => {
  let database: Database;
  let api: ReturnType<typeof testApp>;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    database = await engine.open();
    api = testApp(database);
    const cast = [person('k', 'Zamir Kabulov', 'RU', ['Kabulov']), person('s', 'Mohammad Sadiq', 'PK', ['Sadiq']), person('m', 'Amir Khan Muttaqi', 'AF', ['Muttaqi'])];
    await storeFixture(database, extraction({ entities: cast, meetings: [meeting(['k', 's'], day('2023-01-24'), 'Islamabad')], visits: [visit('k', 'PK', day('2023-01-24'), 'Islamabad')] }));
    await storeFixture(database, extraction({ entities: cast, meetings: [meeting(['k', 'm'], day('2023-01-20'))], statements: [statement('s', ['k'])] }));
    await storeFixture(database, extraction({ entities: [...cast, organization('f', 'Foreign Office', 'ministry', 'PK')], meetings: [meeting(['k', 's'], day('2023-06-02'), 'Moscow')] }));
    const people = await api.gql(`{ people(first: 10) { edges { node { id name } } } }`);
    for (const edge of people.data.people.edges) ids[edge.node.name] = edge.node.id;
  });
  afterAll(() => database.close());

  it('lists people by name with totalCount, searches any form of a name, filters by country, pages with cursors', async () => {
    const all = await api.gql(`{ people(first: 2) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }`);
    expect(all.data.people.totalCount).toBe(3);
    expect(all.data.people.edges.map((e: any) => e.node.name)).toEqual(['Amir Khan Muttaqi', 'Mohammad Sadiq']);
    expect(all.data.people.pageInfo.hasNextPage).toBe(true);
    const next = await api.gql(`query($after: String) { people(first: 2, after: $after) { edges { node { name } } pageInfo { hasNextPage } } }`, { after: all.data.people.pageInfo.endCursor });
    expect(next.data.people.edges.map((e: any) => e.node.name)).toEqual(['Zamir Kabulov']);
    expect(next.data.people.pageInfo.hasNextPage).toBe(false);
    const search = await api.gql(`{ people(search: "muhammad sadiq") { totalCount edges { node { name country { code name } } } } }`);
    expect(search.data.people).toEqual({ totalCount: 1, edges: [{ node: { name: 'Mohammad Sadiq', country: { code: 'PK', name: 'Pakistan' } } }] });
    const byCountry = await api.gql(`{ people(country: "ru") { totalCount edges { node { name } } } }`);
    expect(byCountry.data.people.edges.map((e: any) => e.node.name)).toEqual(['Zamir Kabulov']);
  });

  it("tells who a person met, how often, first and last, and the person's visits and statements", async () => {
    const result = await api.gql(`query($id: ID!) { node(id: $id) { ... on Person { name aliases
      metWith { with { name } count first last meetings { date { start } place { name } } }
      visits { destination { code } place { name } date { start precision } status citations { sentence quote } } } } }`, { id: ids['Zamir Kabulov'] });
    expect(result.errors).toBeUndefined();
    const kabulov = result.data.node;
    expect(kabulov.aliases).toEqual(['Kabulov']);
    expect(kabulov.metWith).toEqual([
      { with: { name: 'Mohammad Sadiq' }, count: 2, first: '2023-01-24', last: '2023-06-02', meetings: [{ date: { start: '2023-01-24' }, place: { name: 'Islamabad' } }, { date: { start: '2023-06-02' }, place: { name: 'Moscow' } }] },
      { with: { name: 'Amir Khan Muttaqi' }, count: 1, first: '2023-01-20', last: '2023-01-20', meetings: [{ date: { start: '2023-01-20' }, place: null }] },
    ]);
    expect(kabulov.visits).toEqual([
      { destination: { code: 'PK' }, place: { name: 'Islamabad' }, date: { start: '2023-01-24', precision: 'DAY' }, status: 'OCCURRED', citations: [{ sentence: 0, quote: 'A sentence that stands for the article.' }] },
    ]);
  });

  it('filters meetings by participant, by a pair, and by date window', async () => {
    const q = `query($filter: MeetingFilter) { meetings(filter: $filter) { totalCount edges { node { date { start } participants { name } } } } }`;
    const byParticipant = await api.gql(q, { filter: { participant: ids['Mohammad Sadiq'] } });
    expect(byParticipant.data.meetings.totalCount).toBe(2);
    const pair = await api.gql(q, { filter: { between: [ids['Zamir Kabulov'], ids['Amir Khan Muttaqi']] } });
    expect(pair.data.meetings.edges.map((e: any) => e.node.date.start)).toEqual(['2023-01-20']);
    const sure = await api.gql(q, { filter: { minConfidence: 0.95 } });
    expect(sure.data.meetings.totalCount).toBe(0);
    const likely = await api.gql(q, { filter: { minConfidence: 0.5 } });
    expect(likely.data.meetings.totalCount).toBe(3);
    const window = await api.gql(q, { filter: { from: '2023-01-21', to: '2023-12-31' } });
    expect(window.data.meetings.edges.map((e: any) => e.node.date.start)).toEqual(['2023-01-24', '2023-06-02']);
  });

  it('rejects a filter with an ID of the wrong type, or a window that ends before it starts', async () => {
    const articles = await api.gql(`{ articles(first: 1) { edges { node { id } } } }`);
    const wrongType = await api.gql(`query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }`, { f: { participant: articles.data.articles.edges[0].node.id } });
    expect(wrongType.errors?.[0]?.message).toMatch(/filter\.participant: expected the ID of a Person or Organization, got a Article ID/);
    const garbage = await api.gql(`query($f: MeetingFilter) { meetings(filter: $f) { totalCount } }`, { f: { participant: '???' } });
    expect(garbage.errors?.[0]?.message).toMatch(/filter\.participant/);
    const backwards = await api.gql(`{ meetings(filter: { from: "2023-05-01", to: "2023-01-01" }) { totalCount } }`);
    expect(backwards.errors?.[0]?.message).toMatch(/filter\.from lies after filter\.to/);
  });

  it('refetches any node by its global ID and cites the article of every fact', async () => {
    const articles = await api.gql(`{ articles(first: 5) { totalCount edges { node { id meetings { id participants { name } citations { article { id } sentence quote } } } } } }`);
    expect(articles.data.articles.totalCount).toBe(3);
    for (const { node } of articles.data.articles.edges) {
      for (const m of node.meetings) {
        expect(m.citations.map((c: any) => c.article.id)).toContain(node.id);
        const again = await api.gql(`query($id: ID!) { node(id: $id) { id ... on Meeting { participants { name } } } }`, { id: m.id });
        expect(again.data.node).toEqual({ id: m.id, participants: m.participants });
      }
    }
    const missing = await api.gql(`{ node(id: "UGVyc29uOjk5OTk5") { id } }`);
    expect(missing.data.node).toBeNull();
  });
});
