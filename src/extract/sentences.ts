import type { Sentence } from './types.js';

// A period after one of these does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'rep', 'sen', 'gov', 'rev',
  'jr', 'sr', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'inc', 'ltd', 'co', 'corp', 'hon', 'amb', 'h.e', 'brig',
  'adm', 'cdr', 'supt', 'insp', 'fr', 'mt', 'ft', 'pres', 'sec', 'min', 'dep', 'excl', 'ma', 'commo',
  // "Md. Shafiqur Rahman", "Mohd. Hasan", "Rt. Hon.", "Engr.", "Atty.", "Alh.", "Barr."
  'md', 'mohd', 'rt', 'engr', 'atty', 'alh', 'barr', 'cllr',
  // Swahili honorifics: "Mhe." (Honourable), "Dkt." (Doctor), "Eng."
  'mhe', 'dkt', 'eng',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** True when the period at `dot` belongs to an abbreviation or an initial rather than ending a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  if (!before) return false;
  // "U.S", "J.P", "S" (initials), but not the platform in "wrote on X."
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(before)) return !/\b(?:on|via)\s+X$/.test(text.slice(Math.max(0, dot - 8), dot));
  return ABBREVIATIONS.has(before.toLowerCase());
}

/** Splits text into sentences with character offsets; paragraph breaks always end a sentence. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  };
  let start = 0;
  // (a sentence may open on a click written "!" in a Namibian name: "!Nawases met …")
  const boundary = /\n\s*\n|\n|[.!?]+["'”’)]*(?=\s+(?:["'“‘(]|!(?=\p{Lu}))?[\p{Lu}\d])/gu;
  for (const match of text.matchAll(boundary)) {
    const at = match.index;
    // An initial before a capitalised word ("in the U.S. The next …") is read as no boundary: the rarer error.
    if (match[0][0] === '.' && match[0].length === 1 && isAbbreviation(text, at)) continue;
    const end = match[0][0] === '\n' ? at : at + match[0].length;
    push(start, end);
    start = at + match[0].length;
  }
  push(start, text.length);
  return sentences;
}
