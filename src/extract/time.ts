import * as chrono from 'chrono-node';
import type { DateRange } from './types.js';

/**
 * A time expression found in one sentence, resolved against the anchor date.
 * Expressions relative to another event ("a day earlier", "two days later") are not returned:
 * only the caller knows which event they refer to.
 */
export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  range: DateRange;
}

type Direction = 'past' | 'future';

const DAY_MS = 864e5;
/** Months and weekdays by their first three letters, as cues and abbreviations read them. */
const SHORT_MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const SHORT_WEEKDAYS = 'mon|tue|wed|thu|fri|sat|sun';
// A past-tense "January 30" a few days after the anchor is a time-zone or edition effect, not last year.
const PAST_TOLERANCE_DAYS = 3;

/**
 * What chrono can read besides the phrase rules: a capitalised month or weekday, a casual day, "ago",
 * a numeric date. Parsing is the costly part of the stage, and most sentences hold none of these.
 */
const CHRONO_CUE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|Mon|Tue|Wed|Thu|Fri|Sat|Sun)|\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|ago|[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight)\b|\d[-/.]\d/;
/**
 * chrono's casual English without its clock-time parser (a time of day dates nothing here), and a
 * variant also without the numeric formats, for the many sentences that write no "2024-11-12" or "12/11".
 */
const NUMERIC_DATE = /\d[-/.]\d/;
const NUMERIC_PARSERS = new Set(['ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser', 'ENYearMonthDayParser']);
const CHRONO_ALL = chrono.casual.clone();
CHRONO_ALL.parsers = CHRONO_ALL.parsers.filter((p) => p.constructor.name !== 'ENTimeExpressionParser');
const CHRONO_WORDS = CHRONO_ALL.clone();
CHRONO_WORDS.parsers = CHRONO_WORDS.parsers.filter((p) => !NUMERIC_PARSERS.has(p.constructor.name));
/**
 * What each of chrono's word parsers cannot match without. Parsers read the text each on its own, so one
 * whose cue a sentence lacks would find nothing there and is left out; the numeric ones and those whose
 * units may be a single letter always run.
 */
const MONTH_CUE = new RegExp(SHORT_MONTHS, 'i');
const PARSER_CUES = new Map<string, RegExp>([
  ['ENMonthNameLittleEndianParser', MONTH_CUE],
  ['ENMonthNameMiddleEndianParser', MONTH_CUE],
  ['ENMonthNameParser', MONTH_CUE],
  ['ENYearMonthNameParser', /[1-9]/],
  ['ENWeekdayParser', new RegExp(SHORT_WEEKDAYS, 'i')],
  ['ENCasualDateParser', /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i],
  ['ENCasualTimeParser', /morning|afternoon|evening|night|midday|noon/i],
  ['ENEndOfCurrentMonthParser', /month/i],
  ['ENRelativeDateFormatParser', /this|last|past|next|after/i],
  ['ENTimeUnitAgoFormatParser', /ago|before|earlier/i],
  ['ENTimeUnitLaterFormatParser', /later|after|from now|henceforth|forward|out/i],
]);
/** Each configuration's parsers with their cues, and a chrono for each set of them a sentence calls for (by a bit each). */
const CUED_PARSERS = new Map([CHRONO_ALL, CHRONO_WORDS].map((all) => [all, all.parsers.map((parser) => ({ parser, cue: PARSER_CUES.get(parser.constructor.name) }))]));
const CHRONO_BY_PARSERS = new Map<chrono.Chrono, Map<number, chrono.Chrono>>([[CHRONO_ALL, new Map()], [CHRONO_WORDS, new Map()]]);

