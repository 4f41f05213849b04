// Lookups in the dictionary of well-known officeholders, for the mention finder and for coreference alike.
import { foldPhrase } from './gazetteer.js';
import { OFFICEHOLDERS } from './lexicon/officeholders.js';

/** Folded name → the state a well-known officeholder served. */
const STATES = new Map(Object.entries(OFFICEHOLDERS).map(([name, code]) => [foldPhrase(name), code]));

/** Officeholders' names as written, split into words, by their first word. */
const BY_FIRST_WORD = new Map<string, string[][]>();
for (const name of Object.keys(OFFICEHOLDERS)) {
  const words = name.split(' ');
  BY_FIRST_WORD.set(words[0], [...(BY_FIRST_WORD.get(words[0]) ?? []), words]);
}

/** The state a well-known officeholder served, by the whole name (case, accents and punctuation aside), or null. */
export function officeholderStateOf(name: string): string | null {
  return STATES.get(foldPhrase(name)) ?? null;
}

/** The names of known officeholders, as words, that open with `word` as written. */
export function officeholderNamesOpening(word: string): readonly string[][] {
  return BY_FIRST_WORD.get(word) ?? [];
}
