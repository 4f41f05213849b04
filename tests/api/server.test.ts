import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { engines } from '../support/engines.js';
import { testApp } from '../support/app.js';

describe.each(engines)('HTTP surface on $name', (engine) => {
  let database: Database;
  let api: ReturnType<typeof testApp>;
  beforeAll(async () => {
    database = await engine.open();
    api = testApp(database);
  });
  afterAll(() => database.close());

  it('answers GET /health when the database answers', async () => {
    const response = await api.yoga.fetch('http://localhost/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: engine.name });
  });

  it('serves GraphiQL with its scripts and styles inline, opened on the example operations', async () => {
    const response = await api.yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<div id="root">');
    // Nothing loaded from elsewhere: no external script or stylesheet.
    expect(html).not.toMatch(/<script[^>]+src=["']https?:/);
    expect(html).not.toMatch(/<link[^>]+href=["']https?:[^>]+stylesheet|<link[^>]+stylesheet[^>]+href=["']https?:/);
    for (const operation of ['query WhoMetWhom', 'query PersonTimeline', 'query WhatAnArticleSaid']) expect(html).toContain(operation);
  });
});

describe.each(engines)('the explorer page on $name', (engine) => {
  it('is served self-contained and reads the graph through the GraphQL API', async () => {
    const database = await engine.open();
    try {
      const api = testApp(database);
      for (const path of ['/explorer', '/']) {
        const response = await api.yoga.fetch(`http://localhost${path}`);
        expect(response.headers.get('content-type')).toMatch(/text\/html/);
        const html = await response.text();
        expect(html).toContain('who met whom, and when?');
        expect(html).not.toMatch(/(src|href)=["']https?:/);
        // Every query the page sends is valid against the schema.
        const queries = [...html.matchAll(/gql\(\s*['`](query[^'`]+)['`]/g)].map((m) => m[1]);
        expect(queries.length).toBeGreaterThanOrEqual(2);
        for (const query of queries) {
          const result = await api.gql(query, { s: null, id: 'UGVyc29uOjE=' });
          expect(result.errors).toBeUndefined();
        }
      }
    } finally {
      await database.close();
    }
  });
});

describe('GET /health when the database is gone', () => {
  it('answers 503', async () => {
    const database = await engines[0].open();
    const api = testApp(database);
    await database.close();
    const response = await api.yoga.fetch('http://localhost/health');
    expect(response.status).toBe(503);
    expect((await response.json()).status).toBe('unavailable');
  });
});
