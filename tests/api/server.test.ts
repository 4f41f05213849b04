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
