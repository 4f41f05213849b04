// A seeded world of diplomats and what they did, and the news articles several outlets wrote
// about it, each article with its truth: which true person every name refers to and which true
// event every reported visit or meeting is. Same seed, same articles.
import type { ArticleInput } from '../../src/extract/types.js';
import {
  BACKGROUND,
  CLAUSES,
  MONTHS,
  NAME_POOLS,
  OUTLETS,
  SITE_NOISE,
  SPELLINGS,
  STATES,
  WEEKDAYS,
  type Gender,
  type Outlet,
  type State,
} from './lexicon.js';
import { Random } from './random.js';

export type RoleKind = 'foreign-minister' | 'deputy-foreign-minister' | 'special-representative' | 'spokesperson' | 'director-general' | 'ambassador';

export interface TruePerson {
  id: string;
  state: State;
  role: RoleKind;
  /** the state an ambassador is posted to */
  posting: State | null;
  /** the region a director general covers */
  region: string | null;
  gender: Gender;
  given: string;
  middle: string | null;
  surname: string;
  surnameFirst: boolean;
  /** prints as "S. Jaishankar" in some outlets */
  initialable: boolean;
  honorific: 'Dr' | 'Sheikh' | null;
  /** true for the members of a pair of different people sharing one full name */
  homonym: boolean;
}

export interface TrueVisit {
  id: string;
  kind: 'visit';
  visitor: string;
  destination: string;
  place: string;
  date: string;
}

export interface TrueMeeting {
  id: string;
  kind: 'meeting';
  participants: string[];
  place: string | null;
  date: string;
  mode: 'IN_PERSON' | 'PHONE';
}

export type TrueEvent = TrueVisit | TrueMeeting;

export interface PersonTruth {
  personId: string;
  /** every form of the name this article printed for the person */
  surfaces: string[];
}

export interface EventTruth {
  eventId: string;
  kind: 'visit' | 'meeting';
  /** the sentence of the article that reports it, as printed */
  sentence: string;
}

export interface SyntheticArticle {
  input: Required<Pick<ArticleInput, 'text' | 'title' | 'url' | 'publisher' | 'publishedAt'>>;
  truth: { people: PersonTruth[]; events: EventTruth[] };
}

export interface SyntheticCorpus {
  seed: number;
  people: TruePerson[];
  events: TrueEvent[];
  /** ordered by publication date, the order a news feed delivers them */
  articles: SyntheticArticle[];
}

export interface GeneratorOptions {
  seed: number;
  articles: number;
  /** size of the world; default grows with the number of articles */
  people?: number;
  /** first day events may happen on */
  startDate?: string;
}

const REGIONS = ['South Asia', 'Central Asia', 'the Middle East', 'Africa', 'Europe', 'East Asia'];
const TRAVELLING: RoleKind[] = ['foreign-minister', 'deputy-foreign-minister', 'special-representative', 'director-general'];
/** States in the order a small world takes them: every naming tradition early. */
const STATE_ORDER = ['PK', 'RU', 'CN', 'AF', 'IN', 'US', 'IR', 'NG', 'UZ', 'GB', 'QA', 'KE', 'KZ', 'DE', 'BD', 'ET', 'SA', 'TJ', 'FR', 'ZA', 'EG'];
/** how many outlets report one event: 1 to 5 */
const REPORTERS: [number, number][] = [[1, 25], [2, 30], [3, 25], [4, 12], [5, 8]];
const MEAN_REPORTERS = 2.48;

const DAY_MS = 86_400_000;
const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
const weekdayOf = (iso: string) => WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()];
const stateByCode = new Map(STATES.map((s) => [s.code, s]));
const possessive = (state: State) => (state.code === 'US' ? "the United States'" : `${state.name}'s`);
const ministryOf = (state: State) => state.ministry ?? 'Foreign Ministry';

// ---------------------------------------------------------------------------------------------
// The world: states, the officials who serve them, and homonyms.

