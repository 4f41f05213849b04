import type { GazetteerEntry } from './gazetteer.js';
import { memoized } from './memo.js';

export interface Token {
  /** The word without a possessive ending. */
  text: string;
  lower: string;
  /** Offsets in the sentence, possessive ending included. */
  start: number;
  end: number;
  capitalized: boolean;
  possessive: boolean;
  punctuation: boolean;
  /** Memos of the mentions stage, filled on first use: a word is asked about many times. */
  nameLike?: boolean;
  /** Inside a well-known officeholder's name as written ("Andrew Holness"). */
  officeholder?: boolean;
  place?: GazetteerEntry | null;
}

// ("Dato' Seri Mohamad Hasan": a Malay honorific keeps its apostrophe)
// ("Dr 'Aisake Valu Eke": an ʻokina typed as an apostrophe opens a Polynesian name after another of its words;
// "Ndapewa !Nawases": so does a click written "!" in a Namibian name)
const TOKEN =
  /\bH E(?=\s+\p{Lu})|\bDato['’](?=\s+\p{Lu})|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Capt|Sen|Rep|Gov|St|Sr|Hon|Amb|Eng|Ma|Md|Mohd|Rt|Engr|Atty|Alh|Barr|Cllr|Maj|Jr|Mhe|Dkt)\.|\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*|(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|(?<=\p{Lu}[\p{L}.]*\s)['‘!](?=\p{Lu}\p{Ll}+\b(?!['’]))[\p{L}\p{M}]+|[\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*(?:(?<=s)['’](?=\s+\p{L}))?|\S/gu;

/** What a token is, from its word alone. */
type Shape = Pick<Token, 'text' | 'lower' | 'capitalized' | 'possessive' | 'punctuation'>;

// (the same words recur in every article: each is read once)
const shapeOf = memoized((word: string): Shape => {
  // "Russia's", and the plural "the United States' envoy"
  // ("BRAZIL'S Minister": a word set in capitals keeps its possessive)
  const possessive = ((/['’]s$/.test(word) || /^\p{Lu}+['’]S$/u.test(word)) && word.length > 2) || /s['’]$/.test(word);
  const text = possessive ? word.slice(0, /['’]$/.test(word) ? -1 : -2) : word;
  return {
    text,
    lower: text.toLowerCase(),
    // ("d'Ivoire", "l'Homme": an elided article before a capital)
    // ("ʻAisake": a Polynesian name opens with the ʻokina)
    capitalized: /^(?:[dl]['’]|[ʻʼ'‘!])?\p{Lu}/u.test(text),
    possessive,
    punctuation: !/[\p{L}\d]/u.test(text),
  };
});

export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    const shape = shapeOf(match[0]);
    tokens.push({
      text: shape.text,
      lower: shape.lower,
      start: match.index,
      end: match.index + match[0].length,
      capitalized: shape.capitalized,
      possessive: shape.possessive,
      punctuation: shape.punctuation,
    });
  }
  // "HE President Recep Tayyip Erdogan": His Excellency, not the pronoun
  for (const [i, t] of tokens.entries()) if (t.text === 'HE' && tokens[i + 1]?.capitalized && tokens[i + 1].text !== tokens[i + 1].text.toUpperCase()) t.lower = 'h.e.';
  return tokens;
}

/** The word as written, possessive ending included ("People's" of "People's Republic of China"). */
export const spelled = (t: Token): string => (t.possessive ? `${t.text}${/s$/.test(t.text) ? "'" : "'s"}` : t.text);

/** True when only spaces separate two neighbouring tokens. */
export function adjacent(sentence: string, a: Token, b: Token): boolean {
  if (b.start <= a.end) return false;
  for (let k = a.end; k < b.start; k++) if (sentence.charCodeAt(k) !== 32) return false;
  return true;
}
