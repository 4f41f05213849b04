// Checks an article before anything is written; every problem names its field and says why.
import type { ArticleInput } from '../extract/types.js';

export class InputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'InputError';
  }
}

export interface ValidationLimits {
  maxTextBytes: number;
  /** the moment "now" is, for the future-date check */
  now?: Date;
}

export const DEFAULT_MAX_TEXT_BYTES = 200 * 1024;
const ONE_DAY_MS = 24 * 60 * 60 * 1000;
// C0 controls other than tab, newline and carriage return, DEL, and the Unicode replacement
// character that decoding binary leaves behind.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/;

export function validateArticle(input: ArticleInput, limits: ValidationLimits): ArticleInput {
  const text = input.text;
  if (typeof text !== 'string' || text.trim() === '') throw new InputError('text', 'must not be empty or only whitespace');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > limits.maxTextBytes) throw new InputError('text', `is ${bytes} bytes, over the limit of ${limits.maxTextBytes} bytes`);
  if (NOT_TEXT.test(text)) throw new InputError('text', 'contains control or binary characters; send plain UTF-8 text');
  for (const field of ['title', 'publisher'] as const) {
    const value = input[field];
    if (value != null && NOT_TEXT.test(value)) throw new InputError(field, 'contains control or binary characters');
  }
  if (input.url != null) {
    let parsed: URL;
    try {
      parsed = new URL(input.url);
    } catch {
      throw new InputError('url', `"${input.url}" is not an absolute URL`);
    }
    if (!['http:', 'https:'].includes(parsed.protocol)) throw new InputError('url', 'must be an http or https URL');
  }
  if (input.publishedAt != null) {
    const now = limits.now ?? new Date();
    if (Date.parse(`${input.publishedAt}T00:00:00Z`) > now.getTime() + ONE_DAY_MS)
      throw new InputError('publishedAt', `${input.publishedAt} lies more than a day in the future`);
  }
  return input;
}
