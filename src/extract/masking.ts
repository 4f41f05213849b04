import type { Mention } from './mentions.js';
import type { Coreference } from './coreference.js';
import type { TimeExpression } from './time.js';
import type { Sentence } from './types.js';

/** One mention as the event and speech rules see it: a slot in the masked sentence. */
export interface Slot {
  /** P person(s), O organisation, L place, M media outlet, T time, X unresolved reference. */
  type: 'P' | 'O' | 'L' | 'M' | 'T' | 'X';
  keys: string[];
  mention: Mention | null;
  time: TimeExpression | null;
  /** Article offsets. */
  start: number;
  end: number;
}

export interface MaskedSentence {
  sentence: Sentence;
  /** The sentence with every mention replaced by ⟨type index⟩, e.g. "⟨P0⟩ met ⟨P1⟩ in ⟨L2⟩ ⟨T3⟩." */
  text: string;
  slots: Slot[];
}

export const SLOT = /⟨([POLMTX])(\d+)⟩/g;

/** Replaces the outermost mentions and time expressions of a sentence with slot markers. */
export function maskSentence(sentence: Sentence, mentions: Mention[], times: TimeExpression[], coreference: Coreference): MaskedSentence {
  const spans: Omit<Slot, never>[] = [];
  for (const m of mentions) {
    const keys = coreference.referents.get(m) ?? [];
    if (m.kind === 'person' && !keys.length) continue; // a capitalised word coreference did not take for a name
    const type: Slot['type'] =
      m.kind === 'place' ? 'L' : m.kind === 'media' ? 'M' : m.kind === 'organization' ? (keys.length ? 'O' : 'X') : keys.length ? 'P' : 'X';
    spans.push({ type, keys, mention: m, time: null, start: m.start, end: m.end });
  }
  for (const t of times) spans.push({ type: 'T', keys: [], mention: null, time: t, start: sentence.start + t.start, end: sentence.start + t.end });
  // Outermost first: a person's phrase swallows the ministry and country inside its title.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const slots: Slot[] = [];
  let cursor = sentence.start;
  let text = '';
  // the article's own angle brackets must not read as slot markers
  const plain = (from: number, to: number): string => sentence.text.slice(from - sentence.start, to - sentence.start).replace(/[⟨⟩]/g, ' ');
  for (const span of spans) {
    if (span.start < cursor) continue;
    text += plain(cursor, span.start);
    text += `⟨${span.type}${slots.length}⟩`;
    slots.push(span);
    cursor = span.end;
  }
  text += plain(cursor, sentence.end);
  return { sentence, text, slots };
}

/** Slots named in a stretch of masked text, in order. */
export function slotsIn(masked: MaskedSentence, from: number, to: number): Slot[] {
  const out: Slot[] = [];
  for (const match of masked.text.slice(from, to).matchAll(SLOT)) out.push(masked.slots[Number(match[2])]);
  return out;
}

/** The sentence as written up to a position of its masked text (names spelled out again). */
export function writtenUpTo(masked: MaskedSentence, at: number): string {
  let written = 0;
  let masks = 0;
  for (const match of masked.text.slice(0, at).matchAll(SLOT)) {
    written = masked.slots[Number(match[2])].end - masked.sentence.start;
    masks = match.index + match[0].length;
  }
  return masked.sentence.text.slice(0, written + at - masks);
}

/** "his", "her": a pronoun standing for an owner, no actor of its own. */
export function isPossessivePronoun(slot: Slot): boolean {
  const m = slot.mention;
  return m?.kind === 'reference' && m.pronoun && /^(his|her)$/.test(m.words[0] ?? '');
}
