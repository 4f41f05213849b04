import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { CountingLogger, engines } from '../support/engines.js';
import { testApp } from '../support/app.js';
import { day, extraction, meeting, person, storeFixture } from '../support/fixtures.js';

const NESTED = /* GraphQL */ `
  query Nested($first: Int) {
    people(first: $first) {
      totalCount
      edges { node {
        name aliases country { code }
        roles { title }
        meetings { date { start } place { name } citations { quote article { title } }
          participants { name aliases ... on Person { country { code } } } }
        metWith { with { name } count }
      } }
    }
  }
`;

const GIVEN = ['Amara', 'Bilal', 'Chiara', 'Dmitri', 'Esra', 'Farid', 'Greta', 'Hamid', 'Ines', 'Jonas'];
const FAMILY = ['Okonkwo', 'Haddad', 'Lindqvist', 'Petrov', 'Yilmaz'];
const nameOf = (i: number) => `${GIVEN[i % 10]} ${FAMILY[Math.floor(i / 10)]}`;

async function seedPeople(database: Database, from: number, to: number) {
  for (let i = from; i < to; i += 2) {
    const a = person('a', nameOf(i), 'FR');
    const b = person('b', nameOf(i + 1), 'DE');
    await storeFixture(database, extraction({ entities: [a, b], meetings: [meeting(['a', 'b'], day(`2024-01-${String((i % 27) + 1).padStart(2, '0')}`), 'Berlin')] }));
  }
}

describe.each(engines)('cost of a nested query on $name', (engine) => {
  const logger = new CountingLogger();
  let database: Database;
  beforeAll(async () => {
    database = await engine.open(logger);
  });
  afterAll(() => database.close());

  async function statementsFor(first: number): Promise<number> {
    const api = testApp(database);
    logger.reset();
    const result = await api.gql(NESTED, { first });
    expect(result.errors).toBeUndefined();
    expect(result.data.people.edges).toHaveLength(first);
    for (const { node } of result.data.people.edges) expect(node.meetings[0].participants).toHaveLength(2);
    return logger.statements.length;
  }

  it('costs the same small number of SQL statements for 10 people as for 50', async () => {
    await seedPeople(database, 0, 10);
    const forTen = await statementsFor(10);
    await seedPeople(database, 10, 50);
    const forFifty = await statementsFor(50);
    expect(forFifty).toBe(forTen);
    expect(forFifty).toBeLessThanOrEqual(15);
  });
});
