import type { Coreference } from './coreference.js';
import type { Companion, MeetingReading, VisitReading } from './events.js';
import type { MaskedSentence } from './masking.js';
import type { StatementReading } from './speech.js';
import { PORTFOLIOS, PUBLISHER_COUNTRIES } from './lexicon/organizations.js';
import { capitalOf, countryOfDomain, lookupPlace, type GazetteerEntry } from './gazetteer.js';
import { memoized } from './memo.js';
import { cuedMatches } from './cues.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest names first, so "The Star Kenya" wins over a shorter name inside it. */
const PUBLISHERS = Object.entries(PUBLISHER_COUNTRIES)
  .sort((a, b) => b[0].length - a[0].length)
  .map(([name, code]) => ({ name: new RegExp(`^(?:the\\s+)?${escape(name)}(?:$|[^\\p{L}])`, 'iu'), within: new RegExp(`(?:^|[^\\p{L}])${escape(name)}(?:$|[^\\p{L}])`, 'iu'), code }));

/** The country a national outlet reports from ("Daily Nation" → KE), or null for wires and unknown outlets. */
export function countryOfPublisher(publisher: string | null | undefined): string | null {
  return publisher ? publisherCountry(publisher) : null;
}

// (outlets recur article after article: each is read once)
const publisherCountry = memoized((publisher: string): string | null => {
  // a state the outlet's name sets in brackets comes first: "The Standard (Gambia)" is not Kenya's
  const bracketed = /\(([^)]+)\)\s*$/.exec(publisher)?.[1];
  const bracketedState = bracketed ? lookupPlace(bracketed) : null;
  if (bracketedState && (bracketedState.kind === 'country' || bracketedState.kind === 'demonym')) return bracketedState.code;
  const known = PUBLISHERS.find((p) => p.name.test(publisher))?.code;
  if (known) return known;
  // else its domain's state ("Klix.ba")
  const domain = /\p{L}(\.[a-z]{2})(?:$|[^\p{L}.])/u.exec(publisher);
  if (domain && countryOfDomain(domain[1])) return countryOfDomain(domain[1]);
  // else a state the outlet's name gives: "The Citizen (Tanzania)", "Ministry of Foreign Affairs, Sierra Leone"
  const named = placesInName(publisher, 3).find((e) => e.kind === 'country');
  if (named) return named.code;
  // or its people ("The Namibian", "The Irish Times"), or its city ("Lusaka Times", "Manila Bulletin")
  const place = placesInName(publisher, 2).find((e) => e.kind === 'demonym' || e.kind === 'capital' || e.kind === 'city');
  // and last a known outlet inside a longer name ("UrduPoint / APP"; not "Arab News" inside "Syrian Arab News Agency")
  return place?.code ?? PUBLISHERS.find((p) => p.within.test(publisher))?.code ?? null;
}, 10_000);

/** The city a city's outlet is named after ("Chicago Tribune" → Chicago, "Toronto Star" → Toronto), or null. */
export const cityOfPublisher = memoized((publisher: string): { name: string; country: string } | null => {
  const entry = placesInName(publisher, 2).find((e) => e.kind === 'city' || e.kind === 'capital');
  return entry ? { name: entry.name, country: entry.code } : null;
}, 10_000);

