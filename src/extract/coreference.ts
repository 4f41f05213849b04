import { distance } from 'fastest-levenshtein';
import { foldPhrase, lookupPlace } from './gazetteer.js';
import { memoized } from './memo.js';
import { NAME_PARTICLES, isMansGivenName, type Mention, type OrganizationMention, type PersonMention, type ReferenceMention } from './mentions.js';
import { officeholderStateOf } from './officeholders.js';
import { AIRFIELD_WORDS } from './lexicon/places.js';
import { DEPUTY_RANKS, REFERRING_TITLES, TITLE_HEADS, TITLE_SYNONYMS, TITLE_WORDS } from './lexicon/titles.js';
import type { OrganizationKind, Sentence } from './types.js';

export interface PersonCluster {
  key: string;
  forms: string[]; // names without honorifics, first seen first
  surfaces: string[]; // as written, honorifics included
  honorifics: Set<string>;
  mentions: Mention[];
  titles: { title: string; portfolio: string | null; country: string | null; mention: PersonMention }[];
  country: string | null;
  stateless: boolean;
  /** Serves an international body: travels, though it serves no state. */
  international: boolean;
}

export interface OrganizationCluster {
  key: string;
  identity: string; // the mention key ("gov:RU")
  /** The name a lexicon gives it ("United Nations" for "UN"), else null. */
  canonical: string | null;
  kind: OrganizationKind;
  country: string | null;
  surfaces: string[];
  mentions: Mention[];
  delegation: boolean;
}

export interface Coreference {
  people: PersonCluster[];
  organizations: OrganizationCluster[];
  /** Entity keys each mention refers to (several for "the two ministers"); empty when unresolved. */
  referents: Map<Mention, string[]>;
  /** Delegation key → the people who travel with it (leader first), filled once events are read. */
  delegations: Map<string, string[]>;
}

