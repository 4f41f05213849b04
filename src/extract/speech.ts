import { cuedMatches } from './cues.js';
import { groupAfter, groupBefore } from './events.js';
import { isPossessivePronoun, type MaskedSentence, type Slot } from './masking.js';
import { SPEECH_VERBS } from './lexicon/verbs.js';
import type { Evidence } from './types.js';

export interface StatementReading {
  sentence: number;
  speakers: string[];
  reportedBy: string | null;
  medium: string | null;
  about: string[];
  quote: string | null;
  evidence: Evidence;
  at: number;
  confidence: number;
  timesFrom?: number;
  present?: boolean;
  relayed?: boolean;
  /** "⟨O⟩ has repeatedly warned": said at no one time. */
  perfect?: boolean;
}

const VERB = new RegExp(`\\b(?:${SPEECH_VERBS.join('|')})\\b`, 'gi');
// ("according to a statement issued on Wednesday by Presidential Press ⟨Secretary X⟩": a title's first words may stand outside the slot)
// ("According to a communiqué from ⟨O⟩": accented words too)
const ACCORDING_TO = /\b[Aa]ccording to\s+(?:(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Hh]is|[Hh]er)\s+)?(?:(?:[\w\u00C0-\u024F-]+|⟨T\d+⟩)\s+){0,8}?(?:(?:by|from|of)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?)?(?=⟨[POX])/g;
// (", ⟨P⟩ told the press conference.", ", ⟨P⟩ told reporters." close a sentence too)
const TRAILING_REST = /^(?:\s+(?:in|on|at|via|during|through|late|earlier|later)\b[^,;"“⟨]*(?:⟨[TM]\d+⟩[^,;"“⟨]*)*|\s+(?:the\s+|a\s+)?(?:(?:joint\s+)?(?:press|news)\s+conference|briefing|reporters|journalists|media|parliament|lawmakers|⟨M\d+⟩)(?:\s+(?:on\s+)?⟨T\d+⟩)?)?\s*\.?\s*$/;
const WHO_SAID = /⟨[PX](\d+)⟩,?\s+who\s+⟨[PX]\d+⟩\s+(?:said|says)\s+(?:had\s+|has\s+|would\s+|will\s+)?(told|assured|informed|said|promised)\b/g;
const OPENING_PHRASE = /^\s*(?:In|According to|During|At|On|After|Following|Speaking|Addressing|Writing|Responding)\b[^,;]*,\s*(?=⟨)/;
const COMPLEMENT_CLAUSE = /^\s*(?:on ⟨T\d+⟩\s*)?⟨[PX]\d+⟩\s+(?:had\s+|has\s+|would\s+|will\s+)?(?:also\s+)?(?:spoke|met|held|received|hosted|called|phoned|talked|visited)\b/;
// ("⟨P⟩, the ⟨ministry⟩ said, had assured her …": an auxiliary may open the verb after the aside)
// ("⟨P⟩, the readout said, thanked …": or the statement told before)
const RELAYING_ASIDE = /⟨[PX](\d+)⟩\s*,\s*(?:the\s+|a\s+)?(?:⟨[PO]\d+⟩|(?:readout|statement|release|communiqu[eé]))\s+(?:added|said|noted|stated|reported|says|adds)\s*,\s*(?:(?:had|has|have|also|then|later)\s+)*$/;
// ("⟨O⟩ issued a statement quoting ⟨P⟩ as saying …" too)
const QUOTED_AS = /\b(?:quoted|quoting)\s+(?=⟨[PX])/gi;
/** "⟨P⟩ was quoted by ⟨O⟩ as saying": the quoting body relays the quoted person. */
const QUOTED_BY = /⟨([PX])(\d+)⟩\s+(?:was|were|is)\s+quoted\s+by\s+(?:the\s+)?⟨O(\d+)⟩\s+as\s+saying\b/gi;
// "said ⟨P⟩ had told", "said on ⟨T⟩ ⟨P⟩ would": a complement clause with its subject and no "that"
// ("said the Prime Minister, ⟨P⟩, had told": the subject may be a title set off before its name)
// ("said ⟨P⟩, on ⟨his⟩ part, pledged …": an aside may follow the subject)
// ("said ⟨P⟩ had "firmly rejected" …": an adverb, quoted or not, before the verb)
const COMPLEMENT_SUBJECT = /^\s*(?:on ⟨T\d+⟩\s*)?(?:the\s+(?:\p{Lu}[\p{L}-]*\s+){1,4},\s*|⟨X\d+⟩\s*,\s*|(?:his|her|their)\s+)?⟨[POX]\d+⟩(?:\s*(?:,\s*|\s+and\s+)⟨[POX]\d+⟩)*\s*,?\s*(?:(?:on|for)\s+(?:⟨[PX]\d+⟩|his|her|their|its)\s+(?:own\s+)?part\s*,\s*)?(?:also\s+)?(?:(?:had|has|have|would|will|was|is)\s+)?(?:also\s+)?(?:["“]\s*)?(?:\p{Ll}+ly\s+)?(?:["“]\s*)?$/u;