/** The places an outlet's name holds, the longest phrase first at each word (words run together count apart: "VietnamPlus", "MaltaToday"). */
function placesInName(publisher: string, longest: number): GazetteerEntry[] {
  const words = publisher.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(/[^\p{L}'’-]+/u).filter(Boolean);
  return words.flatMap((_, i) => Array.from({ length: longest }, (_, n) => words.slice(i, i + longest - n).join(' ')))
    .map(lookupPlace).filter((e): e is GazetteerEntry => !!e);
}

/** A state's one office a title names ("Minister of Foreign Affairs and Cooperation" → "minister:foreign"), or null. */
function officeKey(title: string): string | null {
  const words = title.toLowerCase();
  // ("Assistant Foreign Minister": a rank may stand before the portfolio)
  const head = /\b(?:(deputy|vice|assistant|associate|junior|state)\s+(?:(?!prime\b|minister\b|president\b)[a-z]+\s+){0,2}?)?(prime minister|minister|president)\b/.exec(words);
  if (!head) return null;
  const portfolio = head[2] === 'minister' ? PORTFOLIOS.find(([re]) => re.test(words))?.[1] : '';
  return portfolio === undefined ? null : `${head[1] ?? ''}${head[2]}:${portfolio}`;
}

/**
 * The state each person serves, when the text does not say it outright: a delegation's nationality, the
 * host of a visitor met abroad, the inviter of a trip, the state of the speaker who first names them, and
 * last the article's home (its dateline, or the one country all its named officials serve).
 */
export function inferCountries(
  masked: MaskedSentence[],
  coreference: Coreference,
  meetings: MeetingReading[],
  visits: VisitReading[],
  statements: StatementReading[],
  companions: Companion[],
  datelineCountry: string | null,
  datelineCity: string | null,
  publisherCountry: string | null = null,
  /** The state the story names most, for a story with neither dateline nor known outlet. */
  namedState: string | null = null,
  /** Whether a trip told can be the one a meeting took place on (by their dates). */
  onTrip: (visit: VisitReading, meeting: MeetingReading) => boolean = () => true,
  /** The day a trip began by a meeting's day ('' when undated or later): of legs told together, the latest begun is where it met. */
  begun: (visit: VisitReading, meeting: MeetingReading) => string = () => '',
): Map<string, string | null> {
  const countries = new Map<string, string | null>();
  for (const p of coreference.people) countries.set(p.key, p.stateless ? null : p.country);
  for (const [delegation, members] of coreference.delegations) {
    const country = coreference.organizations.find((o) => o.key === delegation)?.country ?? null;
    for (const k of members) if (!countries.get(k) && country) countries.set(k, country);
  }
  const unknown = (k: string): boolean => k.startsWith('p') && !countries.get(k) && !coreference.people.find((p) => p.key === k)?.stateless;
  // "At the invitation of ⟨P⟩, X will visit China": the one who invites is the host
  for (const s of masked) {
    const invitation = /\bat the invitation of\s+(?:his\s+|her\s+|their\s+)?⟨P(\d+)⟩/i.exec(s.text);
    const host = invitation ? s.slots[Number(invitation[1])].keys[0] : undefined;
    const trip = host ? visits.find((v) => v.sentence === s.sentence.index && v.destination && !v.visitors.includes(host)) : undefined;
    if (host && trip && unknown(host)) countries.set(host, trip.destination);
  }
  // "an invitation from ⟨P⟩ for … to pay a state visit to Azerbaijan", "⟨P⟩ invited ⟨P2⟩ to visit Mogadishu": the inviter hosts
  for (const s of masked) {
    for (const match of cuedMatches(s.text, /invit/i, INVITATION)) {
      const inviter = s.slots[Number(match[1] ?? match[3])]?.keys[0];
      const place = s.slots[Number(match[2] ?? match[4])]?.mention;
      if (inviter && unknown(inviter) && place?.kind === 'place') countries.set(inviter, place.entry.code);
    }
    // "his Malian and Nigerien counterparts, ⟨P1⟩ and ⟨P2⟩": each nationality its person, in order
    for (const match of cuedMatches(s.text, /⟨X/, PAIRED_NATIONALITIES)) {
      const reference = s.slots[Number(match[1])]?.mention;
      if (reference?.kind !== 'reference' || reference.countries.length !== 2) continue;
      const named = [s.slots[Number(match[2])]?.keys[0], s.slots[Number(match[3])]?.keys[0]];
      named.forEach((k, n) => { if (k && unknown(k)) countries.set(k, reference.countries[n]); });
    }
  }
  // "In Tokyo, Chief Cabinet Secretary ⟨P⟩ told a press conference": an office-holder speaking where the sentence is set
  for (const s of masked) {
    // (not one who "was to have held talks" there: a trip planned, not a seat)
    const opening = /^In\s+⟨L(\d+)⟩\s*,\s*⟨P(\d+)⟩(?!\s+(?:was|were|is|are|will|would|had been)\s+(?:to|due|expected|scheduled|set)\b)/.exec(s.text);
    const place = opening ? s.slots[Number(opening[1])].mention : null;
    const k = opening ? s.slots[Number(opening[2])].keys[0] : undefined;
    // (not one told travelling there: "Sharif … landed in Tashkent on Monday. In Tashkent, Sharif and President ⟨P⟩ held …")
    const travelledThere = (key: string, code: string): boolean => visits.some((v) => v.destination === code && v.visitors.includes(key));
    if (k && place?.kind === 'place' && (place.entry.kind === 'capital' || place.entry.kind === 'seat') && unknown(k) && coreference.people.find((p) => p.key === k)?.titles.length && !travelledThere(k, place.entry.code)) countries.set(k, place.entry.code);
  }
  // "X will accompany Y", "X, who travelled with Y", "Mr Anwar's delegation included X", "Y would send X": X serves Y's state
  const sent = masked.flatMap((s) => [...cuedMatches(s.text, /sen[dt]|dispatch/, SENT)].map((match) => ({ follower: s.slots[Number(match[2])]?.keys[0], leader: s.slots[Number(match[1])]?.keys[0] })));
  // (not one holding the leader's own office: "Dr Kouyaté, accompanied by his host, the foreign minister")
  const officeOf = (k: string): Set<string> => new Set(coreference.people.find((p) => p.key === k)?.titles.map((t) => officeKey(t.title)).filter((o): o is string => !!o));
  const sameOffice = (a: string, b: string): boolean => [...officeOf(a)].some((o) => officeOf(b).has(o));
  const followLeaders = (): void => {
    for (const c of [...companions, ...sent]) {
      if (c.follower && c.leader && c.follower !== c.leader && unknown(c.follower) && countries.get(c.leader) && !sameOffice(c.follower, c.leader)) countries.set(c.follower, countries.get(c.leader)!);
    }
  };
  followLeaders();
  // "Foreign Ministry spokeswoman ⟨P⟩": an office-holder titled by a state's body serves that state
  for (const p of coreference.people) {
    if (!unknown(p.key)) continue;
    const body = p.titles.map((t) => coreference.organizations.find((o) => o.country && o.kind !== 'international' &&
      // ("GNU Foreign Minister ⟨P⟩": the body's name may stand just before the title)
      o.mentions.some((m) => m.sentence === t.mention.sentence && ((m.start >= t.mention.start && m.end <= t.mention.end) || (m.end < t.mention.start && t.mention.start - m.end <= 1))))).find(Boolean);
    if (body) countries.set(p.key, body.country);
  }
  // "Côte d'Ivoire was represented by ⟨P⟩, and Pakistan by ⟨P2⟩": who represents a state serves it
  for (const s of masked) {
    if (!REPRESENTED.test(s.text)) continue;
    for (const match of s.text.matchAll(REPRESENTED_PARTY)) {
      const party = s.slots[Number(match[1])];
      const state = party?.mention?.kind === 'place' ? party.mention.entry.code : orgCountry(party?.keys[0] ?? '');
      const k = s.slots[Number(match[2])]?.keys[0];
      if (state && k && unknown(k)) countries.set(k, state);
    }
  }
  // "a delegation from the ⟨Republic of China⟩ (⟨Taiwan⟩) led by ⟨P⟩": the leader serves that state, whatever the story's home
  // (unless a title of the leader's own says otherwise)
  for (const s of masked) {
    for (const match of s.text.matchAll(DELEGATION_FROM_LED_BY)) {
      const place = s.slots[Number(match[1])]?.mention;
      const k = s.slots[Number(match[2])]?.keys[0];
      const told = coreference.people.find((p) => p.key === k)?.titles.some((t) => t.country);
      if (place?.kind === 'place' && place.entry.kind === 'country' && k && !told) countries.set(k, place.entry.code);
    }
  }
  // "The Guinean delegation was led by ⟨P⟩": a delegation's leader and members serve its state
  for (const [key, members] of coreference.delegations) {
    const country = coreference.organizations.find((o) => o.key === key)?.country;
    if (country) for (const k of members) if (unknown(k)) countries.set(k, country);
  }
  // "⟨P⟩ held talks with his Mongolian counterpart": whoever meets a counterpart serves another state
  const notOf = new Map<string, Set<string>>();
  for (const m of meetings.filter((x) => x.participants.length === 2)) {
    for (const k of m.participants) {
      const country = countries.get(k);
      if (!country || !coreference.people.find((p) => p.key === k)?.titles.some((t) => /\bcounterpart\b/i.test(t.title))) continue;
      for (const other of m.participants) if (other !== k) notOf.set(other, new Set([...(notOf.get(other) ?? []), country]));
    }
  }
  const mayServe = (k: string, country: string): boolean => !notOf.get(k)?.has(country);
  // "⟨P⟩ returned to Bogotá on Wednesday after a two-day tour of Ecuador and Peru": home from a tour abroad
  for (const v of visits) {
    const home = v.returning && v.destination && /\breturned\s+(?:home\s+)?to\s+⟨L\d+⟩[^.;]*\bafter\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:tour|visit|trip|swing)\b/i.test(masked[v.sentence].text);
    if (home) for (const k of v.visitors) if (unknown(k)) countries.set(k, v.destination);
  }
  for (let pass = 0; pass < 2; pass++) {
    for (const m of meetings) {
      // (on a gathering's sidelines no one at the table is its host: "met … on the sidelines of the CELAC summit in Kingstown")
      if (m.mode !== 'IN_PERSON' || /\bsidelines\b/i.test(masked[m.sentence].text)) continue;
      // (the trip of one a participant travels with counts too: "⟨A⟩ led a delegation …. It included ⟨B⟩ …. ⟨B⟩ met ⟨C⟩")
      const party = new Set([...m.participants, ...companions.filter((c) => c.follower && m.participants.includes(c.follower)).map((c) => c.leader).filter((k): k is string => !!k),
        ...[...coreference.delegations.values()].filter((members) => members.some((k) => m.participants.includes(k))).flat()]);
      const visited = visits.filter((v) => v.sentence <= m.sentence && v.destination && !(v.onward && v.sentence === m.sentence) && !(v.ended && v.sentence !== m.sentence) && v.visitors.some((k) => party.has(k)) && onTrip(v, m))
        .sort((a, b) => a.sentence - b.sentence || begun(a, m).localeCompare(begun(b, m))).pop()?.destination ?? null;
      const reporter = statements.find((s) => s.sentence === m.sentence && !s.reportedBy && s.speakers[0].startsWith('p') && countries.get(s.speakers[0]));
      const hostCountry = m.place?.country ?? (reporter ? countries.get(reporter.speakers[0]) : null) ?? visited;
      if (!hostCountry) continue;
      const travellers = new Set(visits.filter((v) => v.destination === hostCountry).flatMap((v) => v.visitors));
      // (and those told travelling with them: "⟨P⟩, accompanied by ⟨P2⟩, arrived …")
      for (const c of companions) if (c.leader && c.follower && travellers.has(c.leader)) travellers.add(c.follower);
      // (a round of several still to come, "to reconvene in Juba", says who hosts it only through a trip told to it)
      if (m.status !== 'OCCURRED' && m.participants.length > 2 && !m.participants.some((k) => travellers.has(k))) continue;
      // foreigners: of another state, or travelling there (an official of the EU serves no state but travels)
      const foreigners = m.participants.filter((k) => travellers.has(k) || ((countries.get(k) ?? orgCountry(k)) && (countries.get(k) ?? orgCountry(k)) !== hostCountry));
      if (!foreigners.length) continue;
      for (const k of m.participants) if (unknown(k) && !travellers.has(k) && mayServe(k, hostCountry)) countries.set(k, hostCountry);
    }
  }
  // "X announced that President Y would visit Pakistan": a traveller first named in X's words comes from X's state
  for (const p of coreference.people) {
    if (!unknown(p.key) || !p.titles.length) continue;
    const first = Math.min(...p.mentions.map((m) => m.sentence));
    const trip = visits.find((v) => v.sentence === first && v.visitors.includes(p.key) && v.destination);
    const speaker = trip && statements.find((s) => s.sentence === first && !s.reportedBy && s.speakers[0] !== p.key && s.speakers.some((k) => countries.get(k) ?? orgCountry(k)));
    const speakerCountry = speaker ? countries.get(speaker.speakers[0]) ?? orgCountry(speaker.speakers[0]) : null;
    if (speakerCountry && speakerCountry !== trip!.destination) countries.set(p.key, speakerCountry);
  }
  // "He said the Prime Minister, ⟨P⟩, had told him …": an office-holder first named in a relayer's words serves the relayer's state
  for (const p of coreference.people) {
    if (!unknown(p.key) || !p.titles.length) continue;
    const first = Math.min(...p.mentions.map((m) => m.sentence));
    const relayed = statements.find((s) => s.sentence === first && s.speakers[0] === p.key && s.reportedBy && countries.get(s.reportedBy));
    if (relayed) countries.set(p.key, countries.get(relayed.reportedBy!)!);
  }
  // with no dateline, the article's home is its outlet's country, else the one most of its named officials serve
  const explicit = [...countries.values()].filter((c): c is string => !!c);
  const common = mostCommon(explicit);
  const share = explicit.filter((c) => c === common).length;
  // (else the one country guests of other states came to: "Mozambique's minister jetted into the country")
  // (or met at a table there: "the Nordic ministers met in Reykjavík")
  const hosts = [...new Set([
    ...visits.filter((v) => v.status === 'OCCURRED' && v.destination && v.visitors.some((k) => countries.get(k) && countries.get(k) !== v.destination)).map((v) => v.destination!),
    ...meetings.filter((m) => m.status === 'OCCURRED' && m.place?.country && m.participants.some((k) => countries.get(k) && countries.get(k) !== m.place!.country)).map((m) => m.place!.country!),
  ])];
  // (an outlet's story of another state's affairs, none of them come to its own, is that state's: AVA on Russia's envoys)
  // (not when someone has a counterpart of that state: "the Vice-President assured his Belarusian counterpart")
  const counterpartOfCommon = masked.some((m) => m.slots.some((x) => x.mention?.kind === 'reference' && x.mention.country === common && x.mention.words.includes('counterpart')));
  const foreignStory = !!publisherCountry && share >= 2 && share === explicit.length && common !== publisherCountry && !visits.some((v) => v.destination === publisherCountry) && !counterpartOfCommon;
  const home = datelineCountry ?? (foreignStory ? common : publisherCountry) ?? (hosts.length === 1 ? hosts[0] : null) ??
    (share >= 2 && share * 2 > explicit.length ? common : null) ?? namedState ?? (share >= 1 && share === explicit.length ? common : null);
  // a traveller to the article's home is a guest there, not one of its officials
  // (a trip to another city of that country, "travelled to Lagos", is no guest's)
  // (without a dateline, a trip to a town other than the capital is a tour at home as likely as a guest's)
  const storyCity = datelineCity ?? (home ? capitalOf(home) : null);
  // (so is one who "arrived" where the story stands, no place named)
  const guests = new Set(visits.filter((v) => (v.destination === home || (v.contextual && !v.destination)) && !v.returning && (!v.place || !storyCity || v.place === storyCity)).flatMap((v) => v.visitors));
  // (and so is one told travelling with a guest: "She is accompanied by Minister of Trade ⟨P⟩")
  for (const c of companions) if (c.leader && c.follower && guests.has(c.leader) && !c.calledOff && !sameOffice(c.follower, c.leader)) guests.add(c.follower);
  for (const p of coreference.people) if (unknown(p.key) && p.titles.length && home && !guests.has(p.key) && mayServe(p.key, home)) countries.set(p.key, home);
  // "HANOI – … Foreign Affairs Minister Chua said at the end of a visit" in a Singapore paper: its own official abroad
  if (publisherCountry && home && publisherCountry !== home) {
    for (const p of coreference.people) if (unknown(p.key) && p.titles.length && guests.has(p.key) && mayServe(p.key, publisherCountry)) countries.set(p.key, publisherCountry);
  }
  // (a guest's companions serve the guest's state, now that it is known)
  followLeaders();
  return countries;

  function orgCountry(key: string): string | null {
    return coreference.organizations.find((o) => o.key === key)?.country ?? null;
  }
}

const TO_VISIT = String.raw`\bto\s+(?:pay\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?visit\s+to|visit)\s+⟨L(\d+)⟩`;
const INVITATION = new RegExp(
  String.raw`\binvitation\s+from\s+(?:[\w-]+\s+){0,2}?⟨P(\d+)⟩[^.;]*?${TO_VISIT}|⟨P(\d+)⟩\s+(?:has\s+|had\s+|also\s+)*invited\s+(?:[\w-]+\s+){0,3}?⟨P\d+⟩\s+${TO_VISIT}`,
  'gi',
);
const PAIRED_NATIONALITIES = /⟨X(\d+)⟩\s*,\s*⟨P(\d+)⟩\s*,?\s+and\s+⟨P(\d+)⟩/g;

// ("⟨the Tajik delegation⟩ at the talks was led by ⟨P1⟩, ⟨the Kyrgyz delegation⟩ by ⟨P2⟩" too)
const REPRESENTED = /⟨[OL]\d+⟩\s+(?:at the (?:talks|meeting|consultations|session)\s+)?(?:was|were|is|(?:will|would)\s+(?:instead\s+|also\s+|now\s+)?be|(?:is|are|was|were|had been)\s+(?:due|expected|set|scheduled|supposed)\s+to\s+be|(?:is|are|was|were)\s+to\s+be)\s+(?:instead\s+|also\s+)?(?:represented|led|headed)\s+(?:[^.;⟨]*?\s)?by\s+/;
/** Each party and its envoy in "⟨O⟩ was represented by ⟨P1⟩, and ⟨L⟩ by ⟨P2⟩". */
// ("⟨O⟩ was instead represented by ⟨the ministry's⟩ Secretary-General, ⟨P⟩": an office told in pieces before the envoy)
// ("⟨O⟩ had been due to be represented by ⟨P⟩": one who was to represent it serves it too)
const REPRESENTED_PARTY = /⟨[OL](\d+)⟩\s+(?:(?:at the (?:talks|meeting|consultations|session)\s+)?(?:was|were|is|(?:will|would)\s+(?:instead\s+|also\s+|now\s+)?be|(?:is|are|was|were|had been)\s+(?:due|expected|set|scheduled|supposed)\s+to\s+be|(?:is|are|was|were)\s+to\s+be)\s+(?:instead\s+|also\s+)?(?:represented|led|headed)\s+(?:[^.;⟨]*?\s)?)?by\s+(?:⟨X\d+⟩\s+)?(?:[\w-]+,?\s+){0,3}?⟨P(\d+)⟩/g;

const DELEGATION_FROM_LED_BY = /\bdelegation\s+from\s+(?:the\s+)?⟨L(\d+)⟩(?:\s*\(\s*⟨L\d+⟩\s*\))?\s*,?\s+(?:led|headed)\s+by\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩/g;

/** "⟨P1⟩ would send ⟨P2⟩": the one sent goes for the sender's state. */
const SENT = /⟨P(\d+)⟩[^.;⟨]*?\b(?:send|sends|sent|dispatch(?:es|ed)?)\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩/g;

/** The state a story without dateline or known outlet names most, by its places and governments, when it clearly leads. */
export function mostNamedState(masked: MaskedSentence[]): string | null {
  const named = masked.flatMap((m) => m.slots.flatMap((x) => {
    const mention = x.mention;
    if (mention?.kind === 'place') return mention.entry.kind === 'region' ? [] : [mention.entry.code];
    return mention?.kind === 'organization' && mention.orgKind === 'government' && mention.country ? [mention.country] : [];
  }));
  const counts = [...named.reduce((c, code) => c.set(code, (c.get(code) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  return first && first[1] >= 3 && first[1] >= 1.5 * (second?.[1] ?? 0) ? first[0] : null;
}

function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
