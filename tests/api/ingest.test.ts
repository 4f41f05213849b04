import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { engines } from '../support/engines.js';
import { INGEST, testApp } from '../support/app.js';

const ARTICLE = {
  title: 'Envoy arrives for talks',
  publisher: 'Test Wire',
  publishedAt: '2024-02-07',
  text: 'ISLAMABAD: Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad on Monday. He met Foreign Minister Jalil Abbas Jilani the same day.',
};

describe.each(engines)('ingestArticle on $name', (engine) => {
  let database: Database;
  let api: ReturnType<typeof testApp>;
  beforeAll(async () => {
    database = await engine.open();
    api = testApp(database, { maxTextBytes: 4096 });
  });
  afterAll(() => database.close());

  it('stores an article and returns it', async () => {
    const result = await api.gql(INGEST, { input: { ...ARTICLE, url: 'https://example.org/a' } });
    expect(result.errors).toBeUndefined();
    expect(result.data.ingestArticle.created).toBe(true);
    expect(result.data.ingestArticle.article.title).toBe('Envoy arrives for talks');
    expect(await api.count('articles')).toBe(1);
  });

  it('returns the stored article for the same URL, and for the same text up to case and spacing, writing nothing', async () => {
    const before = { articles: await api.count('articles'), nodes: await api.count('nodes'), citations: await api.count('citations') };
    const sameUrl = await api.gql(INGEST, { input: { ...ARTICLE, text: `${ARTICLE.text} Updated.`, url: 'https://example.org/a' } });
    const sameText = await api.gql(INGEST, { input: { ...ARTICLE, text: `  ${ARTICLE.text.toUpperCase().replace(/ /g, '\n  ')} ` } });
    for (const result of [sameUrl, sameText]) {
      expect(result.errors).toBeUndefined();
      expect(result.data.ingestArticle.created).toBe(false);
    }
    expect(sameUrl.data.ingestArticle.article.id).toBe(sameText.data.ingestArticle.article.id);
    expect({ articles: await api.count('articles'), nodes: await api.count('nodes'), citations: await api.count('citations') }).toEqual(before);
  });

  it('stores one article when 20 identical requests arrive at once', async () => {
    const input = { ...ARTICLE, text: 'KABUL: A Kazakh delegation led by Serik Zhumangarin arrived in Kabul on Saturday.', url: 'https://example.org/same' };
    const before = await api.count('articles');
    const results = await Promise.all(Array.from({ length: 20 }, () => api.gql(INGEST, { input })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(new Set(results.map((r) => r.data.ingestArticle.article.id)).size).toBe(1);
    expect(results.filter((r) => r.data.ingestArticle.created)).toHaveLength(1);
    expect(await api.count('articles')).toBe(before + 1);
  });

  const badInputs: [string, Record<string, unknown>, RegExp][] = [
    ['empty text', { text: '' }, /input\.text.*empty/],
    ['whitespace-only text', { text: ' \n\t ' }, /input\.text.*empty/],
    ['text over the limit', { text: 'word '.repeat(1000) }, /input\.text.*over the limit of 4096 bytes/],
    ['control bytes', { text: 'Envoy\u0000\u0001 met minister' }, /input\.text.*control or binary/],
    ['binary decoded as text', { text: 'PK\u0003\u0004\uFFFD\uFFFD' }, /input\.text.*control or binary/],
    ['a date that is not a date', { text: 'Envoy met minister.', publishedAt: '2024-02-30' }, /publishedAt.*not a calendar date/],
    ['a date in the wrong format', { text: 'Envoy met minister.', publishedAt: 'yesterday' }, /publishedAt.*YYYY-MM-DD/],
    ['a date more than a day ahead', { text: 'Envoy met minister.', publishedAt: '2999-01-01' }, /input\.publishedAt.*future/],
    ['a URL that is not one', { text: 'Envoy met minister.', url: 'not a url' }, /input\.url.*not an absolute URL/],
    ['an unknown field', { text: 'Envoy met minister.', author: 'someone' }, /author.*not defined/],
  ];

  it.each(badInputs)('rejects %s with a clear error naming the field, and writes nothing', async (_label, input, message) => {
    const before = { articles: await api.count('articles'), nodes: await api.count('nodes') };
    const result = await api.gql(INGEST, { input });
    expect(result.data?.ingestArticle ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(message);
    expect({ articles: await api.count('articles'), nodes: await api.count('nodes') }).toEqual(before);
  });

  it('takes the article and its metadata from a web page sent as html, leaving scripts and navigation out', async () => {
    const html = `<!doctype html><html><head><title>Site | Envoy in Kabul</title>
      <meta property="og:title" content="Qatari envoy holds talks in Kabul">
      <meta property="og:site_name" content="Gulf Wire">
      <meta property="article:published_time" content="2021-09-12T10:00:00Z">
      <script>var tracking = "Subscribe now";</script></head>
      <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Qatari envoy holds talks in Kabul</h1>
      <p>KABUL, Sep 12 – Qatar's Foreign Minister Sheikh Mohammed bin Abdulrahman Al-Thani arrived in Kabul on Sunday and met the caretaker prime minister, Mullah Mohammad Hassan Akhund.</p>
      <p>The two sides discussed humanitarian aid and the running of Kabul airport, a spokesman for the Taliban said, adding that the talks had been constructive and that further meetings were planned.</p></article>
      <footer>© Gulf Wire. All rights reserved.</footer></body></html>`;
    const result = await api.gql(`mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { created article { title publisher publishedAt text people { name } } } }`, { input: { html } });
    expect(result.errors).toBeUndefined();
    const article = result.data.ingestArticle.article;
    expect(article).toMatchObject({ title: 'Qatari envoy holds talks in Kabul', publisher: 'Gulf Wire', publishedAt: '2021-09-12' });
    expect(article.text).not.toMatch(/tracking|Home|All rights reserved/);
    expect(article.people.map((p: any) => p.name)).toContain('Mohammad Hassan Akhund');
  });

  it('wants exactly one of text and html, and an html page that holds an article', async () => {
    const before = await api.count('articles');
    const both = await api.gql(INGEST, { input: { text: 'An envoy met a minister.', html: '<p>An envoy met a minister.</p>' } });
    expect(both.errors?.[0]?.message).toMatch(/input\.html cannot come with text/);
    const neither = await api.gql(INGEST, { input: { title: 'Nothing' } });
    expect(neither.errors?.[0]?.message).toMatch(/input\.text or html is required/);
    const empty = await api.gql(INGEST, { input: { html: '<html><body><nav>Home</nav></body></html>' } });
    expect(empty.errors?.[0]?.message).toMatch(/input\.html/);
    expect(await api.count('articles')).toBe(before);
  });

  it('types input errors of the article as BAD_USER_INPUT with the field', async () => {
    const result = await api.gql(INGEST, { input: { text: '   ' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.text' });
  });
});

describe.each(engines)('mutation access on $name', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await engine.open();
  });
  afterAll(() => database.close());

  it('requires one of API_KEYS when keys are configured', async () => {
    const api = testApp(database, { apiKeys: ['k1', 'k2'] });
    const input = { text: 'An envoy met a minister in Rome on Monday.', publishedAt: '2024-02-07' };
    const anonymous = await api.gql(INGEST, { input });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrongKey = await api.gql(INGEST, { input }, { authorization: 'Bearer nope' });
    expect(wrongKey.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await api.count('articles')).toBe(0);
    const withKey = await api.gql(INGEST, { input }, { authorization: 'Bearer k2' });
    expect(withKey.errors).toBeUndefined();
    expect(await api.count('articles')).toBe(1);
  });
});