const RELATIVE_BEFORE_VERB = /⟨[PX](\d+)⟩\s*,\s*(?:(?:with|on|to|for|from)\s+)?(?:whom|who)\b[^,;"“”]*,\s*(?:had\s+|has\s+|have\s+|also\s+)*$/;
/** "In a statement released by ⟨O⟩ …, ⟨P⟩ was quoted as saying": the body relays the one it quotes. */
const QUOTED_IN_STATEMENT = /\b(?:statement|readout|release|communiqu[eé])\s+(?:released|issued|published|put out)\s+by\s+(?:the\s+)?⟨O(\d+)⟩[^;]*?⟨([PX])(\d+)⟩\s+(?:was|were|is)\s+quoted\s+as\s+(?:saying|telling)\b/gi;
/** "⟨P⟩ was quoted as saying in a press release issued by ⟨O⟩", "⟨P⟩ said in a statement released on ⟨T⟩ by the ⟨O⟩": the body relays its own. */
const SAID_IN_ISSUED = /⟨[PX]\d+⟩\s*,?\s+(?:(?:was|were|is)\s+quoted\s+as\s+saying|said|says|stated)\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?in\s+(?:a|the|its)\s+(?:(?:joint\s+|brief\s+|written\s+)?(?:press\s+)?(?:statement|readout|release|communiqu[eé])\s+(?:released|issued|published|put out)\s+(?:(?:on\s+|late\s+)?⟨T\d+⟩\s+)?by\s+(?:the\s+)?(?=⟨[OX](\d+)⟩)|(?=⟨[OX](\d+)⟩\s+(?:statement|readout|release|communiqu[eé])\b))/gi;
const ISSUED_STATEMENT = /\b(?:a|the|an)\s+(?:[\w-]+\s+)?(?:statement|readout|communiqu[eé]|press release|release)\s+(?:(?:issued|released|published|put out)\s+(?:(?:on\s+|late\s+)?⟨T\d+⟩\s+)?by|from)\s+(?:the\s+)?⟨[PO](\d+)⟩(?:[^⟨.;]|⟨T\d+⟩){0,40}?\s(said|says|added|stated|noted)\b/gi;

function medium(text: string): string | null {
  if (/\b(?:twitter|tweets?|tweeted)\b/i.test(text) || /\bon X\b/.test(text)) return 'Twitter';
  // "in a statement to ⟨KUNA⟩": remarks given to an outlet
  if (/\b(?:statement|remarks|comments)\s+to\s+(?:the\s+)?⟨M\d+⟩/i.test(text)) return 'interview';
  if (/\b(?:press release|readout|in (?:a|its) (?:separate |brief |short |written )?(?:statement|release)|statement (?:released|issued)|statement from|a statement|a ⟨O\d+⟩ statement|joint statement|communiqu[eé])\b/i.test(text)) return 'press release';
  if (/\b(?:briefing|press conference|news conference|media briefing)\b/i.test(text)) return 'press conference';
  if (/\binterview\b/i.test(text) || /\b(?:told|speaking to|asked by)\s+(?:the\s+)?⟨M\d+⟩/i.test(text)) return 'interview';
  if (/\b(?:opening the session|in a speech|addressing|address to|in his speech|in her speech)\b/i.test(text)) return 'speech';
  return null;
}

function quoteOf(sentence: string): string | null {
  return /["“]([^"”]{8,})["”]/.exec(sentence)?.[1] ?? null;
}

/** Statements of one sentence; "X said that Y told Z …" gives Y's statement reported by X, and X's own. */
export function readStatements(masked: MaskedSentence, lastOrganizationSpeaker: string | null): StatementReading[] {
  const text = masked.text;
  // (a relay-only act names the source of words already told as its own statement: "According to the statement, …")
  const acts: { speakers: Slot[]; at: number; end: number; outer: boolean; verb: string | null; relayOnly?: boolean }[] = [];
  for (const match of text.matchAll(VERB)) {
    const at = match.index;
    const verbEnd = at + match[0].length;
    // ", said ⟨P⟩": after a quotation, or when no subject precedes
    const mayInvert = /^(said|says|added|told)$/i.test(match[0]) && /[,"”]\s*$/.test(text.slice(Math.max(0, at - 3), at));
    const subject = groupBefore(masked, at, /[POX]/, true);
    const after = groupAfter(masked, verbEnd + 1);
    // ", said ⟨P⟩." closes the sentence; ", said the ⟨O⟩ wanted …" does not invert
    const closing = after.slots.length > 0 && /^\s*(?:[,.;]|$)/.test(text.slice(after.end));
    // "⟨P⟩, the ⟨O⟩ added, said …": the relaying aside stands between the speaker and the verb
    const aside = RELAYING_ASIDE.exec(text.slice(0, at));
    // (", said the two discussed …": a complement's subject and verb, not an inverted speaker)
    const complement = /^\s*(?:had\s+|has\s+|have\s+|would\s+|will\s+)?(?:also\s+)?\p{Ll}+ed\b/u.test(text.slice(after.end));
    const inverted = !aside && mayInvert && (/["”]\s*$/.test(text.slice(Math.max(0, at - 3), at)) || (!subject.length && !complement) || closing) ? after.slots : [];
    // ("⟨P1⟩, with whom ⟨P2⟩ spoke by phone ⟨T⟩, had told him …": the speaker stands before the relative clause)
    const beforeClause = aside || inverted.length ? null : RELATIVE_BEFORE_VERB.exec(text.slice(0, at));
    // ("⟨P1⟩ and ⟨P2⟩, who last spoke by phone, agreed that …": the whole group)
    const beforeGroup = beforeClause ? groupBefore(masked, beforeClause.index + beforeClause[0].indexOf('⟩') + 1, /[POX]/, true) : [];
    let speakers = aside ? [masked.slots[Number(aside[1])]] : inverted.length ? inverted : beforeGroup.length ? beforeGroup : subject;
    // "⟨P1⟩ met ⟨P2⟩ – and had emphasized", "⟨P1⟩ praised ⟨P2⟩'s insight and described": P1 speaks
    // "… that Guinea remained committed, and conveyed an invitation": whose clause "and" goes back to is unclear
    if (/^conveyed$/i.test(match[0]) && /\band\s+(?:also\s+)?$/.test(text.slice(Math.max(0, at - 10), at))) continue;
    // "⟨P1⟩ thanked ⟨O⟩ for its help, noting that …": the participle's subject is the clause's
    // ("⟨P⟩ termed the talks with "my ⟨P2⟩" productive, saying …": after a comma, "saying" is one too)
    const participle = /ing$/i.test(match[0]) && (match[0].toLowerCase() !== 'saying' || /,\s*$/.test(text.slice(Math.max(0, at - 3), at)));
    if (!inverted.length && (participle || /\band\s+(?:had\s+|has\s+|have\s+|also\s+|then\s+)?$/.test(text.slice(Math.max(0, at - 12), at)))) {
      const clauseStart = Math.max(text.lastIndexOf(' that ', at), text.lastIndexOf('; ', at), 0);
      // "⟨P⟩ stressed that ⟨O⟩ regards … and called for …": the speaker of the verb the "that" hangs on goes on
      const saying = acts.at(-1);
      // "⟨P⟩ had told him …, and had asked him to convey …": one subject for both past perfects
      if (saying && /\band\s+had\s+$/.test(text.slice(Math.max(0, at - 12), at)) && /\bhad\s+$/.test(text.slice(Math.max(0, saying.at - 8), saying.at))) {
        acts.push({ speakers: saying.speakers, at, end: verbEnd, outer: false, verb: match[0] });
        continue;
      }
      // ('⟨P⟩ told ⟨M⟩ that the visit confirms that … and recalled': the complement opens right after the saying)
      // ("⟨P⟩ told a regular news conference ⟨T⟩ that …" too)
      const opensComplement = /^\s*(?:(?:⟨[MPOX]\d+⟩|reporters|journalists|(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:news conference|press conference|briefing|conference|media))\s+)?(?:(?:on\s+)?⟨T\d+⟩\s+)?that\s/.test(text.slice(saying?.end ?? 0, clauseStart + 6));
      if (!participle && saying && clauseStart > 0 && (/^\s*$/.test(text.slice(saying.end, clauseStart)) || opensComplement)) {
        acts.push({ speakers: saying.speakers, at, end: verbEnd, outer: false, verb: match[0] });
        continue;
      }
      // the clause's subject, not a possessive before it ("In his speech ⟨P⟩ urged … and announced")
      // (nor one in an opening phrase: "In a statement released by the ⟨O⟩ on ⟨T⟩, ⟨P⟩ welcomed …, saying")
      const clause = text.slice(clauseStart, at);
      const opener = OPENING_PHRASE.exec(clause)?.[0].length ?? 0;
      const first = [...clause.slice(opener).matchAll(/⟨([POX])(\d+)⟩/g)].find((x) => !isPossessivePronoun(masked.slots[Number(x[2])]));
      if (first && masked.slots[Number(first[2])].keys.length) speakers = [masked.slots[Number(first[2])]];
    }
    // ("It added …", "…, the statement said": the body whose statement the story last told)
    // (", it said." too: the body told of just before)
    const itsStatement = /,\s*the\s+(?:statement|readout|release|communiqu[eé])\s+$/i.test(text.slice(0, at)) ||
      (/,["”]?\s+it\s+$/i.test(text.slice(0, at)) && /^\s*[.]?\s*$/.test(text.slice(verbEnd)));
    if ((itsStatement || (!speakers.length && /^\s*It\s+$/.test(text.slice(Math.max(0, at - 4), at)))) && lastOrganizationSpeaker) {
      // ("The two leaders agreed to …, it said.": those the statement tells of speak through it)
      const told = itsStatement ? speakers.filter((x) => x.type === 'P' && x.keys.length) : [];
      if (told.length) acts.push({ speakers: told, at: told[0].start - masked.sentence.start, end: at, outer: false, verb: null });
      speakers = [{ type: 'O', keys: [lastOrganizationSpeaker], mention: null, time: null, start: masked.sentence.start, end: masked.sentence.start }];
    }
    // "declared a state of siege": an act of state, no words
    if (/^declared$/i.test(match[0]) && /^\s+(?:a\s+(?:state|national)\s+of\b|(?:a\s+|an\s+)?(?:state of )?emergency|war\b|martial law|independence|a ceasefire|a truce)/i.test(text.slice(verbEnd))) continue;
    // "whose country was admitted as the bloc's 11th member", "admitted to hospital": let in, not said
    if (/^admit(?:s|ted)$/i.test(match[0]) && (/\b(?:was|were|been|be|being|is|are)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(0, at - 20), at)) || /^\s+(?:as|to|into)\b/i.test(text.slice(verbEnd)))) continue;
    // ("…, diplomatic sources said": unnamed sources speak; no name before them does)
    if (/\b(?:sources|officials|diplomats|analysts|observers|witnesses|insiders|aides)\s+(?:(?:familiar with|close to)\s+[^,⟨]+\s+)?(?:have\s+|had\s+)?$/i.test(text.slice(Math.max(0, at - 60), at))) continue;
    // "has not said whether …": no words were said
    if (/\b(?:not|never)\s+(?:yet\s+)?$/i.test(text.slice(Math.max(0, at - 12), at))) continue;
    // '…," the state news agency ⟨M⟩ reported': an outlet reports; it is no speaker
    if (/⟨M\d+⟩\s+$/.test(text.slice(0, at))) continue;
    // "the Kremlin press service reported": a body reports; a person who "reported" did something else
    // ("⟨P⟩ reported to me that …": words told to the one speaking; "had reported to the head of state" is no public word)
    const toSomeone = /^\s+to\s+(?:me|us)\s+that\b/.test(text.slice(verbEnd));
    if (/^report(?:s|ed)$/i.test(match[0]) && !speakers.some((s) => s.type === 'O') && !toSomeone) continue;
    // "elections the council has promised to hold": a common noun is the verb's subject, not a name further back
    if (!inverted.length && !itsStatement && /\b(?:the|a|an|its|their)\s+[a-z]+\s+(?:has\s+|had\s+|have\s+|would\s+|will\s+)?$/.test(text.slice(Math.max(0, at - 40), at))) continue;
    // an -ing verb speaks for its clause's subject only after a comma ("…, accusing X of …")
    // "… said, adding that": the same speaker goes on
    if (participle && (acts.length > 0 || !/,\s*(?:also\s+)?$/.test(text.slice(Math.max(0, at - 8), at)))) continue;
    if (!speakers.length) continue;
    // "⟨P⟩ … and had emphasized": the subject of the clause before
    const relays = /^(said|says|added|adds|stated|reports|reported|informs|wrote|tweeted|posted|noted|explained|told)$/i.test(match[0]);
    // "…, the ministry said." and "…, the ministry said in a separate statement on Monday."
    const trailing = relays && (/^\s*[,.]?\s*$/.test(text.slice(verbEnd, verbEnd + 2)) || TRAILING_REST.test(text.slice(verbEnd)));
    // "had reported to the head of state" is no public word; "…, the press service reported." is
    // ("The presidential press service reported that ⟨P⟩ stressed …": a body's report of words said)
    const bodyReports = speakers.some((x) => x.type === 'O') && /^\s+that\b/.test(text.slice(verbEnd));
    if (/^reported$/i.test(match[0]) && !trailing && !toSomeone && !bodyReports) continue;
    acts.push({ speakers, at, end: verbEnd, outer: trailing, verb: match[0] });
  }
  // "A statement issued by ⟨O⟩ on ⟨T⟩ said …": the body that issued it speaks
  for (const match of cuedMatches(text, /statement|readout|communiqu|release/i, ISSUED_STATEMENT)) {
    const issuer = masked.slots[Number(match[1])];
    acts.push({ speakers: [issuer], at: match.index + match[0].length - match[2].length, end: match.index + match[0].length, outer: true, verb: match[2] });
  }
  // "According to the statement, ⟨P⟩ told …": the body whose statement the story last told relays it
  // ("…, according to the statement." at the sentence's end too, and "The release added that ⟨P⟩ …", "…, the readout said(, and …)")
  // ("⟨P⟩, according to the same press release, said …" too)
  const fromStatement = /\baccording to (?:the|its|that) (?:same )?(?:statement|readout|communiqu[eé]|release|press release|post|tweet|message)(?:\s*,|\s*[.]?\s*$)|^The (?:statement|readout|communiqu[eé]|release|press release) (?:also )?(?:added|said|noted|stated) (?:that\b|(?=⟨[PX]\d+⟩))|,["”]?\s+the (?:statement|readout|communiqu[eé]|release|press release) (?:added|said|noted)(?:\s*[.]?\s*$|\s*,)|\b(?:was|were)\s+quoted\s+as\s+saying\s+in\s+(?:the|that)\s+(?:statement|readout|communiqu[eé]|release|press release)\s*[.]?\s*$/i.exec(text);
  if (fromStatement && lastOrganizationSpeaker) {
    acts.push({ speakers: [{ type: 'O', keys: [lastOrganizationSpeaker], mention: null, time: null, start: masked.sentence.start, end: masked.sentence.start }], at: fromStatement.index, end: fromStatement.index + fromStatement[0].length, outer: true, verb: null, relayOnly: true });
  }
  for (const match of cuedMatches(text, /[Aa]ccording to/, ACCORDING_TO)) {
    const group = groupAfter(masked, match.index + match[0].length);
    // ("According to a statement from ⟨O⟩, ⟨P1⟩ and ⟨P2⟩ discussed …": the source, then the clause's subjects)
    const first = group.slots[0];
    const firstEnd = first ? text.indexOf('⟩', text.indexOf(`⟨${first.type}${masked.slots.indexOf(first)}⟩`)) + 1 : 0;
    if (group.slots.length > 1 && /^\s*,/.test(text.slice(firstEnd))) group.slots.splice(1);
    // ("According to ⟨Foreign Ministry⟩ ⟨spokesperson X⟩, …": the body names the speaker's office)
    // ("According to ⟨the President⟩'s spokesman, ⟨P⟩, …": the spokesman named after the one he speaks for)
    const officer = first?.type === 'O' ? /^\s+(?:[a-z-]+\s+){0,2}⟨P(\d+)⟩/.exec(text.slice(firstEnd))
      : first?.type === 'P' ? /^\s+(?:spokes(?:man|woman|person)|aide|adviser|advisor)\s*,\s*⟨P(\d+)⟩/.exec(text.slice(firstEnd)) : null;
    if (officer) group.slots.splice(0, group.slots.length, masked.slots[Number(officer[1])]);
    // "According to the press service, …" takes up a body whose words were told before: it relays, it says nothing new
    // ("according to a ministry statement" tells of a statement of its own)
    const anaphoric = group.slots.every((x) => x.mention?.kind === 'organization' && x.mention.key.startsWith('anaphor:') && /^the\s/i.test(x.mention.surface));
    // ("According to a statement issued by the ⟨O⟩, spokesperson ⟨P⟩ said …": the body's spokesperson speaks for it, in it)
    const voice = first?.type === 'O' ? /^\s*(?:\([^)]*\)\s*)?,\s*⟨P(\d+)⟩\s+(?:said|says|stated|added|noted)\b/.exec(text.slice(group.end)) : null;
    const spokesperson = voice && masked.slots[Number(voice[1])].mention;
    if (spokesperson?.kind === 'person' && /\bspokes(?:person|man|woman)\b/i.test(spokesperson.title ?? '')) continue;
    if (group.slots.length) acts.push({ speakers: group.slots, at: match.index, end: group.end, outer: true, verb: null, relayOnly: anaphoric });
  }
  // "It quoted ⟨P⟩ as saying …": the quoting body relays the quoted person
  for (const match of cuedMatches(text, /quot(?:ed|ing)/i, QUOTED_AS)) {
    const group = groupAfter(masked, match.index + match[0].length);
    if (!group.slots.length) continue;
    // ("It quoted …", "The statement quoted …": the body whose statement the story told)
    const quoting = /(?:\bIt|^The\s+(?:statement|readout|release|communiqu[eé]))\s+$/.test(text.slice(0, match.index)) && lastOrganizationSpeaker
      ? [{ type: 'O' as const, keys: [lastOrganizationSpeaker], mention: null, time: null, start: masked.sentence.start, end: masked.sentence.start }]
      : groupBefore(masked, match.index, /[POX]/, true);
    if (quoting.length) acts.push({ speakers: quoting, at: match.index, end: match.index + match[0].length, outer: true, verb: null });
    acts.push({ speakers: group.slots, at: match.index + 1, end: group.end, outer: false, verb: null });
  }
  for (const match of cuedMatches(text, /quoted/i, QUOTED_IN_STATEMENT)) {
    const quoting = masked.slots[Number(match[1])];
    const quoted = masked.slots[Number(match[3])];
    acts.push({ speakers: [quoting], at: match.index, end: match.index + match[0].indexOf('⟨O') + 4, outer: true, verb: null });
    acts.push({ speakers: [quoted], at: match.index + match[0].lastIndexOf('quoted'), end: match.index + match[0].length, outer: false, verb: null });
  }
  for (const match of cuedMatches(text, /statement|readout|release|communiqu/i, SAID_IN_ISSUED)) {
    const quoting = masked.slots[Number(match[1] ?? match[2])];
    if (!quoting.keys.length) continue;
    const at = match.index + match[0].length;
    acts.push({ speakers: [quoting], at, end: at, outer: true, verb: null });
  }
  for (const match of cuedMatches(text, /quoted/i, QUOTED_BY)) {
    const quoted = masked.slots[Number(match[2])];
    const quoting = masked.slots[Number(match[3])];
    acts.push({ speakers: [quoting], at: match.index + match[0].indexOf('quoted'), end: match.index + match[0].length, outer: true, verb: null });
    acts.push({ speakers: [quoted], at: match.index, end: match.index + match[0].length, outer: false, verb: null });
  }
  // "⟨P1⟩, who ⟨P2⟩ said had told him …": P1's words, relayed by P2
  for (const match of cuedMatches(text, /who\s+⟨/, WHO_SAID)) {
    const saidAt = match.index + match[0].search(/\s(?:said|says)\s/) + 1;
    const relaying = acts.find((a) => a.at === saidAt);
    if (!relaying) continue;
    relaying.outer = true;
    const toldAt = match.index + match[0].length - match[2].length;
    acts.push({ speakers: [masked.slots[Number(match[1])]], at: toldAt, end: match.index + match[0].length, outer: false, verb: match[2] });
  }
  if (!acts.length) return [];
  acts.sort((a, b) => a.at - b.at);
  // The relayer: an "according to" or trailing ", X said", else the first speaker whose complement holds another act.
  const keyOf = (a: (typeof acts)[number]): string => a.speakers.flatMap((s) => s.keys).join('+');
  let relayer = acts.find((a) => a.outer && acts.some((b) => b !== a && keyOf(b) !== keyOf(a)));
  // "⟨O⟩ described the talks as … and said ⟨P⟩ had told …": any act whose complement holds the next speaker's act
  for (const [n, first] of acts.entries()) {
    if (relayer) break;
    const later = acts.slice(n + 1).find((b) => keyOf(b) !== keyOf(first) && b.at > first.at);
    if (!later) continue;
    // (less a relative clause on the inner speaker: "said ⟨P1⟩, on whom ⟨P2⟩ called earlier, had assured him")
    const between = text.slice(first.end, later.at).replace(/\s*,\s*(?:(?:with|on|to|for|from)\s+)?(?:whom|who)\b[^,;"“”]*,/, '');
    const newClause = /,\s*(?:while|whereas|but|although|though)\b|;/.test(between);
    // ("⟨P⟩ said ⟨P1⟩ spoke by phone with ⟨P2⟩, who assured …": a complement opening with its subject and verb holds what follows)
    const opensWithClause = /^(?:said|says|added|stated|noted|disclosed|confirmed)$/i.test(first.verb ?? '') && COMPLEMENT_CLAUSE.test(between);
    if (!newClause && (/\bthat\b/.test(between) || COMPLEMENT_SUBJECT.test(between) || opensWithClause)) relayer = first;
  }
  const relayerKeys = relayer ? expandKeys(relayer.speakers) : [];
  const readings: StatementReading[] = [];
  const sentenceQuote = quoteOf(masked.sentence.text);
  const allKeys = masked.slots.filter((s) => s.type === 'P' || s.type === 'O').flatMap((s) => s.keys);
  const seen = new Set<string>();
  for (const act of acts) {
    if (act.relayOnly && acts.length > 1) continue;
    const inner = relayer && act !== relayer && keyOf(act) !== keyOf(relayer);
    for (const key of expandKeys(act.speakers)) {
      // ("⟨P⟩ said that the two had reaffirmed …": no one relays his own words)
      if (inner && relayerKeys.includes(key)) continue;
      const id = `${key}|${inner ? 'in' : 'out'}`;
      if (seen.has(id)) continue;
      seen.add(id);
      readings.push({
        sentence: masked.sentence.index,
        speakers: [key],
        reportedBy: inner ? relayerKeys[0] ?? null : null,
        medium: inner ? null : medium(text),
        about: [...new Set(allKeys.filter((k) => k !== key && !relayerKeys.includes(k)))],
        quote: sentenceQuote,
        evidence: { sentence: masked.sentence.index, start: Math.min(...act.speakers.map((s) => s.start)), end: Math.max(...act.speakers.map((s) => s.end)) },
        at: act.at,
        confidence: act.speakers.some((s) => s.mention?.kind === 'reference') ? 0.7 : 0.9,
        // words relayed after "according to a statement released on Friday by …" were said before it
        // (", ⟨P⟩ told the press conference": the relayer's day is not the one told in the words before it)
        timesFrom: inner && relayer && relayer.at < act.at ? relayer.end : !inner && act === relayer && act.outer && acts.some((b) => b !== act && b.at < act.at) ? act.at : 0,
        present: !inner && act.verb !== null && /^(says|reports|states|adds|writes)$/i.test(act.verb),
        relayed: !!inner,
        perfect: /\b(?:has|have)\s+(?:\w+ly\s+|since\s+|also\s+|long\s+|often\s+)*$/i.test(text.slice(0, act.at)),
      });
    }
  }
  return readings;
}

function expandKeys(slots: Slot[]): string[] {
  return [...new Set(slots.flatMap((s) => s.keys))];
}

/** "President of Russia ⟨P⟩: Mr President, friends, …", "⟨P⟩ (retranslated): …": a turn of a transcript. */
const TURN_LABEL = /^⟨P(\d+)⟩\s*(?:\([^)]*\)\s*)?:\s*\S/;
/** "⟨P2⟩ reported to me that …", "⟨P2⟩ told us …": words the one speaking relays. */
const TOLD_THE_SPEAKER = /\b(?:told|informed|assured|briefed|reported to|wrote to|promised)\s+(?:me|us)\b/i;

/**
 * A transcript's turns: each labelled speaker says what follows, until the next label or heading, in a speech (or to the
 * press, under a heading that says so); what others told the one speaking, the speaker relays.
 */
export function readTranscriptTurns(masked: MaskedSentence[], statements: StatementReading[]): void {
  let speaker: string | null = null;
  let press = false;
  for (const m of masked) {
    const label = TURN_LABEL.exec(m.text);
    if (label) {
      speaker = m.slots[Number(label[1])].keys[0] ?? null;
      if (speaker && !statements.some((s) => s.sentence === m.sentence.index && s.speakers[0] === speaker && !s.reportedBy)) {
        const slot = m.slots[Number(label[1])];
        statements.push({
          sentence: m.sentence.index, speakers: [speaker], reportedBy: null, medium: press ? 'press conference' : 'speech', about: [], quote: null,
          evidence: { sentence: m.sentence.index, start: slot.start, end: slot.end }, at: 0, confidence: 0.8, present: true,
        });
      }
      continue;
    }
    // (a heading, a line with no closing stop, ends the turn: "Statements for the press following the talks")
    if (!/[.!?:;,"”]\s*$/.test(m.sentence.text)) {
      speaker = null;
      press = /\b(?:press|media|journalists|reporters|news conference)\b/i.test(m.sentence.text);
      continue;
    }
    if (!speaker || !TOLD_THE_SPEAKER.test(m.sentence.text)) continue;
    for (const s of statements) if (s.sentence === m.sentence.index && !s.reportedBy && s.speakers[0] !== speaker) { s.reportedBy = speaker; s.relayed = true; s.medium = null; }
  }
}
