import type { MaskedSentence } from './masking.js';
import { findTimeExpressions } from './time.js';
import type { DateRange, EventStatus } from './types.js';

interface Readable {
  sentence: number;
  at: number;
  status?: EventStatus;
  /** Only time expressions from this masked offset on are the event's own (a relayer's date is not the words'). */
  timesFrom?: number;
  /** "the ministry reports": said as the article is written. */
  present?: boolean;
  /** Words relayed by another ("⟨P⟩ said X had told him on Monday …"): a day of their own is not the story's. */
  relayed?: boolean;
  /** "has warned": said before, at no time the story tells unless the sentence names one. */
  perfect?: boolean;
}
export type Dated = Map<Readable, DateRange | null>;

const SIDELINES = /\bon the (?:sidelines|margins)\b/i;
const RELATIVE = /\b(?:(a|one|two|three) days? (earlier|later|before|after)|the (following|next|previous) (?:day|evening|morning|night)|the day (before|after)|(?:later|earlier) (?:in|on) the day|the same day|that day|that (?:morning|afternoon|evening)|later that day|the same (?:morning|afternoon|evening)|(on the eve) of)\b/i;
/** "Before heading to ⟨L⟩, …": a sentence opening on a gerund clause, closed by its comma. */
export const OPENING_GERUND = /^(?:Before|After)\s+\w+ing\b[^,;]*,/;
const NO_ANCHOR = /\b(recently|lately|in recent (?:days|weeks|months))\b/i;
const NUMBERS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };

function shift(range: DateRange, days: number): DateRange {
  const move = (d: string): string => new Date(Date.parse(d) + days * 864e5).toISOString().slice(0, 10);
  return range.precision === 'DAY' ? { start: move(range.start), end: move(range.end), precision: 'DAY' } : range;
}

/**
 * Dates each event: the time expression nearest its trigger in the sentence (forwards for plans);
 * "a day earlier", "the same day" against the story's last date; otherwise the story's last date,
 * which carries events told without a date of their own ("Kabulov then met …").
 */
