import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import type { ExtractedPerson } from '../../src/extract/types.js';
import { engines } from '../support/engines.js';
import { testApp } from '../support/app.js';
import { day, extraction, meeting, person, storeFixture } from '../support/fixtures.js';

const withRole = (p: ReturnType<typeof person>, title: string, portfolio: string | null): ExtractedPerson => ({
  ...(p as ExtractedPerson),
  roles: [{ title, portfolio, country: p.country, organization: null, evidence: { sentence: 0, start: 0, end: 5 } }],
});

describe.each(engines)('graph questions on $name', (engine) => {
  let database: Database;
  let api: ReturnType<typeof testApp>;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    database = await engine.open();
    api = testApp(database);
    const [a, b, c, d] = [person('a', 'Asel Nurlanovna', 'KZ'), person('b', 'Bruno Ferreira', 'BR'), person('c', 'Chidi Eze', 'NG'), person('d', 'Dilnoza Karimova', 'UZ')];
    const kabulov = withRole(person('k', 'Zamir Kabulov', 'RU'), 'Special Representative', 'for Afghanistan');
    await storeFixture(database, extraction({ entities: [a, b], meetings: [meeting(['a', 'b'], day('2023-02-01'))] }), '2023-02-02');
    await storeFixture(database, extraction({ entities: [a, b], meetings: [meeting(['a', 'b'], day('2023-02-01'))] }), '2023-02-03');
    await storeFixture(database, extraction({ entities: [b, c], meetings: [meeting(['b', 'c'], day('2023-03-05'))] }), '2023-03-06');
    await storeFixture(database, extraction({ entities: [c, d], meetings: [meeting(['c', 'd'], day('2023-03-20'))] }), '2023-03-21');
    await storeFixture(database, extraction({ entities: [kabulov] }), '2023-01-25');
    await storeFixture(database, extraction({ entities: [kabulov] }), '2024-06-10');
    const people = await api.gql(`{ people(first: 20) { edges { node { id name } } } }`);
    for (const e of people.data.people.edges) id[e.node.name.split(' ')[0]] = e.node.id;
  });
  afterAll(() => database.close());

  it('finds the shortest chain of meetings between two people, within the hop limit', async () => {
    const q = `query($from: ID!, $to: ID!, $max: Int) { meetingChain(from: $from, to: $to, maxHops: $max) { hops actors { name } meetings { date { start } } } }`;
    const chain = await api.gql(q, { from: id.Asel, to: id.Dilnoza, max: 3 });
    expect(chain.data.meetingChain).toEqual({
      hops: 3,
      actors: [{ name: 'Asel Nurlanovna' }, { name: 'Bruno Ferreira' }, { name: 'Chidi Eze' }, { name: 'Dilnoza Karimova' }],
      meetings: [{ date: { start: '2023-02-01' } }, { date: { start: '2023-03-05' } }, { date: { start: '2023-03-20' } }],
    });
    expect((await api.gql(q, { from: id.Asel, to: id.Dilnoza, max: 2 })).data.meetingChain).toBeNull();
    expect((await api.gql(q, { from: id.Asel, to: id.Zamir, max: 4 })).data.meetingChain).toBeNull();
  });

  it("lists a person's network by distance", async () => {
    const result = await api.gql(`query($id: ID!) { node(id: $id) { ... on Person { network(depth: 2) { distance actor { name } } } } }`, { id: id.Asel });
    expect(result.data.node.network).toEqual([
      { distance: 1, actor: { name: 'Bruno Ferreira' } },
      { distance: 2, actor: { name: 'Chidi Eze' } },
    ]);
  });

  it('counts a meeting reported by two articles once, per month and per pair', async () => {
    const months = await api.gql(`{ meetingsPerMonth { month meetings } }`);
    expect(months.data.meetingsPerMonth).toEqual([
      { month: '2023-02', meetings: 1 },
      { month: '2023-03', meetings: 2 },
    ]);
    const pairs = await api.gql(`{ meetingsPerPair(first: 1) { meetings first actors { name } } }`);
    expect(pairs.data.meetingsPerPair).toEqual([{ meetings: 1, first: '2023-02-01', actors: [{ name: 'Asel Nurlanovna' }, { name: 'Bruno Ferreira' }] }]);
  });

  it("answers who was Russia's envoy for Afghanistan in a year, with when the role was seen", async () => {
    const q = `query($from: Date, $to: Date) { roles(country: "RU", portfolio: "Afghanistan", from: $from, to: $to) { title portfolio person { name } organization { name } country { code } firstSeen lastSeen } }`;
    const in2023 = await api.gql(q, { from: '2023-01-01', to: '2023-12-31' });
    expect(in2023.data.roles).toEqual([
      { title: 'Special Representative', portfolio: 'for Afghanistan', person: { name: 'Zamir Kabulov' }, organization: { name: 'Russia' }, country: { code: 'RU' }, firstSeen: '2023-01-25', lastSeen: '2024-06-10' },
    ]);
    expect((await api.gql(q, { from: '2020-01-01', to: '2020-12-31' })).data.roles).toEqual([]);
    const governments = await api.gql(`query($id: ID!) { node(id: $id) { ... on Country { governments { name representatives { title person { name } } } } } }`, { id: Buffer.from('Country:RU').toString('base64') });
    expect(governments.data.node.governments).toEqual([{ name: 'Russia', representatives: [{ title: 'Special Representative', person: { name: 'Zamir Kabulov' } }] }]);
  });
});
