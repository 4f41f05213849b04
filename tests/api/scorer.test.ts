// The evaluation contract end to end: the corpus scorer ingests annotated articles through the
// GraphQL API of a running server and reads back what it recorded.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, realpathSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server.js';
import { engines } from '../support/engines.js';

const SHARED = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
// score.mjs runs only when started by its real path (it compares argv with its own URL).
const CORPUS = existsSync(SHARED) ? `${realpathSync(SHARED)}/` : SHARED;
const HELDOUT = fileURLToPath(new URL('../fixtures/heldout/', import.meta.url));
const UNSEEN = fileURLToPath(new URL('../fixtures/unseen/', import.meta.url));
const run = promisify(execFile);

interface Scores {
  summary: Record<string, { f1: number; tp: number; fp: number; fn: number }>;
  attributes: Record<string, { accuracy: number | null }>;
}

/** A server on a database of its own, for as long as `use` runs. */
async function withServer<T>(use: (endpoint: string) => Promise<T>): Promise<T> {
  const database = await engines[0].open();
  const server = createServer(createApp(database, { apiKeys: [], maxTextBytes: 200_000 }));
  try {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await database.close();
  }
}

/** F1 from counts summed over several runs of the scorer. */
function f1Of(runs: Scores[], category: string): number {
  const [tp, fp, fn] = ['tp', 'fp', 'fn'].map((k) => runs.reduce((n, r) => n + r.summary[category][k as 'tp' | 'fp' | 'fn'], 0));
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

describe.skipIf(!existsSync(`${CORPUS}score.mjs`))('the corpus scorer against the server', () => {
  const score = (...paths: string[]): Promise<Scores> => withServer(async (endpoint) =>
    JSON.parse((await run('node', [`${CORPUS}score.mjs`, '--endpoint', endpoint, ...paths, '--json'], { maxBuffer: 64 << 20 })).stdout) as Scores);

  it('decomposes the seed article completely: 1.0 everywhere, organizations at least 0.8', async () => {
    const { summary, attributes } = await score(`${CORPUS}dev/seed-001.json`);
    for (const [category, { f1 }] of Object.entries(summary)) expect([category, f1]).toEqual([category, category === 'organizations' ? expect.any(Number) : 1]);
    expect(summary.organizations.f1).toBeGreaterThanOrEqual(0.8);
    for (const [attribute, { accuracy }] of Object.entries(attributes)) if (accuracy != null) expect([attribute, accuracy]).toEqual([attribute, 1]);
  });

  it('meets the issue targets on the dev corpus', async () => {
    const { summary, attributes } = await score(`${CORPUS}dev`);
    const targets: Record<string, number> = {
      people: 0.92, personCountry: 0.92, visits: 0.88, meetingPairs: 0.88, statements: 0.88,
      meetings: 0.8, reportedSpeech: 0.8, modality: 0.8, organizations: 0.8,
    };
    for (const [category, target] of Object.entries(targets)) expect(summary[category].f1, category).toBeGreaterThanOrEqual(target);
    for (const attribute of ['meetingDate', 'visitDate', 'meetingPlace', 'visitPlace']) expect(attributes[attribute].accuracy, attribute).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(!existsSync(HELDOUT))('reads the held-out articles of other regions', async () => {
    const { summary } = await score(HELDOUT);
    // Floors against regressions, a little under what the 28 held-out articles score now
    // (001–020 have since been read for misses; 021–028 were scored once unseen: see the issue notes).
    const floors: Record<string, number> = {
      people: 0.95, personCountry: 0.88, visits: 0.85, meetings: 0.88, statements: 0.88, organizations: 0.83,
      modality: 0.82, meetingPairs: 0.86, reportedSpeech: 0.82,
    };
    for (const [category, floor] of Object.entries(floors)) expect(summary[category].f1, category).toBeGreaterThanOrEqual(floor);
  });

  it.skipIf(!existsSync(UNSEEN))('reads the later batches written unseen, from still more regions and outlets', async () => {
    // (in batches, each on a database of its own: one store of hundreds of articles merging as it grows is slower to fill)
    const files = readdirSync(UNSEEN).filter((f) => f.endsWith('.json')).sort().map((f) => `${UNSEEN}${f}`);
    const runs: Scores[] = [];
    for (let i = 0; i < files.length; i += 120) {
      runs.push(await score(...files.slice(i, i + 120)));
    }
    const summary = Object.fromEntries(Object.keys(runs[0].summary).map((category) => [category, { f1: f1Of(runs, category) }]));
    // Floors a little under what the 1319 articles score now; each batch was first scored before it was read
    // (001–008, 101–112, …, 482–509, 510–530, …, 573–593, 594–614, …, 678–698, 699–719, 720–740, 741–761, 762–782, 783–803,
    // 804–824, 825–845, 846–866, 867–887, 888–908, 909–929, 930–950, 951–971, 972–992, 993–1013, 1014–1034, 1035–1055,
    // 1056–1076, 1077–1097, 1098–1118, 1119–1139, 1140–1160, 1161–1181, 1182–1202, 1203–1223, 1224–1244, 1245–1265,
    // 1266–1286, 1287–1307, 1308–1328, 1329–1349, 1350–1370, 1371–1391, 1392–1412: the first scores are in the issue notes).
    const floors: Record<string, number> = {
      people: 0.95, personCountry: 0.91, visits: 0.86, meetingPairs: 0.85, meetings: 0.84, statements: 0.9,
      organizations: 0.82, reportedSpeech: 0.78, modality: 0.78,
    };
    for (const [category, floor] of Object.entries(floors)) expect(summary[category].f1, category).toBeGreaterThanOrEqual(floor);
  }, 720_000);
});
