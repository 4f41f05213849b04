import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { engines } from '../support/engines.js';
import { day, extraction, meeting, organization, person, statement, storeFixture, visit } from '../support/fixtures.js';

describe.each(engines)('storing extractions on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database.close());

  const nodesOf = async (kind: string) => database.rows<{ id: number; name: string; country_code: string | null }>(sql`select id, name, country_code from nodes where kind = ${kind} order by id`);
  const citationsOf = async (nodeId: number) => database.rows<{ article_id: number }>(sql`select article_id from citations where node_id = ${nodeId} order by id`);

  it('merges one meeting reported by two articles into one node with a citation from each', async () => {
    const report = () =>
      extraction({
        entities: [person('a', 'Amina Okafor', 'NG', ['Okafor']), person('b', 'Lars Holm', 'NO')],
        meetings: [meeting(['a', 'b'], day('2024-01-09'), 'Oslo')],
      });
    const first = await storeFixture(database, report());
    const second = await storeFixture(database, report());
    const meetings = await nodesOf('meeting');
    expect(meetings).toHaveLength(1);
    expect((await citationsOf(meetings[0].id)).map((c) => Number(c.article_id))).toEqual([first, second]);
    expect(await nodesOf('person')).toHaveLength(2);
  });

  it('keeps meetings of the same people on different days apart', async () => {
    await storeFixture(
      database,
      extraction({ entities: [person('a', 'Amina Okafor', 'NG'), person('b', 'Lars Holm', 'NO')], meetings: [meeting(['a', 'b'], day('2024-03-02'))] }),
    );
    expect(await nodesOf('meeting')).toHaveLength(2);
  });

  it('joins a report without a date to the meeting of those people reported around then, not to one months away', async () => {
    const cast = () => [person('a', 'Rosa Mendes', 'PT'), person('b', 'Kwame Boateng', 'GH')];
    await storeFixture(database, extraction({ entities: cast(), meetings: [meeting(['a', 'b'], day('2024-02-03'))] }), '2024-02-04');
    await storeFixture(database, extraction({ entities: cast(), meetings: [meeting(['a', 'b'], day('2024-07-20'))] }), '2024-07-21');
    await storeFixture(database, extraction({ entities: cast(), meetings: [meeting(['a', 'b'], null)] }), '2024-07-22');
    await storeFixture(database, extraction({ entities: cast(), meetings: [meeting(['a', 'b'], null)] }), '2024-11-30');
    const rows = await database.rows<{ date_start: string | null; reports: string }>(sql`
      select n.date_start::text, (select count(distinct c.article_id) from citations c where c.node_id = n.id) as reports
      from nodes n where n.kind = 'meeting' and exists (select 1 from edges e join nodes p on p.id = e.src_id
        where e.dst_id = n.id and e.type = 'PARTICIPATED_IN' and p.name = 'Rosa Mendes') order by n.id`);
    expect(rows.map((r) => [r.date_start, Number(r.reports)])).toEqual([
      ['2024-02-03', 1],
      ['2024-07-20', 2],
      [null, 1],
    ]);
  });

  it('refines a vague date when a later article is more precise', async () => {
    const month = { start: '2024-05-01', end: '2024-05-31', precision: 'MONTH' as const };
    await storeFixture(database, extraction({ entities: [person('a', 'Chen Wei', 'CN'), person('b', 'Rosa Diaz', 'MX')], meetings: [meeting(['a', 'b'], month)] }));
    await storeFixture(database, extraction({ entities: [person('a', 'Chen Wei', 'CN'), person('b', 'Rosa Diaz', 'MX')], meetings: [meeting(['a', 'b'], day('2024-05-14'))] }));
    const rows = await database.rows<{ date_start: string; date_precision: string }>(
      sql`select n.date_start::text, n.date_precision from nodes n join edges e on e.dst_id = n.id and e.type = 'PARTICIPATED_IN'
          join nodes p on p.id = e.src_id where p.name = 'Chen Wei' and n.kind = 'meeting'`,
    );
    expect(rows).toEqual([{ date_start: '2024-05-14', date_precision: 'DAY' }]);
  });

  it('never merges two full names through a shared surname, nor one name serving two states', async () => {
    await storeFixture(database, extraction({ entities: [person('x', 'Ahmad Khan', 'PK', ['Khan']), person('y', 'Imran Khan', 'PK', ['Khan'])] }));
    await storeFixture(database, extraction({ entities: [person('x', 'Ahmad Khan', 'AF')] }));
    const khans = (await nodesOf('person')).filter((p) => p.name.endsWith('Khan'));
    expect(khans.map((p) => [p.name, p.country_code])).toEqual([
      ['Ahmad Khan', 'PK'],
      ['Imran Khan', 'PK'],
      ['Ahmad Khan', 'AF'],
    ]);
  });

  it('links a spelling variant of a full name to the same person when the country agrees', async () => {
    await storeFixture(database, extraction({ entities: [person('k', 'Zamir Kabulov', 'RU')] }));
    await storeFixture(database, extraction({ entities: [person('k', 'Zamir Kabolov', 'RU')] }));
    const matches = (await nodesOf('person')).filter((p) => p.name.startsWith('Zamir'));
    expect(matches).toHaveLength(1);
    const forms = await database.rows<{ alias: string }>(sql`select alias from aliases where node_id = ${matches[0].id} order by alias`);
    expect(forms.map((f) => f.alias)).toEqual(['Zamir Kabolov', 'Zamir Kabulov']);
  });

  it('links transliterations of a full name by their sounds when the country agrees, and records why', async () => {
    await storeFixture(database, extraction({ entities: [person('j', 'Mahmood Jafari', 'AF')] }));
    await storeFixture(database, extraction({ entities: [person('j', 'Mahmud Jaafari', 'AF')] }));
    await storeFixture(database, extraction({ entities: [person('j', 'Mahmud Jaafari', 'IR')] }));
    const jafaris = (await nodesOf('person')).filter((p) => p.name.startsWith('Mahm'));
    expect(jafaris.map((p) => p.country_code)).toEqual(['AF', 'IR']);
    const rules = await database.rows<{ rule: string; matched: string | null }>(
      sql`select r.rule, r.matched from resolutions r join nodes n on n.id = r.node_id where n.name like 'Mahm%' order by r.id`,
    );
    expect(rules).toEqual([
      { rule: 'created', matched: null },
      { rule: 'phonetic', matched: 'mahmood jafari' },
      { rule: 'created', matched: null },
    ]);
  });

  it('writes a visit with its visitor, destination and place, and statements with speaker, relayer and topic', async () => {
    const id = await storeFixture(
      database,
      extraction({
        entities: [person('v', 'Ishaq Dar', 'PK'), organization('m', 'Foreign Office', 'ministry', 'PK'), organization('g', 'Afghanistan', 'government', 'AF')],
        visits: [visit('v', 'AF', day('2024-01-09'), 'Kabul')],
        statements: [statement('v', ['g'], 'm')],
      }),
    );
    const [row] = await database.rows<{ visitor: string; country_code: string; place: string }>(sql`
      select p.name as visitor, v.country_code, pl.name as place from nodes v
      join edges ve on ve.dst_id = v.id and ve.type = 'VISITED' join nodes p on p.id = ve.src_id
      join edges he on he.src_id = v.id and he.type = 'HELD_IN' join nodes pl on pl.id = he.dst_id
      join citations c on c.node_id = v.id and c.article_id = ${id}`);
    expect(row).toEqual({ visitor: 'Ishaq Dar', country_code: 'AF', place: 'Kabul' });
    const edgesOfStatement = await database.rows<{ type: string; name: string }>(sql`
      select e.type, n.name from nodes s join citations c on c.node_id = s.id and c.article_id = ${id}
      join edges e on (e.dst_id = s.id and e.type in ('SAID', 'REPORTED')) or (e.src_id = s.id and e.type = 'ABOUT')
      join nodes n on n.id = case when e.type = 'ABOUT' then e.dst_id else e.src_id end
      where s.kind = 'statement' order by e.type`);
    expect(edgesOfStatement).toEqual([
      { type: 'ABOUT', name: 'Afghanistan' },
      { type: 'REPORTED', name: 'Foreign Office' },
      { type: 'SAID', name: 'Ishaq Dar' },
    ]);
  });

  it('keeps one government per state under any name, but an office within it as a body of its own', async () => {
    await storeFixture(
      database,
      extraction({
        entities: [organization('g', 'Cook Islands', 'government', 'CK'), organization('c', 'Avarua', 'government', 'CK'), organization('o', 'Office of the Prime Minister', 'government', 'CK')],
      }),
    );
    const governments = await database.rows<{ name: string }>(sql`select name from nodes where kind = 'organization' and country_code = 'CK' order by id`);
    expect(governments.map((g) => g.name)).toEqual(['Cook Islands', 'Office of the Prime Minister']);
  });

  it('does not fold a state\'s government into an office of it stored before', async () => {
    await storeFixture(
      database,
      extraction({ entities: [organization('o', 'Office of the President', 'government', 'MH'), organization('g', 'Marshall Islands', 'government', 'MH', ['Majuro'])] }),
    );
    const bodies = await database.rows<{ name: string }>(sql`select name from nodes where kind = 'organization' and country_code = 'MH' order by id`);
    expect(bodies.map((b) => b.name)).toEqual(['Office of the President', 'Marshall Islands']);
  });
});