function rolesOf(state: State, world: State[]): { role: RoleKind; posting: State | null; region: string | null }[] {
  const roles: { role: RoleKind; posting: State | null; region: string | null }[] = [
    { role: 'foreign-minister', posting: null, region: null },
    { role: 'spokesperson', posting: null, region: null },
  ];
  if (state.code !== 'AF') roles.push({ role: 'special-representative', posting: null, region: null });
  roles.push({ role: 'deputy-foreign-minister', posting: null, region: null });
  const others = world.filter((s) => s !== state);
  for (let i = 0; i < Math.max(others.length, REGIONS.length); i++) {
    if (i < others.length) roles.push({ role: 'ambassador', posting: others[i], region: null });
    if (i < REGIONS.length) roles.push({ role: 'director-general', posting: null, region: REGIONS[i] });
  }
  return roles;
}

function makePeople(random: Random, size: number): TruePerson[] {
  const stateCount = Math.min(STATE_ORDER.length, Math.max(6, Math.round(size / 5)));
  const world = STATE_ORDER.slice(0, stateCount).map((code) => stateByCode.get(code)!);
  const queues = world.map((state) => rolesOf(state, world));
  const used = new Set<string>();
  const people: TruePerson[] = [];
  for (let round = 0; people.length < size; round++) {
    let added = false;
    for (let s = 0; s < world.length && people.length < size; s++) {
      const slot = queues[s][round];
      if (!slot) continue;
      added = true;
      const state = world[s];
      const pool = NAME_POOLS[state.tradition];
      let person: TruePerson;
      do {
        const gender: Gender = random.chance(0.2) ? 'f' : 'm';
        const surname = random.pick(pool.surnames);
        person = {
          id: `P${people.length + 1}`,
          state,
          ...slot,
          gender,
          given: random.pick(pool.given[gender]),
          middle: pool.middle.length && random.chance(0.25) ? random.pick(pool.middle) : null,
          surname: gender === 'f' && pool.feminineSurname ? pool.feminineSurname(surname) : surname,
          surnameFirst: pool.surnameFirst ?? false,
          initialable: (pool.initials ?? false) && random.chance(0.4),
          honorific: ['QA', 'SA'].includes(state.code) && random.chance(0.5) ? 'Sheikh' : random.chance(0.06) ? 'Dr' : null,
          homonym: false,
        };
      } while (used.has(fullKey(person)) || person.given === person.middle);
      used.add(fullKey(person));
      people.push(person);
    }
    if (!added) break;
  }
  pairHomonyms(random, people);
  return people;
}

const fullKey = (p: TruePerson) => [p.given, p.middle, p.surname].join(' ');

/** A few pairs of different people with one full name, serving different states. */
function pairHomonyms(random: Random, people: TruePerson[]): void {
  const wanted = Math.max(1, Math.round(people.length / 40));
  let made = 0;
  for (const a of random.shuffle(people)) {
    if (made >= wanted) break;
    if (a.homonym) continue;
    const b = people.find((p) => !p.homonym && p !== a && p.state !== a.state && p.state.tradition === a.state.tradition && p.gender === a.gender);
    if (!b) continue;
    Object.assign(b, { given: a.given, middle: a.middle, surname: a.surname, honorific: a.honorific, initialable: a.initialable, homonym: true });
    a.homonym = true;
    made++;
  }
}

// ---------------------------------------------------------------------------------------------
// How an outlet prints a name and a title.

/** An outlet spells a name the same way every time; outlets differ from each other. */
function spell(token: string, outlet: Outlet): string {
  const forms = SPELLINGS[token];
  if (!forms) return token;
  const h = Random.hash(`${outlet.name}|${token}`);
  return h % 2 === 0 ? forms[0] : forms[1 + ((h >>> 1) % (forms.length - 1))];
}

class Writer {
  readonly people = new Map<string, Set<string>>();
  private readonly introduced = new Set<string>();

  constructor(
    private readonly random: Random,
    readonly outlet: Outlet,
    /** everyone this article will name, to know when a surname alone is ambiguous */
    private readonly cast: TruePerson[],
  ) {}

  private note(person: TruePerson, surface: string): string {
    const set = this.people.get(person.id) ?? new Set<string>();
    set.add(surface);
    this.people.set(person.id, set);
    return surface;
  }