export function datesFor(events: Readable[], masked: MaskedSentence[], anchor: string | null, actorsOf: (e: Readable) => string[] = () => []): Dated {
  const dated: Dated = new Map();
  let storyDate: DateRange | null = null;
  // ("… last met in March 2018. A day earlier, …": a day is counted from the story's last day, not a month told in passing)
  let storyDay: DateRange | null = null;
  // ("… is expected to land on Wednesday afternoon. The same evening, he will hold a tête-à-tête …": a plan's day for the plans told after it)
  let planDay: DateRange | null = null;
  // events already dated, with their actors: an undated event takes the date of the one it shares most actors with
  const told: { actors: Set<string>; date: DateRange; event: boolean }[] = [];
  let storyFromEvent = false;
  const bySentence = new Map<number, Readable[]>();
  for (const e of events) bySentence.set(e.sentence, [...(bySentence.get(e.sentence) ?? []), e]);
  for (const m of masked) {
    const here = bySentence.get(m.sentence.index);
    if (!here) {
      // A day named in a sentence without events still sets the story's day ("Kabul on Thursday hosted …").
      // So does a recent month ("late last month"); a distant one is background ("since August 2021").
      // … a date in a "since …" clause is background ("since M23 rebels seized Goma in late January")
      // … and so is the day of a thing or a death told in passing ("in memory of a sergeant killed on 3 May")
      const day = m.slots.find((s) => s.type === 'T' && (s.time?.range.precision === 'DAY' || (s.time?.range.precision === 'MONTH' && near(s.time.range, anchor))) &&
        !/\bsince\b[^,;]*$|\b(?:killed|died|born|founded|established|launched|created|formed|built|inaugurated)\s+(?:on\s+|in\s+)?$/i.test(m.sentence.text.slice(0, s.start - m.sentence.start)));
      // a day after the article's that no plan is told for is a deadline, not the story's day
      const deadline = day && anchor && !PLANNING.test(m.sentence.text) && day.time!.range.start > anchor;
      if (day && !deadline) { storyDate = (PLANNING.test(m.sentence.text) ? futureOf(m, day.time!.start, anchor) : null) ?? day.time!.range; storyFromEvent = false; }
      if (storyDate?.precision === 'DAY') storyDay = storyDate;
      continue;
    }
    let sentenceDate: DateRange | null = null;
    let lastDate: DateRange | null = null;
    const toldHere: typeof told = [];
    for (const e of here.sort((a, b) => a.at - b.at)) {
      const found = e.present && anchor ? { start: anchor, end: anchor, precision: 'DAY' as const } : timeFor(m, e, anchor);
      // what happened or was said cannot be dated after the article ("… meet the 31st December deadline")
      const own = found && anchor && e.status !== 'PLANNED' && e.status !== 'CANCELLED' && found.start > anchor ? null : found;
      const relative = RELATIVE.exec(m.sentence.text);
      let date = own;
      // ("⟨P⟩, who reached Dhaka on Thursday, held talks … the same day": a day told earlier in the sentence is the base)
      const planBase: DateRange | null = e.status === 'PLANNED' ? planDay : null;
      const base: DateRange | null = relative ? dayBefore(m, relative.index) ?? planBase ?? storyDay ?? storyDate : null;
      if (!date && relative && base) {
        const n = NUMBERS[relative[1]?.toLowerCase() ?? ''] ?? 1;
        const way = relative[2] ?? relative[3] ?? relative[4] ?? (relative[5] ? 'previous' : '');
        // ("The meeting came a day after ⟨the two⟩ took part in …": the event the phrase introduces lies the other way)
        const phrase = RELATIVE.exec(m.text);
        const introduced = /^(?:after|before)$/i.test(relative[2] ?? '') && !!phrase && e.at > phrase.index ? -1 : 1;
        date = /earlier|before|previous/i.test(way) ? shift(base, -n * introduced) : /later|after|following|next/i.test(way) ? shift(base, n * introduced) : base;
      }
      // (an opening "Before heading to ⟨L⟩," with no day of its own takes none of the story's)
      if (!date && (NO_ANCHOR.test(m.sentence.text) || e.perfect || (OPENING_GERUND.exec(m.text)?.[0].length ?? 0) > e.at)) { dated.set(e, null); continue; }
      // ("On the sidelines, ⟨P1⟩ held a bilateral meeting with ⟨P2⟩": the day of the gathering told before, of three or more)
      const gathering = SIDELINES.test(m.text.slice(0, e.at)) ? [...told].reverse().find((t) => t.event && t.actors.size >= 3 && actorsOf(e).some((k) => t.actors.has(k)))?.date ?? null : null;
      // a plan told without a date of its own does not take a past one
      const inherited: DateRange | null = (e.timesFrom || outsideRelativeClause(m, e.at) ? null : sentenceDate) ?? gathering ?? (storyFromEvent ? relatedDate(e, here) : storyDate);
      date ??= e.status === 'PLANNED' && inherited && anchor && inherited.end < anchor ? null : inherited;
      dated.set(e, date);
      if (e.status === 'PLANNED' && date?.precision === 'DAY') planDay = date;
      // ("⟨P⟩ had told him in a phone call on Monday": a past perfect tells background, not the story's day)
      // (so does what happened "on the eve of" the story's event)
      const background = (e.relayed && !!own) || (e.status !== undefined && (/\bhad\s+(?:also\s+|already\s+)?$/.test(m.text.slice(0, e.at)) || (!own && !!relative?.[5])));
      if (date && e.status !== 'PLANNED' && !(anchor && date.start > anchor)) {
        sentenceDate ??= date;
        if (!background) {
          lastDate = date;
          toldHere.push({ actors: new Set(actorsOf(e)), date, event: e.status !== undefined });
        }
      }
    }
    told.push(...toldHere);
    // "that evening", "the same day" in the next sentence point to the last event told
    // a day told only as when words were said is the sentence's day, not an event's of its own
    if (lastDate) { storyDate = lastDate; storyFromEvent = toldHere.some((t) => t.event); }
    if (storyDate?.precision === 'DAY') storyDay = storyDate;
  }
  return dated;

  /**
   * The date of the last event told with most of these actors; when the story's last day belongs to
   * an event of other people only, its month (a wrong day would merge two events).
   */
  function relatedDate(e: Readable, sentence: Readable[]): DateRange | null {
    // ("⟨P⟩, who flew in from ⟨L⟩, joined the ministers …": with the actors of the sentence's other events of the same people)
    const own = actorsOf(e);
    const ties = e.status === 'OCCURRED' ? sentence.filter((x) => x !== e && x.status === 'OCCURRED' && actorsOf(x).some((k) => own.includes(k))) : [];
    const actors = [...new Set([...own, ...ties.flatMap(actorsOf)])];
    let best: { overlap: number; date: DateRange } | null = null;
    for (const t of told) {
      const overlap = actors.filter((k) => t.actors.has(k)).length;
      if (overlap > 0 && (!best || overlap >= best.overlap)) best = { overlap, date: t.date };
    }
    if (best) return best.date;
    // words spoken about the last event ("the meeting focused on …") are of its day
    if (!storyDate || e.status === undefined || !actors.length || storyDate.precision !== 'DAY') return storyDate;
    return monthOf(storyDate);
  }
}

