import { clean } from './clean.js';
import { resolveCoreference, type Coreference, type OrganizationCluster, type PersonCluster } from './coreference.js';
import { capitalOf, countryName, lookupPlace } from './gazetteer.js';
import { BILATERAL_MECHANISM, BODY_SEATS, DE_FACTO_GOVERNMENTS } from './lexicon/organizations.js';
import { maskSentence, type MaskedSentence } from './masking.js';
import { findMentions, linkAcronyms, linkPlaceNames, type Mention } from './mentions.js';
import { splitSentences } from './sentences.js';
import { PAST_PLAN, gatheredIn, readCompanions, readQuotedPlans, readDelegations, readHostedTables, readGatherings, readJoiners, readListedDelegation, readListedEnvoys, readMeetings, readSessionAttendees, readSharedMeetings, readTravellersEvents, readVisits, type Companion, type MeetingReading, type VisitReading } from './events.js';
import { readStatements, readTranscriptTurns, type StatementReading } from './speech.js';
import { findTimeExpressions } from './time.js';
import { datesFor, type Dated } from './dating.js';
import { cityOfPublisher, countryOfPublisher, inferCountries, mostNamedState } from './countries.js';
import type {
  ArticleInput, DateRange, Dateline, ExtractedMeeting, ExtractedOrganization, ExtractedPerson, ExtractedStatement,
  ExtractedVisit, Extraction, Sentence,
} from './types.js';

export type { Extraction } from './types.js';

