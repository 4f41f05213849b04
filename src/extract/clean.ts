import * as chrono from 'chrono-node';
import type { Dateline, ExtractedPlace } from './types.js';
import { lookupCity } from './lexicon/cities.js';
import { lookupPlace, lookupTown } from './gazetteer.js';
import { findTimeExpressions } from './time.js';

export interface CleanedArticle {
  /** Body without site noise; paragraphs separated by one blank line. */
  text: string;
  title: string | null;
  byline: string | null;
  /** Where and when the story was filed; `date` is null when the dateline gives no date. */
  dateline: Dateline | null;
  /** The body whose letterhead heads a press release ("Ministry of External Affairs"); it opens `text` then. */
  issuer: string | null;
}

const SOCIAL_NETWORK =
  /\b(facebook|twitter|x|instagram|telegram|whatsapp|youtube|linkedin|tiktok|threads|google news|rss|app|newsletters?|updates|channel|email|e-mail)\b/i;
const SHARE_VERB = /^(follow|like|join|share|subscribe|download|find|connect with|stay (connected|updated|tuned))\b/i;
const SHARE_BUTTONS =
  /^((share|facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|print|copy link|pinterest|reddit)\s*[:|,·•]?\s*)+$/i;
const NEWSLETTER = /^(subscribe|sign up|get the latest|get our|don'?t miss|never miss)\b/i;
const COOKIE = /\bcookies?\b/i;
const COOKIE_CONTEXT = /\b(uses?|using|accept|consent|policy|settings|preferences|experience|browsing|website|site|opt[- ]out)\b/i;
const BUTTON = /^(accept( all)?|reject( all)?|ok(ay)?|i agree|agree|got it|close|dismiss|decline|allow( all)?)[.!]?$/i;
const READ_MORE_LABEL =
  /^(read more|read also|also read|related( articles?| stories| news| posts?| content| coverage)?|see also|more on this( story| topic)?|you (may|might) also like( these| this)?( stories| articles)?|recommended( for you| stories)?|more stories|more from [\w ]+|most read|most popular|most viewed|popular( now| stories)?|editor'?s'? picks|top stories|trending( now)?|further reading)\b\s*(?:[:|\-–—»>]+\s*|$)/i;
const AGENCY_SIGNOFF = /^[A-Z]{2,10}(\/[A-Za-z]{1,8})+$/;
const SLASH_SIGNOFF = /^\/{2,}/;
const PAREN_ONLY = /^\([^()]{1,40}\)$/;
const DASH_SIGNOFF = /^[-–—~]+\s*(the\s+)?[A-Z][\w.'’&]*(\s+(of\s+|the\s+|&\s+)?[A-Z][\w.'’&()]*){0,4}$/;
const COPYRIGHT = /(©|\(c\)\s*\d{4}|\bcopyright\b|all rights reserved)/i;
const CREDITS = /^[([]?(reporting|writing|editing|additional reporting|compiled|edited|translated) by\b/i;
/** "Editor: Huang Qi", "Translator: Putri Hanifa, Kenzu": the desk's credits. */
const STAFF_CREDIT = /^(editors?|edition|editing|translation|translator|reporter|reporting|writer|author|correspondent|producer|sub-editor)\s*:\s*\S/i;
/** "PTI ARV RKM SKS": an agency's sign-off of desk initials. */
const DESK_INITIALS = /^[A-Z]{2,6}(?:\s+[A-Z]{2,4}){2,}$/;
/** "Follow and Subscribe Nyasa TV :", "… – Subscribe Now!", "Daily Sabah Newsletter", "Become a member of Club El Faro." */
const SUBSCRIBE_PROMPT = /^(?:follow and )?subscribe\b|\bsubscribe (?:now|today|here|for free|free)\b|\bnewsletters?$|\bbecome an? (?:member|subscriber|supporter)\b/i;
const SUBSCRIBE_TAIL = /\bsubscribe(?: now| today)?[!.]?$/i;
/** "Manila Bulletin is now on WhatsApp! Join the MB Hub.": a channel's advert. */
const CHANNEL_ADVERT = /\bis now on (?:the )?(?:whatsapp|telegram|facebook|instagram|google news|youtube|tiktok)\b/i;
/** The closing note about the writer: "Mira Halvorsen is a freelance journalist based in Jakarta …". */
const AUTHOR_BIO = /^(?:author\s+)?(?:\p{Lu}[\p{L}'’.-]+\s+){1,3}(?:\p{Lu}[\p{L}'’.-]+\s+){0,3}is an? (?:[\p{L}-]+\s+){0,3}(?:journalist|writer|reporter|correspondent|editor|columnist|contributor|freelancer)\b/u;
const STAFF_ROLE_LINE = /^(?:special |staff |senior |chief )?(?:correspondent|reporter|writer|editor)$/i;
const AUTHOR_NOTE = /^(?:a )?note from the (?:author|editor)\b/i;
const WITH_INPUTS = /^\(?with (inputs?|additional reporting) from\b/i;
const CONTRIBUTED = /\bcontributed( reporting)? to this (report|story|article)\.?\)?$/i;
/** A name alone on its line ("Sagar Ghimire"), which is a byline when a timestamp follows it. */
const NAME_LINE = /^\p{Lu}\p{Ll}[\p{L}'’.-]*(?:\s+\p{Lu}\p{Ll}[\p{L}'’.-]*){1,3}$/u;
const PRESS_RELEASE = /^(press releases?|media releases?|press statement|for immediate release)$/i;
const LETTERHEAD = /^(?:the\s+)?(?:ministry|department|office|embassy|high commission|consulate|presidency)\b.{0,80}$/i;
const MINOR_WORDS = /\b(Of|And|The|For|On|In)\b/g;

/** The issuing body of a press release, from the letterhead above its first paragraph. */
function letterheadIssuer(lines: string[]): string | null {
  const head = lines.slice(0, 12);
  if (!head.some((line) => PRESS_RELEASE.test(line))) return null;
  const issuer = head.find((line) => LETTERHEAD.test(line) && !endsSentence(line));
  if (!issuer) return null;
  return issuer === issuer.toUpperCase() ? titleCase(issuer).replace(MINOR_WORDS, (w) => w.toLowerCase()) : issuer;
}
const COMMENT_FORM =
  /^(leave a (comment|reply)|post a comment|add a comment|comments?( \(\d+\))?|\d+ comments?|your email address will not be published.*|required fields are marked.*|name\s*\*?|email\s*\*?|website|save my name.*|post comment|submit( comment)?|cancel reply)$/i;
const CAPTCHA = /^\d+\s*[+\-−x×*]\s*\d+\s*=\s*[?_]*\s*(\d+)?$/;
const AD = /^(advertisement|advertisment|sponsored( content)?|ads? by \w+|continue reading( below)?|story continues below( advertisement)?|scroll to continue( with content)?|ad)\b/i;
const PHOTO = /^\(?\s*(file\s+)?(photos?|images?|pictures?|pic|photograph|credit)(\s+(credits?|courtesy|source))?\s*(:|–|—|-|by\b)/i;
const TIMESTAMP_WORDS = /\b(published|updated|posted|last|modified|on|at|date|time|pkt|gmt|utc|ist|ast|est|edt|cet|am|pm|a\.m\.|p\.m\.)\b/gi;
const SITE_CHROME =
  /^(tags?|topics?|filed under|categories|category|keywords|newspaper section|section|writer|published|updated|source|story code|news code|news id)\s*:|^(click here|tap here)\b|^\d+\s*min(ute)?s?\s+read$|^listen( to (this|the) (article|story))?\b|^our standards\b/i;
const BYLINE = /^(?:by|written by|reported by|posted by)\s+(.+)$/i;

const wordCount = (line: string): number => (line.match(/\S+/g) ?? []).length;
const endsSentence = (line: string): boolean => /[.!?]["'”’)]*$/.test(line);

const fold = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

function isTimestamp(line: string): boolean {
  if (line.length > 60 || !/\d/.test(line)) return false;
  const results = chrono.parse(line);
  if (!results.length) return false;
  let rest = line;
  for (const r of results) rest = rest.replace(r.text, ' ');
  return rest.replace(TIMESTAMP_WORDS, ' ').replace(/[\s\d,.:;|\-–—@()/]+/g, '') === '';
}

function isSocialPrompt(line: string, words: number): boolean {
  if (SHARE_BUTTONS.test(line)) return true;
  if (words > 30) return false;
  if (SHARE_VERB.test(line) && (SOCIAL_NETWORK.test(line) || line.includes('|'))) return true;
  return words <= 15 && NEWSLETTER.test(line);
}

const LIST_ITEM = /^[-–—•*~]/;
/** A photo caption: "… pose for a photo in Taipei. Photo courtesy of the Ministry", "… in Berlin. (Courtesy: Foreign Ministry)". */
/** "… at the Foreign Ministry in Seoul on Oct. 28. (Yonhap)": a caption signed by an agency. */
const AGENCY_CREDIT = /[.!?]\s*\((?:Yonhap|AFP|AP|Reuters|EPA|Xinhua|Getty Images|AP Photo|Reuters Photo|Anadolu|[A-Z][A-Za-z]+ Photo|[A-Z][\w.]*\/[\w. ]+)\)\s*$/;
const PHOTO_CREDIT = /\b(?:photos?|images?|pictures?)\s+(?:courtesy|credit|by)\b|\b(?:photo|image|picture):\s|\((?:courtesy|photo|image)\b|\bpose for (?:a|the) (?:photo|picture)/i;
/** "X (left) and Y at a joint press conference": who stands where in a picture. */
const PICTURED = /\((?:left|right|centre|center|L|R|second (?:left|right)|2nd (?:left|right))\)/;

/** `inList`: a neighbouring line is a list item too, so a dash line is content, not a sign-off. */
// (the length is counted once, and tested before the patterns it limits: most lines are long sentences)
function isNoise(line: string, inList: boolean): boolean {
  const words = wordCount(line);
  if (COOKIE.test(line) && COOKIE_CONTEXT.test(line)) return true;
  if (BUTTON.test(line) || isSocialPrompt(line, words)) return true;
  if (AGENCY_SIGNOFF.test(line) || SLASH_SIGNOFF.test(line)) return true;
  if (!inList && words <= 5 && PAREN_ONLY.test(line)) return true;
  if (!inList && DASH_SIGNOFF.test(line) && !endsSentence(line)) return true;
  if (words <= 20 && COPYRIGHT.test(line)) return true;
  if (words <= 30 && (CREDITS.test(line) || WITH_INPUTS.test(line) || CONTRIBUTED.test(line))) return true;
  if ((words <= 10 && STAFF_CREDIT.test(line)) || DESK_INITIALS.test(line)) return true;
  if ((words <= 16 && SUBSCRIBE_PROMPT.test(line)) || (words <= 60 && SUBSCRIBE_TAIL.test(line))) return true;
  if (words <= 15 && CHANNEL_ADVERT.test(line)) return true;
  if (words <= 5 && /\bAD$/.test(line)) return true;
  if (COMMENT_FORM.test(line) || CAPTCHA.test(line)) return true;
  // "Tuesday, February 4, 2025 | Kathmandu | e-Paper | Subscribe": a bar of short links
  const segments = line.split(/\s+\|\s+/);
  if (segments.length >= 3 && segments.every((segment) => wordCount(segment) <= 4)) return true;
  if (words <= 12 && (AD.test(line) || SITE_CHROME.test(line))) return true;
  if (words <= 20 && PHOTO.test(line)) return true;
  if (words <= 60 && (PHOTO_CREDIT.test(line) || PICTURED.test(line) || AGENCY_CREDIT.test(line))) return true;
  return isTimestamp(line);
}

/** "By KabulNow Desk" → "KabulNow Desk"; null when the line is not a byline. */
function bylineOf(line: string): string | null {
  const match = BYLINE.exec(line);
  if (!match || endsSentence(line)) return null;
  const author = match[1].trim();
  if (wordCount(author) > 8 || !/^([A-Z]|(our|staff|a|an|the)\s)/.test(author)) return null;
  return author;
}

const looksLikeHeadline = (line: string): boolean =>
  line.length <= 160 && wordCount(line) <= 25 && !endsSentence(line) && !/[:;,]$/.test(line);

// ---- dateline ------------------------------------------------------------------------------

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
// ("Fri. Mar. 15, 2024": a weekday may come first)
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?';
const DATE = `${WEEKDAY}(?:${MONTH}\\s+${DAY}(?:,?\\s+\\d{4})?|${DAY}\\s+${MONTH}(?:,?\\s+\\d{4})?)`;
const WORD = "\\p{Lu}[\\p{L}.'’\\-]*"; // "BRASÍLIA", "SÃO PAULO"
const DATELINE = new RegExp(
  // "Astana, 12 May, Kazinform --": an agency may follow the date after a comma
  `^(${WORD}(?:\\s+${WORD}){0,3})(?:,\\s+(${WORD}(?:\\s+${WORD}){0,2}))?(?:,?\\s+(${DATE}))?(?:,\\s+\\p{Lu}[\\p{L}]+(?=\\s+[-–—]))?` +
    // "(Reuters) -", "(PTI) External …" (an agency may end the dateline without a dash), "April 3. /TASS/.", "June 3, (KUNA):"
    // ("BELIZE CITY, Fri. Mar. 15, 2024" may stand on a line of its own)
    `(?:(?:(?:,?\\s+\\(([^()]{1,40})\\)\\.?|\\.?\\s*/([^/\\s][^/]{0,20})/\\.?)\\s*(?::|[-–—]+)?\\s+|\\s*(?::|[-–—]+)\\s+)(?=\\S)|(?<=\\d{4})\\s*$)`,
  'u',
);
/** "PTI, Colombo, Nov 05 2021, 18:52 ist": an agency, its city and the time filed, on a line of their own. */
const AGENCY_LINE = new RegExp(`^\\p{Lu}{2,8},\\s+(${WORD}(?:\\s+${WORD}){0,2}),\\s+(${MONTH}\\s+${DAY},?\\s+\\d{4}|${DAY}\\s+${MONTH},?\\s+\\d{4})(?:,?\\s+\\d{1,2}[:.]\\d{2}(?:\\s*\\p{L}{2,4})?)?\\s*$`, 'iu');
const MONTH_ONLY = new RegExp(`^${MONTH}$`, 'i');
const KICKER_LABEL = /^(breaking( news)?|update[sd]?|exclusive|watch|listen|analysis|opinion|editorial|comment|video|live|photos?|explainer|interview|news|report|factbox|timeline|correction|sponsored)$/i;

/** The dateline's day, its year taken from publishedAt when the dateline gives none. */
function resolveDatelineDate(text: string, publishedAt: string | null | undefined): string | null {
  const [expression] = findTimeExpressions(text, publishedAt ?? null, 'past');
  return expression?.range.precision === 'DAY' ? expression.range.start : null;
}

const titleCase = (s: string): string =>
  s.toLowerCase().replace(/(^|[\s\-'’.])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());

/** Parses the dateline at the start of the first paragraph; returns it and the paragraph without it. */
function splitDateline(
  paragraph: string,
  publishedAt: string | null | undefined,
): { dateline: Dateline; rest: string } | null {
  const filed = AGENCY_LINE.exec(paragraph);
  const filedCity = filed ? lookupCity(filed[1]) : null;
  if (filed && filedCity) return { dateline: { place: { name: filedCity.name, country: filedCity.country }, date: resolveDatelineDate(filed[2], publishedAt) }, rest: '' };
  const match = DATELINE.exec(paragraph);
  // "Dar es Salaam. Tanzania and Kenya have agreed …": a known city closed by a full stop
  const stopped = match ? null : /^(\p{Lu}[\p{L}'’-]*(?:\s+(?:es|de|del|al|el|la|\p{Lu}[\p{L}'’-]*)){0,3})\.\s+(?=\p{Lu})/u.exec(paragraph);
  const stoppedCity = stopped ? lookupCity(stopped[1]) : null;
  if (stopped && stoppedCity) return { dateline: { place: { name: stoppedCity.name, country: stoppedCity.country }, date: null }, rest: paragraph.slice(stopped[0].length) };
  if (!match) return null;
  const [prefix, placeText, region, dateText, parenthesised, slashed] = match;
  const agency = parenthesised ?? slashed;
  if ((region && MONTH_ONLY.test(region)) || KICKER_LABEL.test(placeText)) return null;
  const allCaps = placeText.replace(/[^\p{L}]/gu, '').length >= 3 && placeText === placeText.toUpperCase();
  // ("BELIZE CITY, …": a town the country package lacks, from the gazetteer of towns)
  const known = lookupCity(placeText);
  const town = !known && allCaps ? lookupTown(titleCase(placeText), null) : null;
  const city = known ?? (town ? { name: titleCase(placeText), country: town.code } : null);
  // ("ARGYLE, St Vincent —": a state by its short name too)
  const regionEntry = region ? lookupPlace(region) : null;
  const regionCountry = regionEntry?.kind === 'country' ? regionEntry.code : null;
  // Mixed-case text followed by a dash is ordinary prose unless it names a known city with more dateline parts.
  // "Rabat - Minister …": a known city set off by a spaced dash opens the story too, unless the dash
  // opens an aside that another one closes ("Moscow – a long-time partner – offered …")
  const setOff = /\s[-–—]\s*$/.test(prefix) && !/^[^.]*\s[-–—]\s/.test(paragraph.slice(prefix.length));
  if (!allCaps && !(city && (dateText || agency || regionCountry || prefix.trimEnd().endsWith(':') || setOff))) return null;
  const place: ExtractedPlace = {
    name: city?.name ?? titleCase(placeText),
    country: regionCountry ?? city?.country ?? null,
  };
  return {
    dateline: { place, date: dateText ? resolveDatelineDate(dateText, publishedAt) : null },
    rest: paragraph.slice(prefix.length),
  };
}

/** The writer's note, bio or signature closing the text ("Jeyhun Gurbanov / Special Correspondent"). */
function dropSignature(kept: string[][]): void {
  const lines = kept.flatMap((block, b) => block.map((line, i) => ({ b, i, line })));
  const note = lines.slice(-8).find((l) => AUTHOR_NOTE.test(l.line));
  if (note) {
    kept.splice(note.b + 1);
    kept[note.b].splice(note.i);
    if (!kept[note.b].length) kept.pop();
  }
  for (;;) {
    const block = kept.at(-1);
    const last = block?.at(-1);
    if (!block || !last) return;
    if (AUTHOR_BIO.test(last) && kept.length > 1) block.pop();
    else if (STAFF_ROLE_LINE.test(last) && kept.length > 1) {
      block.pop();
      if (NAME_LINE.test(block.at(-1) ?? '')) block.pop();
      else if (!block.length && NAME_LINE.test(kept.at(-2)?.at(-1) ?? '')) kept.at(-2)!.pop();
    } else return;
    while (kept.length && !kept.at(-1)!.length) kept.pop();
  }
}

// ---- the stage ------------------------------------------------------------------------------

const normalizeLine = (line: string): string => line.replace(/[\s\u00a0\u200b]+/g, ' ').trim();

export function clean(raw: string, meta: { title?: string | null; publishedAt?: string | null }): CleanedArticle {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of raw.replace(/\r\n?/g, '\n').split('\n').map(normalizeLine)) {
    if (line) {
      current.push(line);
    } else if (current.length) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length) blocks.push(current);

  let byline: string | null = null;
  let skippingHeadlines = false;
  let linesSeen = 0;
  const kept: string[][] = [];
  for (const block of blocks) {
    const lines: string[] = [];
    block.forEach((line, i) => {
      linesSeen += 1;
      if (skippingHeadlines && looksLikeHeadline(line)) return;
      skippingHeadlines = false;
      const readMore = READ_MORE_LABEL.exec(line);
      if (readMore) {
        // A bare label ("Read more:") introduces a list of headlines on the following lines.
        skippingHeadlines = readMore[0].length === line.length;
        return;
      }
      // Bylines sit in a paragraph of their own, or among the first lines when the text has no blank lines.
      const stamped = !!block[i + 1] && (isTimestamp(block[i + 1]) || /^(published|updated|posted)\b/i.test(block[i + 1]));
      const author = (block.length === 1 || linesSeen <= 5 ? bylineOf(line) : null) ?? (stamped && NAME_LINE.test(line) && !lookupCity(line) ? line : null);
      if (author) {
        byline ??= author;
        return;
      }
      const inList = LIST_ITEM.test(block[i - 1] ?? '') || LIST_ITEM.test(block[i + 1] ?? '');
      if (!isNoise(line, inList)) lines.push(line);
    });
    if (lines.length) kept.push(lines);
  }

  // The headline, then section labels, kickers and decks, until the first full sentence.
  const lineCount = (): number => kept.reduce((n, lines) => n + lines.length, 0);
  const shiftLine = (): string => {
    const line = kept[0].shift()!;
    if (!kept[0].length) kept.shift();
    return line;
  };
  const isHeadLine = (line: string): boolean => looksLikeHeadline(line) && !splitDateline(line, meta.publishedAt);
  let title: string | null = null;
  if (lineCount() > 1) {
    const line = kept[0][0];
    if ((meta.title && fold(line) === fold(meta.title)) || isHeadLine(line)) title = shiftLine();
  }
  while (lineCount() > 1 && isHeadLine(kept[0][0])) shiftLine();

  // the dateline opens the first paragraph, or the one after a standfirst ("… bristling.\n\nPARIS — …")
  let dateline: Dateline | null = null;
  for (const [n, lines] of kept.slice(0, 3).entries()) {
    const split = splitDateline(lines[0], meta.publishedAt);
    if (split && (n === 0 || (split.dateline.place && lookupCity(split.dateline.place.name)))) {
      dateline = split.dateline;
      if (split.rest) lines[0] = split.rest;
      else lines.shift();
      if (!lines.length) kept.splice(n, 1);
      break;
    }
  }

  dropSignature(kept);
  const body = kept.map((lines) => lines.join('\n')).join('\n\n');
  // a press release speaks for the body on its letterhead: its name opens the text the facts cite
  const issuer = letterheadIssuer(blocks.flat());
  return {
    text: issuer ? `${issuer}\n\n${body}` : body,
    issuer,
    title: title ?? meta.title ?? null,
    byline,
    dateline,
  };
}
