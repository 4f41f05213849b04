// The explorer page in a real browser (Debian's Chromium through playwright-core): an analyst
// searches a name, picks the person, and reads whom they met, when, where, and the sentence.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { createApp } from '../../src/server.js';
import { engines } from '../support/engines.js';
import { day, extraction, meeting, person, storeFixture } from '../support/fixtures.js';

const CHROMIUM = '/usr/bin/chromium';

describe.skipIf(!existsSync(CHROMIUM))('the explorer in Chromium', () => {
  let database: Database;
  let server: Server;
  let browser: Browser;
  let base: string;
  beforeAll(async () => {
    database = await engines[0].open();
    await storeFixture(database, extraction({ entities: [person('k', 'Zamir Kabulov', 'RU', ['Kabulov']), person('s', 'Mohammad Sadiq', 'PK')], meetings: [meeting(['k', 's'], day('2023-01-24'), 'Islamabad')] }));
    server = createServer(createApp(database, { apiKeys: [], maxTextBytes: 200_000 }));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await database?.close();
  });

  it('finds a person by another spelling and shows whom they met, when, where and why we think so', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    await page.goto(`${base}/explorer`);
    await page.fill('#search', 'kabulov');
    await page.getByText('Zamir Kabulov').click();
    const detail = page.locator('#detail');
    await expect.poll(() => detail.textContent()).toContain('Mohammad Sadiq');
    const text = await detail.textContent();
    expect(text).toContain('2023-01-24');
    expect(text).toContain('Islamabad');
    expect(text).toContain('A sentence that stands for the article.');
    await page.screenshot({ path: 'tests/browser/explorer.png' });
    expect(failed).toEqual([]);
  });
});