export function extract(input: ArticleInput): Extraction {
  const cleaned = clean(input.text, { title: input.title ?? null, publishedAt: input.publishedAt ?? null });
  const text = cleaned.text;
  const sentences = splitSentences(text);
  const anchor = cleaned.dateline?.date ?? input.publishedAt?.slice(0, 10) ?? null;
  const deFacto = Object.entries(DE_FACTO_GOVERNMENTS).find(([name]) => text.includes(name));
  const publisherCountry = countryOfPublisher(input.publisher);
  // ("KASANE — …" in a Botswana paper: a town the gazetteer lacks is the outlet's own country's)
  if (cleaned.dateline?.place && !cleaned.dateline.place.country && publisherCountry) cleaned.dateline.place.country = publisherCountry;
  const context = {
    datelineCity: cleaned.dateline?.place?.name ?? null,
    datelineCountry: cleaned.dateline?.place?.country ?? null,
    deFactoCountry: deFacto?.[1] ?? null,
    homeCountry: cleaned.dateline?.place?.country ?? publisherCountry,
    publisher: input.publisher ?? null,
  };

  const bySentence = sentences.map((s) => findMentions(s, context));
  linkAcronyms(sentences, bySentence);
  linkPlaceNames(sentences, bySentence);
  const mentions: Mention[] = bySentence.flat();
  const coreference = resolveCoreference(mentions, context.datelineCountry, publisherCountry, sentences);
  const masked: MaskedSentence[] = sentences.map((s) => maskSentence(s, bySentence[s.index], findTimeExpressions(s.text, anchor, 'past'), coreference));
  readDelegations(masked, coreference);

  const visits: VisitReading[] = [];
  const meetings: MeetingReading[] = [];
  const statements: StatementReading[] = [];
  let lastOrganizationSpeaker: string | null = null;
  let lastQuoted: string[] = [];
  for (const m of masked) {
    visits.push(...readVisits(m, coreference));
    meetings.push(...readMeetings(m, coreference, masked.slice(Math.max(0, m.sentence.index - 3), m.sentence.index)));
    const said = readStatements(m, lastOrganizationSpeaker);
    statements.push(...said);
    // (a paragraph that is all quotation, with no one said to say it, goes on with the one quoted just before)
    const own = [...new Set(said.filter((s) => !s.reportedBy).flatMap((s) => s.speakers))].filter((k) => k.startsWith('p'));
    // (nor does one that only closes a quotation opened before: 'I will be in ⟨L⟩ next month."')
    const closesOnly = /^[^"“”]*["”]\s*$/.test(m.sentence.text);
    const quoting = own.length || !(/^\s*["“]/.test(m.sentence.text) || closesOnly) ? own : lastQuoted.length ? lastQuoted : closingSpeaker(masked, m.sentence.index);
    lastQuoted = /["“”]/.test(m.sentence.text) ? quoting : [];
    const quoted = readQuotedPlans(m, quoting, coreference);
    visits.push(...quoted.visits);
    meetings.push(...quoted.meetings);
    // (a statement signed by a spokesperson is theirs: "…, according to the statement" goes back to them)
    const orgSpeaker = said.find((s) => !s.reportedBy && (s.speakers[0].startsWith('o') || s.medium === 'press release'));
    if (orgSpeaker) lastOrganizationSpeaker = orgSpeaker.speakers[0];
  }
  readTravellersEvents(masked, visits, meetings);
  callOffPastPlans(masked, visits, meetings);
  const issuer = cleaned.issuer ? { key: coreference.organizations.find((o) => o.mentions.some((m) => m.sentence === 0))?.key, sentence: 0 } : attributedTo(masked);
  if (issuer?.key) relayThroughIssuer(statements, coreference, masked[issuer.sentence].sentence, issuer.key);
  relayReplies(statements, masked);
  relayThroughLedeSource(statements, masked);
  speakThroughSpokesperson(statements, coreference, masked);
  readTranscriptTurns(masked, statements);
  const speakersBySentence = new Map<number, string[]>();
  for (const s of statements) speakersBySentence.set(s.sentence, [...(speakersBySentence.get(s.sentence) ?? []), ...s.speakers]);
  meetings.push(...readGatherings(masked, speakersBySentence, coreference), ...readSharedMeetings(masked, coreference), ...readListedEnvoys(masked, coreference));
  // (in the order told: a table told first gives its place to the talks on its sidelines)
  meetings.sort((a, b) => a.sentence - b.sentence);
  readJoiners(masked, meetings, coreference);
  // without a dateline, a national outlet's arrivals are in its capital (an outlet unknown: the state its story names most)
  const namedState = publisherCountry ? null : mostNamedState(masked);
  const homeState = publisherCountry ?? namedState;
  const homeCapital = homeState ? capitalOf(homeState) : null;
  // (a city's outlet tells of arrivals in its city: "arrived at O'Hare" in the Chicago Tribune)
  const outletCity = input.publisher ? cityOfPublisher(input.publisher) : null;
  const homePlace = outletCity && outletCity.country === homeState ? outletCity : homeState && homeCapital ? { name: homeCapital, country: homeState } : null;
  placeContextualVisits(masked, visits, cleaned.dateline?.place ?? homePlace);
  readHostedTables(masked, visits, meetings, coreference);
  readSessionAttendees(masked, meetings, coreference);
  inferMeetingsFromVisits(masked, statements, visits, meetings, coreference);

  const actorsOf = (e: object): string[] =>
    'visitors' in e ? (e as VisitReading).visitors : 'participants' in e ? (e as MeetingReading).participants : [...(e as StatementReading).speakers, ...(e as StatementReading).about];
  const dated = datesFor([...visits, ...meetings, ...statements], masked, anchor, actorsOf);
  // ("⟨P⟩ had been due to attend, but pulled out on Friday": the day of the table missed, not of the withdrawal, unless told)
  for (const r of visits) {
    const undated = r.dueAtGathering && !/⟨T\d+⟩/.test(masked[r.sentence].text.split(/,\s*but\b/)[0]);
    const table = undated ? meetings.filter((x) => x.sentence < r.sentence && x.mode === 'IN_PERSON' && x.status === 'OCCURRED' && dated.get(x)).pop() : undefined;
    if (table) dated.set(r, dated.get(table)!);
  }
  for (const r of meetings) {
    if (!r.purposeOfTrip) continue;
    // (the trip told last before the talks it is for: "flies to ⟨L1⟩ on Wednesday …, before travelling on to ⟨L2⟩ on Thursday for talks")
    const trip = visits.filter((v) => v.sentence === r.sentence && v.status === r.status && v.visitors.some((k) => r.participants.includes(k)) && dated.get(v))
      .sort((a, b) => Number(b.at < r.at) - Number(a.at < r.at) || (a.at < r.at ? b.at - a.at : a.at - b.at))[0];
    if (trip) dated.set(r, dated.get(trip)!);
  }
  const companions = [...masked.flatMap(readCompanions), ...readListedDelegation(masked, visits, coreference)];
  // ("⟨P⟩ and his delegation are expected to hold talks with …": those travelling with ⟨P⟩ at the table)
  for (const r of meetings) if (r.delegationOf) r.participants = [...new Set([...r.participants, ...companions.filter((c) => c.leader === r.delegationOf && !c.calledOff).map((c) => c.follower)])];
  const countries = inferCountries(masked, coreference, meetings, visits, statements, companions, context.datelineCountry, context.datelineCity, publisherCountry, namedState, (v, m) => during(dated.get(v), dated.get(m)), (v, m) => begunBy(dated.get(v), dated.get(m)));
  const international = new Set(coreference.people.filter((p) => p.international).map((p) => p.key));
  const gatherings = new Map(masked.map((m) => [m.sentence.index, gatheredIn(m)] as const).filter((g): g is [number, { name: string; country: string }] => !!g[1]));
  const { meetings: finalMeetings, placeShowsTravel, remote } = buildMeetings(meetings, visits, dated, countries, international, coreference, cleaned.dateline, anchor, gatherings, homePlace);
  // ambassadors and consuls live where they are posted: meeting them there is no trip of theirs
  // ("Special Representative, Ambassador X" is an envoy who travels: "Ambassador" there is a rank)
  const posted = new Set(coreference.people.filter((p) => p.titles.some((t) => POSTED_TITLE.test(t.title)) && !p.titles.some((t) => TRAVELLING_TITLE.test(t.title))).map((p) => p.key));
  // an international body's officer met in the city it sits in is at home there
  const seats = new Map(coreference.people.filter((p) => international.has(p.key)).flatMap((p) => {
    const seat = BODY_SEATS.find(([body]) => p.titles.some((t) => body.test(t.title)))?.[1];
    return seat ? [[p.key, seat] as const] : [];
  }));
  // ("… had returned to Qamishli on Monday": one of no known state going back to the dateline's state is going home)
  const homecomings = visits.filter((v) => v.returning && v.destination && v.destination === cleaned.dateline?.place?.country && v.visitors.every((k) => !countries.get(k)));
  const trips = buildVisits(visits.filter((v) => !homecomings.includes(v)), finalMeetings, placeShowsTravel, remote, posted, international, dated, countries, seats);
  joinCompanions(trips, companions, countries, coreference);
  const finalVisits = callOff(trips, finalMeetings);

  // A delegation whose people are named is told through them, not kept as an organisation;
  // a joint commission named only as the occasion of talks is no actor unless it acts itself.
  const acting = new Set([...statements.flatMap((s) => s.speakers), ...finalMeetings.flatMap((m) => m.participants), ...finalVisits.map((v) => v.visitor)]);
  const occasionOnly = (o: OrganizationCluster): boolean => !acting.has(o.key) && o.surfaces.every((x) => BILATERAL_MECHANISM.test(x));
  const entities = [
    ...coreference.people.map((p) => person(p, countries)),
    ...coreference.organizations.filter((o) => !coreference.delegations.get(o.key)?.length && !occasionOnly(o)).map(organization),
  ];
  const known = new Set(entities.map((e) => e.key));
  return {
    text,
    title: cleaned.title,
    byline: cleaned.byline,
    dateline: cleaned.dateline,
    publishedAt: input.publishedAt ?? null,
    sentences,
    entities,
    visits: finalVisits.filter((v) => known.has(v.visitor)),
    meetings: finalMeetings.map((m) => ({ ...m, participants: m.participants.filter((k) => known.has(k)) })).filter((m) => m.participants.length >= 2),
    statements: statements.filter((s) => known.has(s.speakers[0])).map((s): ExtractedStatement => ({
      speaker: s.speakers[0], reportedBy: s.reportedBy && known.has(s.reportedBy) ? s.reportedBy : null, medium: s.medium,
      about: s.about.filter((k) => known.has(k)), quote: s.quote, date: dated.get(s) ?? null, evidence: [s.evidence], confidence: s.confidence,
    })),
  };
}

/** "The following is attributed to Spokesperson ⟨P⟩:": a readout in a spokesperson's name. */
function attributedTo(masked: MaskedSentence[]): { key: string | undefined; sentence: number } | null {
  for (const m of masked.slice(0, 8)) {
    const line = /^The following (?:is|was|may be) attributed to\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩\s*:?\s*$/i.exec(m.text);
    if (line) return { key: m.slots[Number(line[1])].keys[0], sentence: m.sentence.index };
  }
  return null;
}

/**
 * A press release: the body on its letterhead (the text's first line), or the spokesperson a readout is attributed to,
 * issues it, and every word it quotes from someone else it relays.
 */
function relayThroughIssuer(statements: StatementReading[], coreference: Coreference, told: Sentence, issuer: string): void {
  for (const s of statements) {
    if (s.reportedBy || s.speakers[0] === issuer) continue;
    s.reportedBy = issuer;
    s.medium = null;
  }
  if (statements.some((s) => s.speakers[0] === issuer && !s.reportedBy)) return;
  statements.unshift({
    sentence: told.index, speakers: [issuer], reportedBy: null, medium: 'press release', quote: null, at: 0, confidence: 0.8,
    about: [...new Set(coreference.people.map((p) => p.key).filter((k) => k !== issuer))], evidence: { sentence: told.index, start: told.start, end: told.end }, present: true,
  });
}

/** '"I will be in ⟨L⟩ on Monday. …," ⟨P⟩ told reporters': the one named where a quotation opened here closes, in the next sentences. */
function closingSpeaker(masked: MaskedSentence[], from: number): string[] {
  for (const m of masked.slice(from, from + 3)) {
    const closing = /["”]\s*,?\s*(?:⟨P(\d+)⟩\s+(?:said|told|added|stressed|says)\b|(?:said|added|told|says)\s+⟨P(\d+)⟩)/.exec(m.text);
    if (closing) return m.slots[Number(closing[1] ?? closing[2])].keys;
    if (m.sentence.index > from && /^\s*["“]/.test(m.sentence.text)) break;
  }
  return [];
}

/**
 * "The visit of ⟨P⟩ to China … has been postponed. The minister was due to fly to Beijing …": a plan told in the past,
 * in a story of that traveller's trip called off, is the trip called off.
 */
function callOffPastPlans(masked: MaskedSentence[], visits: VisitReading[], meetings: MeetingReading[]): void {
  const calledOff = new Set(visits.filter((v) => v.status === 'CANCELLED').flatMap((v) => v.visitors));
  for (const e of [...visits, ...meetings]) {
    const actors = 'visitors' in e ? e.visitors : e.participants;
    if (e.status !== 'PLANNED' || !actors.some((k) => calledOff.has(k))) continue;
    if (PAST_PLAN.test(masked[e.sentence].text.slice(0, e.at))) e.status = 'CANCELLED';
  }
}

/**
 * "Spokesperson ⟨P⟩ said …. …, the ⟨FO⟩ spokesperson said": a body's spokesperson told of again is the one named
 * before, when the story names one spokesperson of its state.
 */
function speakThroughSpokesperson(statements: StatementReading[], coreference: Coreference, masked: MaskedSentence[]): void {
  for (const s of statements) {
    const body = coreference.organizations.find((o) => o.key === s.speakers[0]);
    if (!body) continue;
    const m = masked[s.sentence];
    const voiced = [...m.text.matchAll(/⟨O(\d+)⟩\s+spokes(?:person|man|woman)\b/g)].some((x) => m.slots[Number(x[1])].keys.includes(body.key));
    if (!voiced) continue;
    const spokespeople = coreference.people.filter((p) => p.titles.some((t) => /\bspokes(?:person|man|woman)\b/i.test(t.title)) && (!body.country || !p.country || p.country === body.country) &&
      p.mentions.some((x) => x.sentence < s.sentence));
    if (spokespeople.length !== 1) continue;
    const [person] = spokespeople;
    for (const r of statements) if (r.sentence === s.sentence && r.reportedBy === body.key) r.reportedBy = person.key;
    s.speakers = [person.key];
  }
}

/**
 * "According to the ministry, ⟨P1⟩ stressed …. ⟨P2⟩, in turn, said …": the reply told next comes from the
 * same account, so the body that relayed the first words relays it too.
 */
function relayReplies(statements: StatementReading[], masked: MaskedSentence[]): void {
  for (const s of statements) {
    if (s.reportedBy || !/\b(?:in turn|for (?:his|her|its|their) part|on (?:his|her|its|their) part)\b/i.test(masked[s.sentence].sentence.text)) continue;
    const relayer = statements.find((r) => r.sentence === s.sentence - 1 && r.reportedBy?.startsWith('o'))?.reportedBy;
    if (relayer && relayer !== s.speakers[0]) { s.reportedBy = relayer; s.medium = null; }
  }
}

/** "…, according to the ⟨press service⟩": the body a story's lede names as its source. */
// ("…, the ⟨press service⟩ reports.": a news agency's readout names its source last)
const LEDE_SOURCE = /(?:\b(?:according to|citing)\s+(?:(?:a|an|the|its)\s+)?(?:(?:[\w-]+\s+){0,2}?(?:press release|statement|readout|communiqu[eé])\s+(?:(?:issued|released|published)\s+)?(?:(?:on\s+)?⟨T\d+⟩\s+|(?:the\s+)?same\s+day\s+)?(?:by|from|of)\s+(?:the\s+)?)?⟨O(\d+)⟩(?:\s+⟨T\d+⟩)?|,\s*(?:the\s+)?⟨O(\d+)⟩\s+(?:reports|reported|informs|informed))\s*\.?\s*$/i;

/** "According to the ⟨press service⟩ of the ministry, the ministers exchanged views …": a readout of its own opens mid-story. */
// (a readout of talks: "the ministers exchanged views", "the sides discussed")
// ("According to the press service of the ⟨O⟩, discussions focused on …" too)
const READOUT_OPENING = /^According to\s+(?:the\s+)?(?:press\s+(?:service|office)\s+of\s+(?:the\s+)?)?⟨O(\d+)⟩\s*,\s*(?:(?:the\s+(?:two\s+)?(?:ministers|sides|parties|leaders|presidents|delegations)|⟨X\d+⟩|⟨P(\d+)⟩)\s+(?:\w+\s+)?(?:discussed|exchanged|reviewed|agreed|noted|stressed|emphasi[sz]ed|considered)|(?:the\s+)?(?:discussions|talks|exchanges)\s+(?:focused|centred|centered|covered|dealt))\b/;

/**
 * "President ⟨P⟩ received …, according to the ⟨press service⟩. … ⟨P⟩ noted …. ⟨P2⟩ said …": a readout's story tells what was
 * said through the body it names in its lede (or in a sentence opening "According to ⟨O⟩,"), until another source is named.
 */
function relayThroughLedeSource(statements: StatementReading[], masked: MaskedSentence[]): void {
  const lede = masked.slice(0, 2).map((m) => ({ m, source: LEDE_SOURCE.exec(m.text) })).find((x) => x.source);
  const openings = [
    ...(lede ? [{ m: lede.m, slot: Number(lede.source![1] ?? lede.source![2]) }] : []),
    // (the ministers told as a group: two or more of them)
    ...masked.flatMap((m) => { const opening = READOUT_OPENING.exec(m.text); return opening && m !== lede?.m && (!opening[2] || m.slots[Number(opening[2])].keys.length >= 2) ? [{ m, slot: Number(opening[1]) }] : []; }),
  ];
  for (const { m: from, slot } of openings) {
    const source = from.slots[slot]?.keys[0];
    if (source) relayRun(statements, masked.slice(from.sentence.index + 1), source);
  }
}

/** The sentences after a readout's source tell, until the readout is over, words relayed through it. */
function relayRun(statements: StatementReading[], after: MaskedSentence[], source: string): void {
  let quiet = 0;
  for (const m of after) {
    const told = statements.filter((s) => s.sentence === m.sentence.index);
    // (a run of sentences with no words said is background: the readout is over)
    quiet = told.length ? 0 : quiet + 1;
    if (quiet >= 4) return;
    // (another source, words said in public, or another event told ends the readout)
    // ("According to the ministry, …" takes the source up again)
    if (told.some((s) => (s.speakers[0].startsWith('o') && s.speakers[0] !== source) || (s.reportedBy && s.reportedBy !== source) || s.medium) ||
      // ("Speaking at the signing ceremony, ⟨P⟩ said: …": words heard in public)
      /⟨M\d+⟩|⟨O\d+⟩\s+(?:said|says|reported|added)\b|^(?:Meanwhile|Separately|Earlier|Elsewhere|Also|Speaking)\b/i.test(m.text)) return;
    for (const s of told) if (s.speakers[0].startsWith('p')) { s.reportedBy = source; s.relayed = true; }
  }
}

/** "… were discussed during the meeting", said by a host official: he met the country's visitor. */
function inferMeetingsFromVisits(masked: MaskedSentence[], statements: StatementReading[], visits: VisitReading[], meetings: MeetingReading[], coreference: Coreference): void {
  for (const s of statements) {
    if (!/\b(?:during|at|in) the (?:meeting|talks)\b/i.test(masked[s.sentence].sentence.text) || s.reportedBy) continue;
    const speaker = coreference.people.find((p) => p.key === s.speakers[0]);
    // (not one who relays what another said there: "⟨P⟩ told NRK that ⟨P2⟩ had told ⟨P3⟩ during the talks …")
    if (!speaker?.country || statements.some((o) => o.sentence === s.sentence && o.reportedBy === speaker.key)) continue;
    const visit = [...visits].reverse().find((v) => v.sentence <= s.sentence && v.destination === speaker.country && !v.visitors.includes(speaker.key));
    if (!visit) continue;
    meetings.push({
      sentence: s.sentence, evidence: s.evidence, status: 'OCCURRED', at: s.at, confidence: 0.6, participants: [speaker.key, visit.visitors[0]],
      mode: 'IN_PERSON', place: visit.place ? { name: visit.place, country: visit.destination } : null,
    });
  }
}

function buildVisits(readings: VisitReading[], meetings: ExtractedMeeting[], placeShowsTravel: Set<ExtractedMeeting>, remote: Map<ExtractedMeeting, string[]>, posted: Set<string>, international: Set<string>, dated: Dated, countries: Map<string, string | null>, seats: Map<string, string>): ExtractedVisit[] {
  const out: ExtractedVisit[] = [];
  const addVisit = (visitor: string, destination: string, place: string | null, date: DateRange | null, status: ExtractedVisit['status'], evidence: ExtractedVisit['evidence'], confidence: number): void => {
    if (countries.get(visitor) === destination) return; // travel at home is no visit
    // (a leg still to come inside the days of a visit under way is that visit: "on a visit from 11-13 November … will travel to Mumbai on 13 November")
    const within = (v: ExtractedVisit): boolean => status === 'PLANNED' && v.status === 'OCCURRED' && !!date && !!v.date && v.date.end > v.date.start && date.start > v.date.start && date.start <= v.date.end;
    const leg = out.find((v) => v.visitor === visitor && v.destination === destination && within(v));
    if (leg) {
      leg.evidence.push(...evidence);
      return;
    }
    const same = out.find((v) => v.visitor === visitor && v.destination === destination && v.status === status && compatible(v.date, date));
    if (same) {
      same.place ??= place ? { name: place, country: destination } : null;
      // (the first day told)
      if (date && (!same.date || refines(date, same.date) || (date.start < same.date.start && !refines(same.date, date)))) same.date = date;
      same.evidence.push(...evidence);
      return;
    }
    out.push({ visitor, destination, place: place ? { name: place, country: destination } : null, date, status, evidence: [...evidence], confidence });
  };
  for (const r of readings) {
    if (!r.destination) continue;
    for (const visitor of r.visitors) addVisit(visitor, r.destination, r.place, dated.get(r) ?? null, r.status, [r.evidence], r.confidence);
  }
  // A meeting in a foreign city means the foreigners travelled there.
  for (const m of meetings) {
    if (!m.place?.country || !placeShowsTravel.has(m) || m.status === 'CANCELLED') continue;
    for (const k of m.participants) {
      if (remote.get(m)?.includes(k) || posted.has(k) || seats.get(k) === m.place.name) continue;
      // an official of an international body met in a state's city travelled there too
      const country = countries.get(k);
      // (only for talks that took place: a planned one may be held where the body sits)
      if ((!country && !(international.has(k) && m.status === 'OCCURRED')) || country === m.place.country) continue;
      // talks during a trip already told add no trip of their own
      // (talks held are no part of a trip still to come)
      const v = out.find((x) => x.visitor === k && x.destination === m.place!.country && !(x.status === 'PLANNED' && m.status === 'OCCURRED') && compatible(x.date, m.date));
      if (v) {
        v.place ??= { name: m.place.name, country: m.place.country };
        // (a trip told with no day is dated by the talks held on it)
        if (!v.date && m.status === v.status) v.date = m.date;
        continue;
      }
      addVisit(k, m.place.country, m.place.name, m.date, m.status, m.evidence, 0.6);
    }
  }
  return out;
}

/** "X, who travelled with Y", "X will accompany Y": X makes Y's trip told nearest to the words, unless X has one there. */
function joinCompanions(visits: ExtractedVisit[], companions: Companion[], countries: Map<string, string | null>, coreference: Coreference): void {
  // ("accompanied by Chinese Ambassador to Bahrain ⟨P⟩" in Manama: an envoy posted there does not travel there)
  const postedTo = (k: string, country: string | null): boolean => !!country && !!coreference.people.find((p) => p.key === k)?.titles.some((t) =>
    POSTED_TITLE.test(t.title) && lookupPlace(/\bto\s+(?:the\s+)?(.+)$/i.exec(t.portfolio ?? t.title)?.[1] ?? '')?.code === country);
  for (const c of companions) {
    const distance = (v: ExtractedVisit): number => Math.min(...v.evidence.map((e) => Math.abs(e.sentence - c.evidence.sentence)));
    // (a trip called off takes along only one who "was to have accompanied" it)
    const trip = visits.filter((v) => v.visitor === c.leader && (v.status === 'CANCELLED') === !!c.calledOff && (!c.onTripMade || v.status === 'OCCURRED')).sort((a, b) => distance(a) - distance(b))[0];
    if (!trip || countries.get(c.follower) === trip.destination || postedTo(c.follower, trip.destination)) continue;
    const own = visits.filter((v) => v.visitor === c.follower && v.destination === trip.destination && compatible(v.date, trip.date));
    // (a trip of theirs known only from talks held on it began when the one they travel with arrived)
    const same = own.find((v) => v.status === trip.status);
    if (same && trip.date && same.date && same.confidence <= 0.6 && trip.date.start < same.date.start) same.date = trip.date;
    if (same) continue;
    // ("Khoa, who is accompanied by ⟨P⟩ … ⟨P⟩ is also scheduled to meet … on Friday": a leg still to come of the trip under way is that trip)
    const leg = trip.status === 'OCCURRED' ? own.find((v) => v.status === 'PLANNED' && !!v.date && !!trip.date && v.date.start >= trip.date.start && Date.parse(v.date.start) - Date.parse(trip.date.start) <= 7 * 864e5) : undefined;
    if (leg) Object.assign(leg, { status: trip.status, date: trip.date, place: leg.place ?? trip.place, evidence: [...leg.evidence, c.evidence] });
    else visits.push({ ...trip, visitor: c.follower, evidence: [c.evidence], confidence: Math.min(trip.confidence, 0.6) });
  }
}

/**
 * "X called off a visit to Thailand … X had been due to travel to Bangkok on June 16": the plan is the
 * trip called off, and the talks planned there are called off with it.
 */
function callOff(visits: ExtractedVisit[], meetings: ExtractedMeeting[]): ExtractedVisit[] {
  const cancelled = visits.filter((v) => v.status === 'CANCELLED');
  // (a trip called off in March and planned again for July is two: the one dropped and the one to come)
  // (and one first set for May 20, now for June 15: two days named are two trips)
  // ("expected on Monday, postponed to next week": days apart are two as well)
  const otherDay = (a: DateRange | null, b: DateRange | null): boolean => !!a && !!b && (a.end < b.start || b.end < a.start);
  const tripOff = (k: string, country: string | null, date: DateRange | null): ExtractedVisit | undefined =>
    cancelled.find((c) => c.visitor === k && c.destination === country && compatible(c.date, date) && !otherDay(c.date, date));
  for (const m of meetings) {
    if (m.status === 'PLANNED' && m.participants.some((k) => tripOff(k, m.place?.country ?? null, m.date))) m.status = 'CANCELLED';
  }
  return visits.filter((v) => {
    const off = v.status === 'PLANNED' ? tripOff(v.visitor, v.destination, v.date) : undefined;
    if (!off) return true;
    off.place ??= v.place;
    off.date = v.date ?? off.date;
    off.evidence.push(...v.evidence);
    return false;
  });
}

/** "landed at noon": the trip goes where the story stands, else to the dateline's city. */
function placeContextualVisits(masked: MaskedSentence[], readings: VisitReading[], datelinePlace: Dateline['place']): void {
  const dateline = datelinePlace?.country ? { country: datelinePlace.country, name: datelinePlace.name } : null;
  for (const r of readings) {
    if (!r.contextual) continue;
    // ("jetted into the country": the story's own country, where the paper stands)
    // ("arrived here on Tuesday": the dateline's city, where the paper files from)
    const home = /\binto the country\b|\b(?:arrived|arrives|landed|lands|flew in|came)\s+here\b/i.test(masked[r.sentence].text) ? dateline : null;
    // ("⟨P1⟩ plans to travel to Seoul for the meeting, and ⟨P2⟩ is also expected to attend": where the other goes for it)
    const alongside = r.atGathering ? readings.find((o) => o !== r && o.sentence === r.sentence && !o.contextual && o.destination && o.at < r.at) : undefined;
    // ("⟨P⟩ had been due to attend": where the arrivals told before came for it)
    const arrived = r.dueAtGathering ? readings.filter((o) => o.sentence < r.sentence && o.destination && o.status === 'OCCURRED').pop() : undefined;
    const where = alongside ? { country: alongside.destination!, name: alongside.place } : arrived ? { country: arrived.destination!, name: arrived.place } : r.atGathering ? gatheringPlace(masked, r.sentence) ?? dateline : home ?? storyPlace(masked, r.sentence, readings, r.at, r.status) ?? dateline;
    if (where) { r.destination = where.country; r.place = where.name; }
  }
}

/** A trip of a month the meeting's day falls outside of is another: "to Cairo next month" is not Monday's talks. */
function during(trip: DateRange | null | undefined, talks: DateRange | null | undefined): boolean {
  return !trip || !talks || !(/^(MONTH|YEAR)$/.test(trip.precision) && talks.precision === 'DAY') || (trip.start <= talks.start && talks.start <= trip.end);
}

/** The day a trip began, when it began by the talks' day ('' when undated or later): of legs told together, the latest begun is where the talks are. */
function begunBy(trip: DateRange | null | undefined, talks: DateRange | null | undefined): string {
  if (!trip || (trip.precision === 'DAY' && talks?.precision === 'DAY' && trip.start > talks.start)) return '';
  return trip.start;
}

function compatible(a: DateRange | null, b: DateRange | null): boolean {
  if (!a || !b) return true;
  const days = (x: string): number => Date.parse(x) / 864e5;
  return Math.abs(days(a.start) - days(b.start)) <= 31;
}

// ("a meeting of the ⟨SADC⟩ Organ Troika in ⟨L⟩": a body's name may stand between)
// ("the ⟨Munich⟩ Security Conference": one named by its city)
const GATHERING_PLACE = /\b(?:summit|session|conference|forum|assembly|ceremony|inauguration|dialogue|meeting|trilateral|talks)\b(?:[^.;⟨]|⟨O\d+⟩){0,40}?\b(?:in|at)\s+(?:the\s+)?⟨L(\d+)⟩|\bthe\s+⟨L(\d+)⟩\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:Conference|Summit|Forum)\b/iu;

/**
 * Where the article puts the gathering it tells of: "the summit in Addis Ababa" (its session, its ceremony),
 * the one told nearest before sentence `index` first ("The talks will be held in Kazan. X is expected to attend").
 */
function gatheringPlace(masked: MaskedSentence[], index: number): { country: string; name: string | null } | null {
  const nearestFirst = [...masked.slice(0, index + 1).reverse(), ...masked.slice(index + 1)];
  for (const m of nearestFirst) {
    const found = GATHERING_PLACE.exec(m.text);
    const place = found ? m.slots[Number(found[1] ?? found[2])]?.mention : null;
    if (place?.kind === 'place' && place.entry.kind !== 'region') return { country: place.entry.code, name: place.entry.kind === 'country' ? null : place.entry.name };
  }
  return null;
}

/** Where the story stands before position `at` of sentence `index`: the last visit's destination or the last city named. */
function storyPlace(masked: MaskedSentence[], index: number, readings: VisitReading[], at: number, status: VisitReading['status']): { country: string; name: string | null } | null {
  // (a trip still to come, "will travel to Rarotonga in August", is not where the story stands)
  const previous = readings.filter((r) => r.sentence < index && r.destination && !r.ended && (r.status === status || status !== 'OCCURRED')).pop();
  if (previous && previous.sentence >= index - 1) return { country: previous.destination!, name: previous.place };
  for (let s = index; s >= Math.max(0, index - 2); s--) {
    // ("touched down on Tuesday …, and will return to Wellington": not where one goes next)
    const told = s === index ? masked[s].slots.filter((x, i) => masked[s].text.indexOf(`⟨${x.type}${i}⟩`) < at) : masked[s].slots;
    for (const slot of [...told].reverse()) {
      const m = slot.mention;
      // "flew in from Tbilisi": where one came from is not where the story stands
      // (nor "a government crisis back in Riga": where one's home is)
      const origin = /\b(?:from|back(?:\s+home)?\s+in)\s+$/i.test(masked[s].sentence.text.slice(0, slot.start - masked[s].sentence.start));
      // (nor a stop on a route: "the Baku–Tbilisi–Kars railway")
      const route = /[–-]$/.test(masked[s].sentence.text.slice(0, slot.start - masked[s].sentence.start)) || /^[–-]/.test(masked[s].sentence.text.slice(slot.end - masked[s].sentence.start));
      if (m?.kind === 'place' && (m.entry.kind === 'capital' || m.entry.kind === 'city') && !origin && !route) return { country: m.entry.code, name: m.entry.name };
    }
    // ("Hanoi wanted …": a capital acting stands where the story is, when its sentence names no city; "Britain would …" names no city)
    for (const slot of [...told].reverse()) {
      const m = slot.mention;
      if (m?.kind === 'organization' && m.key.startsWith('gov:') && m.country && /^\p{Lu}/u.test(m.surface) && m.surface !== countryName(m.country) && /^(capital|city|seat)$/.test(lookupPlace(m.surface)?.kind ?? '')) return { country: m.country, name: m.surface };
    }
  }
  return previous ? { country: previous.destination!, name: previous.place } : null;
}

/** A day inside the week or month told before: "this week", then "on Tuesday". */
function refines(date: DateRange, told: DateRange): boolean {
  return date.precision === 'DAY' && told.precision !== 'DAY' && told.start <= date.start && date.start <= told.end;
}

/** A date within a week of the article's, or none at all. */
function recent(date: DateRange | null, anchor: string | null): boolean {
  return !date || !anchor || Math.abs(Date.parse(date.start) - Date.parse(anchor)) <= 7 * 864e5 || (date.start <= anchor && anchor <= date.end);
}

function buildMeetings(readings: MeetingReading[], visits: VisitReading[], dated: Dated, countries: Map<string, string | null>, international: Set<string>, coreference: Coreference, dateline: Dateline | null, anchor: string | null, gatherings: Map<number, { name: string; country: string }>, homePlace: { name: string; country: string } | null): { meetings: ExtractedMeeting[]; placeShowsTravel: Set<ExtractedMeeting>; remote: Map<ExtractedMeeting, string[]> } {
  const out: ExtractedMeeting[] = [];
  const remote = new Map<ExtractedMeeting, string[]>();
  // meetings whose place the text states (or the dateline gives): foreigners there travelled to it
  const placeShowsTravel = new Set<ExtractedMeeting>();
  const sequels = new Set<ExtractedMeeting>();
  const retold = new Set<ExtractedMeeting>();
  const aside = new Set<ExtractedMeeting>();
  const widening = new Set<ExtractedMeeting>();
  // (meetings the dateline alone placed: a place the text tells later is the better word)
  const placedByDateline = new Set<ExtractedMeeting>();
  for (const r of readings) {
    let place = r.place;
    let travelled = !!place;
    let byDateline = false;
    if (!place && r.mode === 'IN_PERSON') {
      // the trip told in the same sentence, else the last one before it, else the one told next
      // (a trip told over, "returned from ⟨L⟩, where …", places only what its own sentence tells)
      const theirs = visits.filter((v) => v.destination && v.status === r.status && !(v.ended && v.sentence !== r.sentence) && v.visitors.some((k) => r.participants.includes(k)) && compatible(dated.get(v) ?? null, dated.get(r) ?? null) && during(dated.get(v), dated.get(r)));
      // (a trip told next that sets off after the meeting's day is the next leg, not where they meet)
      const notLater = (v: VisitReading): boolean => !(dated.get(v)?.precision === 'DAY' && dated.get(r)?.precision === 'DAY' && dated.get(v)!.start > dated.get(r)!.start);
      // (of one sentence's readings, one that names a city: "arrived in Kyiv, his first trip to Ukraine")
      // (a sentence before: its last reading, "travelled to Pakistan from Afghanistan, where he had held meetings")
      const inSentence = (n: number, last = false): VisitReading | undefined => {
        // ("… be received by ⟨P⟩ on Wednesday, before heading to Ramallah on Thursday": the leg after it is elsewhere)
        // (but the leg a meeting is told after is where it is: "before heading to Erbil to meet ⟨P⟩")
        const here = theirs.filter((v) => v.sentence === n && (n !== r.sentence || (notLater(v) && (!v.onward || v.at < r.at))));
        // (of legs told together, the latest begun by the meeting's day: "arrived in ⟨L1⟩ on Tuesday, the second stop of a tour that began in ⟨L2⟩ on Monday")
        const begun = (v: VisitReading): string => begunBy(dated.get(v), dated.get(r));
        return (last ? here.reverse() : here).sort((a, b) => Number(!!b.place) - Number(!!a.place) || (last ? begun(b).localeCompare(begun(a)) : 0))[0];
      };
      const lastBefore = Math.max(-1, ...theirs.filter((v) => v.sentence < r.sentence).map((v) => v.sentence));
      const next = inSentence(r.sentence + 1);
      // (or the one trip with a city they are told to make there, wherever it is told: "… paid a courtesy call on him this morning. … She arrived in Suva on Tuesday")
      // (a trip abroad: a traveller's way home is none)
      const abroad = theirs.filter((v) => v.place && notLater(v) && v.visitors.some((k) => r.participants.includes(k) && countries.get(k) && countries.get(k) !== v.destination));
      const onlyTrip = new Set(abroad.map((v) => `${v.destination}|${v.place}`)).size === 1 ? abroad[0] : undefined;
      // ("On the margins of the visit, ⟨P1⟩ held a separate meeting with ⟨P2⟩": the visit told last, whoever made it)
      const toldVisit = r.duringVisit ? visits.filter((v) => v.sentence < r.sentence && v.place && v.status === 'OCCURRED').at(-1) : undefined;
      const visit = inSentence(r.sentence) ?? inSentence(lastBefore, true) ?? (next && notLater(next) ? next : undefined) ?? toldVisit;
      // "spent six days in Qatar negotiating with …": the trip told in the same sentence is where they met
      const tripHere = visits.some((v) => v.sentence === r.sentence && !v.onward && v.visitors.some((k) => r.participants.includes(k)));
      // (one that took place before one called off: "did not travel to Cebu" tells where no one went)
      const shared = (o: ExtractedMeeting): boolean => !!o.place && o.mode === 'IN_PERSON' && o.participants.some((k) => r.participants.includes(k)) && compatible(o.date, dated.get(r) ?? null);
      const earlier = [...out].reverse().find((o) => shared(o) && o.status === r.status) ?? [...out].reverse().find(shared);
      // foreigners met where one of them travelled were there too
      // a trip to a country with no city named says where they were; the city, if any, is told elsewhere
      const inTripCountry = (p: { country: string | null } | null | undefined): boolean => !visit || p?.country === visit.destination;
      if (visit?.place) { place = { name: visit.place, country: visit.destination }; travelled = true; }
      else if (earlier?.place && inTripCountry(earlier.place)) { place = earlier.place; travelled = placeShowsTravel.has(earlier) && earlier.status === r.status; }
      // a visitor met at the dateline's city, in the days the dateline reports ("last met in February" is elsewhere)
      // (an international body's envoy is a visitor everywhere)
      else if (inTripCountry(dateline?.place) && (visit || !tripHere) && dateline?.place?.name && recent(dated.get(r) ?? null, anchor) &&
        r.participants.some((k) => (countries.get(k) && countries.get(k) !== dateline.place!.country) || international.has(k))) {
        place = { name: dateline.place.name, country: dateline.place.country };
        travelled = true;
        byDateline = true;
      } else if (!visit && !tripHere) {
        // "… on the sidelines of the council. The meeting came as EU foreign ministers gathered in ⟨L⟩": where the gathering sat
        const gathered = [r.sentence, r.sentence + 1, r.sentence - 1, r.sentence - 2, r.sentence - 3].map((n) => gatherings.get(n)).find(Boolean);
        if (gathered && r.participants.some((k) => (countries.get(k) && countries.get(k) !== gathered.country) || international.has(k))) { place = gathered; travelled = true; }
        else if (onlyTrip && !earlier) place = { name: onlyTrip.place!, country: onlyTrip.destination };
      }
    }
    // ("⟨P⟩ hosted his Belgian and Dutch counterparts", no place told, in his own state's outlet: at home, where the guests came)
    const hostAtHome = !place && r.mode === 'IN_PERSON' && r.status === 'OCCURRED' && !!r.host && !!homePlace && countries.get(r.host) === homePlace.country &&
      r.participants.some((k) => k !== r.host && countries.get(k) && countries.get(k) !== homePlace.country);
    if (hostAtHome) { place = homePlace; travelled = true; }
    const date = dated.get(r) ?? null;
    // (one they "last" held is another, before it)
    const same = r.previous ? undefined : out.find((o) => o.status === r.status && o.participants.length === r.participants.length && o.participants.every((p) => r.participants.includes(p)) && compatible(o.date, date));
    if (same) {
      same.evidence.push(r.evidence);
      // (a call told again as "the two sides" takes no place from it)
      if (same.mode === 'IN_PERSON' && (!same.place || (travelled && (!placeShowsTravel.has(same) || (!!r.place && placedByDateline.has(same)))))) {
        same.place = place ?? same.place;
        if (travelled) placeShowsTravel.add(same);
        if (r.place) placedByDateline.delete(same);
      }
      if (date && (!same.date || refines(date, same.date))) same.date = date;
      continue;
    }
    const meeting: ExtractedMeeting = { participants: r.participants, place, mode: r.mode, date, status: r.status, evidence: [r.evidence], confidence: r.confidence };
    if (r.sequel) sequels.add(meeting);
    if (r.retold) retold.add(meeting);
    if (r.aside) aside.add(meeting);
    if (r.widens) widening.add(meeting);
    if (r.remote) remote.set(meeting, r.remote);
    if (travelled) placeShowsTravel.add(meeting);
    if (byDateline) placedByDateline.add(meeting);
    out.push(meeting);
  }
  const samePeople = (a: ExtractedMeeting, b: ExtractedMeeting): boolean => a.participants.length === b.participants.length && a.participants.every((p) => b.participants.includes(p));
  // (talks held long before the article report no plan done: "… is to call on ⟨P⟩. … he last called on ⟨P⟩ in August last year")
  const longAgo = (o: ExtractedMeeting): boolean => !!o.date && !!anchor && Date.parse(o.date.end) < Date.parse(anchor) - 30 * 864e5;
  const meetings = out.filter((m) => {
    // A plan that the text then reports as done is one meeting.
    // (a call that took place does not report talks planned in person)
    if (m.status === 'PLANNED' && out.some((o) => o !== m && o.status === 'OCCURRED' && o.mode === m.mode && samePeople(o, m) && !longAgo(o) && (!m.date || !o.date || m.date.start === o.date.start))) return false;
    // "⟨P⟩ hosted his two counterparts …; the talks, which brought together the three, were also attended by ⟨P4⟩":
    // a table of three told again with a fourth is one table (same day, same city, told within four sentences)
    const near = (a: ExtractedMeeting, b: ExtractedMeeting): boolean => a.evidence.some((x) => b.evidence.some((y) => Math.abs(x.sentence - y.sentence) <= 4));
    // (so is a pair told without a day, "following talks in Nairobi between A and B", then told with its day and others)
    // (not a table the story moves on to: "the three ministers were later received by ⟨P⟩")
    // (and a pair told "during the meeting" sat at the larger table told before)
    // (and a pair that "the two" of the next sentence take to a wider table: "… was received by ⟨P2⟩. The two co-chaired the session, also attended by …")
    const widened = (o: ExtractedMeeting): boolean => widening.has(o) && o.evidence[0].sentence === m.evidence[0].sentence + 1;
    // (but not a pair told at a table of its own beside it: "on the sidelines of the session, A held bilateral talks with B")
    if (!aside.has(m) && out.some((o) => (m.participants.length >= 3 || !m.date || retold.has(m) || widened(o)) && o !== m && !sequels.has(o) && o.status === m.status && o.mode === m.mode && o.participants.length > m.participants.length && m.participants.every((k) => o.participants.includes(k)) &&
      (near(o, m) || retold.has(m)) && (!m.date || !o.date || m.date.start === o.date.start) && (!m.place || !o.place || m.place.name === o.place.name))) return false;
    // "met the authorities of X" adds nothing when the same person met X's named officials.
    const bodies = m.participants.filter((k) => k.startsWith('o') && coreference.organizations.find((o) => o.key === k)?.kind === 'government' && !coreference.organizations.find((o) => o.key === k)?.delegation);
    if (bodies.length) {
      const others = m.participants.filter((k) => !bodies.includes(k));
      const country = coreference.organizations.find((o) => o.key === bodies[0])?.country;
      if (out.some((o) => o !== m && others.every((k) => o.participants.includes(k)) && o.participants.some((k) => countries.get(k) === country))) return false;
    }
    return true;
  });
  return { meetings, placeShowsTravel, remote };
}

function person(c: PersonCluster, countries: Map<string, string | null>): ExtractedPerson {
  // The fullest form, spelled the way the article spells the surname most often.
  const surname = (f: string): string => f.split(/\s+/).pop()!.toLowerCase();
  const usage = (f: string): number => c.mentions.filter((m) => m.kind === 'person' && surname(m.name) === surname(f)).length;
  const name = [...c.forms].sort((a, b) => b.split(/\s+/).length - a.split(/\s+/).length || usage(b) - usage(a))[0];
  const aliases = [...new Set([...c.forms, ...c.surfaces])].filter((f) => f !== name);
  const country = countries.get(c.key) ?? null;
  return {
    type: 'person', key: c.key, name, aliases, country,
    mentions: c.mentions.map((m) => ({ sentence: m.sentence, start: m.start, end: m.end })),
    confidence: c.forms.some((f) => f.includes(' ')) ? 0.9 : 0.6,
    roles: c.titles.map((t) => ({ title: t.title, portfolio: t.portfolio, country: t.country ?? country, organization: null, evidence: { sentence: t.mention.sentence, start: t.mention.start, end: t.mention.end } })),
  };
}

function demonymIn(surfaces: string[]): string | null {
  for (const s of surfaces) for (const w of s.split(/\s+/)) if (lookupPlace(w)?.kind === 'demonym') return w;
  return null;
}

const POSTED_TITLE = /\b(?:ambassador|charg[eé] d'affaires|consul|high commissioner)\b/i;
const TRAVELLING_TITLE = /\b(?:envoy|representative|minister|secretary|president|negotiator)\b/i;
const DE_FACTO_PREFERENCE = ['Islamic Emirate', 'Taliban'];

function organization(c: OrganizationCluster): ExtractedOrganization {
  // a ministry is named by its fullest form ("Egypt's Foreign Ministry" over "the foreign ministry")
  const fullest = c.identity.startsWith('ministry:') ? [...c.surfaces].sort((a, b) => b.length - a.length)[0] : c.surfaces[0];
  let name = c.canonical ?? fullest ?? c.identity;
  if (c.delegation && c.country) name = `${demonymIn(c.surfaces) ?? countryName(c.country)} delegation`;
  if (c.identity.startsWith('gov:') && c.country) {
    name = DE_FACTO_PREFERENCE.find((n) => c.surfaces.includes(n)) ?? countryName(c.country);
  }
  name = name.replace(/^the\s+/i, '').replace(/’/g, "'");
  // ("Uganda's Ministry of Foreign Affairs" is also the "Ministry of Foreign Affairs" written in it)
  const owned = c.surfaces.map((s) => /^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s\s+(\p{Lu}.*)$/u.exec(s)?.[1]).filter((s): s is string => !!s);
  const aliases = [...new Set([...c.surfaces, ...owned].map((s) => s.replace(/^the\s+/i, '').replace(/’/g, "'")))].filter((s) => s !== name);
  return {
    type: 'organization', key: c.key, name, aliases, country: c.country, kind: c.kind,
    mentions: c.mentions.map((m) => ({ sentence: m.sentence, start: m.start, end: m.end })), confidence: 0.8,
  };
}