  private fullName(person: TruePerson): string {
    const given = spell(person.given, this.outlet);
    const surname = spell(person.surname, this.outlet);
    if (person.surnameFirst) return `${surname} ${given}`;
    if (person.initialable && this.random.chance(0.35)) return `${given[0]}.${this.random.chance(0.5) ? '' : ' '}${surname}`.replace(/^(\w)\.(\w)/, '$1. $2');
    const middle = person.middle && this.random.chance(0.8) ? ` ${spell(person.middle, this.outlet)}` : '';
    const honorific = person.honorific && this.random.chance(person.honorific === 'Sheikh' ? 0.7 : 0.5) ? `${person.honorific} ` : '';
    return `${honorific}${given}${middle} ${surname}`;
  }

  private title(person: TruePerson): string {
    const state = person.state;
    switch (person.role) {
      case 'foreign-minister':
        return state.foreignMinister ?? 'Foreign Minister';
      case 'deputy-foreign-minister':
        return state.code === 'US' ? 'Deputy Secretary of State' : 'Deputy Foreign Minister';
      case 'special-representative':
        return this.random.pick(['Special Representative for Afghanistan', 'special envoy for Afghanistan', 'Special Envoy on Afghanistan']);
      case 'spokesperson':
        return `${ministryOf(state)} spokesperson`;
      case 'director-general':
        return `Director General for ${person.region}`;
      case 'ambassador':
        return `ambassador to ${person.posting!.name}`;
    }
  }

  /** First mention: the name with its title and state, in one of the usual constructions. */
  private introduce(person: TruePerson): string {
    const name = this.note(person, this.fullName(person));
    const title = this.title(person);
    const state = person.state;
    const upper = title[0].toUpperCase() + title.slice(1);
    switch (this.random.int(0, 3)) {
      case 0:
        return `${state.demonym} ${upper} ${name}`;
      case 1:
        return `${possessive(state)} ${title} ${name}`;
      case 2:
        return `${name}, ${possessive(state)} ${title},`;
      default:
        return `${name}, the ${state.demonym} ${title},`;
    }
  }

  private shortName(person: TruePerson): string {
    const surname = spell(person.surname, this.outlet);
    const shared = this.cast.some((other) => other.id !== person.id && other.surname === person.surname);
    if (shared) return this.fullName(person);
    const roll = this.random.next();
    if (roll < 0.3) return `${person.honorific === 'Dr' ? 'Dr' : person.gender === 'f' ? 'Ms' : 'Mr'}${this.outlet.honorificDot ? '.' : ''} ${surname}`;
    return surname;
  }

  /** A person as the article names them here: introduced the first time, short after. */
  refer(person: TruePerson, options: { pronoun?: boolean } = {}): string {
    if (!this.introduced.has(person.id)) {
      this.introduced.add(person.id);
      return this.introduce(person);
    }
    if (options.pronoun && this.random.chance(0.2)) return person.gender === 'f' ? 'She' : 'He';
    return this.note(person, this.shortName(person));
  }

  truth(): PersonTruth[] {
    return [...this.people].map(([personId, surfaces]) => ({ personId, surfaces: [...surfaces] }));
  }
}

// ---------------------------------------------------------------------------------------------
// Dates as reporters write them.

function dateExpression(random: Random, eventDate: string, publishedAt: string): string {
  if (random.chance(0.03)) return '';
  const lag = daysBetween(eventDate, publishedAt);
  const [year, month, day] = eventDate.split('-').map(Number);
  const explicit = () =>
    random.weighted([
      [`on ${MONTHS[month - 1]} ${day}`, 4],
      [`on ${day} ${MONTHS[month - 1]}`, 3],
      [`on ${MONTHS[month - 1]} ${day}, ${year}`, 1],
    ]);
  const weekday = `on ${weekdayOf(eventDate)}`;
  if (lag === 0) return random.weighted([['today', 2], [weekday, 5], [explicit(), 3]]);
  if (lag === 1) return random.weighted([['yesterday', 3], [weekday, 4], [explicit(), 3]]);
  return random.weighted([[weekday, 6], [explicit(), 4]]);
}