function chronoFor(sentence: string): chrono.Chrono {
  const all = NUMERIC_DATE.test(sentence) ? CHRONO_ALL : CHRONO_WORDS;
  const cued = CUED_PARSERS.get(all)!;
  let key = 0;
  for (const [i, { cue }] of cued.entries()) if (!cue || cue.test(sentence)) key |= 1 << i;
  const built = CHRONO_BY_PARSERS.get(all)!;
  let parser = built.get(key);
  if (!parser) {
    parser = new chrono.Chrono({ parsers: cued.filter((_, i) => key & (1 << i)).map((c) => c.parser), refiners: all.refiners });
    built.set(key, parser);
  }
  return parser;
}

const MAY_HOLD_A_DATE =
  /\d|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?\b|\b(yesterday|today|tonight|tomorrow|week|month|year|ago|night|morning|afternoon|evening|decade)\b/i;

// ---- calendar arithmetic in UTC, on plain (year, month, day) triples -------------------------

interface Ymd {
  y: number;
  m: number; // 1..12
  d: number;
}

const toMs = ({ y, m, d }: Ymd): number => Date.UTC(y, m - 1, d);
const fromMs = (ms: number): Ymd => {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
};
const addDays = (day: Ymd, n: number): Ymd => fromMs(toMs(day) + n * DAY_MS);
const weekday = (day: Ymd): number => new Date(toMs(day)).getUTCDay(); // 0 = Sunday
const lastDayOfMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = ({ y, m, d }: Ymd): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function parseAnchor(anchor: string | null): Ymd | null {
  const match = anchor ? /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor) : null;
  if (!match) return null;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return iso(fromMs(toMs(day))) === iso(day) ? day : null;
}

const dayRange = (start: Ymd, end: Ymd = start): DateRange => ({ start: iso(start), end: iso(end), precision: 'DAY' });
const monthRange = (y: number, m: number): DateRange => ({
  start: iso({ y, m, d: 1 }),
  end: iso({ y, m, d: lastDayOfMonth(y, m) }),
  precision: 'MONTH',
});
const yearRange = (y: number): DateRange => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: 'YEAR' });
const shiftMonth = (y: number, m: number, n: number): { y: number; m: number } => {
  const index = y * 12 + (m - 1) + n;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
};

/** Monday-to-Sunday week containing `day`, shifted by `weeks`. */
function weekRange(day: Ymd, weeks: number): DateRange {
  const monday = addDays(day, -((weekday(day) + 6) % 7) + 7 * weeks);
  return { start: iso(monday), end: iso(addDays(monday, 6)), precision: 'WEEK' };
}

/** "this week": the anchor's month when the week so far (or still to come) lies inside it, else the week. */
function currentWeekRange(anchor: Ymd, direction: Direction): DateRange {
  const week = weekRange(anchor, 0);
  const edge = direction === 'past' ? week.start : week.end;
  return edge.slice(0, 7) === iso(anchor).slice(0, 7) ? monthRange(anchor.y, anchor.m) : week;
}

/** The year for a month (and day) written without one: the nearest occurrence in `direction`. */
function resolveYear(anchor: Ymd, m: number, d: number | null, direction: Direction): number {
  const candidate = (y: number): number => toMs({ y, m, d: d ?? 1 });
  const anchorMs = d === null ? toMs({ ...anchor, d: 1 }) : toMs(anchor);
  if (direction === 'past') {
    return candidate(anchor.y) - anchorMs > (d === null ? 0 : PAST_TOLERANCE_DAYS * DAY_MS) ? anchor.y - 1 : anchor.y;
  }
  return candidate(anchor.y) < anchorMs ? anchor.y + 1 : anchor.y;
}

// ---- phrases chrono misreads or reads too precisely ------------------------------------------

interface PhraseRule {
  pattern: RegExp;
  /** A word the pattern cannot match without: a cheap test before the costly one. */
  cue: RegExp;
  /** null: a time expression that cannot be resolved from the anchor (consumed, not returned). */
  resolve: (match: RegExpExecArray, anchor: Ymd | null, direction: Direction) => DateRange | null;
}