describe.each(engines)('citations on $name', (engine) => {
  it('cites every node and edge an article writes, but the governments that roles name', async () => {
    const database = await engine.open();
    try {
      const kabulov = person('k', 'Zamir Kabulov', 'RU');
      if (kabulov.type === 'person') kabulov.roles.push({ title: 'Special Representative', portfolio: 'for Afghanistan', country: 'RU', organization: null, evidence: { sentence: 0, start: 0, end: 9 } });
      await storeFixture(
        database,
        extraction({
          entities: [kabulov, person('s', 'Mohammad Sadiq', 'PK'), organization('o', 'Foreign Office', 'ministry', 'PK')],
          visits: [visit('k', 'PK', day('2023-01-24'), 'Islamabad')],
          meetings: [meeting(['k', 's'], day('2023-01-24'), 'Islamabad')],
          statements: [statement('s', ['k'], 'o')],
        }),
      );
      const uncitedEdges = await database.rows(sql`select type from edges e where not exists (select 1 from citations c where c.edge_id = e.id)`);
      expect(uncitedEdges).toEqual([]);
      const uncitedNodes = await database.rows<{ kind: string; name: string }>(sql`select kind, name from nodes n where not exists (select 1 from citations c where c.node_id = n.id)`);
      expect(uncitedNodes).toEqual([{ kind: 'organization', name: 'Russia' }]);
    } finally {
      await database.close();
    }
  });
});
