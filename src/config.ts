// Configuration from the environment (see README): one place that reads process.env.
import { DEFAULT_MAX_TEXT_BYTES } from './graph/validate.js';

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  seed: boolean;
  apiKeys: string[];
  maxTextBytes: number;
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value == null || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return parsed;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: positiveInt('PORT', env.PORT, 4000),
    host: env.HOST || '127.0.0.1',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: env.DATA_DIR || './data',
    seed: !['false', '0', 'no'].includes((env.SEED ?? 'true').toLowerCase()),
    apiKeys: (env.API_KEYS ?? '').split(',').map((k) => k.trim()).filter(Boolean),
    maxTextBytes: positiveInt('MAX_TEXT_BYTES', env.MAX_TEXT_BYTES, DEFAULT_MAX_TEXT_BYTES),
  };
}