/** True when `pos` stands inside a quotation opened in the same text (a sentence may open with the end of one). */
function insideQuote(text: string, pos: number): boolean {
  const before = text.slice(0, pos);
  const last = before.search(/["“”][^"“”]*$/);
  // ('When the volcano erupted in 2022, we were here," ⟨P⟩ said': a sentence that opens inside a quotation begun before)
  if (last < 0) return /^[^"“”]*(?:”|[^\s("“”]")/.test(text.slice(pos));
  const mark = before[last];
  const opening = mark === '“' || (mark === '"' && (last === 0 || /[\s(]/.test(before[last - 1])));
  return opening && /["”]/.test(text.slice(pos));
}

/** The last day named in the sentence before `offset` (an offset into its text). */
function dayBefore(m: MaskedSentence, offset: number): DateRange | null {
  const days = m.slots.filter((s) => s.type === 'T' && s.time?.range.precision === 'DAY' && s.end - m.sentence.start <= offset);
  return days.at(-1)?.time?.range ?? null;
}

function monthOf(range: DateRange): DateRange {
  const [y, m] = range.start.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${range.start.slice(0, 7)}-01`, end: `${range.start.slice(0, 7)}-${String(last).padStart(2, '0')}`, precision: 'MONTH' };
}

// ("Boko is expected in Namibia in April": a plan with no verb of its own)
const PLANNING_BEFORE = /\b(will|would|(?:is|are) (?:due|expected|scheduled|set) to|(?:is|are) (?:scheduled|set|planned|slated) for|(?:is|are) (?:due|expected) (?:in|at|back)|plans? to)\b/i;
const PLANNING = /\b(will|(?:is|are) (?:both |all |also )?(?:due|expected|scheduled|set) to|plans? to)\b/i;

/** The expression at `offset` read forwards ("on Monday" of a plan is the next Monday); parsing it alone is cheap. */
function futureOf(m: MaskedSentence, offset: number, anchor: string | null): DateRange | null {
  const slot = m.slots.find((s) => s.time?.start === offset);
  return slot?.time ? findTimeExpressions(slot.time.text, anchor, 'future')[0]?.range ?? null : null;
}

/** "⟨P⟩, who arrived here on Sunday night, later called on …": the spans of relative clauses, whose days are their own. */
function relativeClauses(m: MaskedSentence): (readonly [number, number])[] {
  // (", who had arrived the previous evening." closes the sentence)
  // (", both of whom arrived in ⟨L⟩ yesterday", ", whose government took office after the ⟨T⟩ elections" too)
  // (a person's apposition may swallow the comma: "⟨P⟩ who arrived in ⟨L⟩ on Saturday")
  // (", during which the two discussed preparations for a dialogue later this year" too)
  return [...m.text.matchAll(/(?:,\s*|(?<=⟨P\d+⟩)\s+(?=who\b))(?:(?:both|all|each|neither|one|two|three)\s+of\s+(?:whom|which)|(?:during|at|in|after)\s+which|who|whose|which)\b[^,;]*(?:,|\.?\s*$)/g)].map((c) => [c.index, c.index + c[0].length] as const);
}

/** True when the event stands outside a relative clause of its sentence: the clause's day is not the sentence's. */
function outsideRelativeClause(m: MaskedSentence, at: number): boolean {
  const clauses = relativeClauses(m);
  return clauses.length > 0 && !clauses.some(([a, b]) => at > a && at < b);
}

/** Where the words said begin after a verb of saying at `at`: its "that" or "to" clause. */
function complementOf(m: MaskedSentence, at: number): number {
  // ("said ⟨P⟩ had told ⟨P2⟩ during a call last week that …": a complement with its subject and no "that")
  // ("said trade had passed $300 million last year": or a common noun's, the verb followed by no word of when or where it was said)
  const bare = /^(?:said|says|added|stated|noted|confirmed|announced)\s+(?:(?=⟨[POX]\d+⟩\s+(?:had|has|have|would|will|was|were|is|are)\b)|(?!(?:on|in|at|during|after|before|late|earlier|later|yesterday|today|last|this|via|through|while|when|as|that|⟨[TMPOX]\d+⟩)(?:\s|$))(?=[a-z]))/i.exec(m.text.slice(at));
  if (bare) return at + bare[0].length;
  const c = /\b(?:that|(?<!according\s)to)\s/i.exec(m.text.slice(at));
  return c ? at + c.index : Infinity;
}

function near(range: DateRange, anchor: string | null): boolean {
  return !!anchor && Math.abs(Date.parse(range.start) - Date.parse(anchor)) <= 62 * 864e5;
}

const SAID_BEFORE_DAY = /\b(?:said|says|told|announced|added|stated|confirmed|wrote|tweeted|posted)\s+(?:(?:reporters|journalists|the\s+press|⟨[PMOX]\d+⟩)\s+)?$/;

function timeFor(m: MaskedSentence, e: Readable, anchor: string | null): DateRange | null {
  // a date inside the announced plan, i.e. after "will" and not after the verb of saying
  const planned = (i: number): boolean => {
    const before = m.text.slice(0, m.text.indexOf(`⟨T${i}⟩`)).split(/;/).pop() ?? '';
    const said = [...before.matchAll(/\b(?:said|says|announced|told|added|stated|reported|wrote|tweeted)\b/g)].pop();
    return PLANNING_BEFORE.test(said ? before.slice(said.index) : before);
  };
  const position = (i: number): number => m.text.indexOf(`⟨T${i}⟩`);
  // ("her first trip since ⟨T⟩, when she visited ⟨L⟩": a when-clause happened on the day it follows, background or not)
  const whenOf = /⟨T(\d+)⟩,\s*when\s+(?:[^,;⟨]|⟨[POLX]\d+⟩)*$/.exec(m.text.slice(0, e.at));
  const whenDay = whenOf ? m.slots[Number(whenOf[1])].time?.range : null;
  if (whenDay && e.status === 'OCCURRED' && !/^[^;]*?⟨T\d+⟩/.test(m.text.slice(e.at).split(/,\s(?!and\b)/)[0])) return whenDay;
  const times = m.slots.map((s, i) => ({ slot: s, i })).filter((x) => x.slot.type === 'T' && m.text.indexOf(`⟨T${x.i}⟩`) >= (e.timesFrom ?? 0))
    // a statement is not dated by the plan it announces ("… will hold talks on Tuesday, the Kremlin said")
    .filter((x) => e.status !== undefined || !planned(x.i))
    // "⟨P⟩ urged them to act before it expires in October": a day inside what was said is not when it was said
    .filter((x) => e.status !== undefined || position(x.i) < complementOf(m, e.at))
    // "his first visit since Wellington paused funding in June": a "since" clause is background
    // (and so is "the first … since 2018", read as one expression)
    // ("⟨P⟩ will hold talks with ⟨P2⟩, ⟨P3⟩ said on Thursday": the day of the saying after it is not the event's)
    .filter((x) => e.status === undefined || position(x.i) < e.at || !/,\s*(?:(?:the\s+)?⟨[POX]\d+⟩|the\s+\w+(?:\s+\w+)?)\s+(?:said|says|told|announced|added|stated)\b/.test(m.text.slice(e.at, position(x.i))))
    // ("⟨P⟩ told reporters on Tuesday that he would travel to ⟨L⟩": the day of the saying is not the event's it tells)
    .filter((x) => e.status !== 'PLANNED' || position(x.i) > e.at || !(SAID_BEFORE_DAY.test(m.text.slice(0, position(x.i))) && /^\s*,?\s+that\b/.test(m.text.slice(position(x.i) + `⟨T${x.i}⟩`.length))))
    // ("discussed … the agreement signed in June 2024": the day of a thing the event is about)
    .filter((x) => position(x.i) < e.at || !/\b(?:signed|concluded|adopted|established|founded|launched|ratified|set up)\s+(?:in\s+|on\s+)?$/i.test(m.text.slice(0, position(x.i))))
    // ('"We live in a different world than in 2020," ⟨P⟩ told …': a day inside the words quoted is not when they were said)
    .filter((x) => e.status !== undefined || !insideQuote(m.text, position(x.i)))
    // ("… ahead of the summit in ⟨L⟩ later this week": the day of what is ahead, not of the event)
    .filter((x) => !/\b(?:since|ahead of)\b[^,;⟨]*(?:⟨[^T][^⟩]*⟩[^,;⟨]*)*$/i.test(m.text.slice(0, m.text.indexOf(`⟨T${x.i}⟩`))) && !/^since\b/i.test(x.slot.time?.text ?? ''));
  if (!times.length) return null;
  // ("Before heading to Ukraine, ⟨P⟩ is due in Brussels on Monday": an opening gerund clause has only its own days)
  const opening = OPENING_GERUND.exec(m.text);
  if (opening && e.at < opening[0].length) {
    const own = times.filter((x) => position(x.i) < opening[0].length);
    if (!own.length) return null;
    times.splice(0, times.length, ...own);
  }
  const clauses = relativeClauses(m);
  // (an event told inside a relative clause has only that clause's days)
  const eventClause = clauses.find(([a, b]) => e.at > a && e.at < b);
  // ("a visit to ⟨L⟩, which had been scheduled for next Tuesday, has been postponed": the clause dates the visit)
  const schedules = ([a, b]: readonly [number, number]): boolean => /^,\s*which\s+(?:had been|has been|was|were|is)\s+(?:originally\s+|initially\s+)?(?:scheduled|planned|set|slated|due|expected|pencill?ed in)\b/.test(m.text.slice(a, b)) && a - e.at < 40 && a > e.at;
  // (a clause with no day of its own takes the sentence's: "next month for the session, which she will co-chair")
  const clauseHasDay = !!eventClause && (times.some((x) => position(x.i) > eventClause[0] && position(x.i) < eventClause[1]) || RELATIVE.test(m.text.slice(eventClause[0], eventClause[1])));
  const inOtherClause = (i: number): boolean => eventClause
    ? clauseHasDay && !(position(i) > eventClause[0] && position(i) < eventClause[1])
    : clauses.some((c) => position(i) > c[0] && position(i) < c[1] && !schedules(c));
  if (times.every((x) => inOtherClause(x.i))) return null;
  times.splice(0, times.length, ...times.filter((x) => !inOtherClause(x.i)));
  // the first expression after the trigger in its clause ("… held talks with X on Friday"), else the nearest
  // (with a day told before it, not one of a place's "where" clause after: "On Tuesday, ⟨P⟩ called on ⟨P2⟩ to discuss the border, where a truce brokered last year holds")
  const dayBefore = times.some((x) => position(x.i) < e.at);
  // (nor one past a clause coordinated after it: "met ⟨P⟩ that afternoon, and paid a call on ⟨P2⟩ on Tuesday")
  // (nor one of a clause that times another event: ", before heading to ⟨L⟩ on Saturday", ", six months after ⟨P⟩ received him in April")
  // (a day past such a boundary after the trigger is another clause's: the days before it, else none)
  const boundary = /[;.]\s|,\s+and\s|,\s+(?:before|after)\s+\w+ing\b|,\s+(?:\w+\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|since)\b/;
  const blocked = (x: (typeof times)[number]): boolean => position(x.i) > e.at && boundary.test(m.text.slice(e.at, position(x.i)));
  const following = times.filter((x) => position(x.i) > e.at && !blocked(x) && !(dayBefore && /,\s*where\b/.test(m.text.slice(e.at, position(x.i)))))
    .sort((a, b) => position(a.i) - position(b.i))[0];
  const nearest = following ?? times.filter((x) => !blocked(x)).sort((a, b) => Math.abs(position(a.i) - e.at) - Math.abs(position(b.i) - e.at))[0];
  if (!nearest) return null;
  const told = nearest.slot.time!.range;
  if (e.status === 'PLANNED') return futureOf(m, nearest.slot.time!.start, anchor) ?? told;
  // a plan called off was for a day on either side of the article: the nearer reading of "Saturday" or "March 20"
  if (e.status === 'CANCELLED' && anchor) {
    const future = futureOf(m, nearest.slot.time!.start, anchor);
    const distance = (r: DateRange): number => Math.abs(Date.parse(r.start) - Date.parse(anchor));
    if (future && distance(future) < distance(told)) return future;
  }
  return told;
}