const MET_TOGETHER = /\b(?:met|meets|received|receives|hosted|hosts|held (?:an? )?(?:[\w-]+ ){0,2}?(?:talks|meeting|consultations)|talks (?:with|between)|called on|spoke (?:by|on the|over the)? ?(?:tele)?phone|co-chaired)\b/i;
/** "was received at the Kotoka International Airport by": a welcome, not a table. */
const AIRPORT_WELCOME = new RegExp(String.raw`\b(?:received|welcomed|greeted|met)\s+(?:\w+\s+)?(?:at|on arrival at)\s+(?:the\s+)?[^.;]{0,60}?\b(?:${AIRFIELD_WORDS})\b`, 'gi');
const PLAN_OR_CALL_OFF = /\b(?:will|would|was to|were to|planned|postponed|cancell?ed|called off|scheduled|expected|due to)\b/i;
// (not a deputy's: "the Vice-President, ⟨P⟩" is no leader)
const LEADER_TITLE = /\b(?<!\b(?:vice|deputy)[\s-])(?:president|prime minister|premier|chancellor|king|queen|emir|amir|sultan|taoiseach|crown prince|head of (?:state|government)|leader)\b/i;
const foldName = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`.]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()
    .replace(/\b(mohammed|muhammad|mohamed|muhammed|mohammad)\b/g, 'muhammad');
const fold = memoized(foldName);
const words = (s: string): string[] => fold(s).split(' ').filter(Boolean);
/** Tokens of a name, hyphenated parts also on their own ("Amir-Abdollahian" → amir, abdollahian, amirabdollahian). */
const nameParts = (s: string): string[] => {
  const parts = new Set<string>();
  const all = words(s);
  for (const w of s.split(/\s+/)) {
    const f = fold(w).replace(/ /g, '');
    if (f) parts.add(f);
  }
  // single words, and neighbours run together: "Kazemi Qomi" is also written "Kazemi-Qomi"
  all.forEach((w, i) => { parts.add(w); if (all[i + 1]) parts.add(w + all[i + 1]); });
  return [...parts];
};

/** Spelling variants of one word ("Kabulove"/"Kabolov", "Zhumangarin"/"Jumangarin"). */
function similarWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  const allowed = shorter >= 8 ? 2 : 1;
  return distance(a, b) <= allowed;
}

/** Two full names of one person: one's words contained in the other's, or the whole spelled alike. */
function sameFullName(a: string, b: string): boolean {
  const fa = fold(a).replace(/-/g, ' '), fb = fold(b).replace(/-/g, ' ');
  if (fa === fb) return true;
  const wa = fa.split(' '), wb = fb.split(' ');
  const [small, large] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // ("J. Kulubaev" for "Jeenbek Kulubaev": an initial stands for its given name)
  const initialOf = (w: string, x: string): boolean => /^\p{L}\.?$/u.test(w) && x.startsWith(w[0]) && x.length > 2;
  if (small.length >= 2 && small.every((w) => large.some((x) => similarWord(w, x) || initialOf(w, x) || initialOf(x, w))) && similarWord(small[small.length - 1], large[large.length - 1])) return true;
  // "Onn Hafiz" for "Onn Hafiz Ghazi": names that use the given names as the short form
  if (small.length >= 2 && small.length < large.length && small.every((w, i) => w === large[i])) return true;
  // ("Félix Tshisekedi" for "Félix-Antoine Tshisekedi Tshilombo", "Gabriela Sotomayor" for "María Gabriela Sotomayor Paredes":
  // one of the first given names and a family name after it)
  if (small.length === 2 && large.length >= 3 && large.slice(0, 2).includes(small[0]) && large.indexOf(small[1]) > large.indexOf(small[0])) return true;
  // ("De la Torre" for "José Manuel de la Torre Vargas": a family name opening with its particle, inside the full name)
  if (small.length < large.length && NAME_PARTICLES.has(small[0]) && large.some((_, i) => i > 0 && small.every((w, j) => large[i + j] === w))) return true;
  return wa.length === wb.length && distance(fa, fb) <= Math.max(1, Math.floor(fa.length / 12)) && similarWord(wa[wa.length - 1], wb[wb.length - 1]);
}


export function resolveCoreference(mentions: Mention[], hostCountry: string | null = null, publisherCountry: string | null = null, sentences: Sentence[] = []): Coreference {
  const referents = new Map<Mention, string[]>();
  const people: PersonCluster[] = [];
  const personMentions = mentions.filter((m): m is PersonMention => m.kind === 'person');
  const newCluster = (): PersonCluster => {
    const c: PersonCluster = { key: `p${people.length + 1}`, forms: [], surfaces: [], honorifics: new Set(), mentions: [], titles: [], country: null, stateless: false, international: false };
    people.push(c);
    return c;
  };
  const attach = (c: PersonCluster, m: PersonMention): void => {
    if (!c.forms.includes(m.name)) c.forms.push(m.name);
    if (!c.surfaces.includes(m.surface)) c.surfaces.push(m.surface);
    if (m.honorific) c.honorifics.add(m.honorific.toLowerCase().replace(/\.$/, ''));
    c.mentions.push(m);
    if (m.title) c.titles.push({ title: m.title, portfolio: m.portfolio, country: m.country, mention: m });
    if (m.country && !c.country) c.country = m.country;
    // "Prabowo, who served as defence minister": former in one office, serving in another ("President Prabowo")
    c.stateless = c.mentions.some((x) => x.kind === 'person' && x.stateless) && !c.mentions.some((x) => x.kind === 'person' && !x.stateless && !!x.title);
    c.international = c.stateless && c.mentions.some((x) => x.kind === 'person' && x.international);
    referents.set(m, [c.key]);
  };

  // "Elnur Mammadli (Elnur Məmmədli)": a name in brackets right after another is the same person's, spelled another way
  const spelledAgain = (m: PersonMention): PersonCluster | undefined => {
    const s = sentences[m.sentence];
    const named = s && /^\s*\)/.test(s.text.slice(m.end - s.start)) ? personMentions.filter((x) => x.sentence === m.sentence && x.end <= m.start).at(-1) : undefined;
    const key = named && /^\s*\(\s*$/.test(s.text.slice(named.end - s.start, m.start - s.start)) ? referents.get(named)?.[0] : undefined;
    return key ? people.find((c) => c.key === key) : undefined;
  };
  // Full names first, so that a surname met before its full name still finds it.
  for (const m of personMentions) {
    if (m.name.split(/\s+/).length < 2) continue;
    const known = people.find((c) => c.forms.some((f) => f.split(/\s+/).length >= 2 && sameFullName(f, m.name)));
    const again = known ? undefined : spelledAgain(m);
    attach(known ?? again ?? newCluster(), m);
    // (the spelling in brackets stays an alias, never the name: "Liang Chih-wei (Jeremy Liang)")
    if (again) again.forms = again.forms.filter((f) => f !== m.name);
  }
  for (const m of personMentions) {
    if (m.name.split(/\s+/).length >= 2) continue;
    const word = fold(m.name).replace(/ /g, '');
    const honorific = m.honorific?.toLowerCase().replace(/\.$/, '');
    const candidates = people.filter((c) => c.forms.some((f) => nameParts(f).some((p) => similarWord(p, word))));
    const lastWordMatch = candidates.filter((c) => c.forms.some((f) => { const p = nameParts(f); return similarWord(p[p.length - 1], word); }));
    const byHonorific = honorific ? candidates.filter((c) => c.honorifics.has(honorific)) : [];
    const pick = (list: PersonCluster[]): PersonCluster | undefined => {
      const before = list.filter((c) => c.mentions.some((x) => x.start < m.start));
      const pool = before.length ? before : list;
      return pool.sort((a, b) => lastMention(b, m.start) - lastMention(a, m.start))[0];
    };
    // ("al-Obaidi" is Hazim al-Obaidi's, not Adnan al-Zubaidi's: a form spelled alike outranks a near one)
    const exact = candidates.filter((c) => c.forms.some((f) => nameParts(f).includes(word)));
    // ("Duda" is Andrzej Duda's, not Agata Kornhauser-Duda's: a surname written whole before one inside a double name)
    const whole = exact.filter((c) => c.forms.some((f) => fold(f.split(/\s+/).at(-1) ?? '').replace(/ /g, '') === word));
    const found = pick(byHonorific) ?? pick(whole) ?? pick(exact) ?? pick(lastWordMatch) ?? pick(candidates);
    if (found) attach(found, m);
    else if (m.title || m.honorific) attach(newCluster(), m);
  }

  // "President Nicolás Maduro": a well-known holder of a state's office, told in office without the state
  for (const c of people) if (!c.country && !c.stateless && !c.international && c.titles.length) c.country = officeholderState(c.forms);

  // Organisations by identity key; "the ministry"/"the office" join the last one named.
  const organizations: OrganizationCluster[] = [];
  const orgByIdentity = new Map<string, OrganizationCluster>();
  // "the foreign ministry" of no named state: the dateline's, else the one foreign ministry the article names a state for
  const ministryKeys = new Set(mentions.filter((m): m is OrganizationMention => m.kind === 'organization' && m.key.startsWith('ministry:') && !m.key.startsWith('ministry:?:')).map((m) => m.key));
  // (with no dateline, a national outlet's "the Foreign Ministry" before any other state's is its own state's)
  const knownMinistry = (portfolio: string, at: number, sentence: number): string | null => {
    if (hostCountry) return `ministry:${hostCountry}:${portfolio}`;
    // "Russia regards …, Foreign Ministry spokeswoman X has said": the state the sentence opens with as its subject
    const subject = mentions.filter((m) => m.sentence === sentence).sort((a, b) => a.start - b.start)[0];
    if (subject?.kind === 'organization' && subject.start < at && subject.orgKind === 'government' && subject.country) return `ministry:${subject.country}:${portfolio}`;
    // (another state's ministry told just before is the one meant: "Japan's Ministry of Foreign Affairs said …; the ministry added")
    const ownedBefore = mentions.some((m) => m.kind === 'organization' && m.start < at && m.sentence >= sentence - 2 && m.key.startsWith('ministry:') && !m.key.startsWith('ministry:?:') && m.key.endsWith(`:${portfolio}`));
    if (publisherCountry && !ownedBefore) return `ministry:${publisherCountry}:${portfolio}`;
    const keys = [...ministryKeys].filter((k) => k.endsWith(`:${portfolio}`));
    return keys.length === 1 ? keys[0] : null;
  };
  for (const m of mentions) {
    if (m.kind !== 'organization') continue;
    let identity = m.key;
    if (identity.startsWith('anaphor:')) {
      // ("the Office of the President said …. the presidency said": the same office)
      const wanted = identity.endsWith('press service') ? /^office:press:/ : identity.endsWith('office') ? /^(office|ministry):/ : identity.endsWith('presidency') ? /^office:presidency:|^office:[^:]*:office of the president\b/ : /(delegation|team)$/.test(identity) ? /^delegation:/ : /^ministry:/;
      const previous = [...mentions].filter((x): x is OrganizationMention => x.kind === 'organization' && x.start < m.start && wanted.test(x.key)).pop();
      if (!previous) continue;
      // (the body that one was taken for: "the Ministry of Foreign Affairs" of the state the story is told from)
      const taken = organizations.find((c) => c.key === referents.get(previous)?.[0]);
      identity = taken?.identity ?? previous.key;
    }
    if (identity.startsWith('ministry:?:')) identity = knownMinistry(identity.slice('ministry:?:'.length), m.start, m.sentence) ?? identity;
    let cluster = orgByIdentity.get(identity);
    if (!cluster) {
      const canonical = identity.startsWith('known:') ? m.name : null;
      cluster = { key: `o${organizations.length + 1}`, identity, canonical, kind: m.orgKind, country: m.country, surfaces: [], mentions: [], delegation: m.delegation };
      organizations.push(cluster);
      orgByIdentity.set(identity, cluster);
    }
    if (!m.key.startsWith('anaphor:') && !cluster.surfaces.includes(m.surface)) cluster.surfaces.push(m.surface);
    cluster.country ??= m.country ?? (identity.startsWith('ministry:') && !identity.startsWith('ministry:?') ? identity.split(':')[1] : null);
    cluster.mentions.push(m);
    referents.set(m, [cluster.key]);
  }

  // Title-alone mentions and pronouns.
  const ordered = mentions.filter((m) => m.kind === 'person' || m.kind === 'reference');
  // gender as the text tells it: by honorific ("Mr", "Ms"), then by the pronouns already resolved
  const gender = new Map<string, 'm' | 'f'>();
  for (const c of people) {
    if (c.honorifics.has('mr') || c.honorifics.has('sir')) gender.set(c.key, 'm');
    else if (['mrs', 'ms', 'madam', 'dame', 'lady'].some((h) => c.honorifics.has(h))) gender.set(c.key, 'f');
    // (else a man's given name the word list knows, "Juan": it tells English names' sexes better than others', so
    // only a man's is taken, and no short word, which may be a surname written first: "Lin Chia-lung", "Kim Jong-un")
    else if (c.forms.some((f) => { const w = f.split(/\s+/); return w.length >= 2 && w[0].length >= 4 && isMansGivenName(w[0]); })) gender.set(c.key, 'm');
  }
  for (const m of mentions) {
    if (m.kind !== 'reference' || m.indefinite) continue;
    const resolved = m.pronoun ? resolvePronoun(m) : resolveTitle(m);
    if (resolved.length) referents.set(m, resolved);
    // ("the two Swiss officials": each of them is Swiss)
    if (m.country && resolved.length > 1) for (const c of people) if (resolved.includes(c.key) && !c.country && !c.stateless) c.country = m.country;
  }

  function resolvePronoun(m: ReferenceMention): string[] {
    // "Following her talks with ⟨P1⟩, ⟨P2⟩ told …": a possessive opening the sentence is its subject's
    if (m.inOpener && /^(his|her|their)$/.test(m.words[0]) && !ordered.some((x) => x.sentence === m.sentence && x.start < m.start && referents.get(x)?.length)) {
      const subject = ordered.find((x) => x.sentence === m.sentence && x.kind === 'person' && !x.inOpener && referents.get(x)?.length === 1);
      if (subject) return referents.get(subject)!;
    }
    const teller = tellerOf(m);
    if (teller) return teller;
    const opener = openingSubjectOf(m);
    if (opener) return opener;
    let persons = ordered.filter((x) => x.start < m.start && referents.get(x)?.length === 1 && x !== m);
    // "Rabuka hosted him": an object pronoun is never the subject just before it
    const nearest = persons.at(-1);
    // ("Yue's itinerary took him", "the envoy's itinerary took him": a possessor may be)
    if (m.words[1] === 'object' && (nearest?.kind === 'person' || (nearest?.kind === 'reference' && !nearest.pronoun)) && !nearest.possessor && nearest.sentence === m.sentence && m.start - nearest.end <= 30) {
      const subject = referents.get(nearest)![0];
      persons = persons.filter((x) => referents.get(x)![0] !== subject);
    }
    // "received ⟨P⟩ and his accompanying delegation": a possessive right after a name is that one's
    if (/^(his|her)$/.test(m.words[0]) && nearest?.kind === 'person' && nearest.sentence === m.sentence && m.start - nearest.end <= 5) return referents.get(nearest)!;
    // "Talks with ⟨P⟩ are due on Wednesday, he said": the closing speaker is told of before, not the one spoken of
    if (m.words[1] === 'trailing' && persons.some((x) => x.sentence < m.sentence)) persons = persons.filter((x) => x.sentence < m.sentence);
    // "He and Gómez met … Brennan had told her": a person already "he" is not "her"
    const wanted = genderOfPronoun(m.words[0]);
    if (wanted) persons = persons.filter((x) => { const g = gender.get(referents.get(x)![0]); return !g || g === wanted; });
    const found = resolveAmong(persons, m);
    if (wanted && found.length === 1 && !gender.has(found[0])) gender.set(found[0], wanted);
    return found;
  }

  /**
   * "⟨P1⟩ had informed ⟨P2⟩ that he intends to visit …": the one who tells speaks of himself.
   * ("⟨P1⟩ announced that ⟨P2⟩ will visit Egypt, during which he will …": the one the that-clause is about)
   */
  function tellerOf(m: ReferenceMention): string[] | null {
    const sentence = sentences[m.sentence];
    if (!sentence || !/^(he|she)$/.test(m.words[0] ?? '')) return null;
    const text = (from: number, to: number): string => sentence.text.slice(Math.max(0, from - sentence.start), to - sentence.start);
    if (/,\s*(?:during which|where|when|in which|at which)\s+$/.test(text(m.start - 20, m.start))) {
      const clause = text(sentence.start, m.start).lastIndexOf(' that ');
      const subject = ordered.find((x) => x.sentence === m.sentence && x.kind === 'person' && x.start > sentence.start + clause && x.end <= m.start && !x.possessor);
      if (clause >= 0 && subject && referents.get(subject)?.length === 1) return referents.get(subject)!;
    }
    const [p1, p2] = ordered.filter((x) => x.sentence === m.sentence && x.end <= m.start && x.kind === 'person').slice(-2);
    if (!p1 || !p2 || !/^\s+that\s+$/.test(text(p2.end, m.start))) return null;
    if (!/^\s+(?:had\s+|has\s+)?(?:told|informed|assured|briefed|notified|reminded|promised)\s+$/.test(text(p1.end, p2.start))) return null;
    return referents.get(p1)?.length === 1 ? referents.get(p1)! : null;
  }

  /**
   * "⟨P⟩'s talks with his Iraqi counterpart came days after he was in Cairo": the subject of a clause told after the
   * main one is the main clause's subject, or its possessor, and not an object between them.
   */
  function openingSubjectOf(m: ReferenceMention): string[] | null {
    const sentence = sentences[m.sentence];
    if (!sentence || !/^(he|she)$/.test(m.words[0] ?? '')) return null;
    if (!/\b(?:after|before|since|because)\s+$/i.test(sentence.text.slice(0, m.start - sentence.start))) return null;
    const first = ordered.find((x) => x.sentence === m.sentence && x.start < m.start);
    if (!first || first.kind !== 'person' || first.start !== sentence.start || referents.get(first)?.length !== 1) return null;
    // (one clause between them: "⟨P⟩'s visit comes after ⟨P2⟩ travelled to ⟨L⟩, when he …" is ⟨P2⟩'s)
    if (/[,;]/.test(sentence.text.slice(first.end - sentence.start, m.start - sentence.start))) return null;
    const wanted = genderOfPronoun(m.words[0]);
    const key = referents.get(first)![0];
    return !wanted || !gender.has(key) || gender.get(key) === wanted ? [key] : null;
  }

  function resolveAmong(persons: Mention[], m: ReferenceMention): string[] {
    // ("Warsame's visit comes after Sang travelled to Mogadishu, where he …": a possessor is not the subject)
    // (nor one named in an opening phrase: "According to ⟨P1⟩, ⟨P2⟩ invited ⟨P3⟩; she accepted")
    const sameSentence = persons.filter((x) => x.sentence === m.sentence).sort((a, b) => Number(possessive(a)) - Number(possessive(b)) || Number(!!a.inOpener) - Number(!!b.inOpener));
    if (sameSentence.length) return referents.get(sameSentence[0])!;
    for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - 3); s--) {
      const inSentence = persons.filter((x) => x.sentence === s);
      // (the sentence's subject before one named in its opening phrase)
      const subject = inSentence.find((x) => !x.inOpener) ?? inSentence[0];
      if (subject) return referents.get(subject)!;
    }
    return [];
  }

  function resolveTitle(m: ReferenceMention): string[] {
    // the words of the mention's sentence between two offsets of the text
    const here = sentences[m.sentence];
    const sentenceStart = here?.start ?? 0;
    const between = (from: number, to: number): string => (here ? here.text.slice(from - here.start, to - here.start) : '');
    // "his counterpart, Foreign Minister ⟨P⟩": an apposition names the one meant
    // ("According to the minister, ⟨P⟩ had told her": an opening phrase closes before its clause's subject)
    // ("the Minister of State at the Ministry of Foreign Affairs, ⟨P⟩": the office's seat may stand between)
    const apposition = m.count === 1 ? mentions.find((x) => x.kind === 'person' && x.sentence === m.sentence && x.start > m.end && (x.start - m.end <= 3 || /^\s+at\s+the\s+[\p{L}' -]{1,60},\s*$/u.test(between(m.end, x.start))) && !!x.inOpener === !!m.inOpener) : undefined;
    // ("bring together the King, President ⟨P⟩ and ⟨P2⟩": a list, not an apposition, which a comma would close)
    const listed = !!apposition && mentions.some((y) => y.kind === 'person' && y.sentence === m.sentence && y.start > apposition.end && /^\s+and\s+$/.test(between(apposition.end, y.start)));
    const named = apposition && !listed ? referents.get(apposition) : undefined;
    const appositive = named?.length === 1 ? people.find((c) => c.key === named[0]) : undefined;
    if (appositive && !(m.country && appositive.country && appositive.country !== m.country)) {
      // ("his Vietnamese counterpart, Deputy Prime Minister ⟨P⟩": the nationality is the named one's)
      if (m.country && !appositive.country && !appositive.stateless) appositive.country = m.country;
      return named!;
    }
    const written = [...m.words].reverse().map((w) => w.replace(/s$/, '')).find((w) => REFERRING_TITLES.has(w) || w === 'side') ?? m.words[m.words.length - 1];
    // ("the Slovak diplomacy chief" is its foreign minister)
    const head = /^(?:chief|head)$/.test(written) && m.words.includes('diplomacy') ? 'minister' : written;
    const group = TITLE_SYNONYMS.filter((g) => g.has(head));
    // (a deputy's office, when the words do not ask for one: "the foreign minister" is not the deputy minister)
    // (of the offices a title joins, the one of the head word asked: "Deputy Prime Minister and Foreign Minister" is a minister)
    const underRank = (c: PersonCluster): boolean => {
      const offices = c.titles.flatMap((t) => t.title.toLowerCase().split(/\band\b|,/)).map((o) => o.split(/[^\p{Ll}-]+/u));
      const asked = offices.filter((o) => o.includes(head));
      return (asked.length ? asked : offices).every((o) => DEPUTY_RANKS.some((w) => o.includes(w) && !m.words.includes(w)));
    };
    // (one named only after "his Latvian and Estonian counterparts," and given no office of their own)
    const namedCounterpart = (c: PersonCluster): boolean => !c.titles.length && [...referents].some(([x, keys]) => x.kind === 'reference' && x.words.some((w) => /^counterparts?$/.test(w)) && keys.includes(c.key));
    const fits = (c: PersonCluster): boolean => {
      // ("then Prime Minister X … The Prime Minister will fly to Auckland": the office's holder now, not a former one)
      if (c.stateless && !c.international && !m.words.includes('former') && head !== 'counterpart') return false;
      if (m.country && c.country && m.country !== c.country) return false;
      // ("accompanied by State Secretary ⟨P⟩ …. the two Swiss officials": one of unknown state told with one of that state may be the other)
      // (or, in a story told from that state, any one of unknown state)
      if (m.country && !c.country) return m.count >= 2 && !c.stateless && (m.country === (hostCountry ?? publisherCountry) || people.some((o) => o !== c && o.country === m.country && o.mentions.some((x) => c.mentions.some((y) => y.sentence === x.sentence))));
      return fitsOffice(c);
    };
    const fitsOffice = (c: PersonCluster): boolean => {
      if (head === 'guest' || head === 'dignitary' || head === 'counterpart' || head === 'side') return true;
      // ("the Senior General": a military rank its holder is named with)
      if (MILITARY_RANK.test(head) && c.honorifics.has(head)) return true;
      // ("the OAS chief": the one whose office is in the body named)
      const body = /^(?:chief|head|boss|leader)$/.test(head) ? between(m.start, m.end).match(/\b\p{Lu}{2,}\b/u)?.[0] : undefined;
      if (body && c.titles.some((t) => new RegExp(`\\b${body}\\b`).test(t.title))) return true;
      // ("the Namibian leader": a head of state or government before a minister of that state)
      const leads = (p: PersonCluster): boolean => p.titles.some((t) => LEADER_TITLE.test(t.title)) || (p.titles.length > 0 && counterpartOnly(p));
      if (head === 'leader' && m.count === 1 && people.some(leads)) return leads(c);
      // ("the NATO official", "the UN official": one who serves an international body, not the state's official told with him)
      const ofBody = head === 'official' && m.count === 1 ? between(m.start, m.end).match(/\b\p{Lu}{2,}\b/u)?.[0] : undefined;
      if (ofBody) return c.international || c.titles.some((t) => new RegExp(`\\b${ofBody}\\b`).test(t.title));
      if (head === 'leader' || head === 'official') return c.titles.length > 0; // "the two leaders", "the two EU officials": whoever holds an office
      // ("Special Adviser to the President" serves a president; the office is the adviser's)
      const titleWords = c.titles.flatMap((t) => wordsOfTitle(t.title));
      // ("the chancellor", as Latin American copy calls its foreign minister)
      const foreignOffice = titleWords.some((w) => FOREIGN_PORTFOLIO.test(w));
      if (head === 'chancellor' && foreignOffice) return true;
      // ("the head of Italian diplomacy" is its foreign minister, not the interior minister with him)
      if (m.words.includes('diplomacy') && titleWords.some((w) => OTHER_PORTFOLIO.test(w)) && !foreignOffice) return false;
      // ("the envoys" received together: a high commissioner among the ambassadors)
      if (ENVOY_WORDS.has(head) && isEnvoy(c)) return true;
      // "Head of State Tokayev" is the president a later "the President" means
      if (head === 'president' && c.titles.some((t) => /\bhead of state\b/i.test(t.title))) return true;
      // one known only as someone's counterpart may hold any office ("his Vietnamese counterpart … the Vietnamese top diplomat")
      // (so may the ones "his Syrian and Jordanian counterparts, A and B" named, with their host "the three ministers")
      if (c.titles.length && counterpartOnly(c)) return true;
      // ("The ministers held talks with …" after "⟨P⟩ travelled … with his Latvian and Estonian counterparts, A and B" too)
      if ((m.count >= 3 || m.count === 0) && namedCounterpart(c)) return true;
      // a civil servant is no minister: "the two ministers" are not a principal or permanent secretary
      if (head === 'minister' && c.titles.every((t) => CIVIL_SERVICE_SECRETARY.test(t.title))) return false;
      // "the Portuguese minister" is not its prime minister, whom the text would call so
      if (head === 'minister' && !m.words.includes('prime') && c.titles.some((t) => /\bprime minister\b/i.test(t.title)) && !c.titles.some((t) => /(?<!\bprime\s)\bminister\b/i.test(t.title))) return false;
      return titleWords.includes(head) || group.some((g) => titleWords.some((w) => g.has(w)));
    };
    const titleWords = (c: PersonCluster): Set<string> => new Set(c.titles.flatMap((t) => wordsOfTitle(t.title)));
    if (m.count === 0) {
      // "his Malian and Nigerien counterparts, Abdoulaye Diop and Bakary Sangaré": the names that follow, each of its nationality
      const following = mentions.filter((x) => x.kind === 'person' && x.sentence === m.sentence && x.start > m.end).sort((a, b) => a.start - b.start);
      // ("the foreign ministers of France, Germany and the United Kingdom, A, B and C": as many names as states, in order)
      const listed = following.slice(0, m.countries.length);
      if (m.countries.length >= 2 && listed.length === m.countries.length && listed[0].start - m.end <= 2 && listed.every((x, n) => n === 0 || x.start - listed[n - 1].end <= 6)) {
        const named = listed.map((x) => people.find((c) => c.key === referents.get(x)?.[0]));
        named.forEach((c, n) => { if (c && !c.country && !c.stateless) c.country = m.countries[n]; });
        return named.filter((c): c is PersonCluster => !!c).map((c) => c.key);
      }
      // "⟨P⟩ hosted his counterparts from the AES. Mali's A, Burkina Faso's B and Niger's C arrived …": the list opening the next sentence
      if (head === 'counterpart' && !m.countries.length && !following.length) {
        const next = mentions.filter((x) => x.sentence === m.sentence + 1).sort((a, b) => a.start - b.start);
        const list: Mention[] = [];
        for (const x of next) {
          if (x.kind !== 'person' || (list.length && x.start - list[list.length - 1].end > 6)) break;
          list.push(x);
        }
        // (people named there for the first time: ones told before are no counterparts introduced)
        const keys = [...new Set(list.flatMap((x) => referents.get(x) ?? []))];
        const firstNamedThere = keys.every((k) => !mentions.some((x) => x.sentence <= m.sentence && referents.get(x)?.includes(k)));
        if (keys.length >= 2 && firstNamedThere) return keys;
      }
      // "The presidents agreed to meet": everyone of that office told of in the last sentences
      if (!m.countries.length && head !== 'counterpart') {
        const recent = people.filter((c) => fits(c) && (c.titles.length || namedCounterpart(c)) && c.mentions.some((x) => x.start < m.start && x.sentence >= m.sentence - 3));
        return recent.length >= 2 && recent.length <= 4 ? recent.map((c) => c.key) : [];
      }
      // "his Uzbek and Pakistani counterparts": per country, the one whose office is most like his
      // (whose counterparts: one named just before in the sentence, "⟨P⟩ and his Armenian counterparts", else the last subject)
      const sameSentence = ordered.filter((x) => x.kind === 'person' && x.sentence === m.sentence && x.start < m.start).at(-1);
      const ownerKey = sameSentence ? referents.get(sameSentence)?.[0] : undefined;
      const anchor = people.find((c) => c.key === ownerKey) ?? previousSubject(m);
      const anchorWords = anchor ? titleWords(anchor) : new Set<string>();
      const likeness = (c: PersonCluster): number => [...titleWords(c)].filter((w) => anchorWords.has(w)).length;
      // (the same office: a deputy prime minister's counterparts are deputy prime ministers, not prime ministers)
      // (of any office the anchor holds: "Deputy Prime Minister and Foreign Minister" has foreign ministers for counterparts too)
      const offices = (anchor?.titles ?? []).flatMap((t) => t.title.toLowerCase().split(/\band\b|,/)).map((o) => o.split(/[^a-z]+/).filter((w) => RANK_WORDS.has(w)));
      const sameOffice = (c: PersonCluster): boolean => !offices.length || offices.some((rank) => rank.every((w) => titleWords(c).has(w)));
      // ("the foreign ministers of A, B and C": of each state, first one who holds that office)
      // (the office's head noun counts most, and one known only as a counterpart may hold it: "the foreign ministers of A and B" are
      // the Rwandan counterpart, not the Rwandan foreign ministry's spokesperson)
      const holdsNamed = (c: PersonCluster): number => (head === 'counterpart' ? 0 : m.words.filter((w) => TITLE_WORDS.has(w) && titleWords(c).has(w.replace(/s$/, ''))).length +
        (titleWords(c).has(head) || counterpartOnly(c) ? 2 : 0));
      return m.countries.map((code) => people.filter((c) => c.country === code && (c !== anchor || head !== 'counterpart') && sameOffice(c))
        .sort((a, b) => holdsNamed(b) - holdsNamed(a) || likeness(b) - likeness(a) || lastMention(b, m.start) - lastMention(a, m.start))[0]?.key).filter((k): k is string => !!k);
    }
    // "the two foreign ministers": every modifier of the office must be in the title
    // a nationality is checked against the country, not the title's words ("the Afghan minister")
    const modifiers = m.words.slice(0, -1).filter((w) => TITLE_WORDS.has(w) && !/^(two|three|four|both|visiting|top|new|the)$/.test(w) && !(w === 'diplomacy' && head === 'minister') && lookupPlace(w)?.kind !== 'demonym');
    // (an envoy's office named by a synonym, "Special Representative" for an "Envoy", need not repeat its modifiers)
    const envoy = /^(envoy|representative|emissary)$/.test(head);
    // (one known only as someone's counterpart may be "the Chinese foreign minister" too)
    // ("the Polish vice minister" is its deputy minister too)
    const holds = (c: PersonCluster, w: string): boolean => titleWords(c).has(w) || (w === 'vice' && titleWords(c).has('deputy')) || (w === 'deputy' && titleWords(c).has('vice'));
    const matching = people.filter(fits).filter((c) => !c.titles.length || counterpartOnly(c) || (envoy && !titleWords(c).has(head)) || (MILITARY_RANK.test(head) && c.honorifics.has(head)) || modifiers.every((w) => holds(c, w)));
    // "the visiting minister", "his guest": a foreigner to the place the story is told from
    const storyCountry = hostCountry ?? publisherCountry;
    const foreign = m.visitor && storyCountry ? matching.filter((c) => c.country && c.country !== storyCountry) : [];
    // a counterpart is not the one whose counterpart it is, told last, nor one of that one's state
    // (and a guest is not the host its sentence names, nor one of the host's state: "⟨President P⟩ will host her guest" is the visiting president)
    // ("the Turkmen minister had informed his Kazakh counterpart": a reference already resolved names the owner too)
    // (not one of the very state the counterpart is said to be of: that reference went astray)
    const ownerOfState = (x: Mention): boolean => { const c = people.find((p) => p.key === referents.get(x)?.[0]); return !!c && !(m.country && c.country === m.country); };
    const lastPerson = ordered.filter((x) => x.start < m.start && (x.kind === 'person' || (x.kind === 'reference' && !x.pronoun && x.count === 1 && referents.get(x)?.length === 1 && ownerOfState(x)))).at(-1);
    const owner = head === 'counterpart' || (head === 'guest' && lastPerson?.sentence === m.sentence) ? referents.get(lastPerson as Mention)?.[0] : undefined;
    const ownerCountry = people.find((c) => c.key === owner)?.country;
    // ("⟨P⟩ called on the Foreign Minister": the object of a verb is not its subject just named)
    const subject = ordered.filter((x) => x.kind === 'person' && x.sentence === m.sentence && x.end <= m.start && !x.possessor).at(-1);
    const notSubject = m.count === 1 && !m.possessor && subject && m.start - subject.end > 3 && m.start - subject.end <= 20 ? referents.get(subject)?.[0] : undefined;
    // ("the chancellor held a bilateral meeting with ⟨P⟩": nor the one its clause names as the other party)
    const partyAfter = ordered.find((x) => x.kind === 'person' && x.sentence === m.sentence && x.start > m.end && x.start - m.end <= 60 && !x.possessor);
    const otherParty = partyAfter && /\b(?:with|met|meets|received|receives|called on|hosted|hosts)\s+(?:\S+\s+){0,2}$/.test(between(m.end, partyAfter.start)) && !/[,;]/.test(between(m.end, partyAfter.start)) ? referents.get(partyAfter)?.[0] : undefined;
    // ('"The chancellor will come to Warsaw," ⟨P⟩ said': an office named inside a quotation is not its speaker's)
    const quoted = /^[^"“”]*["“][^"”]*$/.test(between(sentenceStart, m.start));
    const closing = quoted ? ordered.find((x) => x.kind === 'person' && x.sentence === m.sentence && x.start > m.end && /["”]\s*,?\s*$/.test(between(sentenceStart, x.start)) && /^\s+(?:said|says|told|added)\b/.test(between(x.end, Infinity))) : undefined;
    const quoteSpeaker = closing ? referents.get(closing)?.[0] : undefined;
    const candidates = (foreign.length ? foreign : matching).filter((c) => c.key !== owner && c.key !== notSubject && c.key !== otherParty && c.key !== quoteSpeaker && !(ownerCountry && c.country === ownerCountry));
    // (of those, one whose office is most like the owner's: a foreign minister's counterpart is a foreign minister)
    // ("the Beninese head of diplomacy … and his Nigerian counterpart": diplomacy's head is a foreign minister)
    const ownerWords = owner ? titleWords(people.find((c) => c.key === owner)!) : new Set<string>();
    if (ownerWords.has('diplomacy')) for (const w of ['foreign', 'minister', 'affairs']) ownerWords.add(w);
    // (the office's head noun counts most: a foreign minister's counterpart is a minister before a secretary of the same ministry)
    const likeness = (c: PersonCluster): number => [...titleWords(c)].filter((w) => w.length > 2 && ownerWords.has(w)).reduce((n, w) => n + (TITLE_HEADS.has(w) ? 2 : 1), 0);
    // (one whose own title fits before one known only as someone's counterpart: after "the Foreign Minister … and his
    // Ghanaian counterpart", "the minister is also expected in Kano" is the Foreign Minister)
    const titledSelf = (c: PersonCluster): number => (c.titles.some((t) => !/\bcounterpart\b/i.test(t.title)) ? 1 : 0);
    // (a bare "the President", so capitalised, in a story told from a state is that state's, before a foreign one's)
    // ("the chancellor", a Latin American story's own foreign minister, before a visiting one)
    // ("the head of state told his visitor": the story's own, not the visitor's president named since)
    const homeLeader = (c: PersonCluster): number => (!m.country && !m.visitor && storyCountry && ((m.capitalized && (/^(president|premier)$/.test(head) || (head === 'minister' && m.words.includes('prime')))) || head === 'chancellor' || m.words.includes('head-of-state')) && !(c.country && c.country !== storyCountry) ? 1 : 0);
    // (one titled with the very word before one of a synonymous office: "the visiting minister" is the minister, not the secretary with him)
    // ("the Zambian leader" is its president, not a minister with him)
    // ("the Head of State" is the one titled so, before another president)
    const titledWithHead = (c: PersonCluster): number => (m.words.includes('head-of-state') && c.titles.some((t) => /\bhead of state\b/i.test(t.title)) ? 2
      : titleWords(c).has(head) || (head === 'leader' && c.titles.some((t) => LEADER_TITLE.test(t.title))) ? 1 : 0);
    // ("the foreign minister" is the minister before the deputy minister told after him)
    const ranked = (c: PersonCluster): number => (underRank(c) ? 0 : 1);
    // ("the ministry said the minister's planned visit …": the head of the ministry just named, of its state, or of the story's own when unknown)
    const ministry = head === 'minister' && !m.country && m.count === 1 ? mentions.filter((x): x is OrganizationMention => x.kind === 'organization' && x.sentence === m.sentence && x.end <= m.start && x.orgKind === 'ministry').at(-1) : undefined;
    const ministryState = ministry ? (ministry.country ?? storyCountry) : null;
    const ofMinistry = (c: PersonCluster): number => (ministryState && (c.country ?? storyCountry) === ministryState ? 1 : 0);
    // (each candidate's standing is worked out once: sorting compares it many times)
    const standings = new Map<PersonCluster, number[]>();
    const standing = (c: PersonCluster): number[] => {
      let found = standings.get(c);
      // ("the chancellor" is the foreign minister, the counterpart told so before the vice minister who met him)
      const byOffice = head === 'chancellor' ? [ranked(c), titledSelf(c), titledWithHead(c)] : [titledSelf(c), titledWithHead(c), ranked(c)];
      if (!found) standings.set(c, (found = [homeLeader(c), ofMinistry(c), likeness(c), ...(head === 'counterpart' ? [] : byOffice)]));
      return found;
    };
    const outranks = (a: PersonCluster, b: PersonCluster): number => standing(b).map((x, i) => x - standing(a)[i]).find((d) => d !== 0) ?? 0;
    const before = candidates.filter((c) => c.mentions.some((x) => x.start < m.start))
      .sort((a, b) => outranks(a, b) || lastMention(b, m.start) - lastMention(a, m.start));
    if (m.count > 1) {
      // ("Talks were held between the three ministers … The three ministers agreed to meet again": the same words, the same people)
      const said = m.count < 3 ? undefined : [...referents].reverse().find(([x, keys]) => x.kind === 'reference' && !x.pronoun && x.count === m.count && x.sentence < m.sentence && keys.length === m.count && x.words.join(' ') === m.words.join(' '));
      if (said) return said[1];
      // a plural anaphor takes up the people of the last sentence that names enough of them, in their order
      // ("A and B sat down with the two EU officials": officials are not the sentence's own subjects)
      // ("the two presidents" may be the two just named in its sentence; "the two EU officials" are others)
      const own = head !== 'official' ? [] : mentions.filter((x) => x.sentence === m.sentence && x.start < m.start && x.kind === 'person').flatMap((x) => referents.get(x) ?? []);
      // ("Both negotiators": first those titled so, then those of a like office)
      // ("the two leaders": first heads of state or government, not a spokesman told with one of them)
      const titledSo = (k: string): boolean => {
        const c = people.find((x) => x.key === k)!;
        // ("the two diplomats": ambassadors and envoys, whichever word their titles use)
        // ("the two ministers": a foreign minister and the counterpart she arrived with, not the vice minister with her)
        return head === 'leader' ? c.titles.some((t) => LEADER_TITLE.test(t.title)) : ENVOY_WORDS.has(head) ? isEnvoy(c) : (titleWords(c).has(head) && !underRank(c)) || (c.titles.length > 0 && counterpartOnly(c));
      };
      // "Donald Trump's special envoy Steve Witkoff": the possessor is no one the sentence tells of
      // (a pronoun already resolved names its person too: "He added that Mr Duc would …, where the pair will …")
      const toldIn = (s: number): string[] => [...new Set(mentions.filter((x) => x.sentence === s && x.start < m.start && ((x.kind === 'person' && !x.possessor) || (x.kind === 'reference' && x.pronoun && referents.get(x)?.length === 1))).map((x) => referents.get(x)?.[0]).filter((k): k is string => !!k))];
      // ("⟨A⟩ spoke with ⟨B⟩, ⟨C⟩ said, and the two agreed …": the one who tells it is no party to it)
      // (an attribution set off by commas: "Dr Chua added that Mr Duc would travel …, where the pair will …" keeps its subject)
      const told = sentences[m.sentence];
      const tellers = told ? mentions.filter((x) => x.sentence === m.sentence && x.start < m.start && x.kind === 'person' && /,\s*$/.test(told.text.slice(0, x.start - told.start)) && /^\s*(?:said|says|added|told)\s*,/.test(told.text.slice(x.end - told.start))).flatMap((x) => referents.get(x) ?? []) : [];
      const namedIn = (s: number, exact: boolean): string[] => toldIn(s).filter((k) => candidates.some((c) => c.key === k) && !own.includes(k) && !(s === m.sentence && tellers.includes(k)) && (!exact || titledSo(k)));
      // ("⟨A⟩ received ⟨B⟩ …. ⟨B⟩ arrived with ⟨C⟩ …. During the meeting, the two ministers …": the pair told meeting, not a plan or a trip)
      if (m.count === 2 && !m.words.includes('sides')) {
        // ("⟨A⟩ would pay a visit at the invitation of ⟨B⟩, and the two presidents would hold talks": the two its own sentence names)
        const ownPair = namedIn(m.sentence, false).filter((k) => titledSo(k) || counterpartOnly(people.find((c) => c.key === k)!));
        if (ownPair.length === 2) return ownPair;
        for (let s = m.sentence - 1; s >= Math.max(0, m.sentence - 4); s--) {
          const told = sentences[s]?.text ?? '';
          // (each of that office, or known only as a counterpart: not the official who met one at the airport)
          const office = namedIn(s, false).filter((k) => titledSo(k) || counterpartOnly(people.find((c) => c.key === k)!));
          // (the ministers themselves, not the vice minister who welcomed one of them)
          const pair = office.length > 2 ? office.filter((k) => !underRank(people.find((c) => c.key === k)!)) : office;
          if (pair.length === 2 && MET_TOGETHER.test(told.replace(AIRPORT_WELCOME, '')) && !PLAN_OR_CALL_OFF.test(told)) return pair;
        }
      }
      // ("A hosted his counterparts …. B arrived on Saturday, while C landed …, where he was received by D. … the three ministers":
      // those of that office told in the last sentences, when no one sentence names them all)
      const gathered: string[] = [];
      for (let s = m.sentence; m.count >= 3 && s >= Math.max(0, m.sentence - 2); s--) {
        gathered.unshift(...namedIn(s, true).filter((k) => !gathered.includes(k)));
        if (gathered.length === m.count) return gathered;
        if (gathered.length > m.count) break;
      }
      // ("⟨P⟩ will host his two counterparts": first those of an office like his, not a president he met)
      const alike = (k: string): boolean => { const c = people.find((x) => x.key === k)!; return titledSo(k) || counterpartOnly(c) || likeness(c) > 0; };
      for (const pass of ['exact', 'alike', 'any'] as const) {
        if (pass === 'alike' && head !== 'counterpart') continue;
        const exact = pass === 'exact';
        for (let s = m.sentence; s >= 0; s--) {
          const named = namedIn(s, exact).filter((k) => pass !== 'alike' || alike(k));
          // ("X chaired the session, which brought together A and B … between the two": the pair told last)
          // ("the two sides" are of two states: the first named of each, not a leader and a member of one delegation)
          const stateOf = (k: string): string | null | undefined => people.find((c) => c.key === k)?.country;
          const sides = m.words.includes('sides') ? named.filter((k, n) => !stateOf(k) || !named.slice(0, n).some((j) => stateOf(j) === stateOf(k))) : named;
          if (sides.length >= m.count) return s === m.sentence ? sides.slice(-m.count) : sides.slice(0, m.count);
        }
        // ("… received the credentials of ⟨A⟩. … Later, … of ⟨B⟩. … The two diplomats had …": told apart, the story's only ones of that office)
        const allSo = exact && ENVOY_WORDS.has(head) ? before.filter((c) => titledSo(c.key) && !own.includes(c.key)) : [];
        if (allSo.length === m.count) return [...allSo].sort((a, b) => firstMention(a) - firstMention(b)).map((c) => c.key);
      }
      // ("A held a call with his counterparts B and C …. the three envoys": as many office-holders as told, just named, whatever their offices)
      for (let s = m.sentence; m.count >= 3 && s >= Math.max(0, m.sentence - 2); s--) {
        const told = toldIn(s);
        if (told.length === m.count && told.every((k) => people.find((c) => c.key === k)?.titles.length)) return told;
        if (told.length) break;
      }
      const others = before.filter((c) => !own.includes(c.key));
      return others.length >= m.count ? others.slice(0, m.count).map((c) => c.key) : [];
    }
    // ("⟨A⟩ was received by ⟨P⟩, before meeting Foreign Minister ⟨B⟩. The minister then travelled on …": a title opening
    // its sentence goes on with the subject of the one before, of an office as fitting as the last one named)
    // ("Asked whether …, the Foreign Minister said": the foreign portfolio may go with the title)
    const opening = TITLE_HEADS.has(head) && !m.country && m.words.every((w) => w === head || w === 'the' || w === 'foreign') && /^(?:[^,⟨]*,\s*)?$/.test(between(sentenceStart, m.start));
    const continued = opening ? previousSubject(m) : undefined;
    if (continued && before.length && before.some((c) => c.key === continued.key && !outranks(c, before[0]))) return [continued.key];
    if (before.length) return [before[0].key];
    // ("David Lammy has called on …. The foreign secretary landed in Riyadh …": a title opening its sentence, no one of that office
    // told before, is the subject just told, of no office named)
    const untitled = !m.country && TITLE_HEADS.has(head) && !between(sentenceStart, m.start).trim() ? previousSubject(m) : undefined;
    if (untitled && !untitled.titles.length && !untitled.stateless) return [untitled.key];
    // "MUSCAT — X, Foreign Minister, received …; … the Omani minister": the home state's one office-holder of that kind
    // told of before, of no stated state
    const home = m.country && m.country === storyCountry && head !== 'counterpart'
      ? people.filter((c) => !c.country && !c.stateless && !c.international && c.titles.length && fitsOffice(c) && c.mentions.some((x) => x.sentence < m.sentence))
      : [];
    // (one titled with the very word before one of a synonymous office: "minister" before "Secretary-General")
    const titledSoAtHome = home.filter((c) => titleWords(c).has(head));
    if (titledSoAtHome.length === 1) home.splice(0, home.length, ...titledSoAtHome);
    if (home.length === 1) { home[0].country = m.country; return [home[0].key]; }
    // "at the invitation of Minister ⟨P⟩ … talks with his Italian counterpart": an office-holder told before, of no stated country
    // (nor one the sentence names after it: "his counterpart, Minister ⟨P⟩")
    const namedAfter = ordered.some((x) => x.kind === 'person' && x.sentence === m.sentence && x.start > m.end && x.start - m.end <= 40);
    // (of the office of the one whose counterpart it is, and its rank: a prime minister's is no deputy prime minister or secretary)
    // ("Deputy Prime Minister and Minister of Foreign Affairs" holds two offices: either may be the one matched)
    const ownerCluster = people.find((c) => c.key === owner);
    const officesOf = (c: PersonCluster): Set<string> => new Set(c.titles.flatMap((t) => spelledOut(t.title).split(/\band\b|,/))
      .map((o) => o.split(/[^\p{Ll}]+/u).filter((w) => RANK_WORDS.has(w) || OFFICE_HEADS.has(w)).sort().join(' ')).filter(Boolean));
    const ownerOffices = ownerCluster ? officesOf(ownerCluster) : new Set<string>();
    const unplaced = head === 'counterpart' && m.country && !namedAfter
      ? people.filter((c) => c.key !== owner && !c.country && !c.stateless && c.titles.length && c.mentions.some((x) => x.start < m.start && x.sentence < m.sentence) &&
        (!ownerOffices.size || [...officesOf(c)].some((o) => ownerOffices.has(o))))
        .sort((a, b) => lastMention(b, m.start) - lastMention(a, m.start))
      : [];
    if (unplaced[0]) { unplaced[0].country = m.country; return [unplaced[0].key]; }
    // "told his Sudanese counterpart …; … had told Omar Siddiq": a counterpart named later, of no stated country
    // "Kazakhstan's top diplomat has held talks …; Foreign Minister ⟨P⟩ flew in": the lede names its actor later, of no stated country
    // (as the first of the story's people, its subject)
    const lede = !!m.country && head !== 'counterpart' && head !== 'guest' && !mentions.some((x) => (x.kind === 'person' || x.kind === 'reference') && x.start < m.start);
    const later = head === 'counterpart' && m.country ? [...candidates, ...people.filter((c) => !c.country && !c.stateless && !c.titles.length)]
      // ("Iran's foreign minister and his Omani counterpart have discussed …. In the call, ⟨A⟩ and ⟨B⟩ stressed …": names told untitled next)
      : lede ? [...candidates, ...people.filter((c) => !c.country && !c.stateless && (c.titles.length ? fitsOffice(c) : c.mentions.some((x) => x.sentence === m.sentence + 1)))] : candidates;
    // a title looks back; only a counterpart or guest is named after it ("… told his Sudanese counterpart; … Omar Siddiq"), else one in its own sentence
    const ahead = (c: PersonCluster): boolean => c.mentions.some((x) => x.start > m.start && (head === 'counterpart' || head === 'guest' || x.sentence === m.sentence || (lede && x.sentence <= m.sentence + 2)));
    // (one named after a lede of another state's office, told before it in the sentence, is the second named: "X's minister and his Omani counterpart … ⟨A⟩ and ⟨B⟩")
    const ledesBefore = head === 'counterpart' ? mentions.filter((x) => x.kind === 'reference' && x.sentence === m.sentence && x.start < m.start && !x.pronoun && !!x.country && x.country !== m.country).length : 0;
    const after = later.filter(ahead).sort((a, b) => firstMention(a) - firstMention(b));
    const nextNamed = after[ledesBefore] ?? after[0];
    if (nextNamed && !nextNamed.country) nextNamed.country = m.country;
    return nextNamed ? [nextNamed.key] : [];
  }

  function previousSubject(m: ReferenceMention): PersonCluster | undefined {
    for (let s = m.sentence - 1; s >= 0; s--) {
      const first = mentions.find((x) => x.sentence === s && (x.kind === 'person' || x.kind === 'reference') && referents.get(x)?.length === 1);
      if (first) return people.find((c) => c.key === referents.get(first)![0]);
    }
    return undefined;
  }

  // Referents count as mentions of their entity, for "most recent" ordering.
  for (const [m, keys] of referents) {
    if (m.kind !== 'reference') continue;
    for (const key of keys) people.find((c) => c.key === key)?.mentions.push(m);
  }
  return { people, organizations, referents, delegations: new Map() };
}

/** The words of a title that name whom its holder serves: "(Adviser) to the President". */
const SERVING_A_LEADER = /\b(?:to|of)\s+the\s+(?:president|prime minister|premier|king|emir|sultan|head of state)\b.*$/;
/** A title's own words, spelled out, without the leader it serves (titles recur article after article: each is read once). */
const wordsOfTitle = memoized((title: string): readonly string[] => spelledOut(title).replace(SERVING_A_LEADER, '').split(/[^\p{Ll}]+/u));

/** The portfolio of a foreign minister ("the chancellor", "the head of diplomacy"), and others no head of diplomacy holds. */
const FOREIGN_PORTFOLIO = /^(?:foreign|external|exterior)$/;
const OTHER_PORTFOLIO = /^(?:interior|home|defen[cs]e|finance|economy|trade|energy|health|education|justice|agriculture|transport|labour|labor)$/;

/** Secretaries who head a ministry's civil service or serve under its minister, not ministers themselves. */
const CIVIL_SERVICE_SECRETARY = /\b(?:principal|permanent|under|assistant)[\s-]+secretary\b|\bsecretary[\s-]general\b|\bundersecretary\b/i;

/** Words that set an office's rank apart: a deputy prime minister's counterpart is not a prime minister. */
const RANK_WORDS = new Set(['deputy', 'vice', 'prime', 'assistant', 'under', 'state']);
/** Ranks a person is named with, which a later "the Senior General" takes up. */
const MILITARY_RANK = /^(?:general|marshal|admiral|colonel|brigadier|commodore)$/;
/** The head words of the offices counterparts share. */
const OFFICE_HEADS = new Set(['president', 'minister', 'secretary', 'premier', 'chancellor']);

/** Words of a diplomat's office: "the two diplomats" are ambassadors, envoys or representatives. */
const ENVOY_WORDS = new Set(['envoy', 'ambassador', 'diplomat', 'emissary', 'representative']);
/** A Commonwealth state's envoy to another (not a commissioner of the EU or the UN). */
const HIGH_COMMISSIONER = /\bhigh\s+commissioner\b/i;
/** An ambassador, envoy or representative, or a Commonwealth state's high commissioner. */
function isEnvoy(c: PersonCluster): boolean {
  return c.titles.some((t) => wordsOfTitle(t.title).some((w) => ENVOY_WORDS.has(w)) || HIGH_COMMISSIONER.test(t.title));
}

function genderOfPronoun(word: string | undefined): 'm' | 'f' | null {
  return /^(he|him|his)$/.test(word ?? '') ? 'm' : /^(she|her|hers)$/.test(word ?? '') ? 'f' : null;
}

/** One known only as someone's counterpart, whose office the text never names. */
function counterpartOnly(c: PersonCluster): boolean {
  return c.titles.every((t) => /\bcounterpart\b/i.test(t.title));
}

function possessive(m: Mention): boolean {
  return (m.kind === 'person' || m.kind === 'reference') && !!m.possessor;
}

/**
 * The state of a well-known officeholder by a name a cluster is told by: a longer one may open with a known name of
 * three words or more, or close with a known name after given names and honorifics ("Muhammad Shehbaz Sharif",
 * "Preah Bat Samdech … Norodom Sihamoni"); middle initials aside ("David W. Panuelo").
 */
function officeholderState(forms: string[]): string | null {
  const lookup = (words: string[]): string | null => {
    if (words.length < 2) return null;
    for (let n = words.length; n >= Math.min(3, words.length); n--) {
      const code = officeholderStateOf(words.slice(0, n).join(' '));
      if (code) return code;
    }
    for (let from = 1; from <= words.length - 2; from++) {
      const code = officeholderStateOf(words.slice(from).join(' '));
      if (code) return code;
    }
    return null;
  };
  for (const form of forms) {
    const words = foldPhrase(form).split(' ');
    const code = lookup(words) ?? lookup(words.filter((w, i) => w.length > 1 || i === 0 || i === words.length - 1));
    if (code) return code;
  }
  return null;
}

function lastMention(c: { mentions: Mention[] }, before: number): number {
  return Math.max(-1, ...c.mentions.filter((x) => x.start < before).map((x) => x.start));
}
function firstMention(c: { mentions: Mention[] }): number {
  return Math.min(...c.mentions.map((x) => x.start));
}

/** A title in lower case with its abbreviations spelled out ("PM" is a prime minister), less a leader it serves. */
function spelledOut(title: string): string {
  return title.toLowerCase().replace(/\bdpm\b/g, 'deputy prime minister').replace(/\bpm\b/g, 'prime minister').replace(/\bfm\b/g, 'foreign minister').replace(/\beam\b/g, 'external affairs minister')
    // ("the Prime Minister's Press Secretary" serves a prime minister and is none)
    .replace(/\b(?:president|prime minister|premier|king|emir|sultan)['’]s\s+/g, '');
}
