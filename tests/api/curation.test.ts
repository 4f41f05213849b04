import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { engines } from '../support/engines.js';
import { INGEST, testApp } from '../support/app.js';
import { day, extraction, meeting, person, storeFixture, visit } from '../support/fixtures.js';

const MERGE = `mutation($input: MergeEntitiesInput!) { mergeEntities(input: $input) { entity { id name aliases } audit { action reason details } } }`;
const SPLIT = `mutation($input: SplitEntityInput!) { splitEntity(input: $input) { original { id name } split { id name ... on Person { meetings { date { start } } } } audit { action } } }`;
const ADD_ALIAS = `mutation($input: AliasInput!) { addAlias(input: $input) { entity { aliases } } }`;
const REMOVE_ALIAS = `mutation($input: AliasInput!) { removeAlias(input: $input) { entity { aliases } audit { reason } } }`;
const CORRECT = `mutation($input: CorrectEventInput!) { correctEvent(input: $input) { eventId audit { action } } }`;
const RETRACT = `mutation($input: RetractArticleInput!) { retractArticle(input: $input) { article { id retractedAt } audit { action details } } }`;

describe.each(engines)('curation on $name', (engine) => {
  let database: Database;
  let api: ReturnType<typeof testApp>;
  beforeAll(async () => {
    database = await engine.open();
    api = testApp(database);
  });
  afterAll(() => database.close());

  const personId = async (name: string): Promise<string> => {
    const result = await api.gql(`query($s: String) { people(search: $s, first: 5) { edges { node { id name } } } }`, { s: name });
    const match = result.data.people.edges.find((e: any) => e.node.name === name);
    if (!match) throw new Error(`no person ${name}`);
    return match.node.id;
  };
  const snapshot = async () => ({
    nodes: await api.count('nodes'),
    edges: await api.count('edges'),
    aliases: await api.count('aliases'),
    citations: await api.count('citations'),
    audit: Number((await database.rows<{ n: string }>(sql`select count(*) as n from audit_log`))[0].n),
  });

  it('merges two entities: names, mentions and events move, the audit log says why, and the merge survives new articles', async () => {
    await storeFixture(database, extraction({ entities: [person('a', 'Hossein Amir-Abdollahian', 'IR'), person('b', 'Jalil Abbas Jilani', 'PK')], meetings: [meeting(['a', 'b'], day('2024-01-29'))] }));
    await storeFixture(database, extraction({ entities: [person('a', 'H. Amirabdollahian', 'IR'), person('c', 'Ishaq Dar', 'PK')], meetings: [meeting(['a', 'c'], day('2024-05-02'))] }));
    const keep = await personId('Hossein Amir-Abdollahian');
    const merge = await personId('H. Amirabdollahian');
    const result = await api.gql(MERGE, { input: { keep, merge, reason: 'same minister, initial and hyphen' } });
    expect(result.errors).toBeUndefined();
    expect(result.data.mergeEntities.entity.aliases).toContain('H. Amirabdollahian');
    expect(result.data.mergeEntities.audit).toMatchObject({ action: 'mergeEntities', reason: 'same minister, initial and hyphen' });
    const merged = await api.gql(`query($id: ID!) { node(id: $id) { ... on Person { meetings { participants { name } } resolutions { rule forms } } } }`, { id: keep });
    expect(merged.data.node.meetings.map((m: any) => m.participants.map((p: any) => p.name).sort())).toEqual([
      ['Hossein Amir-Abdollahian', 'Jalil Abbas Jilani'],
      ['Hossein Amir-Abdollahian', 'Ishaq Dar'],
    ]);
    expect((await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: merge })).data.node).toBeNull();
    await storeFixture(database, extraction({ entities: [person('a', 'H. Amirabdollahian', 'IR')] }));
    const again = await api.gql(`query($id: ID!) { node(id: $id) { ... on Person { resolutions { rule forms } } } }`, { id: keep });
    expect(again.data.node.resolutions.at(-1)).toEqual({ rule: 'ALIAS', forms: ['H. Amirabdollahian'] });
  });

  it('refuses to merge an entity into itself, an unknown ID, a person into an organization, or without a reason, changing nothing', async () => {
    const keep = await personId('Hossein Amir-Abdollahian');
    const before = await snapshot();
    const self = await api.gql(MERGE, { input: { keep, merge: keep, reason: 'oops' } });
    expect(self.errors?.[0]?.message).toMatch(/input\.merge .*cannot be merged into itself/);
    const unknown = await api.gql(MERGE, { input: { keep, merge: 'UGVyc29uOjk5OTk5OQ==', reason: 'x' } });
    expect(unknown.errors?.[0]).toMatchObject({ message: expect.stringMatching(/input\.merge no person or organization has this ID/), extensions: { code: 'NOT_FOUND' } });
    const noReason = await api.gql(MERGE, { input: { keep, merge: await personId('Ishaq Dar'), reason: '  ' } });
    expect(noReason.errors?.[0]?.message).toMatch(/input\.reason must say why/);
    const wrongType = await api.gql(MERGE, { input: { keep, merge: 'QXJ0aWNsZTox', reason: 'x' } });
    expect(wrongType.errors?.[0]?.message).toMatch(/input\.merge: expected the ID of a Person or Organization, got a Article ID/);
    expect(await snapshot()).toEqual(before);
  });

  it('splits the mentions of chosen articles off an entity, with the events only they support', async () => {
    const first = await storeFixture(database, extraction({ entities: [person('s', 'Mohammad Sadiq', 'PK'), person('k', 'Zamir Kabulov', 'RU')], meetings: [meeting(['s', 'k'], day('2023-01-24'))] }));
    const second = await storeFixture(database, extraction({ entities: [person('s', 'Mohammad Sadiq', 'PK'), person('w', 'Wang Yi', 'CN')], meetings: [meeting(['s', 'w'], day('2023-03-01'))] }));
    const sadiq = await personId('Mohammad Sadiq');
    const articleIds = await api.gql(`{ articles(first: 50) { edges { node { id } } } }`);
    const secondId = articleIds.data.articles.edges.map((e: any) => e.node.id).find((id: string) => Buffer.from(id, 'base64').toString() === `Article:${second}`);
    const result = await api.gql(SPLIT, { input: { entity: sadiq, articles: [secondId], reason: 'a different Mohammad Sadiq, a banker' } });
    expect(result.errors).toBeUndefined();
    expect(result.data.splitEntity.split.name).toBe('Mohammad Sadiq');
    expect(result.data.splitEntity.split.meetings).toEqual([{ date: { start: '2023-03-01' } }]);
    const original = await api.gql(`query($id: ID!) { node(id: $id) { ... on Person { meetings { date { start } } } } }`, { id: sadiq });
    expect(original.data.node.meetings).toEqual([{ date: { start: '2023-01-24' } }]);
    const everything = await api.gql(SPLIT, { input: { entity: result.data.splitEntity.split.id, articles: [secondId], reason: 'x' } });
    expect(everything.errors?.[0]?.message).toMatch(/input\.articles cover every mention/);
    expect(first).toBeLessThan(second);
  });

  it('removes an alias so that later articles do not put it back, and adds one', async () => {
    await storeFixture(database, extraction({ entities: [person('y', 'Yue Xiaoyong', 'CN', ['Yue', 'Yu Xiaoyong'])] }));
    const yue = await personId('Yue Xiaoyong');
    const removed = await api.gql(REMOVE_ALIAS, { input: { entity: yue, alias: 'Yu Xiaoyong', reason: 'a misspelling' } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.removeAlias.entity.aliases).toEqual(['Yue']);
    await storeFixture(database, extraction({ entities: [person('y', 'Yue Xiaoyong', 'CN', ['Yu Xiaoyong'])] }));
    const after = await api.gql(`query($id: ID!) { node(id: $id) { ... on Person { aliases } } }`, { id: yue });
    expect(after.data.node.aliases).toEqual(['Yue']);
    const added = await api.gql(ADD_ALIAS, { input: { entity: yue, alias: 'Xiaoyong Yue', reason: 'western order' } });
    expect(added.data.addAlias.entity.aliases).toEqual(['Yue', 'Xiaoyong Yue']);
    const before = await snapshot();
    const notThere = await api.gql(REMOVE_ALIAS, { input: { entity: yue, alias: 'Nobody', reason: 'x' } });
    expect(notThere.errors?.[0]?.message).toMatch(/input\.alias "Nobody" is not an alias of Yue Xiaoyong/);
    expect(await snapshot()).toEqual(before);
  });

  it('corrects an event and refuses corrections that make no sense', async () => {
    await storeFixture(database, extraction({ entities: [person('a', 'Bakhtiyor Saidov', 'UZ'), person('b', 'Amir Khan Muttaqi', 'AF'), person('c', 'Ishaq Dar', 'PK')], meetings: [meeting(['a', 'b'], day('2025-07-17'))] }));
    const saidov = await personId('Bakhtiyor Saidov');
    const dar = await personId('Ishaq Dar');
    const muttaqi = await personId('Amir Khan Muttaqi');
    const found = await api.gql(`query($p: ID) { meetings(filter: { participant: $p }) { edges { node { id } } } }`, { p: saidov });
    const event = found.data.meetings.edges[0].node.id;
    const fixed = await api.gql(CORRECT, {
      input: { event, status: 'PLANNED', date: { start: '2025-07-18', end: '2025-07-18', precision: 'DAY' }, place: { name: 'Kabul', country: 'af' }, participants: [saidov, dar, muttaqi], reason: 'trilateral, next day' },
    });
    expect(fixed.errors).toBeUndefined();
    const read = await api.gql(`query($id: ID!) { node(id: $id) { ... on Meeting { status date { start precision } place { name country { code } } participants { name } } } }`, { id: event });
    expect(read.data.node).toEqual({
      status: 'PLANNED',
      date: { start: '2025-07-18', precision: 'DAY' },
      place: { name: 'Kabul', country: { code: 'AF' } },
      participants: expect.arrayContaining([{ name: 'Bakhtiyor Saidov' }, { name: 'Ishaq Dar' }, { name: 'Amir Khan Muttaqi' }]),
    });
    const before = await snapshot();
    const bad = [
      [{ participants: [saidov] }, /input\.participants a meeting needs two or more/],
      [{ date: { start: '2025-07-20', end: '2025-07-18', precision: 'DAY' } }, /input\.date starts after it ends/],
      [{ status: 'MAYBE' }, /input\.status must be one of/],
      [{}, /input\.correction changes nothing/],
    ] as const;
    for (const [change, message] of bad) {
      const result = await api.gql(CORRECT, { input: { event, reason: 'test', ...change } });
      expect(result.errors?.[0]?.message).toMatch(message);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("corrects a visit's visitor, keeping its citations, and refuses a visit with two visitors", async () => {
    await storeFixture(database, extraction({ entities: [person('a', 'Ruslan Ismailov', 'KZ'), person('b', 'Timur Ismailov', 'KZ')], visits: [visit('a', 'UZ', day('2025-08-04'), 'Tashkent')] }));
    const wrong = await personId('Ruslan Ismailov');
    const right = await personId('Timur Ismailov');
    const found = await api.gql(`query($id: ID!) { node(id: $id) { ... on Person { visits { id } } } }`, { id: wrong });
    const event = found.data.node.visits[0].id;
    const citationsBefore = await api.gql(`query($id: ID!) { node(id: $id) { ... on Visit { citations { sentence } } } }`, { id: event });
    const before = await snapshot();
    const twoVisitors = await api.gql(CORRECT, { input: { event, participants: [wrong, right], reason: 'test' } });
    expect(twoVisitors.errors?.[0]?.message).toMatch(/input\.participants a visit has one visitor/);
    expect(await snapshot()).toEqual(before);
    const fixed = await api.gql(CORRECT, { input: { event, participants: [right], reason: 'the outlet named the wrong brother' } });
    expect(fixed.errors).toBeUndefined();
    const read = await api.gql(`query($id: ID!) { node(id: $id) { ... on Visit { visitor { ... on Person { name } } destination { code } citations { sentence } } } }`, { id: event });
    expect(read.data.node).toEqual({ visitor: { name: 'Timur Ismailov' }, destination: { code: 'UZ' }, citations: citationsBefore.data.node.citations });
    const wrongNow = await api.gql(`query($id: ID!) { node(id: $id) { ... on Person { visits { id } } } }`, { id: wrong });
    expect(wrongNow.data.node.visits).toEqual([]);
  });

  it('retracts an article: its citations go, facts only it supported go, the rest stays; it cannot come back', async () => {
    const text = (extra: string) => `ISLAMABAD: Iranian Foreign Minister Hossein Amir-Abdollahian met Pakistani Foreign Minister Jalil Abbas Jilani in Islamabad on Monday. ${extra}`;
    const one = await api.gql(INGEST, { input: { text: text('The talks were cordial.'), publishedAt: '2024-01-30', url: 'https://example.org/one' } });
    const two = await api.gql(INGEST, { input: { text: text('Separately, Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Beijing on Monday.'), publishedAt: '2024-01-30', url: 'https://example.org/two' } });
    expect(one.errors ?? two.errors).toBeUndefined();
    const twoId = two.data.ingestArticle.article.id;
    const retracted = await api.gql(RETRACT, { input: { article: twoId, reason: 'outlet withdrew the story' } });
    expect(retracted.errors).toBeUndefined();
    expect(retracted.data.retractArticle.article.retractedAt).toBeTruthy();
    const left = await database.rows<{ n: string }>(sql`select count(*) as n from citations where article_id = ${Number(Buffer.from(twoId, 'base64').toString().split(':')[1])}`);
    expect(Number(left[0].n)).toBe(0);
    const lavrov = await api.gql(`{ people(search: "Lavrov") { totalCount } }`);
    expect(lavrov.data.people.totalCount).toBe(0);
    const jilani = await api.gql(`{ people(search: "Jalil Abbas Jilani") { edges { node { citations { article { id } } } } } }`);
    expect(jilani.data.people.edges[0].node.citations.map((c: any) => c.article.id)).not.toContain(twoId);
    const before = await snapshot();
    const again = await api.gql(INGEST, { input: { text: text('Separately, Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergey Lavrov in Beijing on Monday.'), publishedAt: '2024-01-30' } });
    expect(again.errors?.[0]?.message).toMatch(/retracted/);
    const twice = await api.gql(RETRACT, { input: { article: twoId, reason: 'again' } });
    expect(twice.errors?.[0]?.message).toMatch(/input\.article was retracted already/);
    expect(await snapshot()).toEqual(before);
  });

  it('lists every curation in the audit log, latest first', async () => {
    const log = await api.gql(`{ auditLog(first: 20) { edges { node { action reason } } } }`);
    expect(log.data.auditLog.edges.map((e: any) => e.node.action)).toEqual(['retractArticle', 'correctEvent', 'correctEvent', 'addAlias', 'removeAlias', 'splitEntity', 'mergeEntities']);
  });

  it('needs an API key for curation when keys are configured', async () => {
    const guarded = testApp(database, { apiKeys: ['secret'] });
    const keep = await personId('Hossein Amir-Abdollahian');
    const result = await guarded.gql(MERGE, { input: { keep, merge: await personId('Ishaq Dar'), reason: 'x' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
