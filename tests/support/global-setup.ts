// Builds one migrated embedded database before the suite and leaves its snapshot on disk:
// each test file then opens a copy in a second instead of running initdb and migrations again.
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/client.js';

export default async function setup(project: TestProject) {
  const database = await openDatabase({ dataDir: 'memory' });
  const path = join(tmpdir(), `diplograph-template-${process.pid}.tar`);
  writeFileSync(path, Buffer.from(await (await database.snapshot!()).arrayBuffer()));
  await database.close();
  project.provide('pgliteTemplate', path);
  return () => rmSync(path, { force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}