function dateline(random: Random, outlet: Outlet, city: string, publishedAt: string): string {
  const [, month, day] = publishedAt.split('-').map(Number);
  const roll = random.next();
  if (roll < 0.4 && outlet.agency) return `${city.toUpperCase()}, ${MONTHS[month - 1].slice(0, 3)} ${day} (${outlet.agency}) – `;
  if (roll < 0.7) return `${city.toUpperCase()}: `;
  return '';
}

/** Joins the parts of a sentence and tidies what templating leaves behind. */
function sentence(text: string): string {
  const tidy = text
    .replace(/\s+/g, ' ')
    .replace(/,\s*([.,])/g, '$1')
    .replace(/\s+([.,])/g, '$1')
    .trim();
  return tidy[0].toUpperCase() + tidy.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Stories: one true happening, reported by one to five outlets.

interface Story {
  date: string;
  cast: TruePerson[];
  events: TrueEvent[];
  write(writer: Writer, random: Random, publishedAt: string): { title: string; place: string; paragraphs: string[][]; reports: EventTruth[] };
}

function clause(random: Random, speaker: TruePerson): string {
  return random.pick(CLAUSES).replace('{country}', speaker.state.name);
}

function statementSentence(random: Random, speaker: string, state: State, date: string, said: string): string {
  return sentence(
    random.pick([
      `${speaker} said ${date} that ${said}.`,
      `${speaker} told reporters in ${state.capital} ${date} that ${said}.`,
      `Speaking at a press briefing ${date}, ${speaker} said ${said}.`,
      `${speaker} wrote on X ${date} that ${said}.`,
    ]),
  );
}

function listOf(items: string[]): string {
  return items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function visitStory(random: Random, id: () => string, people: TruePerson[], date: string): Story | null {
  const visitor = random.pick(people.filter((p) => TRAVELLING.includes(p.role)));
  const hosts = people.filter((p) => p.state !== visitor.state && TRAVELLING.includes(p.role) && p.surname !== visitor.surname);
  if (!hosts.length) return null;
  const destination = random.pick(hosts).state;
  const candidates = random.shuffle(hosts.filter((p) => p.state === destination));
  const met = candidates.slice(0, random.chance(0.35) ? 2 : 1);
  const visit: TrueVisit = { id: id(), kind: 'visit', visitor: visitor.id, destination: destination.code, place: destination.capital, date };
  const meetings: TrueMeeting[] = met.map((host, i) => ({
    id: id(),
    kind: 'meeting',
    participants: [visitor.id, host.id],
    place: destination.capital,
    date: addDays(date, i === 0 ? 0 : random.int(0, 1)),
    mode: 'IN_PERSON',
  }));
  return {
    date,
    cast: [visitor, ...met],
    events: [visit, ...meetings],
    write(writer, random, publishedAt) {
      const when = dateExpression(random, date, publishedAt);
      const guest = writer.refer(visitor);
      const days = random.pick(['two', 'three']);
      const lead = sentence(
        random.pick([
          `${guest} arrived in ${destination.capital} ${when} on a ${days}-day official visit.`,
          `${guest} travelled to ${destination.capital} ${when} for talks with ${destination.demonym} officials.`,
          `${guest} paid a visit to ${destination.name} ${when} for consultations on regional security.`,
          `${guest} landed in ${destination.capital} ${when} at the head of a high-level delegation.`,
          `${when ? `${when}, ` : ''}${guest} reached ${destination.capital} for a round of talks.`,
        ]),
      );
      const reports: EventTruth[] = [{ eventId: visit.id, kind: 'visit', sentence: lead }];
      const body: string[] = [];
      for (const [i, meeting] of meetings.entries()) {
        // Not yet happened when the article went out, or left out of this report.
        if (meeting.date > publishedAt || (reports.length > 1 && random.chance(0.3))) continue;
        const host = met[i];
        const onDay = meeting.date === date && random.chance(0.5) ? '' : dateExpression(random, meeting.date, publishedAt);
        const again = writer.refer(visitor, { pronoun: true });
        const inClause = again === 'He' || again === 'She' ? again.toLowerCase() : again;
        const other = writer.refer(host);
        const text = sentence(
          random.pick([
            `During the visit, ${inClause} met ${other} ${onDay}.`,
            `${again} held talks with ${other} in ${destination.capital} ${onDay}.`,
            `${again} also called on ${other} ${onDay}.`,
            `${again} sat down with ${other} at the ${ministryOf(destination)} ${onDay}.`,
          ]),
        );
        reports.push({ eventId: meeting.id, kind: 'meeting', sentence: text });
        body.push(text);
      }
      const closing: string[] = [random.pick(BACKGROUND)];
      if (random.chance(0.6)) {
        const speaker = random.pick([visitor, ...met.filter((h) => writer.people.has(h.id))]);
        closing.push(sentence(`${writer.refer(speaker)} said ${clause(random, speaker)}.`));
      }
      return {
        title: random.pick([`${visitor.state.demonym} envoy ${visitor.surname} visits ${destination.name}`, `${visitor.surname} arrives in ${destination.capital} for talks`]),
        place: destination.capital,
        paragraphs: [[lead], body, closing],
        reports,
      };
    },
  };
}

function meetingStory(random: Random, id: () => string, people: TruePerson[], date: string): Story | null {
  const ambassadorCall = random.chance(0.2);
  let participants: TruePerson[];
  let place: State | null;
  if (ambassadorCall) {
    const envoy = random.pick(people.filter((p) => p.role === 'ambassador'));
    const hosts = people.filter((p) => p.state === envoy.posting && TRAVELLING.includes(p.role) && p.surname !== envoy.surname);
    if (!hosts.length) return null;
    participants = [envoy, random.pick(hosts)];
    place = envoy.posting;
  } else {
    const size = random.weighted([[2, 80], [3, 15], [4, 5]] as const);
    participants = [];
    for (const person of random.shuffle(people.filter((p) => TRAVELLING.includes(p.role)))) {
      if (participants.some((q) => q.state === person.state || q.surname === person.surname)) continue;
      participants.push(person);
      if (participants.length === size) break;
    }
    if (participants.length < 2) return null;
    const phone = participants.length === 2 && random.chance(0.15);
    place = phone ? null : random.chance(0.75) ? random.pick(participants).state : stateByCode.get(random.pick(STATE_ORDER.slice(0, 8)))!;
  }
  const meeting: TrueMeeting = {
    id: id(),
    kind: 'meeting',
    participants: participants.map((p) => p.id),
    place: place?.capital ?? null,
    date,
    mode: place ? 'IN_PERSON' : 'PHONE',
  };
  const hostState = place;
  return {
    date,
    cast: participants,
    events: [meeting],
    write(writer, random, publishedAt) {
      const when = dateExpression(random, date, publishedAt);
      // Guests before hosts: "the visitor called on the host in the host's capital".
      const isHost = (p: TruePerson) => (p.state === hostState ? 1 : 0);
      const [first, ...rest] = random.shuffle(participants).sort((x, y) => isHost(x) - isHost(y));
      const a = writer.refer(first);
      const others = rest.map((p) => writer.refer(p));
      const b = listOf(others);
      const city = hostState?.capital;
      const sidelines = hostState && !participants.some((p) => p.state === hostState);
      const lead = sentence(
        !city
          ? random.pick([
              `${a} held a telephone conversation with ${b} ${when}.`,
              `${a} spoke by phone with ${b} ${when}.`,
              `${a} and ${b} spoke by telephone ${when}.`,
            ])
          : sidelines
            ? random.pick([`${a} met ${b} on the sidelines of a regional conference in ${city} ${when}.`, `${a} and ${b} held talks in ${city} ${when} on the margins of a ministerial meeting.`])
            : random.pick([
                `${a} met ${b} in ${city} ${when}.`,
                `${a} held talks with ${b} in ${city} ${when}.`,
                `${a} and ${b} met in ${city} ${when}.`,
                `${a} called on ${b} in ${city} ${when}.`,
                `${a} sat down with ${b} in ${city} ${when} to review bilateral ties.`,
                `In ${city} ${when}, ${a} held a meeting with ${b}.`,
              ]),
      );
      const speaker = random.pick(participants);
      const follow = [random.pick(BACKGROUND)];
      if (random.chance(0.6)) follow.push(sentence(`${writer.refer(speaker)} said ${clause(random, speaker)}.`));
      const surnames = participants.map((p) => p.surname);
      return {
        title: random.pick([`${surnames.slice(0, 2).join(', ')} discuss bilateral ties`, `${participants[0].state.name}, ${participants[1].state.name} hold talks`]),
        place: city ?? participants[0].state.capital,
        paragraphs: [[lead], follow],
        reports: [{ eventId: meeting.id, kind: 'meeting', sentence: lead }],
      };
    },
  };
}

function statementStory(random: Random, people: TruePerson[], date: string): Story {
  const speaker = random.chance(0.5) ? random.pick(people.filter((p) => p.role === 'spokesperson')) : random.pick(people);
  const subject = random.chance(0.5) ? random.pick(people.filter((p) => p.state !== speaker.state && p.surname !== speaker.surname)) : null;
  return {
    date,
    cast: subject ? [speaker, subject] : [speaker],
    events: [],
    write(writer, random, publishedAt) {
      const when = dateExpression(random, date, publishedAt);
      const said = subject ? `talks with ${writer.refer(subject)} had been useful` : clause(random, speaker);
      const first = statementSentence(random, writer.refer(speaker), speaker.state, when, said);
      const second = sentence(`${writer.refer(speaker)} added that ${clause(random, speaker)}.`);
      return {
        title: `${speaker.state.name} ${random.pick(['calls for dialogue', 'urges restraint', 'welcomes talks'])}`,
        place: speaker.state.capital,
        paragraphs: [[first], [second, random.pick(BACKGROUND)]],
        reports: [],
      };
    },
  };
}

// ---------------------------------------------------------------------------------------------

export function defaultPeople(articles: number): number {
  return Math.max(24, Math.min(600, Math.round(articles / 3)));
}

export function generateCorpus(options: GeneratorOptions): SyntheticCorpus {
  const random = new Random(options.seed);
  const people = makePeople(random, options.people ?? defaultPeople(options.articles));
  const start = options.startDate ?? '2021-01-04';
  const stories = Math.ceil(options.articles / MEAN_REPORTERS);
  // Enough days that one person's trips rarely overlap, without running past today.
  const span = Math.max(20, Math.min(daysBetween(start, new Date().toISOString().slice(0, 10)) - 10, Math.round(stories / 3)));
  let eventSeq = 0;
  const nextEventId = () => `E${++eventSeq}`;
  const events: TrueEvent[] = [];
  const articles: (SyntheticArticle & { order: number })[] = [];
  let written = 0;
  while (written < options.articles) {
    const date = addDays(start, random.int(0, span - 1));
    const kind = random.weighted([['visit', 40], ['meeting', 40], ['statement', 20]] as const);
    const story =
      kind === 'visit' ? visitStory(random, nextEventId, people, date) : kind === 'meeting' ? meetingStory(random, nextEventId, people, date) : statementStory(random, people, date);
    if (!story) continue;
    events.push(...story.events);
    const outlets = random.shuffle(OUTLETS).slice(0, random.weighted(REPORTERS));
    for (const outlet of outlets) {
      if (written >= options.articles) break;
      const publishedAt = addDays(date, random.weighted([[0, 3], [1, 4], [2, 2], [3, 1]]));
      const writer = new Writer(random, outlet, story.cast);
      const draft = story.write(writer, random, publishedAt);
      const paragraphs = draft.paragraphs.filter((p) => p.length).map((p) => p.join(' '));
      paragraphs[0] = dateline(random, outlet, draft.place, publishedAt) + paragraphs[0];
      if (random.chance(0.15)) paragraphs.push(random.pick(SITE_NOISE).replace('{outlet}', outlet.name));
      written++;
      articles.push({
        order: Date.parse(publishedAt) + random.next(),
        input: {
          text: paragraphs.join('\n\n'),
          title: draft.title,
          url: `https://${outlet.name.toLowerCase().replace(/\W+/g, '-')}.example/${publishedAt.replace(/-/g, '/')}/${written}`,
          publisher: outlet.name,
          publishedAt,
        },
        truth: { people: writer.truth(), events: draft.reports },
      });
    }
  }
  articles.sort((a, b) => a.order - b.order);
  return { seed: options.seed, people, events, articles: articles.map(({ input, truth }) => ({ input, truth })) };
}