const NUMBER_WORD = '(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|\\d+)';
const FUNCTION_WORDS = new Set([
  'on', 'in', 'at', 'and', 'or', 'but', 'when', 'while', 'after', 'before', 'as', 'to', 'the', 'a', 'an', 'with',
  'by', 'for', 'that', 'which', 'where', 'he', 'she', 'it', 'they', 'was', 'were', 'is', 'has', 'had', 'have',
  'until', 'since', 'from', 'amid', 'following', 'during', 'its', 'his', 'her', 'their',
]);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const PHRASE_RULES: PhraseRule[] = [
  {
    // Relative to another event in the story, not to the anchor.
    cue: /day|week|month|year/i,
    pattern: new RegExp(
      `\\b(?:${NUMBER_WORD}\\s+(?:days?|weeks?|months?|years?)\\s+(?:earlier|later|before|after(?:wards)?|on)|the (?:day|week|month|year) (?:before|after)|(?:the\\s+)?(?:past|coming)\\s+(?:${NUMBER_WORD}\\s+)?(?:days?|weeks?|months?|years?)|the (?:next|following|previous|preceding) (?:day|week|month|year)|(?:that|the same) (?:day|week|month|year))\\b`,
      'gi',
    ),
    resolve: () => null,
  },
  {
    cue: /week/i,
    pattern: /\b(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?(?:this|the)\s+week\b|\b(?:earlier|later)\s+in\s+the\s+week\b/gi,
    resolve: (match, anchor, direction) => {
      if (!anchor || /^the\s+week$/i.test(match[0])) return null;
      const later = /\blater\b/i.test(match[0]);
      const earlier = /\bearlier\b/i.test(match[0]);
      return currentWeekRange(anchor, later ? 'future' : earlier ? 'past' : direction);
    },
  },
  {
    // "received this morning", "spoke last night": the anchor's day, or the one before it
    cue: /morning|afternoon|evening|night/i,
    pattern: /\b(this|last)\s+(morning|afternoon|evening|night)\b/gi,
    resolve: (match, anchor) => (anchor ? dayRange(/^last$/i.test(match[1]) && !/morning|afternoon/i.test(match[2]) ? addDays(anchor, -1) : anchor) : null),
  },
  {
    cue: /week/i,
    pattern: /\b(last|next)\s+week\b/gi,
    resolve: (match, anchor) => (anchor ? weekRange(anchor, /last/i.test(match[1]) ? -1 : 1) : null),
  },
  {
    cue: /month/i,
    pattern: /\b(?:(?:earlier|later|early|late|mid-?)\s*(?:in\s+)?)?(this|last|next)\s+month\b|\b(?:earlier|later)\s+in\s+the\s+month\b/gi,
    resolve: (match, anchor) => {
      if (!anchor) return null;
      const which = (match[1] ?? 'this').toLowerCase();
      const offset = which === 'last' ? -1 : which === 'this' ? 0 : 1;
      const { y, m } = shiftMonth(anchor.y, anchor.m, offset);
      return monthRange(y, m);
    },
  },
  {
    // "in November last year", "(early) March next year": a month of the year told relative to the anchor's
    cue: /\b(?:last|this|next)\s+year\b/i,
    pattern: new RegExp(`\\b(?:(?:mid|early|late)-?\\s*)?(${MONTHS.join('|')})\\s+(last|this|next)\\s+year\\b`, 'g'),
    resolve: (match, anchor) => {
      if (!anchor) return null;
      const which = match[2].toLowerCase();
      return monthRange(anchor.y + (which === 'last' ? -1 : which === 'this' ? 0 : 1), MONTHS.indexOf(match[1]) + 1);
    },
  },
  {
    cue: /year/i,
    // ("in the second half of the year", "in the first half of next year")
    pattern: /\b(?:(?:earlier|later|early|late|mid-?)\s*(?:in\s+)?|(?:the\s+)?(?:first|second)\s+half\s+of\s+)?(this|last|next|the)\s+year\b/gi,
    resolve: (match, anchor) => {
      if (!anchor) return null;
      const which = match[1].toLowerCase();
      if (which === 'the' && !/half/i.test(match[0])) return null; // "the end of the year" is no year of its own
      return yearRange(anchor.y + (which === 'last' ? -1 : which === 'this' || which === 'the' ? 0 : 1));
    },
  },
  {
    // "mid-May", "early-June", "late March 2024": a month told by its part
    cue: new RegExp(`\\b(?:mid|early|late)-?\\s*(?:${SHORT_MONTHS})`, 'i'),
    pattern: new RegExp(`\\b(?:mid|early|late)-?\\s*(${MONTHS.join('|')})\\b(?:\\s+((?:19|20)\\d\\d)\\b)?`, 'g'),
    resolve: (match, anchor, direction) => {
      const m = MONTHS.indexOf(match[1]) + 1;
      if (match[2]) return monthRange(Number(match[2]), m);
      return anchor ? monthRange(resolveYear(anchor, m, null, direction), m) : null;
    },
  },
  {
    // A bare year needs a preposition before it and no noun after it ("the 1988 sanctions regime").
    cue: /(?:19|20)\d\d/,
    pattern: new RegExp(
      `\\b(?:in|since|by|until|till|during|from|before|after|of|early|late|mid-?|end of|beginning of|start of)\\s+(?:(?:early|late|mid-?)\\s*)?((?:19|20)\\d\\d)\\b(?![-–]\\d)(?!\\s+(?!(?:${[...FUNCTION_WORDS].join('|')})\\b)[a-z])`,
      'gi',
    ),
    resolve: (match) => yearRange(Number(match[1])),
  },
];

// ---- chrono results -------------------------------------------------------------------------

const MONTH_PART = /\b(end|beginning|start|middle|half)\s+of\b|\bmid-/i;
const CASUAL_DAY = /^(yesterday|today|tonight|tomorrow|last night)(\s+(morning|afternoon|evening|night))?$/i;
const PART_OF_DAY = /^(this|last)\s+(morning|afternoon|evening|night)$/i;
const EVENT_RELATIVE = /\b(earlier|later|before|after|afterwards|following|previous|prior|hence)\b/i;
const MONTH_NAME = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/i;
const MODIFIER_BEFORE = /(?:['’]s|\b(?:the|a|an|its|their|his|her))\s+$/i;
const AGO = /\b(day|week|month|year)s?\s+ago\b/i;
const PART_OF_DAY_OF = new RegExp(`\\b(?:morning|afternoon|evening|night)\\s+of\\s+(?=${SHORT_MONTHS}|${SHORT_WEEKDAYS}|\\d)`, 'gi');
/** "for about 30 minutes", "within two hours": a span of the clock, no day. */
const CLOCK_SPAN = /\b(?:seconds?|minutes?|mins?|hours?|hrs?)\b/i;

function resolveChrono(result: chrono.ParsedResult, anchor: Ymd | null, direction: Direction): DateRange | null {
  const text = result.text.trim();
  const known = (c: chrono.Component): boolean => result.start.isCertain(c);
  if (!known('day') && !known('month') && !known('year') && !known('weekday')) return null; // a time of day alone
  if (EVENT_RELATIVE.test(text) && !AGO.test(text)) return null;
  if (CLOCK_SPAN.test(text) && !CHRONO_CUE.test(text)) return null;
  // Without a digit, a date names a capitalised month or weekday: "sat down", "may meet", "in the day" are not dates.
  if (!/\d|[A-Z]/.test(text) && !CASUAL_DAY.test(text) && !PART_OF_DAY.test(text) && !AGO.test(text)) return null;

  const get = (c: chrono.Component): number => result.start.get(c) ?? 0;
  const ago = AGO.exec(text);
  if (ago) {
    if (!anchor) return null;
    const unit = ago[1].toLowerCase();
    const day: Ymd = { y: get('year'), m: get('month'), d: get('day') };
    if (unit === 'day') return dayRange(day);
    if (unit === 'week') return weekRange(day, 0);
    if (unit === 'month') return monthRange(day.y, day.m);
    return yearRange(day.y);
  }
  if (CASUAL_DAY.test(text) || PART_OF_DAY.test(text)) {
    return anchor ? dayRange({ y: get('year'), m: get('month'), d: get('day') }) : null;
  }
  if (known('weekday') && !known('day')) {
    if (!anchor) return null;
    const wanted = get('weekday');
    const way: Direction = /\blast\b/i.test(text) ? 'past' : /\bnext\b/i.test(text) ? 'future' : direction;
    const delta = way === 'past' ? -((weekday(anchor) - wanted + 7) % 7) : (wanted - weekday(anchor) + 7) % 7;
    return dayRange(addDays(anchor, delta));
  }
  if (known('month')) {
    const m = get('month');
    const wholeMonth = !known('day') || MONTH_PART.test(text);
    let y = known('year') ? get('year') : null;
    if (y === null) {
      if (!anchor) return null;
      y = resolveYear(anchor, m, wholeMonth ? null : get('day'), direction);
    }
    if (wholeMonth) return monthRange(y, m);
    const start: Ymd = { y, m, d: get('day') };
    if (result.end && result.end.isCertain('day')) {
      const endMonth = result.end.get('month') ?? m;
      const end: Ymd = { y: endMonth < m ? y + 1 : y, m: endMonth, d: result.end.get('day') ?? start.d };
      if (toMs(end) >= toMs(start)) return dayRange(start, end);
    }
    return dayRange(start);
  }
  if (known('year')) return yearRange(get('year'));
  return null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** Every time expression in one sentence, resolved against `anchor` (YYYY-MM-DD), in text order. */
export function findTimeExpressions(sentence: string, anchor: string | null, direction: Direction): TimeExpression[] {
  if (!MAY_HOLD_A_DATE.test(sentence)) return [];
  const anchorDay = parseAnchor(anchor);
  const found: TimeExpression[] = [];
  const consumed: { start: number; end: number }[] = [];

  for (const rule of PHRASE_RULES) {
    if (!rule.cue.test(sentence)) continue;
    for (const match of sentence.matchAll(rule.pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (consumed.some((c) => overlaps(c, span))) continue;
      consumed.push(span);
      const range = rule.resolve(match as RegExpExecArray, anchorDay, direction);
      if (range) found.push({ ...span, text: match[0], range });
    }
  }

  if (!CHRONO_CUE.test(sentence)) return found.sort((a, b) => a.start - b.start);
  // Local noon keeps chrono's local-time arithmetic on the anchor's calendar day.
  const ref = anchorDay ? new Date(anchorDay.y, anchorDay.m - 1, anchorDay.d, 12) : new Date(2000, 0, 1, 12);
  // ("on the morning of July 18": chrono takes the part of the day for a time and drops the date; blanked, offsets kept)
  const dated = sentence.replace(PART_OF_DAY_OF, (m) => ' '.repeat(m.length));
  for (const result of chronoFor(dated).parse(dated, ref, { forwardDate: direction === 'future' })) {
    const text = result.text.replace(/[\s,;:.—–-]+$/, '');
    const span = { start: result.index, end: result.index + text.length };
    if (consumed.some((c) => overlaps(c, span))) continue;
    // "Venezuela's July presidential election": a month naming another event, as a modifier
    if (MONTH_NAME.test(text) && MODIFIER_BEFORE.test(sentence.slice(0, result.index))) continue;
    const range = resolveChrono(result, anchorDay, direction);
    if (range) found.push({ ...span, text, range });
  }
  return found.sort((a, b) => a.start - b.start);
}
