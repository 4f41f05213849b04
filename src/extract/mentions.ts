import nlp from 'compromise';
import { MAX_PLACE_WORDS, capitalOf, countryName, placeNameWords, foldPhrase, isWorldRegion, isWorldRegionWord, lookupPlace, lookupTown, opensPlaceName, type GazetteerEntry } from './gazetteer.js';
import {
  DE_FACTO_GOVERNMENTS, KNOWN_ORGANIZATIONS, MEDIA_OUTLETS, NAMED_MINISTRIES, NON_ACTOR_NAMES, FOREIGN_BODY_HEADS, ORG_HEADS, PORTFOLIO_WORDS, PORTFOLIOS,
  type KnownOrganization,
} from './lexicon/organizations.js';
import { officeholderNamesOpening, officeholderStateOf } from './officeholders.js';
import { DEPUTY_RANKS, HONORIFICS, HONORIFICS_IN_NAMES, NATIONAL_TITLES, NATIONAL_TITLES_ALSO_HELD_BY, NO_COUNTRY_TITLE, REFERRING_TITLES, TITLE_HEADS, TITLE_WORDS } from './lexicon/titles.js';
import { adjacent, spelled, tokenize, type Token } from './tokens.js';
import { SHARED_DEMONYMS } from './lexicon/places.js';
import { memoized } from './memo.js';
import type { OrganizationKind, Sentence } from './types.js';

interface MentionBase {
  sentence: number;
  /** In a phrase opening the sentence before its subject ("Speaking with his guest, …"). */
  inOpener?: boolean;
  /** Span of the whole phrase (title and apposition included), in article offsets. */
  start: number;
  end: number;
}

export interface PersonMention extends MentionBase {
  kind: 'person';
  /** The name without titles and honorifics ("Zamir Kabulov"). */
  name: string;
  /** The name as written, honorific included ("Mr. Sadiq"). */
  surface: string;
  honorific: string | null;
  title: string | null;
  portfolio: string | null;
  /** Country read from the title, apposition or nationality adjective. */
  country: string | null;
  /** Former officials, analysts: serve no state. */
  stateless: boolean;
  /** An official of an international body ("UN envoy X"): serves no state, travels on its business. */
  international: boolean;
  /** A leader named after "led by" / "headed by". */
  leads: boolean;
  /** Named as the one whose envoy or office follows ("Donald Trump's special envoy"), not as an actor. */
  possessor: boolean;
}

/** A person referred to without a name: "the envoy", "he", "the two foreign ministers". */
export interface ReferenceMention extends MentionBase {
  kind: 'reference';
  pronoun: boolean;
  /** Title nouns and modifiers, lower case ("special", "representative"). */
  words: string[];
  country: string | null;
  /** Every nationality named ("his Uzbek and Pakistani counterparts"). */
  countries: string[];
  /** "the two ministers" → 2, "counterparts" → 0 (any number); 1 otherwise. */
  count: number;
  /** "the visiting minister", "his guest": the traveller of the story. */
  visitor: boolean;
  /** Indefinite ("a Russian envoy"): refers to nobody annotated. */
  indefinite: boolean;
  /** "the envoy's itinerary": the one whose thing it is, not the clause's subject. */
  possessor?: boolean;
  /** "the President": its head written with a capital, as a paper writes its own state's leader. */
  capitalized?: boolean;
}

export interface OrganizationMention extends MentionBase {
  kind: 'organization';
  /** Identity within the article: "gov:RU", "ministry:PK:foreign", "intl:NATO", "office:Baradar". */
  key: string;
  name: string;
  surface: string;
  orgKind: OrganizationKind;
  country: string | null;
  /** A delegation with no named leader in its phrase. */
  delegation: boolean;
}

export interface PlaceMention extends MentionBase {
  kind: 'place';
  entry: GazetteerEntry;
  surface: string;
  /** Introduced by a locative preposition ("in", "to", "into"). */
  locative: boolean;
}

export interface MediaMention extends MentionBase {
  kind: 'media';
  name: string;
}

export type Mention = PersonMention | ReferenceMention | OrganizationMention | PlaceMention | MediaMention;

export interface MentionContext {
  /** Dateline city, for "the federal capital". */
  datelineCountry: string | null;
  datelineCity: string | null;
  /** Country of the de facto rulers the article names ("Taliban" → AF): "the caretaker government" is theirs. */
  deFactoCountry?: string | null;
  /** The story's own country (the dateline's, else the outlet's): whose officials its bare titles name. */
  homeCountry?: string | null;
  /** The outlet's name, which is no one's in its own copy. */
  publisher?: string | null;
}

/** The first word of a building's name in the languages wire copy keeps untranslated. */
const BUILDING_WORD = /^(?:H[ôo]tel|Cit[ée]|Palais|Palacio|Palazzo|Pal[aá]cio|Ch[âa]teau|Schloss|Villa|Casa|Quinta|Qasr|Maison|Kasteel|Dvorac|Pałac|Istana|Palau)$/;

/** "the caretaker government", "the de facto authorities", "the new rulers": the de facto rulers, unnamed. */
const DE_FACTO_DESCRIPTION = /^(caretaker|interim|de facto|new|current|ruling)\s+(government|authorities|administration|rulers|cabinet|leadership|regime)$/i;

// ---- word classes ---------------------------------------------------------------------------

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
/** The word classes compromise's lexicon gives a lower-case word (none when it does not know it). */
function tagsOf(lower: string): string[] {
  const tags = LEXICON[lower];
  return tags == null ? [] : Array.isArray(tags) ? tags : [tags];
}
const NAME_TAGS = new Set(['MaleName', 'FemaleName', 'FirstName', 'LastName', 'Person', 'Honorific']);
/** A given name the lexicon knows ("Luís" as "luis"). */
function isGivenName(lower: string): boolean {
  return tagsOf(foldPhrase(lower)).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
}
/** A given name the lexicon knows as a man's only ("Juan"; not "Andrea", which it knows as either). */
export function isMansGivenName(given: string): boolean {
  const tags = tagsOf(foldPhrase(given));
  return tags.includes('MaleName') && !tags.includes('FemaleName');
}
/** A common English word, i.e. one that starts sentences without being a name. */
function isCommonWord(lower: string): boolean {
  const tags = LEXICON[lower] != null ? tagsOf(lower) : tagsOf(lower.replace(/s$/, ''));
  return tags.length > 0 && !tags.some((t) => NAME_TAGS.has(t));
}

// Words of these kinds open sentences ("Later", "Speaking", "During"); nouns and adjectives before a
// name are given names far more often ("Jean", "Frank", "Harsh").
const SENTENCE_OPENER_TAGS = new Set([
  'Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Gerund', 'PastTense', 'PresentTense', 'Infinitive', 'Modal',
  'QuestionWord', 'Date', 'WeekDay', 'Month', 'Expression', 'Pronoun', 'Plural', 'Copula', 'Negative', 'Auxiliary',
]);
/** An abstract or plural common noun ("cooperation", "expatriates", "investments"), never a surname. */
function isPortfolioNoun(lower: string): boolean {
  const tags = tagsOf(lower);
  if (tags.length && !isCommonWord(lower)) return false;
  // ("Eastern Opening", "Housing": a noun made of a verb, when the word list knows it; not "Jinping")
  return tags.includes('Plural') || /(?:tion|sion|ment|ments|ity|ness|ance|ence|ism|ship|ies)$/.test(lower) || (tags.length > 0 && /ing$/.test(lower));
}

/** A verb in the third person present ("occupies", "respects"), by the lexicon. */
function isPresentVerb(lower: string): boolean {
  const tags = tagsOf(lower);
  return tags.includes('PresentTense') && !tags.includes('Copula');
}

const FUNCTION_TAGS = new Set(['Preposition', 'Conjunction', 'Determiner', 'QuestionWord', 'Pronoun', 'Adverb']);
function isFunctionWord(lower: string): boolean {
  return isCommonWord(lower) && tagsOf(lower).some((t) => FUNCTION_TAGS.has(t));
}

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Gerund', 'Infinitive', 'Modal', 'Copula', 'Auxiliary']);
/** A word of a portfolio written small ("digital technologies"): no function word or verb. */
function smallPortfolioWord(lower: string): boolean {
  return !isFunctionWord(lower) && !tagsOf(lower).some((t) => VERB_TAGS.has(t));
}

/** A common word opening a sentence before a name, and no part of it: "Later Kabulov met …", "Separately X said". */
function opensSentenceBeforeName(lower: string): boolean {
  const tags = tagsOf(lower);
  if (NAME_PARTICLES.has(lower) || (tags.length && !isCommonWord(lower))) return false;
  if (/ly$/.test(lower)) return true;
  return tags.some((t) => SENTENCE_OPENER_TAGS.has(t) || ((t === 'Comparative' || t === 'Superlative') && /(er|est)$/.test(lower)));
}

const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** Months of the Hijri calendar: no name alone ("during Ramadan"), but common Arabic names beside one ("Juma Khamis Rajab"). */
const HIJRI_MONTHS = new Set(['ramadan', 'rajab', 'shaban', 'safar', 'muharram', 'shawwal']);
/** A party's initials: two capitals or more, perhaps joined by a hyphen ("CSV", "N-VA", "PTI", "SPD"). */
const PARTY_INITIALS = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*$/u;
/** Degrees, honours and a US lawmaker's party and state ("D-NJ") are no parties. */
const NOT_PARTIES = /^(?:PhD|MP|MBE|OBE|CBE|KBE|KC|QC|SC|SAN|MD|MBA|[DRI]-[A-Z][A-Za-z.]*)$/;

const NEVER_NAMES = new Set([
  'custodian', 'nation', 'rabi', 'jumada', 'muharram', 'safar', 'rajab', 'shaban', 'shawwal', 'earlier', 'later', 'meanwhile', 'separately', 'elsewhere', 'finally', 'moreover', 'additionally', 'previously', 'afterwards', 'subsequently', 'today', 'tomorrow', 'yesterday', 'tonight',
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'and', 'but', 'or', 'to', 'by', 'with', 'from', 'as', 'this', 'that',
  'these', 'those', 'his', 'her', 'its', 'their', 'our', 'it', 'he', 'she', 'they', 'we', 'i', 'no', 'not', 'any',
  'islamic', 'western', 'eastern', 'northern', 'southern', 'international', 'united', 'republic', 'emirate', 'ok',
  'read', 'related', 'follow', 'share', 'advertisement', 'twitter', 'facebook', 'telegram', 'whatsapp', 'x',
  'instagram', 'youtube', 'tweet', 'tweets', 'post', 'god', 'allah', 'covid', 'mfa', 'mofa', 'asian', 'european', 'african',
  'arab', 'latin', 'western', 'central', 'gulf', 'pacific', 'atlantic', 'eid', 'ramadan', 'nowruz', 'christmas',
  'easter', 'diwali', 'hanukkah', 'los', 'las',
  // (a preposition of a participle, capitalised opening a sentence: "According to her office, …")
  'according',
]);
/** Capitalised adjectives that open the names of bodies ("European External Action Service"). */
const ORG_OPENERS = new Set(['european', 'african', 'asian', 'arab', 'international', 'islamic', 'united', 'central', 'western', 'gulf', 'pacific', 'atlantic']);
const NAME_ENDING_NOUNS = new Set([
  'day', 'week', 'lake', 'lakes', 'sea', 'ocean', 'island', 'islands', 'strait', 'canal', 'peninsula', 'mountains',
  'parade', 'games', 'cup', 'olympics', 'expo', 'aviation', 'airlines', 'airways',
  // "Least Developed Country status", "Delta", "Territory"
  'country', 'countries', 'delta', 'territory', 'province', 'county', 'valley',
  // ("the EU's Global Gateway", "the Belt and Road Initiative": a programme's name)
  'gateway', 'initiative',
]);
/** Nouns that end the names of things, never of people, when written capitalised after a name ("the Gobi Desert"). */
const THING_NOUNS = new Set([
  ...NAME_ENDING_NOUNS, 'desert', 'river', 'valley', 'mountain', 'gap', 'corridor', 'border', 'crossing', 'dam',
  'palace', 'airport', 'force', 'forces', 'protocol', 'declaration', 'framework', 'agreement', 'treaty', 'accord',
  'accords', 'initiative', 'programme', 'program', 'plan', 'strategy', 'charter', 'convention', 'act', 'session',
  'meeting', 'summit', 'conference', 'forum', 'dialogue', 'states', 'protection', 'abroad', 'affairs', 'project',
  'fund', 'award', 'prize', 'link', 'system', 'community', 'lagoon', 'triangle', 'radio', 'television',
  'blueprint', 'roadmap', 'masterplan', 'vision', 'package', 'scheme', 'policy', 'bill', 'report', 'index', 'zone', 'area',
  'anniversary', 'celebrations', 'festival', 'games', 'jubilee', 'darya', 'memorial', 'monument', 'mausoleum', 'cemetery', 'square',
  'stadium', 'museum', 'hall', 'bridge', 'port', 'terminal', 'building', 'tower', 'centre', 'center', 'train', 'rd', 'road', 'street', 'avenue',
  'bay', 'shoal', 'reef', 'beach', 'store', 'battalion', 'brigade', 'regiment', 'troika', 'consensus',
  'lodge', 'mount', 'residence', 'island', 'islands', 'oilfield', 'school', 'college', 'academy',
]);
/** First words of broadcasters' names: "told Radio Mitre", "speaking to Cadena SER". */
const BROADCASTER_OPENERS = new Set(['radio', 'cadena', 'canal', 'tv', 'televisión', 'television', 'télé', 'rádio']);
// ("Alois von und zu Liechtenstein": "und zu" of the German nobility too)
const LOWER_PARTICLES = /^(van|von|der|den|de|da|di|du|dos|das|del|della|ter|ten|und|zu)$/;
/** Particles written small inside a name ("bin", "van", "de la"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn', 'oglu', 'oğlu', 'ogly', 'qizi', 'gizi', 'kyzy', 'uulu', 'ben', 'al', 'el', 'ul', 'ud', 'van', 'von', 'der', 'den', 'ter', 'ten', 'de', 'da', 'du', 'di', 'la', 'le', 'dos', 'das', 'e', 'und', 'zu', 'do', 'af', 'í', 'á', 'við', 'dit', 'dite']);
const PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her']);
/** "the two", "the three": how many people just named. */
const TOLD_COUNT: Record<string, number> = { two: 2, three: 3, four: 4 };
const LOCATIVE = new Set(['in', 'at', 'near', 'across', 'inside', 'into', 'via', 'towards', 'toward', 'throughout', 'outside']);
const CONNECTORS = new Set(['of', 'for', 'on', 'to', 'and', 'the', 'in']);
const PORTFOLIO_PREPOSITIONS = new Set(['for', 'on', 'to']);
const GOVERNMENT_NOUNS = new Set(['government', 'authorities', 'administration', 'leadership', 'regime', 'cabinet', 'rulers', 'presidency']);
const DELEGATION_NOUNS = new Set(['delegation', 'team', 'side', 'negotiators']);
const ORG_SUFFIX_NOUNS = new Set(['militant', 'terrorist', 'armed', 'insurgent', 'rebel', 'extremist', 'separatist']);
/** Verbs and auxiliaries that, right after a state's name, make the state the actor. */
const ACTOR_VERB =
  /^(claims|claimed|is|was|are|were|has|have|had|does|did|do|will|would|can|could|should|must|may|might|said|says|say|told|tells|hosted|hosts|host|fired|hit|accused|accuses|wants|wanted|regards|tries|tried|continues|continued|expected|expects|expressed|called|urged|urges|thanked|welcomed|welcomes|brokered|pursued|pursues|criticised|criticized|criticises|criticizes|denies|denied|insists|insisted|maintained|maintains|recognised|recognized|recognises|recognizes|plans|planned|sent|sends|signed|agreed|agrees|announced|announces|supports|supported|backs|backed|rejected|rejects|condemned|condemns|offered|offers|provided|provides|pledged|pledges|reported|cited|imposed|froze|needs|needed|seeks|sought|keeps|kept|launched|approved|invited|invites|warned|warns|responded|retaliated|held|holds|met|meets|refused|refuses|declined|declines|decided|decides|threatened|threatens|expelled|expels|suspended|suspends|struck|summoned|opposes|opposed|blamed|blames|considers|sees|views|believes|stands|remains|intends|hopes|aims|stepped|moved|closed|opened|deployed|evacuated|delivered|ships|shipped|shares|created|aggravated|which|who)$/;
/** Verbs whose object, when a state, is addressed as an actor ("thanked Astana", "urged New Delhi"). */
const ADDRESS_VERB = /^(thanked|urged|asked|accused|criticised|criticized|praised|invited|warned|pressed|pressing|press|called|told|thanking|urging|asking|accusing|lobbying|lobbied)$/;
const RELATION_NOUN = /^(ties|relations|relationship|cooperation|coordination|engagement|contacts?|talks|dialogue|negotiations|partnership|dealings|coordinate|cooperate|negotiate|engage|work|consult|deal|agreement|arrangement|accord|treaty|pact|rapprochement|row|dispute|standoff|tensions)$/;
/** What a state gives or sends: "loans from Beijing", "a request from China". */
/** Words that come "from" their source: "a statement from Abuja", "a communiqué from State House". */
const WORDS_FROM_SOURCE = /^(statement|readout|communiqu[eé]|release|message|letter|response|reaction|note)$/;
const FROM_STATE_NOUN = /^(loans?|aid|assistance|funding|grants?|financing|investments?|support|requests?|pressure|offers?|invitations?|messages?|demands?|proposals?|threats?|backing)$/;

// Maps, not objects: the lookups are of arbitrary phrases, most of them misses.
const DE_FACTO = new Map(Object.entries(DE_FACTO_GOVERNMENTS));
const NAMED_MINISTRY_INDEX = new Map(Object.entries(NAMED_MINISTRIES));
/** The words a ministry known by its own name opens with ("State" of "State Department"): where a lookup is worth trying. */
const NAMED_MINISTRY_FIRST_WORDS = new Set(Object.keys(NAMED_MINISTRIES).map((name) => name.split(' ')[0]));
const DE_FACTO_FIRST_WORDS = new Set(['caretaker', 'interim', 'de', 'new', 'current', 'ruling']);
const KNOWN_ORG_INDEX = new Map<string, KnownOrganization>();
for (const org of KNOWN_ORGANIZATIONS) for (const form of [org.name, ...org.aliases]) KNOWN_ORG_INDEX.set(form, org);
/** First words of lexicon names written in several words: only they open a longer match. */
const LEXICON_FIRST_WORDS = new Set(
  [...KNOWN_ORG_INDEX.keys(), ...MEDIA_OUTLETS, ...Object.keys(DE_FACTO_GOVERNMENTS), ...Object.keys(NAMED_MINISTRIES)].filter((f) => f.includes(' ')).map((f) => f.split(/[ ,]/)[0]),
);
const LEXICON_FIRST_WORDS_WITH_COMMA = new Set(Object.keys(NAMED_MINISTRIES).filter((name) => name.includes(',')).map((name) => name.split(/[ ,]/)[0]));
const MEDIA_MAX_WORDS = 3;
/** "her Nordic counterparts", "his Central Asian counterparts": a region's, not a state's. */
const REGION_ADJECTIVE = /^(?:Nordic|Baltic|Gulf|Arab|African|European|Asian|Caribbean|Pacific|Balkan|Sahelian|Andean|Latin|Central|Southeast|Southern|Eastern|Western|Northern|Mediterranean|Scandinavian|Benelux)$/;
const BOTH_VERB = /^(arrived|landed|flew|travell?ed|met|held|had|spoke|talked|agreed|attended|signed|visited|said|were|are|have|will|also)$/;
const OFFICE_VERB = /^(is|was|also|serves|served|heads|headed|leads|led|became|has|had|will|currently|now|chairs|chaired|holds|held|used|represents|represented)$/;
const SPEECH_AFTER = /^(said|says|told|tells|added|announced|confirmed|stated|noted|reported|denied|declined|issued|released)$/;
const ORG_MAX_WORDS = 7;
const DASHES = new Set(['–', '—', '-']);
/** An outlet's name folded, with a space each side (outlets recur article after article). */
const outletWords = memoized((publisher: string): string => ` ${foldPhrase(publisher)} `);
const HEAD_OF_STATE_HOUSES = new Set(['State House', 'Executive Mansion', 'Government House']);
const HEAD_OF_STATE_HOUSE_OPENERS = new Set([...HEAD_OF_STATE_HOUSES].map((house) => house.split(' ')[0]));
const TRAVEL_WORD = /^(travel|travels|travelled|traveled|travelling|trip|visit|visits|flew|flown|fly|flies|flying|walked|crossed|drove|arrive|head|heads|headed|heading|return|returns|returned|went|go|goes|going|journey|way|moved|move|drove|sail|sailed|back|jet|jets|jetted|delegation|mission|tour|stopover)$/;
/** "Trade Commissioner X", "Commission spokesperson X": an official of the European Commission (not a High Commissioner or a national commission's). */
const EU_COMMISSION_TITLE = /^(?:(?:EU|European|Commission)\s+)?(?:[A-Z][a-z]+\s+)?(?:Commissioner|Commission\s+(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|President|Vice-President))\b(?<!\b(?:High|Police|Election|Electoral|Joint|Human Rights)\s+Commissioner)/;
/** Nouns of a state's own doing: "at Kuwait's request", "Nigeria's decision", "incursions by Israel", "a proposal by Egypt". */
const STATE_DEED = /^(imposed|brokered|mediated|proposed|sponsored|backed|funded|financed|supported|hosted|offered|condemned|rejected|recogni[sz]ed|launched|accused|critici[sz]ed|welcomed|announced|organi[sz]ed|convened|blocked|vetoed|demanded|requested|ordered|carried out|deployed|seized|annexed|occupied|posed|caused|waged|launched)$/;
const STATE_ACT_NOUN = /^(request|decision|proposal|offer|refusal|position|stance|insistence|demand|call|bid|invitation|objection|response|move|initiative|announcement|mediation|veto|withdrawal|recognition|backing|approval|rejection|plan|pledge|commitments?|intervention|incursions?|strikes?|attacks?|sanctions|efforts?|push|support|concerns|violations?|aggression|occupation|annexation|invasion|statement|needs?|readiness|willingness|determination|desire|interest|attempts?|war|campaign|role|polic(?:y|ies)|threats?|pressure|actions?|interference|involvement|meddling|claims?)$/;

/** Runs of two or more states joined by commas and "and" ("Kyrgyzstan, Kazakhstan and Uzbekistan"), as token ranges. */
function stateListsOf(tokens: Token[]): Claim[] {
  const items: Claim[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!tokens[k].capitalized) continue;
    const state = stateAt(tokens, k);
    if (!state || state.entry.kind === 'demonym') continue;
    items.push({ from: k, to: k + state.n });
    k += state.n - 1;
  }
  const lists: Claim[] = [];
  let run: Claim | null = null;
  let size = 0;
  for (const item of items) {
    const gap = run ? tokens.slice(run.to, item.from).map((t) => t.lower).join(' ') : '';
    if (run && !tokens[run.to - 1].possessive && /^(,|and|, and)( the)?$/.test(gap)) { run.to = item.to; size++; continue; }
    if (run && size > 1) lists.push(run);
    run = { ...item };
    size = 1;
  }
  if (run && size > 1) lists.push(run);
  return lists;
}

const lower = (t: Token | undefined): string => t?.lower ?? '';
/** An honorific, its abbreviating full stop aside ("Amb.", "Dr"). */
const isHonorific = (word: string): boolean => HONORIFICS.has(word.endsWith('.') ? word.slice(0, -1) : word);

// The same words are asked about again and again; the answer depends on the word alone.
const NAME_TOKEN_CACHE = new Map<string, boolean>();

/** The gazetteer entry a single word names, asked once per token. */
function placeOfToken(t: Token | undefined): GazetteerEntry | null {
  if (!t) return null;
  // ("BRAZIL'S Minister …": a lead's first word set in capitals)
  if (t.place === undefined) t.place = lookupPlace(t.text) ?? (/^\p{Lu}{4,}$/u.test(t.text) && t.possessive ? lookupPlace(t.text[0] + t.text.slice(1).toLowerCase()) : null);
  return t.place;
}

/** How an abstract noun of a portfolio ends, where the word list does not know it ("Action", "Reconstruction", "Cohesion"). */
const PORTFOLIO_NOUN_ENDING = /(?:tion|sion|ment|ity|ness|ance|ence|ship|ture)$/;
/** How an adjective of a portfolio ends, where the word list does not know it ("National", "Economic"). */
const ADJECTIVE_ENDING = /(?:al|ic|ive|ary)$/;
/** Letters of Spanish and Portuguese names: names with them may carry a second surname that is a city's ("Errázuriz Lagos"). */
const IBERIAN_LETTER = /[áéíóúñãõç]/i;
/** Small words inside towns' names: "Brdo pri Kranju", "Frankfurt am Main", "Newcastle upon Tyne". */
const PLACE_PARTICLES = /^(?:pri|na|nad|pod|de|del|da|do|am|an|bei|im|sur|en|la|le|di|upon)$/;
/** What a town is called in a description: "the Lithuanian resort of …". */
const TOWN_NOUNS = /^(?:city|town|resort|port|village|spa|seaside|oasis|enclave|hub)$/;

/** First parts of compounds of nationality: "Sino-US", "Indo-Pacific", "Anglo-Irish". */
const COMPOUND_PREFIXES = new Set(['sino', 'indo', 'anglo', 'franco', 'afro', 'euro', 'russo', 'turco', 'greco', 'italo', 'austro', 'judeo', 'arab', 'pan', 'trans', 'inter', 'intra', 'post', 'pre', 'anti', 'pro', 'non', 'based', 'led', 'backed']);

function isNameToken(t: Token): boolean {
  if (t.punctuation) return false;
  if (t.nameLike !== undefined) return t.nameLike;
  let known = NAME_TOKEN_CACHE.get(t.text);
  if (known === undefined) {
    if (NAME_TOKEN_CACHE.size >= 50_000) NAME_TOKEN_CACHE.clear();
    known = looksLikeName(t);
    NAME_TOKEN_CACHE.set(t.text, known);
  }
  t.nameLike = known;
  return known;
}

function looksLikeName(t: Token): boolean {
  // initials: "JP", "J.P." (but "FM Vossberg", "PM Modi": a title's abbreviation)
  // ("HE Sheikh …": His Excellency)
  if (/^\p{Lu}{2,3}$/u.test(t.text) || /^(\p{Lu}\.)+$/u.test(t.text)) return !TITLE_HEADS.has(t.lower) && !HONORIFICS.has(t.lower) && t.text !== 'HE';
  if (/^(al|el|ul|ud)-\p{Lu}/u.test(t.text)) return true;
  // a party's initials joined by a hyphen: "N-VA"
  if (/^\p{Lu}+(?:-\p{Lu}+)+$/u.test(t.text)) return false;
  if (!t.capitalized || /^\p{Lu}{2,}$/u.test(t.text)) return false; // acronyms are not names
  const l = t.lower;
  // "Jan" is a given name as often as a month ("Jan Lipavsky"); a date writes a number by it, which is no name
  if (NEVER_NAMES.has(l) || (MONTHS_AND_DAYS.has(l) && l !== 'jan') || TITLE_WORDS.has(l) || isHonorific(l)) return false;
  // "Cabinet of Ministers", "Secretaries": a title word in the plural
  if (/(?:s|ies)$/.test(l) && (TITLE_WORDS.has(l.replace(/ies$/, 'y')) || TITLE_WORDS.has(l.replace(/s$/, '')))) return false;
  if (ORG_HEADS.has(l) || NON_ACTOR_NAMES.has(l) || GOVERNMENT_NOUNS.has(l)) return false;
  // ("New York-based", "Paris-born": a compound of a participle is an adjective)
  if (/[-–](?:based|born|led|backed|bound|made|owned|run)$/.test(l)) return false;
  // ("US-China", "Indo-Pacific", "Kabul-based": a place joined to another; "Santiago-Abad" is a double surname)
  const parts = t.text.split(/[-–]/);
  const placed = parts.map((part) => lookupPlace(part) ?? (DE_FACTO.get(part) ? { kind: 'country' } : null));
  const surnamePart = (part: string): boolean => /^\p{Lu}\p{Ll}{2,}$/u.test(part) && !isWorldRegionWord(part) && !isCommonWord(part.toLowerCase()) && !COMPOUND_PREFIXES.has(part.toLowerCase()) && !opensPlaceName(part);
  const doubleSurname = parts.length === 2 && (placed[0]?.kind === 'capital' || placed[0]?.kind === 'city') && !placed[1] && surnamePart(parts[1]);
  if (placed.some(Boolean) && !doubleSurname) return false;
  if (isWorldRegion(t.text)) return false;
  // "Secretary-General", "Director-General": a title written as one word
  // ("Under-Secretary-General", "Vice-Chancellor": a rank's prefix joined to it)
  if (/[-–]/.test(l) && l.split(/[-–]/).every((part) => TITLE_WORDS.has(part) || DEPUTY_RANKS.includes(part) || part === 'co')) return false;
  // "Bastille Day", "Great Lakes": a name ending in a common noun of places and events
  if (NAME_ENDING_NOUNS.has(l)) return false;
  return !/\d/.test(t.text);
}

/** The country a title or apposition names as the one served, ignoring portfolios ("envoy for Afghanistan"). */
function countryOfPhrase(tokens: Token[], deFactoCountry: string | null = null): string | null {
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.text === '(') depth++;
    if (t.text === ')') depth--;
    if (depth > 0 || t.punctuation) continue;
    // "envoy for Afghanistan" names a portfolio; "spokesman for the Afghan foreign ministry" an employer
    const afterPreposition = PORTFOLIO_PREPOSITIONS.has(lower(tokens[i - 1])) || (lower(tokens[i - 1]) === 'the' && PORTFOLIO_PREPOSITIONS.has(lower(tokens[i - 2])));
    if (afterPreposition && !tokens.slice(i + 1, i + 4).some((x) => ORG_HEADS.has(x.lower))) continue;
    // ("secretary general of the Organization of American States": a bloc of states serves none of them)
    if (/^(states|nations)$/.test(lower(tokens[i + 1])) && !/^united$/.test(t.lower)) continue;
    const dfg = /[-–]/.test(t.text) ? t.text.split(/[-–]/).map((p) => DE_FACTO.get(p)).find(Boolean) : DE_FACTO.get(t.text);
    if (dfg) return dfg;
    // "State Department spokesperson": a ministry known by its own name says whose
    for (let n = NAMED_MINISTRY_FIRST_WORDS.has(t.text) ? Math.min(3, tokens.length - i) : 0; n >= 1; n--) {
      const ministry = NAMED_MINISTRY_INDEX.get(tokens.slice(i, i + n).map((x) => x.text).join(' '));
      if (ministry) return ministry.country;
    }
    if (deFactoCountry && DE_FACTO_FIRST_WORDS.has(t.lower) && tokens[i + 1] && DE_FACTO_DESCRIPTION.test(`${t.lower} ${tokens[i + 1].lower}`)) return deFactoCountry;
    if (deFactoCountry && DE_FACTO_FIRST_WORDS.has(t.lower) && tokens[i + 2] && DE_FACTO_DESCRIPTION.test(`${t.lower} ${tokens[i + 1].lower} ${tokens[i + 2].lower}`)) return deFactoCountry;
    const state = stateAt(tokens, i);
    if (state) return state.entry.code;
    // "Northern Ireland Secretary", "Punjab Chief Minister": a region's office is its state's
    for (const n of [2, 1]) {
      const region = tokens[i + n]?.capitalized && TITLE_WORDS.has(tokens[i + n].lower) ? lookupPlace(tokens.slice(i, i + n).map((x) => x.text).join(' ')) : null;
      if (region?.kind === 'region') return region.code;
    }
  }
  return null;
}

const isTitleToken = (t: Token): boolean =>
  TITLE_WORDS.has(t.lower) || (t.capitalized && PORTFOLIO_WORDS.has(t.lower)) || (t.capitalized && t.lower.endsWith('s') && TITLE_WORDS.has(t.lower.slice(0, -1))) || CONNECTORS.has(t.lower) || isHonorific(t.lower) ||
  ORG_HEADS.has(t.lower) || (t.capitalized && (!!placeOfToken(t) || isWorldRegionWord(t.text))) || !!DE_FACTO.get(t.text) ||
  (t.capitalized && t.possessive) || t.text === '(' || t.text === ')';

/** How many tokens from `k` name a country or nationality in several words ("United Kingdom's", "New Zealand"), else 0. */
function placeWordsAt(tokens: Token[], k: number): number {
  return tokens[k] && opensPlaceName(tokens[k].text) ? stateAt(tokens, k, 2)?.n ?? 0 : 0;
}

/** The longest phrase from token `k` (of `minWords` words or more) that names a state, a nationality or a capital. */
function stateAt(tokens: Token[], k: number, minWords = 1): { entry: GazetteerEntry; n: number } | null {
  for (let n = Math.min(MAX_PLACE_WORDS, tokens.length - k, Math.max(placeNameWords(tokens[k].text), placeNameWords(spelled(tokens[k])))); n >= minWords; n--) {
    const words = tokens.slice(k, k + n);
    if (words.slice(0, -1).some((w) => w.punctuation) || words[n - 1].punctuation) continue;
    // (one word as its token reads it: a shared nationality may be the story's own)
    const entry = n === 1 ? placeOfToken(words[0]) : lookupPlace(words.map((w, j) => (j < n - 1 ? spelled(w) : w.text)).join(' '));
    if (entry && entry.kind !== 'city' && entry.kind !== 'region') return { entry, n };
  }
  return null;
}

/** An apposition opens with an article, a title word or a nationality: ", the envoy", ", Pakistan's envoy", ", United Kingdom's envoy". */
const opensApposition = (segment: Token[]): boolean => {
  const t = segment[0];
  return /^(the|a|an|another|his|her|its|their|who|whose)$/i.test(t.text) || TITLE_WORDS.has(t.lower) ||
    (t.capitalized && (t.possessive || !!placeOfToken(t) || !!DE_FACTO.get(t.text))) || placeWordsAt(segment, 0) > 0;
};

/** Two offices naming two states: "Liberia's Minister …, X, Cabo Verde's Minister …" is no one person's. */
function otherState(title: Token[], apposition: Token[]): boolean {
  const [own, other] = [countryOfPhrase(title), countryOfPhrase(apposition)];
  return !!own && !!other && own !== other;
}

/** Two name words in a row, outside place names: a second person, not a description. */
function hasTwoNameWords(segment: Token[]): boolean {
  for (let n = 0; n + 1 < segment.length; n++) {
    const place = placeWordsAt(segment, n);
    if (place) { n += place - 1; continue; }
    if (isNameToken(segment[n]) && isNameToken(segment[n + 1]) && !placeWordsAt(segment, n + 1)) return true;
    // "Hassan Sheikh Mohamud": an honorific between two name words
    if (isNameToken(segment[n]) && HONORIFICS.has(segment[n + 1].lower) && !!segment[n + 2] && isNameToken(segment[n + 2])) return true;
    // "President El-Sisi": an office and its holder
    if (segment[n].capitalized && TITLE_HEADS.has(segment[n].lower) && isNameToken(segment[n + 1]) && !placeWordsAt(segment, n + 1) && !isTitleToken(segment[n + 1])) return true;
  }
  return false;
}

const hasTitleHead = (tokens: Token[]): boolean => tokens.some((t) => TITLE_HEADS.has(t.lower));

function splitTitle(tokens: Token[]): { title: string; portfolio: string | null } {
  const text = tokens.map((t) => t.text + (t.possessive ? (/s$/.test(t.text) ? "'" : "'s") : '')).join(' ').replace(/\( /g, '(').replace(/ \)/g, ')').replace(/ ([,;])/g, '$1').replace(/\s*\(\)/g, '');
  const portfolio = /\b((?:for|on|to) (?:the )?[A-Z][\w' -]*)$/.exec(text)?.[1] ?? null;
  const title = text.replace(/^(?:the|a|an|another|his|her|its|their|who is|who is also)\s+/i, '').trim();
  return { title: title.replace(/\s+(?:and|of|for|the)$/i, ''), portfolio };
}

// ---- the scanner ----------------------------------------------------------------------------

interface Claim {
  from: number; // token index, inclusive
  to: number; // exclusive
}

export function findMentions(sentence: Sentence, context: MentionContext): Mention[] {
  const text = sentence.text;
  const tokens = tokenize(text);
  // ("Congolese" in a Brazzaville paper is its own state's)
  for (const t of tokens) {
    const shared = SHARED_DEMONYMS[t.text];
    if (shared && context.homeCountry && shared.includes(context.homeCountry)) t.place = { code: context.homeCountry, kind: 'demonym', name: t.text };
  }
  const mentions: Mention[] = [];
  const claimed: boolean[] = tokens.map(() => false);
  const byPerson: boolean[] = tokens.map(() => false); // tokens inside a person's phrase
  const claim = ({ from, to }: Claim): void => { for (let i = from; i < to; i++) claimed[i] = true; };
  const free = (from: number, to: number): boolean => {
    // (bounds read as slice() reads them: a negative one counts from the end)
    const bound = (k: number): number => (k < 0 ? Math.max(claimed.length + k, 0) : Math.min(k, claimed.length));
    for (let k = bound(from); k < bound(to); k++) if (claimed[k]) return false;
    return true;
  };
  const at = (from: number, to: number) => ({
    sentence: sentence.index,
    start: sentence.start + tokens[from].start,
    end: sentence.start + tokens[to - 1].end,
  });
  const phrase = (from: number, to: number): string => text.slice(tokens[from].start, tokens[to - 1].end).replace(/['’]s$|(?<=s)['’]$/, '');
  const stateLists = stateListsOf(tokens);
  // "BAMBA Sounkalo Issiaka", "MORISHIMA Kenta": a surname set in capitals before the given names
  // ("Cheikh Tidiane SARR", "Lamin B. JOBARTEH", "Aïssatou DIALLO BA": or after them)
  const givenName = (g: Token | undefined): boolean => !!g && (/^\p{Lu}\p{Ll}+$/u.test(g.text) || /^\p{Lu}\.$/u.test(g.text)) && isNameToken(g);
  for (const [i, t] of tokens.entries()) {
    const [before, after] = [tokens[i - 1], tokens[i + 1]];
    const surnameFirst = /^\p{Lu}{4,}$/u.test(t.text) && givenName(after) && adjacent(text, t, after);
    // (not a programme's name: "India's Vision MAHASAGAR")
    const surnameLast = /^\p{Lu}{3,}$/u.test(t.text) && givenName(before) && !isCommonWord(before.lower) && !tokens[i - 2]?.possessive && !/^(the|its|our|their|a|an)$/.test(lower(tokens[i - 2])) && adjacent(text, before, t);
    const secondSurname = /^\p{Lu}{2,}$/u.test(t.text) && !!before?.nameLike && /^\p{Lu}{3,}$/u.test(before.text) && adjacent(text, before, t);
    if (!surnameFirst && !surnameLast && !secondSurname) continue;
    // ("the HMAS Adelaide": a ship)
    if (lower(before) === 'the' || KNOWN_ORG_INDEX.has(t.text) || MEDIA_OUTLETS.has(t.text) || placeOfToken(t) || TITLE_WORDS.has(t.lower) || isHonorific(t.lower) || isCommonWord(t.lower)) continue;
    t.nameLike = true;
  }
  // a known officeholder's name is a name, whatever its words name elsewhere ("Duma Boko")
  for (const [i, t] of tokens.entries()) {
    for (const words of officeholderNamesOpening(t.text)) {
      const span = tokens.slice(i, i + words.length);
      if (span.length === words.length && span.every((x, k) => x.text === words[k] && (k === 0 || adjacent(text, span[k - 1], x)))) for (const x of span) Object.assign(x, { nameLike: true, officeholder: true });
    }
  }
  /** Where the verb after a subject ending at `k` stands, past a day or an adverb ("on Monday agreed", "jointly signed"), else -1. */
  const verbAfter = (k: number): number => {
    if (/^["“]$/.test(tokens[k]?.text ?? '')) k++;
    if (lower(tokens[k]) === 'on' && MONTHS_AND_DAYS.has(lower(tokens[k + 1]))) k += 2;
    while (tokens[k] && /^(also|both|jointly|together|\w+ly)$/.test(tokens[k].lower)) k++;
    const verb = tokens[k];
    return verb && !verb.capitalized && (ACTOR_VERB.test(verb.lower) || /^[a-z]{3,}ed$/.test(verb.text) || isPresentVerb(verb.lower) || tagsOf(verb.lower).includes('Infinitive')) ? k : -1;
  };
  /** Capitalised words from `k` on, next to each other, ending in an organisation noun ("Eminent Persons Group"). */
  const namesBodyFrom = (k: number): boolean => {
    for (let j = k; j < k + 3 && tokens[j]?.capitalized && adjacent(text, tokens[j - 1], tokens[j]) && !tokens[j - 1].possessive; j++) {
      if (ORG_HEADS.has(tokens[j].lower)) return true;
    }
    return false;
  };
  const bare = (from: number, to: number): string => tokens.slice(from, to).map((t) => t.text).join(' ').replace(/\s+([.,])/g, '$1');

  // 1. media outlets, known organisations, places: longest match first.
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !(tokens[i].capitalized || /^(al|el)-/.test(tokens[i].text))) continue;
    // names end in a capitalised word and never cross punctuation or a possessive
    let longest = 1;
    // ("People's Republic of China", "St John's": a possessive inside or closing a name is the name's own)
    const opensLonger = LEXICON_FIRST_WORDS.has(tokens[i].text) || opensPlaceName(tokens[i].text) || (tokens[i].possessive && opensPlaceName(spelled(tokens[i])));
    // (a name the lexicon writes with a comma crosses it: "Foreign, Commonwealth and Development Office")
    const crossesComma = (k: number): boolean => tokens[k].text === ',' && LEXICON_FIRST_WORDS_WITH_COMMA.has(tokens[i].text) && !!tokens[k + 1]?.capitalized;
    while (opensLonger && longest < ORG_MAX_WORDS && i + longest < tokens.length && (!tokens[i + longest].punctuation || crossesComma(i + longest))) longest++;
    const forms: string[] = [tokens[i].text];
    for (let n = 2; n <= longest; n++) forms.push(`${forms[n - 2].slice(0, forms[n - 2].length - tokens[i + n - 2].text.length)}${spelled(tokens[i + n - 2])}${tokens[i + n - 1].text === ',' ? '' : ' '}${tokens[i + n - 1].text}`);
    for (let n = longest; n >= 1; n--) {
      if (!tokens[i + n - 1].capitalized && !/^\d/.test(tokens[i + n - 1].text)) continue;
      const form = forms[n - 1];
      // ("Leader of the Nation": a word of an outlet's name closing a title is the title's)
      const ofTitle = n === 1 && lower(tokens[i - 1]) === 'the' && lower(tokens[i - 2]) === 'of' && TITLE_HEADS.has(lower(tokens[i - 3]));
      // ("Czech ambassador Petra Novotná": an outlet's one-word name opening a person's name, a surname after it)
      const givenName = n === 1 && !!tokens[i + 1]?.capitalized && adjacent(text, tokens[i], tokens[i + 1]) && !tokens[i].possessive && isNameToken(tokens[i + 1]) && !MEDIA_OUTLETS.has(tokens[i + 1].text) && !lookupPlace(tokens[i + 1].text) && !ORG_HEADS.has(tokens[i + 1].lower) && isGivenName(tokens[i].lower);
      if (n <= MEDIA_MAX_WORDS && MEDIA_OUTLETS.has(form) && !ofTitle && !givenName) {
        mentions.push({ kind: 'media', ...at(i, i + n), name: form });
        claim({ from: i, to: i + n });
        break;
      }
      const ministry = NAMED_MINISTRY_INDEX.get(form);
      // ("received at the Torre Tagle Palace": the building, a venue)
      if (ministry && !/^(palace|building|hall|tower|headquarters)$/.test(lower(tokens[i + n]))) {
        mentions.push({
          kind: 'organization', ...at(i, i + n), key: `ministry:${ministry.country}:${ministry.portfolio}`, name: form, surface: form,
          orgKind: 'ministry', country: ministry.country, delegation: false,
        });
        claim({ from: i, to: i + n });
        break;
      }
      const known = KNOWN_ORG_INDEX.get(form);
      // "the CARICOM Secretariat", "the OSCE Minsk Group": a body of the organisation, named in its own right
      if (known?.kind === 'international' && namesBodyFrom(i + n)) break;
      if (known && !(n === 1 && /^[A-Z]{2}$/.test(form) && form !== 'UN' && form !== 'EU' && form !== 'AU')) {
        mentions.push({
          kind: 'organization', ...at(i, i + n), key: `known:${known.name}`, name: known.name, surface: form,
          orgKind: known.kind, country: known.country, delegation: false,
        });
        claim({ from: i, to: i + n });
        break;
      }
      const deFacto = DE_FACTO.get(form);
      if (deFacto && /^(delegation|team)$/.test(lower(tokens[i + n]))) {
        // "a Taliban delegation led by …"
        const start = /^(a|an|the)$/i.test(lower(tokens[i - 1])) ? i - 1 : i;
        mentions.push({
          kind: 'organization', ...at(start, i + n + 1), key: `delegation:${deFacto}`, name: `${form} delegation`,
          surface: phrase(i, i + n + 1), orgKind: 'government', country: deFacto, delegation: true,
        });
        claim({ from: start, to: i + n + 1 });
        break;
      }
      if (deFacto) {
        mentions.push(governmentMention(at(i, i + n), deFacto, form));
        claim({ from: i, to: i + n });
        break;
      }
      if (n <= MAX_PLACE_WORDS) {
        const last = tokens[i + n - 1];
        const ownPossessive = n > 1 && last.possessive && !lookupPlace(form) ? lookupPlace(`${form.slice(0, form.length - last.text.length)}${spelled(last)}`) : null;
        if (ownPossessive) Object.assign(last, { text: spelled(last), lower: spelled(last).toLowerCase(), possessive: false });
        const entry = ownPossessive ?? lookupPlace(form);
        // "President Santiago Benítez", "Minister Victoria Lima": after a title and before a name, a first name
        // ("her Uruguayan counterpart Santiago Rebollo" too, and "Eugenia Lagos Saravia": between two names, a name)
        const before = tokens[i - 1];
        // ("The President of the Republic, Santiago Peña, …": a city's name no preposition governs, before a name, opens it)
        const namedBefore = !!before && ((before.capitalized && TITLE_HEADS.has(before.lower)) || /^counterparts?$/.test(before.lower) ||
          (before.capitalized && !before.possessive && isNameToken(before) && !lookupPlace(before.text) && adjacent(text, before, tokens[i])) ||
          (before.text === ',' && insideTitle(i - 1)));
        const firstName = n === 1 && entry && entry.kind !== 'demonym' && namedBefore && (entry.kind !== 'country' || before.capitalized) &&
          !!tokens[i + 1]?.capitalized && adjacent(text, tokens[i], tokens[i + 1]) && !tokens[i].possessive && !lookupPlace(tokens[i + 1].text) && !ORG_HEADS.has(tokens[i + 1].lower) && isNameToken(tokens[i + 1]);
        // ("Carlos Eduardo de Souza Lima": a city's name closing a name after its particle is the surname)
        // ("Luís Montenegro": a state's name after a given name is a surname)
        const givenBefore = !!before && isGivenName(before.lower);
        // ("Alois von und zu Liechtenstein": a place's name after a name's particles is the name's)
        const afterParticles = !!before && /^(von|zu)$/.test(before.text) && !!tokens[i - 2] && (isNameToken(tokens[i - 2]) || NAME_PARTICLES.has(tokens[i - 2].text)) && tokens.slice(Math.max(0, i - 4), i).some((t) => t.capitalized && isNameToken(t));
        // ("Danilo Medina": a town's name after a given name is a surname too)
        const surname = n === 1 && !!entry && (afterParticles || ((((entry.kind === 'city' || entry.kind === 'capital') && (LOWER_PARTICLES.test(tokens[i - 2]?.text ?? '') || givenBefore)) || (entry.kind === 'country' && givenBefore)) &&
          !!before?.capitalized && isNameToken(before) && adjacent(text, before, tokens[i]))) && !(tokens[i + 1]?.capitalized && adjacent(text, tokens[i], tokens[i + 1]));
        // ("Foreign Minister Tomás Errázuriz Lagos landed …": a second surname that is a city's name, two name words before it and a verb after)
        const secondSurname = n === 1 && !!entry && (entry.kind === 'city' || entry.kind === 'capital') && !!before?.capitalized && isNameToken(before) && !lookupPlace(before.text) && adjacent(text, before, tokens[i]) &&
          !!tokens[i - 2]?.capitalized && isNameToken(tokens[i - 2]) && adjacent(text, tokens[i - 2], before) && IBERIAN_LETTER.test(`${tokens[i - 2].text}${before.text}`) &&
          !!tokens[i + 1] && !tokens[i + 1].capitalized && !tokens[i + 1].punctuation && !/^(in|at|to|from|on|and|or|of|for|with|by)$/.test(tokens[i + 1].lower);
        // ("Foreign Minister Denzil Douglas arrived": a city's name after a titled given name, a verb after)
        const titledSurname = n === 1 && !!entry && (entry.kind === 'city' || entry.kind === 'capital') && !!before?.capitalized && isNameToken(before) && !lookupPlace(before.text) && adjacent(text, before, tokens[i]) &&
          !!tokens[i - 2] && (TITLE_HEADS.has(lower(tokens[i - 2])) || isHonorific(lower(tokens[i - 2]))) &&
          !!tokens[i + 1] && !tokens[i + 1].capitalized && !tokens[i + 1].punctuation && !/^(in|at|to|from|on|and|or|of|for|with|by)$/.test(tokens[i + 1].lower);
        if (surname || secondSurname || titledSurname) break;
        // ("the Palau de Pedralbes": a building named with its particle, not the state)
        const building = n === 1 && BUILDING_WORD.test(form) && /^(?:de|del|della|di|do|da|dos|das)$/.test(lower(tokens[i + 1]));
        if (entry && !firstName && !building && (entry.kind !== 'country' || form.length > 2 || form === 'US' || form === 'UK')) {
          placeOrActor(i, i + n, entry, form);
          break;
        }
      }
    }
  }

  /** "in ⟨town⟩", "visited ⟨town⟩", "a trip to ⟨town⟩": a place is what the words before call for. */
  function callsForPlace(k: number): boolean {
    const cue = lower(tokens[k - 1]);
    if (/^(in|at|near|from|into|visited|visiting|toured|reached|via)$/.test(cue)) return true;
    // ("a working visit to the port city of Massawa")
    if (cue === 'of' && TOWN_NOUNS.test(lower(tokens[k - 2]))) return true;
    if (cue === 'for') return /^(leave|leaves|left|leaving|depart|departs|departed|departing|bound|fly|flew|flies|headed|heading|set)$/.test(lower(tokens[k - 2])) || lower(tokens[k - 2]) === 'off';
    return cue === 'to' && tokens.slice(Math.max(0, k - 5), k - 1).some((t) => TRAVEL_WORD.test(t.lower));
  }

  function governmentMention(span: MentionBase, country: string, surface: string): OrganizationMention {
    return { kind: 'organization', ...span, key: `gov:${country}`, name: surface, surface, orgKind: 'government', country, delegation: false };
  }

  /** "the Kenyan presidency": the head of state's office, a body of its own beside the state's government. */
  function presidencyMention(span: MentionBase, country: string, surface: string): OrganizationMention {
    return { kind: 'organization', ...span, key: `office:presidency:${country}`, name: surface, surface, orgKind: 'government', country: null, delegation: false };
  }

  /** A state or capital named as the doer: "Russia does not criticise", "Moscow, which hosted", "thanked Astana". */
  function actsAsState(from: number, to: number, entry: GazetteerEntry): boolean {
    const before = tokens[from - 1];
    // (a quotation may open between the state and its verb: Kabul "will not allow …")
    const quoted = /^["“]$/.test(tokens[to]?.text ?? '') ? 1 : 0;
    const next = tokens[to + quoted];
    const afterNext = tokens[to + quoted + 1];
    if (LOCATIVE.has(lower(before)) || (lower(before) === 'the' && LOCATIVE.has(lower(tokens[from - 2])))) return false;
    // "the president's trip to Bishkek, which …": a destination
    // ("a visit by ⟨P⟩ to Valletta, which …" too)
    // ("the visit of Serbian Minister of Defence ⟨P⟩ to Podgorica, which …": a long title may stand between, in one clause)
    // ("the official visit of ⟨P⟩ to the People's Republic of China, which …" too)
    const toAt = lower(before) === 'the' ? from - 2 : from - 1;
    if (lower(tokens[toAt]) === 'to') {
      const clause = tokens.slice(Math.max(0, toAt - 11), toAt);
      const opened = clause.map((t) => t.punctuation && t.text !== '.').lastIndexOf(true);
      if (clause.slice(opened + 1).some((t) => TRAVEL_WORD.test(t.lower))) return false;
    }
    if (entry.kind === 'seat') return true;
    const list = stateLists.find((l) => l.from <= from && to <= l.to);
    const opener = tokens[(list?.from ?? from) - 1];
    // followed by its verb, perhaps after an adverb, an auxiliary or a day: "Tehran will support", "Kabul on Thursday hosted"
    if (next && !next.punctuation && ACTOR_VERB.test(next.lower) && !/^(to|for|on|of|from|about)$/.test(lower(opener))) return true;
    // "… that Japan attached great importance": a clause's subject followed by a verb in the past
    const clauseOpener = (t: Token | undefined): boolean => !t || /^(that|and|but|while|as|after|before|when|since|because|until|once|although|though)$/.test(t.lower) || t.text === ',';
    if (next && /^[a-z]{3,}ed$/.test(next.text) && (clauseOpener(before) || (lower(before) === 'the' && clauseOpener(tokens[from - 2])))) return true;
    // a verb in the present after it: "while Israel occupies …", "Gabon respects international law"
    if (next && !next.capitalized && isPresentVerb(next.lower) && (!before || !/^(of|in|to|from|for|with|and|at|on|by)$/.test(before.lower))) return true;
    // the agent of a passive: "children deported by Russia", "sanctions imposed by the United States" (not "bordered by Russia")
    const agentAt = lower(before) === 'the' ? from - 2 : from - 1;
    // ("quoted by the Seoul News Agency": not a place opening a longer name)
    if (lower(tokens[agentAt]) === 'by' && !tokens[to]?.capitalized && /^[a-z]{3,}ed$/.test(lower(tokens[agentAt - 1])) && !/^(bordered|surrounded|flanked|separated|followed|accompanied|led|headed|chaired|hosted|represented|attended)$/.test(lower(tokens[agentAt - 1]))) return true;
    // what a state gives or sends: "further loans from Beijing", "a request from China"
    if (lower(before) === 'from' && FROM_STATE_NOUN.test(lower(tokens[from - 2])) && !tokens[to]?.capitalized) return true;
    // the source of words: "according to a statement from Abuja", "a readout from Washington"
    if (lower(before) === 'from' && WORDS_FROM_SOURCE.test(lower(tokens[from - 2]))) return true;
    if (next?.text === ',' && afterNext && /^(which|who)$/.test(afterNext.lower)) return true;
    if (next && /^(also|has|have|had)$/.test(next.lower) && afterNext && ACTOR_VERB.test(afterNext.lower)) return true;
    if (next?.lower === 'on' && MONTHS_AND_DAYS.has(lower(afterNext)) && ACTOR_VERB.test(lower(tokens[to + 2]))) return true;
    if (next && /^\w+ly$/.test(next.lower) && afterNext && ACTOR_VERB.test(afterNext.lower)) return true;
    // "South Korea and Japan agreed", "Kyrgyzstan, Kazakhstan and Uzbekistan are to build", "the Weimar Triangle – France, Germany and Poland – said"
    if (list) {
      const dashed = !!opener && DASHES.has(opener.text) && DASHES.has(lower(tokens[list.to]));
      // ("the Lublin Triangle, which brings together Ukraine, Poland and Lithuania": the members of a format)
      const members = /\b(?:brings together|bringing together|groups|grouping|comprises|comprising|made up of)\s*$/.test(text.slice(0, tokens[list.from].start));
      if (members) return true;
      if (!opener || dashed || /^(that|which|who|but|while|as|after|before|when|since|because|until|once|although|though|said|says|added|noted|stressed|,|\()$/.test(opener.lower)) {
        const verbAt = verbAfter(dashed ? list.to + 1 : list.to);
        if (verbAt >= 0) return true;
      }
    }
    // "representatives of the United States, Qatar and the African Union", "working alongside the United States, France …": states taking part
    const head0 = list?.from ?? from;
    const before0 = lower(tokens[head0 - 1]) === 'the' ? head0 - 2 : head0 - 1;
    if (lower(tokens[before0]) === 'alongside' || (lower(tokens[before0]) === 'of' && /^(representatives|envoys|delegations|delegates|officials|diplomats|mediators|facilitators)$/.test(lower(tokens[before0 - 1])))) return true;
    // "the U.S. and its allies", "both the United States and the Taliban"
    if (next?.lower === 'and' && /^(its|their)$/.test(lower(afterNext))) return true;
    if (lower(before) === 'both' || (lower(before) === 'the' && lower(tokens[from - 2]) === 'both')) return true;
    // "incursions by Israel", "a proposal by Egypt"
    if (lower(before) === 'by' && STATE_ACT_NOUN.test(lower(tokens[from - 2]))) return true;
    // "the blockade imposed by the United States", "talks brokered by Qatar": the doer of a passive
    const by = lower(before) === 'the' ? from - 2 : from - 1;
    if (lower(tokens[by]) === 'by' && STATE_DEED.test(lower(tokens[by - 1]))) return true;
    // "cooperation between Moscow and Islamabad"
    const head = list?.from ?? from;
    // "the consistent support of Greece and Cyprus": the states whose act it is
    if (lower(tokens[head - 1]) === 'of' && STATE_ACT_NOUN.test(lower(tokens[head - 2]))) return true;
    if (lower(tokens[head - 1]) === 'between') return true;
    if (lower(tokens[head - 1]) === 'and') {
      const opening = text.lastIndexOf('between', tokens[head].start);
      if (opening >= 0 && !/[,.;]/.test(text.slice(opening, tokens[head].start))) return true;
    }
    // addressed ("thanked Astana", "urged New Delhi") or a partner ("ties with India", "talks with the United States")
    const addresser = lower(before) === 'the' ? tokens[from - 2] : before;
    if (addresser && ADDRESS_VERB.test(addresser.lower) && next?.lower !== 'on') return true;
    const withAt = lower(before) === 'with' ? from - 1 : lower(before) === 'the' && lower(tokens[from - 2]) === 'with' ? from - 2 : -1;
    return withAt > 0 && (RELATION_NOUN.test(lower(tokens[withAt - 1])) || RELATION_NOUN.test(lower(tokens[withAt - 2])));
  }

  /** A state or its capital: the government when it acts, else a place (or a nationality modifier). */
  /** "at the Stanley Hotel" in Port Moresby: a town's name in a venue's is the venue's, unless the town is in the story's country. */
  // ("landed at Nelson Mandela International Airport": so is a town's in an airport named after someone)
  function inVenueName(to: number, entry: GazetteerEntry): boolean {
    let named = to;
    while (named < to + 3 && tokens[named]?.capitalized && adjacent(text, tokens[named - 1], tokens[named]) && tokens[named].lower !== 'airport') named++;
    const airport = named > to && lower(tokens[named]) === 'airport' && adjacent(text, tokens[named - 1], tokens[named]);
    const venue = airport || (!!tokens[to]?.capitalized && /^(hotel|palace|hall|house|court|stadium|centre|center|club|lodge|resort|tower|towers|plaza|gardens|haus)$/.test(tokens[to].lower));
    return venue && (entry.kind === 'city' || entry.kind === 'capital') && !!context.homeCountry && entry.code !== context.homeCountry;
  }

  function placeOrActor(from: number, to: number, entry: GazetteerEntry, surface: string): void {
    claim({ from, to });
    if (inVenueName(to, entry)) return;
    // "the Kremlin press service said": the seat's press office, a body of its own
    // "Ecuador's presidency said": the presidency, a body of its own
    if (entry.kind === 'country' && tokens[to - 1].possessive && lower(tokens[to]) === 'presidency') {
      claim({ from, to: to + 1 });
      mentions.push(presidencyMention(at(from, to + 1), entry.code, phrase(from, to + 1)));
      return;
    }
    // "The delegation of the Republic of Kazakhstan, headed by …": that state's delegation
    const of = lower(tokens[from - 1]) === 'the' ? from - 2 : from - 1;
    // (not a state's name opening a longer one: "a delegation of the Bangladesh Nationalist Party")
    if (entry.kind === 'country' && lower(tokens[of]) === 'of' && /^(delegation|team)$/.test(lower(tokens[of - 1])) && !claimed[of - 1] && !tokens[to]?.capitalized) {
      const start = /^(the|a)$/.test(lower(tokens[of - 2])) ? of - 2 : of - 1;
      claim({ from: start, to });
      mentions.push({
        kind: 'organization', ...at(start, to), key: `delegation:${entry.code}`, name: phrase(of - 1, to),
        surface: phrase(start, to), orgKind: 'government', country: entry.code, delegation: true,
      });
      return;
    }
    if (entry.kind === 'seat' && lower(tokens[to]) === 'press' && /^(service|office)$/.test(lower(tokens[to + 1]))) {
      const name = phrase(from, to + 2);
      claim({ from, to: to + 2 });
      mentions.push({ kind: 'organization', ...at(from, to + 2), key: `office:press:${entry.code}`, name, surface: name, orgKind: 'government', country: null, delegation: false });
      return;
    }
    const before = tokens[from - 1];
    if (entry.kind === 'demonym') {
      // "the Tajik authorities", "a Kazakh delegation": the nationality names an actor.
      const nounAt = [to, to + 1, to + 2].find((k) => tokens[k] && DELEGATION_NOUNS.has(tokens[k].lower)) ??
        [to, to + 1, to + 2].find((k) => tokens[k] && GOVERNMENT_NOUNS.has(tokens[k].lower));
      // ("the Kenyan Cabinet Secretary": the noun opens an office's title, no body)
      const opensTitle = nounAt !== undefined && !!tokens[nounAt + 1]?.capitalized && TITLE_HEADS.has(tokens[nounAt + 1].lower) && adjacent(text, tokens[nounAt], tokens[nounAt + 1]);
      if (nounAt !== undefined && !opensTitle && tokens.slice(to, nounAt).every((t) => /^(government|security|trade|interim|caretaker|high-ranking|high-level|official|senior|military|ministerial|technical|economic)$/i.test(t.text))) {
        const noun = tokens[nounAt].lower;
        let start = from;
        while (start > 0 && /^(the|a|an|high-ranking|senior|high-level|\d+-member)$/i.test(tokens[start - 1].text)) start--;
        claim({ from: start, to: nounAt + 1 });
        if (noun === 'presidency') {
          mentions.push(presidencyMention(at(start, nounAt + 1), entry.code, phrase(from, nounAt + 1)));
        } else if (GOVERNMENT_NOUNS.has(noun)) {
          mentions.push(governmentMention(at(start, nounAt + 1), entry.code, phrase(from, nounAt + 1)));
        } else {
          mentions.push({
            kind: 'organization', ...at(start, nounAt + 1), key: `delegation:${entry.code}`, name: `${surface} delegation`,
            surface: phrase(from, nounAt + 1), orgKind: 'government', country: entry.code, delegation: true,
          });
        }
      }
      return;
    }
    if (entry.kind === 'region' || entry.kind === 'city') {
      // ("Cebu City", "Davao City": the name as the text writes it)
      const city = entry.kind === 'city' && tokens[to]?.text === 'City' && adjacent(text, tokens[to - 1], tokens[to]) && !claimed[to];
      if (city) claim({ from: to, to: to + 1 });
      const end = city ? to + 1 : to;
      mentions.push({ kind: 'place', ...at(from, end), entry: city ? { ...entry, name: `${entry.name} City` } : entry, surface: city ? phrase(from, end) : surface, locative: LOCATIVE.has(lower(before)) || lower(before) === 'to' });
      return;
    }
    // "Russia's envoy", "Pakistan's Foreign Office": a modifier; "at Kuwait's request", "Nigeria's decision": the state's own act
    if (tokens[to - 1].possessive) {
      // ("Kyiv's need for air defence": a capital's own act too)
      // ("Russia's continued attempts", "Moscow's full-scale invasion": an adjective may stand between)
      const act = /^(?:[a-z]{4,}(?:ed|ing)|full-scale|illegal|unprovoked|latest|recent|renewed|ongoing|repeated)$/.test(tokens[to]?.text ?? '') ? tokens[to + 1] : tokens[to];
      if (STATE_ACT_NOUN.test(lower(act))) mentions.push(governmentMention(at(from, to), entry.code, surface));
      return;
    }
    if (actsAsState(from, to, entry)) {
      mentions.push(governmentMention(at(from, to), entry.code, surface));
      return;
    }
    if (entry.kind === 'capital' || entry.kind === 'country' || entry.kind === 'seat') {
      mentions.push({ kind: 'place', ...at(from, to), entry, surface, locative: LOCATIVE.has(lower(before)) || lower(before) === 'to' || lower(before) === 'visited' || lower(before) === 'visiting' });
    }
  }

  // 1b. towns the country package lacks, where the sentence calls for a place ("arrived in Kota Kinabalu", "a trip to Garissa")
  for (let i = 1; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i].capitalized || !callsForPlace(i)) continue;
    for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n);
      // ("Ciudad del Este": a particle written small inside the name)
      const inner = (w: Token, k: number): boolean => k > 0 && k < n - 1 && PLACE_PARTICLES.test(w.text);
      if (words.some((w, k) => claimed[i + k] || !(w.capitalized || inner(w, k)) || (k > 0 && !adjacent(text, words[k - 1], w)) || (k < n - 1 && w.possessive))) continue;
      // a lone common word ("in Split", "to Reading") is more often the word than the town
      // (the word list knows some towns as places: "Changsha")
      if (n === 1 && ((isCommonWord(words[0].lower) && !tagsOf(words[0].lower).some((tag) => /^(City|Place|Region|Country)$/.test(tag))) || MONTHS_AND_DAYS.has(words[0].lower))) continue;
      // ("Cabo Delgado province": a town's name opening a longer proper name is not the town; "in Guwahati Tshering
      // Pelden" is the town before a person's name)
      const next = tokens[i + n];
      if (next?.capitalized && adjacent(text, words[n - 1], next) && !words[n - 1].possessive && !MONTHS_AND_DAYS.has(next.lower) && !tokens[i + n + 1]?.capitalized) continue;
      // (the dateline's own town, which the package may lack: "QAMISHLI, Syria (North Press) – …")
      const written = words.map((w) => w.text).join(' ');
      const datelineTown = context.datelineCity && context.datelineCountry && foldPhrase(written) === foldPhrase(context.datelineCity) ? { code: context.datelineCountry, kind: 'city' as const, name: context.datelineCity } : null;
      const entry = lookupTown(written, context.datelineCountry) ?? datelineTown;
      if (!entry) continue;
      // ("hosted Xi at São Bento" in a Portuguese paper: after "at", a town abroad is more likely a venue's name)
      if (lower(tokens[i - 1]) === 'at' && entry !== datelineTown && !!context.homeCountry && entry.code !== context.homeCountry) continue;
      claim({ from: i, to: i + n });
      if (inVenueName(i + n, entry)) break;
      mentions.push({ kind: 'place', ...at(i, i + n), entry, surface: phrase(i, i + n), locative: true });
      break;
    }
  }

  // 1c. a town described with its state: "the southern Lithuanian resort of Druskininkai", "the Polish city of Rzeszów"
  for (let i = 3; i < tokens.length; i++) {
    if (claimed[i] || !tokens[i].capitalized || lower(tokens[i - 1]) !== 'of' || !TOWN_NOUNS.test(lower(tokens[i - 2]))) continue;
    // ("the Colombian border town of Ipiales": plain words may stand on either side of the nationality)
    const plain = (j: number): boolean => /^[a-z-]+$/.test(tokens[j].text) && !/^(the|a|of|in|to|at)$/.test(tokens[j].text);
    let d = i - 3;
    while (d > 0 && plain(d)) d--;
    const state = placeOfToken(tokens[d]);
    let k = d - 1;
    while (k > 0 && plain(k)) k--;
    if (!state || (state.kind !== 'demonym' && state.kind !== 'country') || !/^(the|a)$/.test(lower(tokens[k]))) continue;
    let to = i + 1;
    while (to < i + 4 && tokens[to] && adjacent(text, tokens[to - 1], tokens[to]) && !MONTHS_AND_DAYS.has(tokens[to].lower) && (tokens[to].capitalized || (PLACE_PARTICLES.test(tokens[to].text) && tokens[to + 1]?.capitalized))) to++;
    if (tokens.slice(i, to).some((t, j) => claimed[i + j])) continue;
    const name = phrase(i, to);
    claim({ from: i, to });
    mentions.push({ kind: 'place', ...at(i, to), entry: { code: state.code, kind: 'city', name }, surface: name, locative: true });
  }

  // 2. "the federal capital", "the Afghan capital": a city by description.
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].lower !== 'capital' || lower(tokens[i - 1]) === 'of') continue;
    const modifier = tokens[i - 1];
    // ("the Sri Lankan capital": a nationality of two words)
    const twoWords = i >= 3 && lower(tokens[i - 3]) === 'the' && placeWordsAt(tokens, i - 2) === 2 ? stateAt(tokens, i - 2, 2)?.entry : undefined;
    const article = twoWords ? i - 3 : lower(tokens[i - 2]) === 'the' ? i - 2 : lower(modifier) === 'the' ? i - 1 : -1;
    if (article < 0) continue;
    const code = twoWords?.code ?? (modifier && modifier.lower !== 'the' ? placeOfToken(modifier)?.code ?? null : null);
    // (a bare "the capital" is the one its sentence just named, else the dateline's: "… met in Kathmandu in January, when X travelled to the capital")
    const named = modifier.lower === 'the' ? mentions.filter((x): x is PlaceMention => x.kind === 'place' && x.locative && x.entry.kind === 'capital' && x.end <= sentence.start + tokens[article].start).at(-1)?.entry : undefined;
    const city = code ? capitalOf(code) : named?.name ?? (modifier.lower === 'federal' || modifier.lower === 'the' ? context.datelineCity : null);
    const country = code ?? named?.code ?? context.datelineCountry;
    if (!city || !country) continue;
    claim({ from: article, to: i + 1 });
    mentions.push({ kind: 'place', ...at(article, i + 1), entry: { code: country, kind: 'capital', name: city }, surface: phrase(article, i + 1), locative: true });
  }

  // "an official visit to our country": in a national outlet's own voice, the state it reports from (not inside a quotation, another's voice)
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].lower !== 'country' || lower(tokens[i - 1]) !== 'our' || !context.homeCountry || claimed[i] || /["“][^"”]*$/.test(text.slice(0, tokens[i].start))) continue;
    claim({ from: i - 1, to: i + 1 });
    mentions.push({ kind: 'place', ...at(i - 1, i + 1), entry: { code: context.homeCountry, kind: 'country', name: countryName(context.homeCountry) }, surface: phrase(i - 1, i + 1), locative: true });
  }

  // "the northern Tanzanian city", "the Polish border town": a place of a country, by description
  for (let i = 2; i < tokens.length; i++) {
    if (!/^(city|town|port|resort)$/.test(tokens[i].lower)) continue;
    const demonym = placeOfToken(tokens[i - 1]);
    if (demonym?.kind !== 'demonym') continue;
    let article = i - 2;
    while (article > 0 && /^(northern|southern|eastern|western|central|coastal|border|port|frontier|northeastern|northwestern|southeastern|southwestern)$/.test(tokens[article].lower)) article--;
    if (tokens[article].lower !== 'the') continue;
    removeOverlapping(article, i + 1);
    claim({ from: article, to: i + 1 });
    mentions.push({ kind: 'place', ...at(article, i + 1), entry: { code: demonym.code, kind: 'country', name: demonym.name }, surface: phrase(article, i + 1), locative: true });
  }

  // 3. ministries, offices, embassies, named bodies.
  findOrganizations();

  // 4. people by name.
  findPeople();

  // 5. people by title alone, and pronouns.
  findReferences();

  // "Speaking at a press conference with his guest, ⟨P⟩ said …": who stands in an opening phrase is not the clause's subject
  // ("In his opening address, ⟨P⟩ told …", "In her reply, …" too: what one says, not "In her meeting with ⟨P⟩, …", which names another)
  const opener = /^(?:\p{Lu}\p{Ll}+ing|During|After|Before|At|Following|Upon|On the sidelines|According to|In (?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:address|speech|remarks|statement|reply|response|message|letter|capacity)\b)[^,;]*,/u.exec(text);
  if (opener) for (const m of mentions) if (m.end - sentence.start <= opener[0].length && m.kind !== 'place') m.inOpener = true;
  // "a Czech delegation headed by Deputy Foreign Minister X": who leads a state's delegation serves that state;
  // "GNU Foreign Minister X": an office named after a government is that government's
  for (const m of mentions) {
    if (m.kind !== 'organization' || !m.country || !(m.delegation || m.orgKind === 'government')) continue;
    // ("the Tajik delegation at the talks was led by X, the Kyrgyz delegation by Y")
    // ("headed by Deputy Prime Minister – Minister of Trade X": the first of two offices joined by a dash stays outside the name)
    const link = m.delegation ? /^\s*,?\s*(?:at the (?:talks|meeting|consultations|session)\s+)?(?:(?:was|were|is|will be)\s+)?(?:(?:led|headed)\s+)?by\s*(?:(?:\p{Lu}[\p{L}-]*\s+){1,4}[–—]\s*)?$/u : /^\s+$/;
    const holder = mentions.find((p) => p.kind === 'person' && !p.country && !p.stateless && !!p.title && link.test(text.slice(m.end - sentence.start, p.start - sentence.start)));
    if (holder?.kind === 'person') holder.country = m.country;
  }
  return mentions.sort((a, b) => a.start - b.start);

  function ownerOf(i: number): { country: string | null; surface: string; from: number } | null {
    // "Pakistan's Foreign Office", "the Taliban's political office", "Afghan Ministry …", "Chinese Foreign Ministry"
    const t = tokens[i];
    if (!t) return null;
    const dfg = DE_FACTO.get(t.text);
    if (dfg) return { country: dfg, surface: t.text + (t.possessive ? "'s" : ''), from: i };
    // the longest place name ending here: "Saudi Arabia's", "the United States embassy"
    for (let n = Math.min(MAX_PLACE_WORDS, i + 1); n >= 1; n--) {
      if (tokens[i - n + 1].punctuation || (n > 1 && tokens[i - n + 1].possessive)) continue;
      const place = lookupPlace(tokens.slice(i - n + 1, i + 1).map((x) => x.text).join(' '));
      // ("the Vanuatu Ministry of Foreign Affairs": a state's one-word name too, after an article or opening the sentence;
      // not the state a body deals with: "the Taiwan Affairs Office" is Beijing's)
      const opensPhrase = (i - n < 0 || /^(the|a)$/.test(lower(tokens[i - n])) || tokens[i - n].punctuation) && lower(tokens[i + 1]) !== 'affairs';
      if (place && place.kind !== 'city' && place.kind !== 'region' && (t.possessive || place.kind === 'demonym' || (place.kind === 'country' && (n > 1 || opensPhrase)))) {
        return { country: place.code, surface: phrase(i - n + 1, i + 1) + (t.possessive ? "'s" : ''), from: i - n + 1 };
      }
    }
    if (t.possessive && t.lower === 'emirate' && lower(tokens[i - 1]) === 'islamic') return { country: 'AF', surface: "Islamic Emirate's", from: i - 1 };
    return null;
  }

  /** 1 when a body's complement opens at `j` on an article ("the Department of the Interior"), else 0. */
  // (one word after it, no body's own name: not "the Government of the Economic Community of …")
  function article(j: number): number {
    return lower(tokens[j]) === 'the' && tokens[j + 1]?.capitalized && !tokens[j + 2]?.capitalized && !KNOWN_ORG_INDEX.has(tokens[j + 1].text) && !ORG_HEADS.has(tokens[j + 1].lower) ? 1 : 0;
  }

  /** An office's seat named at `i` as a place ("at the Primature", "arrived from State House"), not as the office acting. */
  // ("a communiqué from State House": the house a statement comes from speaks)
  function namedAsVenue(i: number): boolean {
    const venue = (k: number): boolean => LOCATIVE.has(lower(tokens[k])) || (lower(tokens[k]) === 'from' && !WORDS_FROM_SOURCE.test(lower(tokens[k - 1])));
    return venue(i - 1) || (lower(tokens[i - 1]) === 'the' && venue(i - 2));
  }

  /** A press office as a body of its own, named by its words from `from` to `to`. */
  function pressOffice(from: number, to: number): void {
    const name = phrase(from, to);
    claim({ from, to });
    mentions.push({ kind: 'organization', ...at(from, to), key: `office:press:${name.toLowerCase()}`, name, surface: name, orgKind: 'government', country: null, delegation: false });
  }

  function findOrganizations(): void {
    // "the press service of the Office of the President", "the press service of the Cabinet of Ministers": a body of its own
    for (let i = 0; i + 3 < tokens.length; i++) {
      if (tokens[i].lower !== 'press' || lower(tokens[i + 1]) !== 'service' || lower(tokens[i + 2]) !== 'of' || claimed[i]) continue;
      const head = lower(tokens[i + 3]) === 'the' ? i + 4 : i + 3;
      // ("the press service of the Ministry of Foreign Affairs": a ministry speaks for itself)
      // ("the press service of the MFA of Turkmenistan", "… of the Presidency of the Republic" too)
      if (tokens.slice(head, head + 4).some((x) => /^(ministry|department)$/.test(x.lower)) || /^(foreign|external)$/.test(lower(tokens[head])) || /^(MFA|Presidency)$/.test(tokens[head]?.text ?? '')) continue;
      let to = head;
      const joins = (k: number): boolean => /^(of|the|and)$/.test(lower(tokens[k])) && (!!tokens[k + 1]?.capitalized || (lower(tokens[k + 1]) === 'the' && !!tokens[k + 2]?.capitalized));
      while (tokens[to] && (tokens[to].capitalized || joins(to)) && !tokens[to - 1]?.possessive) to++;
      if (to === head) continue;
      pressOffice(i, to);
    }
    // "The presidential press service reported that …": the head of state's press office, unnamed
    // ("the Government press service said", "the Presidency's press service", "the Prime Minister's press office" too)
    for (let i = 0; i + 2 < tokens.length; i++) {
      const owner = tokens[i].lower === 'presidential' || (tokens[i].capitalized && /^(government|presidency|cabinet|chancellery)$/.test(tokens[i].lower));
      const primeMinister = tokens[i].lower === 'prime' && tokens[i + 1]?.lower === 'minister' && tokens[i + 1].possessive ? 1 : 0;
      if ((owner || primeMinister) && lower(tokens[i + 1 + primeMinister]) === 'press' && /^(service|office)$/.test(lower(tokens[i + 2 + primeMinister])) && !claimed[i]) pressOffice(i, i + 3 + primeMinister);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // Ministries: "Ministry of Foreign Affairs (of X)", "Foreign Ministry", "External Affairs Ministry", "Foreign Office", "MFA of X"
      // ("the ASEAN Secretariat" is a named body, read below)
      const namedSecretariat = t.lower === 'secretariat' && t.capitalized && !!tokens[i - 1]?.capitalized && !tokens[i - 1].possessive && tokens[i - 1].lower !== 'the';
      // ("the Department of Foreign Affairs", as the Philippines and Ireland call their ministries)
      const department = t.lower === 'department' && t.capitalized && !claimed[i] && lower(tokens[i + 1]) === 'of' && /^(foreign|external|home|defen[cs]e|trade|homeland|international)$/.test(lower(tokens[i + 2]));
      if ((/^(ministry|office|mo?fa|secretariat)$/.test(t.lower) && !namedSecretariat) || department) {
        // a person's secretariat speaks as their office does ("Rana's secretariat said")
        const officeLike = t.lower === 'office' || t.lower === 'secretariat';
        let from = i;
        while (from > 0 && /^(foreign|external|affairs|justice|defence|defense|interior|finance|trade|commerce|industry|petroleum|mines|energy|railways|transport|home|state|political|presidential|communications|information|pm)$/i.test(tokens[from - 1].text) && !claimed[from - 1]) from--;
        let to = i + 1;
        // ("the Secretariat of Foreign Relations": Mexico's and Honduras's ministries are secretariats)
        if (!officeLike || from < i || (t.lower === 'secretariat' && lower(tokens[i + 1]) === 'of' && /^(foreign|external)$/.test(lower(tokens[i + 2])))) {
          // ("Ministry of the Presidency", "Ministry of the Interior": an article before the portfolio)
          if (lower(tokens[to]) === 'of' && lower(tokens[to + 1]) === 'the' && tokens[to + 2]?.capitalized && from === i && t.lower === 'ministry') to++;
          if ((lower(tokens[to]) === 'of' || lower(tokens[to]) === 'the' || (lower(tokens[to]) === 'for' && from === i)) && tokens[to + 1]?.capitalized) {
            // "Ministry of Foreign Affairs of Turkmenistan", "Ministry of External Affairs", "Ministry of Industry and Commerce"
            // ("Ministry for Foreign Affairs and Tourism", "Ministry for Europe and Foreign Affairs" too)
            let k = to + 1;
            // ("… of the Republic of Azerbaijan": a state's full name closes it)
            while (tokens[k] && (tokens[k].capitalized || /^(of|and|for)$/.test(tokens[k].lower) || (tokens[k].lower === 'the' && lower(tokens[k - 1]) === 'of' && /^(republic|kingdom|state|federation|united|islamic|sultanate|principality)$/.test(lower(tokens[k + 1])))) && !tokens[k - 1].possessive) k++;
            while (k > to + 1 && /^(of|and|for)$/.test(tokens[k - 1].lower)) k--;
            // "the Ministry of Foreign Affairs Kong Vibol": a name right after the portfolio is the person's
            // (a name of two words or more: "Ministry of Energy and Energy Industries" ends in a portfolio's word)
            // (or one initialled name: "the Ministry of Foreign Affairs G.Ankhbayar")
            const nameFrom = tokens.slice(to + 2, k).findIndex((x, j, tail) => (tail.length - j >= 2 || /^\p{Lu}\p{Ll}?\.\p{Lu}/u.test(x.text)) && tail.slice(j).every((y) => y.capitalized && !PORTFOLIO_WORDS.has(y.lower) && !placeOfToken(y)));
            if (nameFrom >= 0) k = to + 2 + nameFrom;
            to = k;
            // "Ministry of Foreign Affairs, International Cooperation and External Trade": a portfolio listed with commas
            for (let j = to; tokens[j]?.text === ',' && tokens[j + 1]?.capitalized;) {
              let e = j + 1;
              // ("…, Francophonie and Congolese Abroad": a nationality of those abroad is a portfolio's word too)
              const listedPortfolioWord = (x: Token, n: number): boolean => x.capitalized && (!placeOfToken(x) || (placeOfToken(x)?.kind === 'demonym' && /^(abroad|diaspora|nationals)$/.test(lower(tokens[n + 1])))) && !tagsOf(x.lower).some((tag) => NAME_TAGS.has(tag));
              while (tokens[e] && (listedPortfolioWord(tokens[e], e) || (tokens[e].lower === 'and' && tokens[e + 1]?.capitalized))) e++;
              const segment = tokens.slice(j + 1, e);
              if (e === j + 1 || (tokens[e]?.text !== ',' && !segment.some((x) => x.lower === 'and'))) break;
              // ("the Ministry of Foreign Affairs, Kimiebi Ebienfa, …": a name set off after it is its officer's)
              if (!segment.some((x) => x.lower === 'and') && !segment.every((x) => isCommonWord(x.lower) || PORTFOLIO_WORDS.has(x.lower) || isPortfolioNoun(x.lower))) break;
              to = e;
              j = e;
            }
          }
        } else if (!(t.capitalized && tokens[i - 1] && /^(foreign|political|presidential)$/i.test(tokens[i - 1].text))) {
          // "office" alone: a person's or a movement's office ("Baradar's office", "the Taliban's political office")
          // ("Sudani's media office", "the minister's press office": the office that speaks for them)
          let ownerIndex = /^(political|media|press)$/.test(lower(tokens[i - 1])) ? i - 2 : i - 1;
          const owner = tokens[ownerIndex];
          // "the Prime Minister's Office": the owner is an office-holder's title
          while (ownerIndex > 0 && tokens[ownerIndex - 1].capitalized && TITLE_WORDS.has(tokens[ownerIndex - 1].lower)) ownerIndex--;
          // the owner's whole name: "Hun Manet's office"
          while (owner?.possessive && ownerIndex > 0 && isNameToken(tokens[ownerIndex - 1]) && !tokens[ownerIndex - 1].possessive && free(ownerIndex - 1, ownerIndex)) ownerIndex--;
          // "the Slovak president's office": an office-holder named by title and nationality
          const holder = owner?.possessive && !owner.capitalized && TITLE_HEADS.has(owner.lower) ? ownerIndex : -1;
          if (holder >= 0) {
            while (ownerIndex > 0 && TITLE_WORDS.has(tokens[ownerIndex - 1].lower) && !claimed[ownerIndex - 1]) ownerIndex--;
            const nationality = placeOfToken(tokens[ownerIndex - 1]);
            const office = tokens.slice(ownerIndex, holder + 1).map((x) => x.lower).join(' ');
            if (nationality && nationality.kind !== 'city' && nationality.kind !== 'region' && free(ownerIndex, i + 1)) {
              const surface = phrase(ownerIndex - 1, i + 1);
              removeOverlapping(ownerIndex - 1, i + 1);
              // no country of its own: the office is not the state's government, which one node stands for
              mentions.push({ kind: 'organization', ...at(ownerIndex - 1, i + 1), key: `office:${nationality.code}:${office}`, name: surface.replace(/’/g, "'"), surface, orgKind: 'government', country: null, delegation: false });
              claim({ from: ownerIndex - 1, to: i + 1 });
            } else if (!nationality && lower(tokens[ownerIndex - 1]) === 'the' && context.homeCountry && free(ownerIndex, i + 1)) {
              // ("according to a statement from the prime minister's office": the story's own state's office-holder)
              const surface = phrase(ownerIndex, i + 1);
              removeOverlapping(ownerIndex, i + 1);
              mentions.push({ kind: 'organization', ...at(ownerIndex, i + 1), key: `office:${context.homeCountry}:${office}`, name: surface.replace(/’/g, "'"), surface, orgKind: 'government', country: null, delegation: false });
              claim({ from: ownerIndex, to: i + 1 });
            }
            continue;
          }
          if (owner?.possessive && owner.capitalized && free(ownerIndex, i + 1)) {
            const surface = phrase(ownerIndex, i + 1);
            const dfg = DE_FACTO.get(owner.text);
            removeOverlapping(ownerIndex, i + 1);
            mentions.push({
              kind: 'organization', ...at(ownerIndex, i + 1), key: `office:${owner.text}${lower(tokens[i - 1]) === 'political' ? ':political' : ''}`,
              name: surface.replace(/’/g, "'"), surface, orgKind: dfg ? 'other' : 'government', country: dfg ?? null, delegation: false,
            });
            claim({ from: ownerIndex, to: i + 1 });
          }
          continue;
        }
        if (from === i && !/^mo?fa$/.test(t.lower) && !(lower(tokens[i + 1]) === 'of' || (lower(tokens[i + 1]) === 'for' && !!tokens[i + 2]?.capitalized))) continue;
        const owner = ownerOf(from - 1);
        if (owner) from = owner.from;
        // "the Kazakh Foreign Ministry's statement": the ministry, without the possessive
        const span = text.slice(tokens[from].start, tokens[to - 1].end).replace(/['’]s?$/, '');
        const ofCountry = countryOfPhrase(tokens.slice(i + 1, to)) ?? null;
        // "the Foreign Ministry in Jerusalem": the ministry of the capital's state
        const seat = lower(tokens[to]) === 'in' && tokens[to + 1] ? placeOfToken(tokens[to + 1]) : null;
        const country = owner?.country ?? ofCountry ?? (seat?.kind === 'capital' ? seat.code : null);
        const portfolio = PORTFOLIOS.find(([re]) => re.test(span))?.[1] ?? 'other';
        removeOverlapping(from, to);
        claim({ from, to });
        mentions.push({
          kind: 'organization', ...at(from, to), key: `ministry:${country ?? '?'}:${portfolio}`, name: span.replace(/’/g, "'"),
          surface: span, orgKind: 'ministry', country, delegation: false,
        });
        continue;
      }
      // Embassies: "the Russian embassy", "Pakistan's embassy", "the Indian High Commission" (singular only)
      const mission = t.lower === 'embassy' ? 1 : t.lower === 'commission' && lower(tokens[i - 1]) === 'high' && tokens[i - 1].capitalized ? 2 : 0;
      if (mission) {
        // ("the US Embassy in Prishtina": a state's short name set before it as its adjective)
        const adjective = placeOfToken(tokens[i - mission])?.kind === 'country' && tokens[i - mission].capitalized ? { country: placeOfToken(tokens[i - mission])!.code, surface: tokens[i - mission].text, from: i - mission } : null;
        const owner = ownerOf(i - mission) ?? adjective;
        if (owner) {
          // "the French Embassy in Jakarta", "the Chinese Embassy in Brazil": the host is part of its name
          const host = lower(tokens[i + 1]) === 'in' && tokens[i + 2] ? stateAt(tokens, i + 2) ?? (placeOfToken(tokens[i + 2]) ? { entry: placeOfToken(tokens[i + 2])!, n: 1 } : null) : null;
          const to = host && /^(capital|city|country)$/.test(host.entry.kind) ? i + 2 + host.n : i + 1;
          removeOverlapping(owner.from, to);
          mentions.push({
            kind: 'organization', ...at(owner.from, to), key: `embassy:${owner.country}`, name: phrase(owner.from, to),
            surface: phrase(owner.from, to), orgKind: 'embassy', country: owner.country, delegation: false,
          });
          claim({ from: owner.from, to });
          continue;
        }
        // "the Embassy of the Republic of Indonesia", "the Embassy of Japan in Bangladesh", "the High Commission of India": the state after "of"
        const article = lower(tokens[i + 2]) === 'the' ? 1 : 0;
        const state = t.capitalized && lower(tokens[i + 1]) === 'of' ? stateAt(tokens, i + 2 + article) : null;
        const start = i - mission + 1;
        if (state?.entry.kind === 'country') {
          let to = i + 2 + article + state.n;
          const host = lower(tokens[to]) === 'in' && tokens[to + 1] ? stateAt(tokens, to + 1) ?? (placeOfToken(tokens[to + 1]) ? { entry: placeOfToken(tokens[to + 1])!, n: 1 } : null) : null;
          if (host && /^(capital|city|country)$/.test(host.entry.kind)) to += 1 + host.n;
          removeOverlapping(start, to);
          mentions.push({
            kind: 'organization', ...at(start, to), key: `embassy:${state.entry.code}`, name: phrase(start, to),
            surface: phrase(start, to), orgKind: 'embassy', country: state.entry.code, delegation: false,
          });
          claim({ from: start, to });
        }
        continue;
      }
      // Named bodies: capitalised words ending in an organisation noun, with "for/of" complements.
      // ("the House of Representatives", "the Government of National Unity": a head with its complement of no state)
      // ("the Department of the Interior": a department named with its article)
      const complement = i + 2 + (t.lower === 'department' ? article(i + 2) : 0);
      const headOfNamed = (ORG_HEADS.has(t.lower) || t.lower === 'house') && /^(of|for)$/.test(lower(tokens[i + 1])) && !!tokens[complement]?.capitalized && !placeOfToken(tokens[complement]) && !MONTHS_AND_DAYS.has(tokens[complement].lower);
      // (not a word of a known officeholder's name: "President Duma Boko")
      if (t.capitalized && (ORG_HEADS.has(t.lower) || headOfNamed) && free(i, i + 1) && !t.officeholder) {
        let from = i;
        // ("the President's Media Division": an office-holder's own body)
        const holders = (k: number): boolean => tokens[k].possessive && TITLE_HEADS.has(tokens[k].lower) && !tokens.slice(k + 1, i).some((x) => x.possessive);
        while (from > 0 && tokens[from - 1].capitalized && (!tokens[from - 1].possessive || holders(from - 1)) && free(from - 1, from) && (!NEVER_NAMES.has(tokens[from - 1].lower) || ORG_OPENERS.has(tokens[from - 1].lower))) from--;
        if (from === i && !headOfNamed) continue; // "Council" alone
        // "the Bangladesh Nationalist Party": a party named with its country
        // ("the Taiwan External Trade Development Council": so is a body of several words)
        // ("the Kurdistan Regional Government": a region's own government is named with the region)
        // ("the South Sudan Opposition Movements Alliance": a state of two words, both)
        const stateOfTwo = from > 1 && adjacent(text, tokens[from - 2], tokens[from - 1]) && lookupPlace(`${tokens[from - 2].text} ${tokens[from - 1].text}`)?.kind === 'country';
        const namedBy = stateOfTwo ? 'country' : from > 0 ? placeOfToken(tokens[from - 1])?.kind : undefined;
        if ((/^(party|league|front|movement|congress)$/.test(t.lower) || from < i) && (namedBy === 'country' || (namedBy === 'region' && /^(government|administration|authority|parliament|assembly)$/.test(t.lower))) && !tokens[from - 1].possessive && adjacent(text, tokens[from - 1], tokens[from])) {
          from -= stateOfTwo ? 2 : 1;
          removeOverlapping(from, from + (stateOfTwo ? 2 : 1));
          // "the South Africa–Nigeria Bi-National Commission": a pair of states
          const pair = /^[-–]$/.test(tokens[from - 1]?.text ?? '') ? [2, 1].find((n) => from - 1 - n >= 0 && lookupPlace(tokens.slice(from - 1 - n, from - 1).map((x) => x.text).join(' '))?.kind === 'country') : undefined;
          if (pair) {
            removeOverlapping(from - 1 - pair, from - 1);
            from -= 1 + pair;
          }
        }
        // "Armed Forces Minister X": the body names a portfolio of the title that follows
        if (tokens[i + 1]?.capitalized && TITLE_HEADS.has(tokens[i + 1].lower)) continue;
        let to = i + 1;
        // ("the Cabinet of Ministers of Kyrgyzstan Adylbek Kasymaliev": a state's name closes the body's)
        let closed = false;
        while (!closed && tokens[to] && /^(for|of|on)$/.test(tokens[to].lower) && tokens[to + 1 + article(to + 1)]?.capitalized && !MONTHS_AND_DAYS.has(tokens[to + 1 + article(to + 1)].lower)) {
          let k = to + 1 + article(to + 1);
          // ("the Ministry of Foreign Affairs G.Ankhbayar": an initialled name is its officer's, not the body's)
          while (tokens[k]?.capitalized && !tokens[k - 1].possessive && !closed && !/^\p{Lu}\p{Ll}?\.\p{Lu}/u.test(tokens[k].text)) closed = placeOfToken(tokens[k++])?.kind === 'country';
          to = k;
        }
        // "the Central Council of Jews in Germany": a body of a people in a country is named with the country
        const ofPeopleIn = to > i + 2 && lower(tokens[i + 1]) === 'of' && /s$/.test(tokens[to - 1].text) && !placeOfToken(tokens[to - 1]) && lower(tokens[to]) === 'in' && placeOfToken(tokens[to + 1])?.kind === 'country';
        if (ofPeopleIn) to += 2;
        const words = tokens.slice(from, to);
        if (words.some((w) => NON_ACTOR_NAMES.has(w.lower) && !ORG_HEADS.has(w.lower))) continue;
        // "the Julius Nyerere International Convention Centre": a venue, not a body
        if (/^(centre|center)$/.test(t.lower) && /^(convention|conference|exhibition|congress|press|media|cultural|sports|business|trade)$/.test(lower(tokens[i - 1]))) continue;
        // "Yonhap News Agency", "Ahram Online": a news outlet reports, it does not act
        // ("the Saudi Press Agency" too; a press service speaks for its body)
        if ((/^news$/i.test(lower(tokens[i - 1])) && /^(agency|service)$/.test(t.lower)) || (/^press$/i.test(lower(tokens[i - 1])) && t.lower === 'agency')) {
          removeOverlapping(from, to);
          claim({ from, to });
          mentions.push({ kind: 'media', ...at(from, to), name: phrase(from, to) });
          continue;
        }
        const owner = ownerOf(from - 1);
        // (a body named by its office alone is the story's own state's: "the House of Representatives")
        const country = owner?.country ?? countryOfPhrase(words) ?? (from === i ? context.homeCountry ?? null : null);
        // ("the Presidential Council", "the Transitional Sovereignty Council": a head of state's body, whose state the story tells elsewhere)
        const headOfState = /^(?:Presidential|Sovereignty|Transitional|Royal)$/.test(tokens[from].text);
        removeOverlapping(from, to);
        claim({ from, to });
        const name = phrase(from, to);
        mentions.push({
          kind: 'organization', ...at(from, to), key: `body:${name.toLowerCase()}`, name, surface: name,
          // (a state's legislature, or an office of its government, is no international body for want of a state named)
          // (and armed forces or a police named with no state, "the Chief of Defence Forces", are no international body either)
          orgKind: ofPeopleIn || /court|parliament|assembly|senate|house|congress|caucus|khural/i.test(t.text) ? 'other' : /committee|council|service|directorate|bureau/i.test(t.text) && country ? 'ministry'
            : country || headOfState || /division|chancellery/i.test(t.text) ? 'government' : /forces|army|navy|police|gendarmerie/i.test(t.text) ? 'other' : 'international',
          country, delegation: false,
        });
      }
    }
    // "Russian and Ukrainian delegations": one delegation per nationality
    for (let i = 2; i < tokens.length; i++) {
      if (!/^(delegations|teams)$/.test(tokens[i].lower) || claimed[i]) continue;
      const nationalities: number[] = [];
      for (let k = i - 1; k >= 0 && (tokens[k].lower === 'and' || tokens[k].text === ',' || placeOfToken(tokens[k])?.kind === 'demonym'); k--) {
        if (placeOfToken(tokens[k])?.kind === 'demonym') nationalities.unshift(k);
      }
      if (nationalities.length < 2) continue;
      for (const k of nationalities) {
        const entry = placeOfToken(tokens[k])!;
        removeOverlapping(k, k + 1);
        const to = k === nationalities[nationalities.length - 1] ? i + 1 : k + 1;
        mentions.push({ kind: 'organization', ...at(k, to), key: `delegation:${entry.code}`, name: `${tokens[k].text} delegation`, surface: `${tokens[k].text} delegation`, orgKind: 'government', country: entry.code, delegation: true });
      }
      claim({ from: nationalities[0], to: i + 1 });
    }
    // "a team of Indian diplomats": a delegation
    for (let i = 0; i + 3 < tokens.length; i++) {
      if (!/^(team|delegation|group)$/.test(tokens[i].lower) || tokens[i + 1].lower !== 'of' || claimed[i]) continue;
      const entry = placeOfToken(tokens[i + 2]);
      if (entry?.kind !== 'demonym' || !/^(diplomats|officials|ministers|envoys|negotiators)$/.test(tokens[i + 3].lower)) continue;
      const from = /^(a|the|an)$/i.test(lower(tokens[i - 1])) ? i - 1 : i;
      claim({ from, to: i + 4 });
      mentions.push({ kind: 'organization', ...at(from, i + 4), key: `delegation:${entry.code}`, name: `${tokens[i + 2].text} delegation`, surface: phrase(from, i + 4), orgKind: 'government', country: entry.code, delegation: true });
    }
    // "the caretaker government", "the de facto authorities": the de facto rulers
    for (let i = 1; i + 1 < tokens.length && context.deFactoCountry; i++) {
      if (!DE_FACTO_FIRST_WORDS.has(tokens[i].lower)) continue;
      const two = `${tokens[i].lower} ${tokens[i + 1].lower}`;
      const three = tokens[i + 2] ? `${two} ${tokens[i + 2].lower}` : '';
      const n = DE_FACTO_DESCRIPTION.test(three) ? 3 : DE_FACTO_DESCRIPTION.test(two) ? 2 : 0;
      if (!n || !free(i, i + n) || placeOfToken(tokens[i - 1])?.kind === 'demonym') continue;
      claim({ from: i, to: i + n });
      mentions.push(governmentMention(at(i, i + n), context.deFactoCountry, phrase(i, i + n)));
    }
    // "his office said": the office of the sentence's first-named person
    for (let i = 1; i < tokens.length; i++) {
      if (tokens[i].lower !== 'office' || !/^(his|her)$/.test(tokens[i - 1].lower) || claimed[i]) continue;
      // it speaks ("his office said"); "received them at his office" is a place
      if (!SPEECH_AFTER.test(lower(tokens[i + 1])) && !/\baccording to\s*$/i.test(text.slice(0, tokens[i - 1].start))) continue;
      let last = tokens.slice(0, i - 1).findIndex(isNameToken);
      if (last < 0) continue;
      while (tokens[last + 1] && isNameToken(tokens[last + 1]) && !tokens[last].possessive) last++;
      const surname = tokens[last];
      claim({ from: i - 1, to: i + 1 });
      mentions.push({ kind: 'organization', ...at(i - 1, i + 1), key: `office:${surname.text}`, name: `${surname.text}'s office`, surface: `${surname.text}'s office`, orgKind: 'government', country: null, delegation: false });
    }
    // "the Presidency said": the head of state's office, of the country the story is told from
    // ("the Presidency of the Republic said", "the Presidency of the Council": the office named in full)
    // (without a dateline, a national outlet's)
    const presidencyState = context.datelineCountry ?? context.homeCountry;
    for (let i = 1; i < tokens.length && presidencyState; i++) {
      if (tokens[i].text !== 'Presidency' || tokens[i - 1].lower !== 'the' || claimed[i] || claimed[i - 1]) continue;
      // ("the Presidency of French Polynesia": the state named after it)
      const ofState = lower(tokens[i + 1]) === 'of' && tokens[i + 2] ? stateAt(tokens, i + 2) : null;
      const named = ofState?.entry.kind === 'country' ? ofState : null;
      const full = named ? 2 + named.n : lower(tokens[i + 1]) === 'of' && lower(tokens[i + 2]) === 'the' && /^(Republic|Council|Government)$/.test(tokens[i + 3]?.text ?? '') && !claimed[i + 3] ? 4 : 1;
      claim({ from: i - 1, to: i + full });
      mentions.push(presidencyMention(at(i, i + full), named?.entry.code ?? presidencyState, phrase(i, i + full)));
    }
    // "State House said": the head of state's office in many Commonwealth states, of the country the story is told from
    // ("the Executive Mansion" in Liberia, "Government House" of a governor-general, too)
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!HEAD_OF_STATE_HOUSE_OPENERS.has(tokens[i].text)) continue;
      const house = `${tokens[i].text} ${tokens[i + 1].text}`;
      // (not a venue, "at the Executive Mansion", nor an office's title, "Executive Mansion Press Secretary")
      if (!HEAD_OF_STATE_HOUSES.has(house) || claimed[i] || claimed[i + 1] || namedAsVenue(i) || (tokens[i + 2]?.capitalized && (TITLE_WORDS.has(tokens[i + 2].lower) || tokens[i + 2].lower === 'press'))) continue;
      claim({ from: i, to: i + 2 });
      mentions.push(presidencyMention(at(i, i + 2), context.datelineCountry ?? 'home', house));
    }
    // "the Office of the Prime Minister (and Cabinet)": a head of government's office, of the story's own state
    for (let i = 0; i + 3 < tokens.length; i++) {
      if (tokens[i].text !== 'Office' || tokens[i + 1].lower !== 'of' || tokens[i + 2].lower !== 'the' || claimed[i]) continue;
      let to = i + 3;
      while (tokens[to]?.capitalized && TITLE_WORDS.has(tokens[to].lower) && !claimed[to]) to++;
      if (to === i + 3 || !TITLE_HEADS.has(tokens[to - 1].lower)) continue;
      if (lower(tokens[to]) === 'and' && tokens[to + 1]?.text === 'Cabinet') to += 2;
      // ("the Office of the Special Envoy of the Secretary-General for Yemen": whom the office-holder serves, and for where)
      if (lower(tokens[to]) === 'of' && lower(tokens[to + 1]) === 'the' && /^Secretary[-‐]General$/.test(tokens[to + 2]?.text ?? '')) to += 3;
      if (lower(tokens[to]) === 'for' && tokens[to + 1]?.capitalized && !claimedByPerson(to + 1)) to += 2;
      const surface = phrase(i, to);
      // ("the Cook Islands Office of the Prime Minister", "Kenya's Office of the President": the state set before it)
      const home = ownerOf(i - 1)?.country ?? context.homeCountry ?? null;
      claim({ from: i, to });
      mentions.push({ kind: 'organization', ...at(i, to), key: `office:${home ?? '?'}:${surface.toLowerCase()}`, name: surface, surface, orgKind: 'government', country: home, delegation: false });
    }
    // "the Government Office said", "the Chancellery of the President", "the Primature", "the Vice-Presidency": a head of government's or of state's office,
    // of the story's own state (not the building: "received at the Primature")
    for (let i = 0; i < tokens.length; i++) {
      const n = /^(Primature|Vice-Presidency)$/.test(tokens[i].text) ? 1 : tokens[i].text === 'Government' && tokens[i + 1]?.text === 'Office' ? 2
        : /^(Chancellery|Chancery)$/.test(tokens[i].text) && lower(tokens[i + 1]) === 'of' && lower(tokens[i + 2]) === 'the' && tokens[i + 3]?.text === 'President' ? 4 : 0;
      if (!n || claimed[i] || namedAsVenue(i)) continue;
      claim({ from: i, to: i + n });
      const name = phrase(i, i + n);
      if (n === 4) mentions.push(presidencyMention(at(i, i + n), context.datelineCountry ?? 'home', name));
      else mentions.push({ kind: 'organization', ...at(i, i + n), key: `office:${context.homeCountry ?? '?'}:${name.toLowerCase()}`, name, surface: name, orgKind: 'government', country: context.homeCountry ?? null, delegation: false });
    }
    // "the ministry", "the office", "the presidency": the last one named
    for (let i = 1; i < tokens.length; i++) {
      if (!/^(ministry|office|delegation|team|presidency|service)$/.test(tokens[i].lower) || claimed[i]) continue;
      // "the press service": the last press office named
      if (tokens[i].lower === 'service') {
        // ("the press service of the Ministry of Foreign Affairs": the ministry named after it speaks)
        if (lower(tokens[i - 1]) !== 'press' || lower(tokens[i - 2]) !== 'the' || claimed[i - 1] || lower(tokens[i + 1]) === 'of') continue;
        claim({ from: i - 2, to: i + 1 });
        mentions.push({ kind: 'organization', ...at(i - 2, i + 1), key: 'anaphor:press service', name: phrase(i - 2, i + 1), surface: phrase(i - 2, i + 1), orgKind: 'government', country: null, delegation: false });
        continue;
      }
      // ("the Presidency of the Republic": the head of state's office by its full name, of the story's own state)
      if (tokens[i].lower === 'presidency' && tokens[i].capitalized && lower(tokens[i + 1]) === 'of' && lower(tokens[i + 2]) === 'the' && tokens[i + 3]?.text === 'Republic') {
        claim({ from: i, to: i + 4 });
        mentions.push(presidencyMention(at(i, i + 4), context.datelineCountry ?? 'home', phrase(i, i + 4)));
        continue;
      }
      // "the delegation", "the 14-member team"; "according to a ministry statement": the ministry last named
      const from = tokens[i - 1].lower === 'the' ? i - 1 : /^\d+-member$/.test(tokens[i - 1].text) && lower(tokens[i - 2]) === 'the' ? i - 2
        : tokens[i].lower === 'ministry' && tokens[i - 1].lower === 'a' && /^(statement|readout|release|communiqu[eé])$/.test(lower(tokens[i + 1])) ? i : -1;
      if (from < 0) continue;
      claim({ from, to: i + 1 });
      const group = /^(delegation|team)$/.test(tokens[i].lower);
      mentions.push({ kind: 'organization', ...at(from, i + 1), key: `anaphor:${tokens[i].lower}`, name: phrase(from, i + 1), surface: phrase(from, i + 1), orgKind: group ? 'government' : 'ministry', country: null, delegation: group });
    }
    // "Los Lobos", "Las Aguilas": a group named with a Spanish article (places such as Los Angeles are claimed already)
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (!/^(Los|Las)$/.test(tokens[i].text) || !free(i, i + 2) || !tokens[i + 1].capitalized) continue;
      let to = i + 2;
      while (tokens[to]?.capitalized && free(to, to + 1) && adjacent(text, tokens[to - 1], tokens[to])) to++;
      // "Las Americas International Airport" is a place
      if (to - i > 3 || tokens.slice(i + 1, to).some((t) => THING_NOUNS.has(t.lower) || ORG_HEADS.has(t.lower))) continue;
      const name = phrase(i, to);
      claim({ from: i, to });
      mentions.push({ kind: 'organization', ...at(i, to), key: `body:${name.toLowerCase()}`, name, surface: name, orgKind: 'armed_group', country: null, delegation: false });
    }
    // Armed groups by description: "the Jaish al-Adl militant group"
    for (let i = 1; i < tokens.length - 1; i++) {
      if (!ORG_SUFFIX_NOUNS.has(tokens[i].lower) || !/^(group|organi[sz]ation|movement|outfit)$/.test(lower(tokens[i + 1]))) continue;
      let from = i;
      while (from > 0 && (isNameToken(tokens[from - 1]) || NAME_PARTICLES.has(tokens[from - 1].lower)) && free(from - 1, from)) from--;
      if (from === i) continue;
      const name = phrase(from, i);
      claim({ from, to: i + 2 });
      mentions.push({ kind: 'organization', ...at(from, i + 2), key: `body:${name.toLowerCase()}`, name, surface: name, orgKind: 'armed_group', country: null, delegation: false });
    }
  }

  function removeOverlapping(from: number, to: number): void {
    const start = sentence.start + tokens[from].start;
    const end = sentence.start + tokens[to - 1].end;
    for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start >= start && mentions[k].end <= end) mentions.splice(k, 1);
  }

  function claimedByPerson(k: number): boolean {
    return byPerson[k];
  }

  /** Where a name's phrase starts once titles are added: its first title token, else the name. */
  function spanFromOf(from: number): number {
    let k = from;
    while (k > 0 && isHonorific(tokens[k - 1].lower)) k--;
    return k;
  }

  /**
   * Where a title opening the sentence starts when its portfolio lists capitalised nouns with commas
   * ("Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, X"), or null.
   */
  // ("met the Minister of State, Minister of Foreign Affairs, National Community Abroad and African Affairs, X": from its first head)
  function listedPortfolioFrom(comma: number): number | null {
    // (never into the apposition of a holder named before: "Mr. A, Minister of Foreign Affairs, Mr. B, …")
    const portfolioWord = (k: number): boolean => !claimedByPerson(k) && (isTitleToken(tokens[k]) || tokens[k].text === ',' || tokens[k].capitalized);
    let first = comma;
    let headed = false;
    for (let k = comma - 1; k >= Math.max(0, comma - 24) && portfolioWord(k); k--) {
      first = k;
      if (TITLE_HEADS.has(tokens[k].lower) && tokens[k].capitalized) headed = true;
      // ("the Special Adviser to the President on Information, X": whom the office serves is inside it)
      if (tokens[k].lower === 'the' && headed && lower(tokens[k - 1]) === 'to' && !!tokens[k - 2] && TITLE_HEADS.has(tokens[k - 2].lower)) { k--; continue; }
      if (tokens[k].lower === 'the' && headed) break; // the title's own article opens it
    }
    // ("patrols in the Gulf of Guinea, Minister of Foreign Affairs, X": no words before a comma ahead of the first head)
    let head = first;
    while (head < comma && !(TITLE_HEADS.has(tokens[head].lower) && tokens[head].capitalized)) head++;
    for (let k = head - 1; k > first; k--) if (tokens[k].text === ',') { first = k + 1; break; }
    return headed && comma - first >= 3 ? first : null;
  }

  /** A word of a portfolio: "Regional Integration and Togolese Abroad" (a nationality among them). */
  function portfolioListWord(t: Token): boolean {
    return /^(and|of|the|for)$/.test(t.lower) || (t.capitalized && !t.possessive && (isCommonWord(t.lower) || isPortfolioNoun(t.lower) || PORTFOLIO_WORDS.has(t.lower) || !!placeOfToken(t)));
  }

  /** "President X of Somalia", "Lars Løkke Rasmussen of Denmark": the state named right after a name, at token `k`, is the one served. */
  function stateAfterName(k: number): string | null {
    if (lower(tokens[k]) !== 'of') return null;
    const state = stateAt(tokens, k + 1);
    const after = tokens[k + 1 + (state?.n ?? 0)];
    return state?.entry.kind === 'country' && (!after || after.punctuation || !after.capitalized) && !after?.possessive ? state.entry.code : null;
  }

  /** "President X of Somalia and President Y": the words before the "and" at `k` are the state of a holder named before. */
  function statedHolderBefore(k: number): boolean {
    let j = k - 1;
    while (j > 0 && claimed[j] && !claimedByPerson(j) && !!placeOfToken(tokens[j])) j--;
    return j < k - 1 && lower(tokens[j]) === 'of' && claimedByPerson(j - 1);
  }

  /** True when the words before token `k` lead back to a title's head with no name between: "Secretary of Foreign Affairs and …". */
  function insideTitle(k: number): boolean {
    for (let j = k; j >= Math.max(0, k - 8); j--) {
      const t = tokens[j];
      if (TITLE_HEADS.has(t.lower)) return true;
      // ("Minister of Police, Prisons and Corrections": a lone word between a list's commas is one of its portfolios)
      // ("Minister Delegate for Francophonie and International Partnerships" too)
      const listed = t.capitalized && /^(,|and|of|for)$/.test(lower(tokens[j - 1])) && /^(,|and)$/.test(lower(tokens[j + 1]));
      // (an adjective or abstract noun the word list lacks, by its ending: "National Reconciliation, Peace and National Cohesion")
      if (claimedByPerson(j) || !(isTitleToken(t) || t.text === ',' || (t.capitalized && (!isNameToken(t) || listed || ADJECTIVE_ENDING.test(t.lower) || PORTFOLIO_NOUN_ENDING.test(t.lower))))) return false;
    }
    return false;
  }

  /** ", Michael Kamo": a name of two words or more set off after position `k`'s comma. */
  /** ", Head of State, General Brice Oligui Nguema": more of an office, then the one holding it, after the comma at `k`. */
  function titlesThenName(k: number): boolean {
    let j = k;
    let titled = false;
    while (tokens[j]?.text === ',') {
      let e = j + 1;
      // ("…, and HE Dr. X": another of a list, not this office's holder)
      while (tokens[e] && tokens[e].text !== ',' && tokens[e].lower !== 'and' && (isTitleToken(tokens[e]) || isHonorific(tokens[e].lower)) && !isNameToken(tokens[e])) e++;
      titled ||= tokens.slice(j + 1, e).some((t) => TITLE_HEADS.has(t.lower) || isHonorific(t.lower));
      if (tokens[e]?.text === ',' && e > j + 1) { j = e; continue; }
      return titled && !!tokens[e] && isNameToken(tokens[e]) && !!tokens[e + 1] && isNameToken(tokens[e + 1]) && adjacent(text, tokens[e], tokens[e + 1]);
    }
    return false;
  }

  /** ", Peace and National Cohesion, Ismaël Ag Mohamed": the rest of a portfolio's list after the comma at `k`, then its holder. */
  function portfoliosThenNames(k: number): boolean {
    if (tokens[k]?.text !== ',') return false;
    for (let j = k + 1; j < k + 12 && tokens[j]; j++) {
      if (tokens[j].text === ',') return j > k + 1 && namesFollow(j);
      const portfolioWord = tokens[j].capitalized && (isCommonWord(tokens[j].lower) || isPortfolioNoun(tokens[j].lower) || PORTFOLIO_NOUN_ENDING.test(tokens[j].lower) || ADJECTIVE_ENDING.test(tokens[j].lower) || !!placeOfToken(tokens[j]));
      if (!portfolioWord && tokens[j].lower !== 'and') return false;
    }
    return false;
  }

  function namesFollow(k: number): boolean {
    // (", General Mamadi Doumbouya": a rank or honorific may open the name)
    let j = k + 1;
    while (j < k + 4 && tokens[j]?.capitalized && (isHonorific(tokens[j].lower) || TITLE_WORDS.has(tokens[j].lower))) j++;
    return tokens[k]?.text === ',' && !!tokens[j] && isNameToken(tokens[j]) && !!tokens[j + 1] && isNameToken(tokens[j + 1]) && adjacent(text, tokens[j], tokens[j + 1]);
  }

  /** "Maj-Gen Zaw Min Tun said": a word that is an honorific elsewhere ("Tun Dr Mahathir") closing a name belongs to it ("Samdech Techo Hun Sen" too). */
  function honorificClosingName(k: number): boolean {
    const t = tokens[k];
    // (its full stop may close the sentence: "… Samdech Techo Hun Sen.")
    return !!t && t.capitalized && (!t.text.endsWith('.') || !tokens[k + 1]) && HONORIFICS.has(t.lower.replace(/\.$/, '')) && !tokens[k + 1]?.capitalized && k >= 2 && isNameToken(tokens[k - 1]) &&
      (isNameToken(tokens[k - 2]) || (tokens[k - 2].capitalized && HONORIFICS.has(tokens[k - 2].lower)));
  }

  /** "Hassan Sheikh Mohamud": an honorific between two name words belongs to the name. */
  function honorificInsideName(k: number): boolean {
    const t = tokens[k];
    return !!t && t.capitalized && HONORIFICS_IN_NAMES.has(t.lower) && (isNameToken(tokens[k - 1]) || NAME_PARTICLES.has(lower(tokens[k - 1]))) &&
      !!tokens[k + 1] && isNameToken(tokens[k + 1]) && adjacent(text, t, tokens[k + 1]);
  }

  /** "Carlos Eduardo de Souza Lima", "Luís Montenegro": a city's or state's name closing a name is the surname (the place step left it unclaimed). */
  function cityClosingName(k: number): boolean {
    const t = tokens[k];
    if (!t?.capitalized || t.possessive || (tokens[k + 1]?.capitalized && adjacent(text, t, tokens[k + 1]))) return false;
    const kind = placeOfToken(t)?.kind ?? '';
    return (LOWER_PARTICLES.test(tokens[k - 2]?.text ?? '') && /^(?:city|capital)$/.test(kind)) || (/^(von|zu)$/.test(tokens[k - 1]?.text ?? '') && !!kind && !claimed[k]) ||
      (kind === 'country' && isGivenName(lower(tokens[k - 1]))) ||
      // ("Tomás Errázuriz Lagos landed": a second surname the place finder left unclaimed)
      (/^(?:city|capital)$/.test(kind) && !claimed[k] && !!tokens[k + 1] && !tokens[k + 1].capitalized && IBERIAN_LETTER.test(`${tokens[k - 2]?.text ?? ''}${tokens[k - 1]?.text ?? ''}`));
  }

  /** "von der Leyen", "bin Hamad": one or more particles, then a name word, all adjacent. */
  function particlesThenName(k: number): boolean {
    let j = k;
    while (tokens[j] && NAME_PARTICLES.has(tokens[j].lower) && tokens[j + 1] && adjacent(text, tokens[j], tokens[j + 1])) j++;
    // ("bin Haji Md Daud": a father's honorific after "bin" is his name's)
    if (j > k && tokens[j] && HONORIFICS_IN_NAMES.has(tokens[j].lower) && tokens[j + 1] && adjacent(text, tokens[j], tokens[j + 1])) j++;
    // ("von und zu Liechtenstein": a place's name the place step left to the name)
    return j > k && !!tokens[j] && (isNameToken(tokens[j]) || afterPatronymic(j) || (tokens[j].capitalized && !claimed[j] && !!placeOfToken(tokens[j])));
  }

  /** "bin Sultan Al Kiyumi": after a patronymic's particle, a title word is the father's name, when a name goes on after it. */
  function afterPatronymic(k: number): boolean {
    return /^(bin|bint|ibn)$/.test(lower(tokens[k - 1])) && !!tokens[k]?.capitalized && !claimed[k] && !!tokens[k + 1] && isNameToken(tokens[k + 1]) && adjacent(text, tokens[k], tokens[k + 1]);
  }

  /** "US President Donald Trump's special envoy X": X serves the state of the person whose envoy he is. */
  function possessorCountry(left: number): string | null {
    const owner = tokens[left - 1];
    if (!owner?.possessive || !byPerson[left - 1]) return null;
    const end = sentence.start + owner.end;
    const person = mentions.find((m): m is PersonMention => m.kind === 'person' && m.end === end);
    return person?.country ?? null;
  }

  /** The claimed phrase ending at `k` follows a verb's "to", "in" or "at" ("welcomed to Port Vila"), not a title's. */
  function placeAfterVerb(k: number): boolean {
    let start = k;
    while (start > 0 && claimed[start - 1]) start--;
    // ("received in the city of Khujand the Prime Minister …": a town described is no title's either)
    return (/^(to|in|at)$/.test(lower(tokens[start - 1])) && !!tokens[start - 2] && !isTitleToken(tokens[start - 2])) ||
      (lower(tokens[start - 1]) === 'of' && TOWN_NOUNS.test(lower(tokens[start - 2])));
  }

  /** "Ramadan Tong Makuei", "Juma Khamis Rajab": a month of the Hijri calendar, a common Arabic name. */
  function hijriName(k: number): boolean {
    return !!tokens[k]?.capitalized && HIJRI_MONTHS.has(tokens[k].lower);
  }

  /** "Santiago Rebollo", "Eugenia Lagos Saravia", "Ramadan Tong Makuei": a town's name or a Hijri month left unclaimed before a name is a name of its own. */
  function leadsName(k: number): boolean {
    const t = tokens[k];
    const kind = t && !claimed[k] && t.capitalized && !t.possessive ? lookupPlace(t.text)?.kind : undefined;
    return (kind === 'capital' || kind === 'city' || hijriName(k)) && !!tokens[k + 1] && isNameToken(tokens[k + 1]) && adjacent(text, t, tokens[k + 1]);
  }

  function findPeople(): void {
    // (a name may be widened back over particles before it, "van den Berg": the scan still moves on past where it stood)
    for (let i = 0, stood = 0; i < tokens.length; i = Math.max(i, stood) + 1) {
      stood = i;
      // a name may open with a particle written capitalised ("Le Hoai Trung", "Van Rompuy"), or with
      // a short word that is otherwise a preposition, right after a title ("General Secretary To Lam"; not "Deputy PM Wong")
      const shortAfterTitle = tokens[i].capitalized && i > 0 && /^\p{L}{2}$/u.test(tokens[i].text) && !HONORIFICS.has(tokens[i].lower) && !TITLE_HEADS.has(tokens[i].lower) && TITLE_HEADS.has(tokens[i - 1].lower) && !!tokens[i + 1] && isNameToken(tokens[i + 1]) && adjacent(text, tokens[i], tokens[i + 1]);
      if (claimed[i] || !(isNameToken(tokens[i]) || leadsName(i) || (tokens[i].capitalized && particlesThenName(i)) || shortAfterTitle)) continue;
      // "India's Power Secretary X": a portfolio's word before its office is no name
      if (PORTFOLIO_WORDS.has(tokens[i].lower) && tokens[i + 1]?.capitalized && TITLE_HEADS.has(tokens[i + 1].lower)) continue;
      const sentenceStart = i === 0 || /^["“‘(:]$/.test(tokens[i - 1].text);
      let to = i + 1;
      while (
        to < tokens.length && !claimed[to] && !tokens[to - 1].possessive && adjacent(text, tokens[to - 1], tokens[to]) &&
        (isNameToken(tokens[to]) || leadsName(to) || hijriName(to) || particlesThenName(to) || afterPatronymic(to) || honorificInsideName(to) || honorificClosingName(to) || cityClosingName(to))
      ) to++;
      let from = i;
      // "Minister of Education and Sports Phout Simmalavong": the portfolio's last word before the name is no part of it
      const portfolioEnd = from;
      // "Chairman of the State Great Khural Ts.Erdenebileg": a Mongolian name, initial and name in one word, is that word alone
      const initialed = tokens.slice(from, to).findIndex((t) => /^\p{Lu}\p{Ll}?\.\p{Lu}/u.test(t.text));
      if (initialed > 0 && to - from === initialed + 1) { from += initialed; i += initialed; }
      // (past the portfolio's first word, only a word the word list knows: "… for Enlargement Annelies X" keeps the given name)
      while (to - from > 2 && (/^(and|of|for)$/.test(lower(tokens[from - 1])) || from > portfolioEnd) && (from === portfolioEnd || tagsOf(tokens[from].lower).length > 0) && (isPortfolioNoun(tokens[from].lower) || PORTFOLIO_WORDS.has(tokens[from].lower) || (isCommonWord(tokens[from].lower) && /s$/.test(tokens[from].lower))) && insideTitle(from - 1)) { from++; i++; }
      // "Undersecretary for Latin America X": the region closing a portfolio is no part of the name
      if (to - from > 1 && from > 0 && isWorldRegionWord(tokens[from].text) && isWorldRegion(`${tokens[from - 1].text} ${tokens[from].text}`)) { from++; i++; }
      // "Later Kabulov met …": a common word opening the sentence is no part of the name; alone it
      // stays a candidate that coreference keeps only if it names someone already met.
      if (sentenceStart && opensSentenceBeforeName(tokens[i].lower) && to - i > 1) from++;
      // "During his visit …", "However, …": a function word opening a sentence is never a name
      if (sentenceStart && to - i === 1 && isFunctionWord(tokens[i].lower)) continue;
      if (from >= to) continue;
      // "the DFA said", "(DFA)": initials alone are an acronym, not a person
      if (to - from === 1 && /^\p{Lu}{2,3}$/u.test(tokens[from].text)) continue;
      // "the House of Representatives (HoR)": a word of several capitals in brackets is the body's acronym
      if (to - from === 1 && tokens[from - 1]?.text === '(' && tokens[to]?.text === ')' && /^\p{Lu}\p{L}*\p{Lu}\p{L}*$/u.test(tokens[from].text)) continue;
      // "the Horohoro/Lunga Lunga border post": names joined by a slash are places
      if (tokens[from - 1]?.text === '/' || tokens[to]?.text === '/') continue;
      // "said van Klaveren", "met von der Leyen": particles written small open the name
      // ("the Palacio del Pueblo" is a place's name: a capitalised word before the particle)
      while (from === i && from > 0 && !claimed[from - 1] && LOWER_PARTICLES.test(tokens[from - 1].text) && adjacent(text, tokens[from - 1], tokens[from]) && !tokens[from - 2]?.capitalized) { from--; i--; }
      // "the Front de Libération Nationale Kanak", "the Partido de la Liberación": a body's name in French or Spanish
      if (from === i && /^(de|du|des|pour|del|de la)$/.test(lower(tokens[from - 1])) && tokens[from - 2]?.capitalized && FOREIGN_BODY_HEADS.test(tokens[from - 2].text)) { i = to - 1; continue; }
      // "the European Commissioner for International Partnerships, X": a plural noun closing a portfolio is no name
      if (to - from === 1 && tokens[to]?.text === ',' && /s$/.test(tokens[from].lower) && isPortfolioNoun(tokens[from].lower.replace(/s$/, '')) && insideTitle(from - 1)) continue;
      // ("the Minister of … Coordination of Government Action, X", "… and Army Reconstruction, X": a common noun closing a portfolio, its holder named next)
      // (a noun's ending tells it too where the word list has none: "Action", "Reconstruction")
      // ("the Minister of National Reconciliation, Peace and National Cohesion, X": more of the portfolio's list between)
      if (to - from === 1 && (isCommonWord(tokens[from].lower) || PORTFOLIO_NOUN_ENDING.test(tokens[from].lower)) && insideTitle(from - 1) && (namesFollow(to) || portfoliosThenNames(to))) continue;
      // "Foreign Secretary Level Consultations": the rank of a meeting, not a holder of the office
      if (tokens[from].lower === 'level' && TITLE_HEADS.has(lower(tokens[from - 1]))) { i = to - 1; continue; }
      // "the Hôtel de Bourgogne", "Qasr Al Watan", "Palazzo Chigi": a building's name, not a person's
      // ("St Ann", "Santa Cruz", "São Tomé": a saint's name is a place's)
      if (BUILDING_WORD.test(tokens[from].text) || /^(?:St\.?|Saint|Santa|São|Sao)$/.test(tokens[from].text)) { i = to - 1; continue; }
      // "Frankfurt an der Oder": a town's name, not a person's
      if (LOWER_PARTICLES.test(tokens[from]?.text ?? '') && /^(an|am|upon|sur|on)$/.test(lower(tokens[from - 1])) && tokens[from - 2]?.capitalized) { i = to - 1; continue; }
      // "Sheikh Sultan bin Hamad": a word that is also a title opens the name before "bin"
      while (from === i && from >= 2 && /^(bin|ibn|bint)$/.test(tokens[from - 1].lower) && tokens[from - 2].capitalized && !claimedByPerson(from - 2) && adjacent(text, tokens[from - 2], tokens[from - 1])) {
        from -= 2;
        i = from;
      }
      // "President Santiago Benítez": a place's name right after a title head opens the name
      if (from === i && from > 1 && !claimedByPerson(from - 1) && tokens[from - 1].capitalized && !tokens[from - 1].possessive && placeOfToken(tokens[from - 1])?.kind !== 'demonym' &&
        !!placeOfToken(tokens[from - 1]) && adjacent(text, tokens[from - 1], tokens[from]) && tokens[from - 2].capitalized && TITLE_HEADS.has(tokens[from - 2].lower)) {
        from--;
        removeOverlapping(from, from + 1);
        claimed[from] = false;
      }
      const next = tokens[to];
      const before = tokens[from - 1];
      // Titles and honorifics to the left (the portfolio's last word among them).
      let left = portfolioEnd < from ? portfolioEnd : from;
      for (;;) {
        while (
          left > 0 && !claimedByPerson(left - 1) && (isTitleToken(tokens[left - 1]) || claimed[left - 1]) &&
          !(tokens[left - 1].punctuation && !/[()]/.test(tokens[left - 1].text)) &&
          // "welcomed to Port Vila the Honourable X": a place after a verb's "to" is no title's ("Ambassador to Pakistan" is)
          // (a nationality is no place: "greetings to Kazakh President X")
          !(claimed[left - 1] && !tokens[left - 1].possessive && placeOfToken(tokens[left - 1])?.kind !== 'demonym' && placeAfterVerb(left - 1)) &&
          // "the visiting minister and Mullah X", "the UN envoy and Yahya X": two people, not one title
          !(tokens[left - 1].lower === 'and' && (left === from || isHonorific(tokens[left].lower) || statedHolderBefore(left - 1)))
        ) left--;
        // "Assistant Secretary of State for Western Hemisphere Affairs X": a portfolio's own words after "for"
        // ("Minister for Foreign Affairs and East African Cooperation X": a portfolio of several words, nationalities among them)
        let k = left - 1;
        // ("Minister of Commerce, Industry and Trade X": a portfolio listed with commas, no comma before its holder;
        // not another office after the comma, opening on a nationality: "A, Kazakhstan's Special Representative, British Special Representative X")
        while (k > 0 && (tokens[k].capitalized || (((tokens[k].lower === 'and' && k < left - 1) || (tokens[k].text === ',' && k + 1 < from && portfolioListWord(tokens[k + 1]) && !isHonorific(tokens[k + 1].lower) && !TITLE_HEADS.has(tokens[k + 1].lower) && !PRONOUNS.has(tokens[k + 1].lower) && !/^(demonym|country)$/.test(placeOfToken(tokens[k + 1])?.kind ?? ''))) && tokens[k + 1].capitalized)) && (!claimed[k] || (!claimedByPerson(k) && !!placeOfToken(tokens[k]) && !tokens[k].possessive)) && left - k <= 7) k--;
        if (k < left - 1 && /^(for|of)$/.test(lower(tokens[k])) && tokens[k - 1] && isTitleToken(tokens[k - 1]) && left < from) { left = k; continue; }
        // "Secretary of State at the Ministry of Foreign Affairs Kong Vibol": the office's body, then its holder
        // ("Minister of State at the Ministry of Foreign Affairs Dr. Khalid …": an honorific between)
        if (lower(tokens[left - 1]) === 'at' && lower(tokens[left]) === 'the' && left + 1 < from && tokens.slice(left + 1, from).every((t, j) => claimed[left + 1 + j] || isHonorific(t.lower)) && tokens[left - 2] && isTitleToken(tokens[left - 2])) { left--; continue; }
        // "Migrant Workers Secretary ⟨X⟩": capitalised common nouns before an office's head are its portfolio
        let portfolio = left;
        while (portfolio > 0 && left - portfolio < 3 && tokens[portfolio - 1].capitalized && isCommonWord(tokens[portfolio - 1].lower) && !NEVER_NAMES.has(tokens[portfolio - 1].lower) &&
          !MONTHS_AND_DAYS.has(tokens[portfolio - 1].lower) && !placeOfToken(tokens[portfolio - 1]) && !claimed[portfolio - 1] && adjacent(text, tokens[portfolio - 1], tokens[portfolio])) portfolio--;
        if (portfolio < left && left < from && TITLE_HEADS.has(lower(tokens[left]))) { left = portfolio; continue; }
        // "Commerce, Trade and Industry Minister X": the portfolio's list opens before a comma
        // (not a word opening the sentence, "Meanwhile, …", nor a day: "On Thursday, Deputy Prime Minister and …")
        // ("Japan's Economy, Trade and Industry Minister X": with the state whose office it is)
        const ownerBefore = !!tokens[left - 3]?.possessive && !!placeOfToken(tokens[left - 3]);
        const listOpens = left > 2 && tokens[left - 1].text === ',' && tokens[left].capitalized && tokens[left - 2].capitalized && !claimed[left - 2] && !tokens[left - 2].possessive && portfolioListWord(tokens[left - 2]) && !placeOfToken(tokens[left - 2]) && !MONTHS_AND_DAYS.has(tokens[left - 2].lower) &&
          (!tokens[left - 3]?.capitalized || ownerBefore) && tokens.slice(left, from).some((t, j) => t.lower === 'and' && tokens.slice(left + j + 1, from).some((h) => TITLE_HEADS.has(h.lower)));
        if (listOpens) { left -= ownerBefore ? 3 : 2; continue; }
        break;
      }
      // A title ending in a comma: "Russia's Special Representative on Afghanistan, Ambassador Zamir Kabulov"
      let titleTokens = tokens.slice(left, from);
      // (", the Hon. Claire Hennessy": an honorific with its article)
      if (left === from || (left > 0 && tokens[left - 1].text === ',' && titleTokens.every((t, j) => isHonorific(t.lower) || (j === 0 && t.lower === 'the')))) {
        if (tokens[left - 1]?.text === ',') {
          let k = left - 1;
          // organisations named inside the title count as its words: "the UN Secretary-General's envoy, X"
          // and so do the capitalised nouns of a portfolio: "Cabinet Secretary for Foreign and Diaspora Affairs of the Republic of Kenya, X"
          const portfolioNoun = (j: number): boolean => tokens[j].capitalized && !placeOfToken(tokens[j]) &&
            (isCommonWord(tokens[j].lower) || (j > 0 && isTitleToken(tokens[j - 1]) && !!tokens[j + 1] && !tokens[j + 1].punctuation && isTitleToken(tokens[j + 1])) ||
              // the last word of the portfolio: "Secretary of Foreign Affairs and Immigration, X"
              (j > 0 && /^(and|of|for)$/.test(tokens[j - 1].lower) && j + 1 === left - 1));
          // ("the minister of digital technologies, X": a portfolio written small after its office)
          // ("Iran's ambassador to the international organisations in Vienna, X": and where it is held)
          let small = k;
          while (small > 1 && k - small < 8 && !TITLE_HEADS.has(lower(tokens[small - 2])) &&
            ((/^[a-z][a-z-]*$/.test(tokens[small - 1].text) && (smallPortfolioWord(tokens[small - 1].lower) || /^(the|in|at|to|of|for|and)$/.test(tokens[small - 1].text))) || (claimed[small - 1] && !!placeOfToken(tokens[small - 1])))) small--;
          if (small < k && /^(of|for|to)$/.test(lower(tokens[small - 1])) && TITLE_HEADS.has(lower(tokens[small - 2]))) k = small - 1;
          while (k > 0 && (isTitleToken(tokens[k - 1]) || portfolioNoun(k - 1) || (claimed[k - 1] && !tokens[k - 1].punctuation)) && !claimedByPerson(k - 1)) k--;
          // a portfolio listed with commas from the sentence's start: "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates, X"
          const listed = listedPortfolioFrom(left - 1);
          if (listed !== null) k = listed;
          // ("The Special Envoy of the President of Indonesia for Pacific Affairs, X": an office held for another office-holder)
          for (let j = k - (lower(tokens[k - 1]) === 'the' ? 2 : 1); lower(tokens[j]) === 'of' && j > 0 && isTitleToken(tokens[j - 1]) && !claimedByPerson(j - 1); j = k - (lower(tokens[k - 1]) === 'the' ? 2 : 1)) {
            k = j;
            while (k > 0 && (isTitleToken(tokens[k - 1]) || (claimed[k - 1] && !tokens[k - 1].punctuation)) && !claimedByPerson(k - 1)) k--;
          }
          let candidate = tokens.slice(k, left - 1);
          const lastAnd = candidate.map((c) => c.lower).lastIndexOf('and');
          // "Uzbekistan's transport minister and Pakistan's railways minister, X": X holds the second office
          const second = candidate.slice(lastAnd + 1);
          // (not one state's name: "Antigua and Barbuda's Foreign Affairs Minister, X")
          const oneState = lastAnd > 0 && (stateAt(tokens, k + lastAnd - 1)?.n ?? 0) >= 3;
          if (lastAnd >= 0 && !oneState && hasTitleHead(second) && second[0] && (second[0].possessive || placeOfToken(second[0]))) { k += lastAnd + 1; candidate = second; }
          while (candidate.length && ((CONNECTORS.has(candidate[0].lower) && candidate[0].lower !== 'the') || candidate[0].text === ',')) { k++; candidate = candidate.slice(1); }
          // ("the visit to Niamey of the ECOWAS Commissioner …, X": the place visited opens no title)
          if (candidate.length > 2 && !!placeOfToken(candidate[0]) && !candidate[0].possessive && candidate[1].lower === 'of' && lower(tokens[k - 1]) === 'to') { k += 2; candidate = candidate.slice(2); }
          // ("According to the minister, X had told her": the source, then the clause's subject)
          // ("Speaking to Belga after his audience with the president, ⟨X⟩ said …": an opening phrase ends there too)
          const opening = /^(?:speaking|addressing|asked|answering|responding|writing|after|following|during|before)$/.test(lower(tokens[0])) && !tokens.slice(1, k).some((t) => t.text === ',') && /^(said|says|told|added|stressed|noted|insisted)$/.test(lower(tokens[to]));
          const source = (lower(tokens[k - 1]) === 'to' && lower(tokens[k - 2]) === 'according') || (candidate[0]?.lower === 'according' && lower(candidate[1]) === 'to') || opening;
          // ("a statement from the Office of the President, Dr Ali and …": a body's name is no one's title)
          // ("a readout issued by the Prime Minister's Office, Pashinyan briefed …", "a note from the Prime Minister's Office, X told …": a body closing with its noun too)
          const body = (ORG_HEADS.has(lower(candidate.find((c) => c.lower !== 'the'))) && /^(from|by|at|with|in)$/.test(lower(tokens[k - 1]))) ||
            (ORG_HEADS.has(lower(candidate.at(-1))) && ((/^(issued|released|published)$/.test(lower(tokens[k - 2])) && lower(tokens[k - 1]) === 'by') || lower(tokens[k - 1]) === 'from'));
          if (hasTitleHead(candidate) && !source && !body) {
            titleTokens = [...candidate, ...titleTokens];
            left = k;
          }
        }
      }
      // ("Bart De Wever (N-VA) and Dutch Prime Minister X": a bracket closed before is no part of the title)
      const closed = titleTokens[0]?.text === '(' ? titleTokens.findIndex((t) => t.text === ')') : -1;
      if (closed >= 0) { titleTokens = titleTokens.slice(closed + 1); left += closed + 1; }
      while (titleTokens.length && ((CONNECTORS.has(titleTokens[0].lower) && titleTokens[0].lower !== 'the') || /^[()]$/.test(titleTokens[0].text))) { titleTokens.shift(); left++; }
      const honorificTokens = titleTokens.filter((t) => isHonorific(t.lower));
      const lastTitle = titleTokens[titleTokens.length - 1];
      const honorific = lastTitle && isHonorific(lastTitle.lower) ? lastTitle.text : null;
      // A one-word name after a title or honorific stands alone; other one-word names wait for coreference.
      const titled = titleTokens.some((t) => TITLE_HEADS.has(t.lower) || isHonorific(t.lower)) || lower(before) === 'counterpart';
      // (but "in Issaka's presence", "at Garba's residence": one whose presence or place it is)
      if (LOCATIVE.has(lower(before)) && !titled && !(tokens[to - 1].possessive && /^(presence|absence|name|honou?r|stead|company|office|residence|delegation|entourage)$/.test(lower(tokens[to])))) continue;
      // "African Cooperation", "Moroccan Expatriates": a lone noun after a nationality is a portfolio's word
      if (to - from === 1 && !titled && (isPortfolioNoun(tokens[from].lower) || placeOfToken(before)?.kind === 'demonym' || ORG_OPENERS.has(lower(before)))) continue;
      // ("President ⟨X⟩'s government": a titled name owns the body written small after it)
      if (next && (NON_ACTOR_NAMES.has(next.lower) || ORG_HEADS.has(next.lower) || ORG_SUFFIX_NOUNS.has(next.lower)) && (!next.capitalized || adjacent(text, tokens[to - 1], next)) && !(titled && tokens[to - 1].possessive && !next.capitalized)) continue;
      // "the Gang Suppression Force", "the Gobi Desert", "the Joint Centenary Declaration": a named thing, not a person
      if ((next?.capitalized && THING_NOUNS.has(next.lower) && adjacent(text, tokens[to - 1], next)) || THING_NOUNS.has(tokens[to - 1].lower)) continue;
      // ("the Cardinal Bernardin Gantin international airport": an airport named after someone, whatever the title)
      if (lower(next) === 'airport' || (lower(next) === 'international' && lower(tokens[to + 1]) === 'airport')) continue;
      // "the Arco Norte infrastructure corridor", "the Sulu road": a name qualifying a thing written small is the thing's
      if (!titled && lower(before) === 'the' && next && !next.capitalized && !next.punctuation && (THING_NOUNS.has(next.lower) || THING_NOUNS.has(lower(tokens[to + 1])))) continue;
      // "the Sabah Maritime Economy Blueprint": a capitalised run that ends in a thing names the thing
      let run = to;
      while (run < to + 3 && tokens[run]?.capitalized && adjacent(text, tokens[run - 1], tokens[run]) && !THING_NOUNS.has(tokens[run].lower)) run++;
      if (run > to && tokens[run]?.capitalized && THING_NOUNS.has(tokens[run].lower) && adjacent(text, tokens[run - 1], tokens[run])) continue;
      // "Social Communication", "Chemical Weapons": a name never ends in an abstract or plural common noun
      // (a known officeholder's surname is a name, whatever it ends with: "Andrew Holness")
      if (to - from > 1 && isPortfolioNoun(tokens[to - 1].lower) && !tokens[to - 1].officeholder) continue;
      // "Secretary for Foreign and Diaspora Affairs", "Secretary of Foreign Affairs and Immigration": a portfolio's word
      // ("Minister of Roads and Highways, Mr X", "Leader of the Opposition, Hon. X", "Minister of Health, Wellness and the Environment")
      const portfolioBefore = /^(for|and|of|on)$/.test(lower(before)) || (lower(before) === 'the' && /^(for|of|on)$/.test(lower(tokens[from - 2]))) || (before?.text === ',' && lower(next) === 'and');
      if (to - from === 1 && portfolioBefore && (!next || next.punctuation || /^(and|at|in)$/.test(next.lower) || TITLE_WORDS.has(next.lower) || THING_NOUNS.has(next.lower) || isHonorific(next.lower)) && insideTitle(from - 1)) continue;
      // "the PM's Press Secretary", "Deputy State Assets Minister": a word before an office's head is its portfolio
      if (to - from === 1 && next && TITLE_HEADS.has(next.lower) && adjacent(text, tokens[from], next) && !!before && (before.possessive || isTitleToken(before)) && !isHonorific(before.lower)) continue;
      // "a visit to South America", "Minister for Latin America", "envoy for the Horn of Africa": a world region, not a name
      if (to - from === 1 && isWorldRegionWord(tokens[from].text) && ((!!before && isWorldRegion(`${before.text} ${tokens[from].text}`)) || isWorldRegion(tokens.slice(from, to + 2).map((t) => t.text).join(' ')))) continue;
      // "Black Sea Grain (Initiative)", "(Human) Rights Watch": ordinary words capitalised, not a name
      if (to - from > 1 && tokens.slice(from, to).every((t) => isCommonWord(t.lower))) continue;
      if (to - from > 1 && BROADCASTER_OPENERS.has(tokens[from].lower)) continue;
      // ("Tropical Cyclone Vaianu", "Typhoon Kajiki": a storm's name)
      if (tokens.slice(Math.max(0, from - 1), to).some((t) => /^(cyclone|typhoon|hurricane)$/.test(t.lower))) continue;
      if (tokens.slice(from, to).some((t) => t.possessive) && next && /^(office|administration|government)$/.test(next.lower) && !titled) continue;
      // Apposition to the right: ", the Russian presidential envoy for Afghanistan," / ", who is also Kazakhstan's minister of …,"
      let right = to;
      let appositionTokens: Token[] = [];
      if (next?.text === ',') {
        const textBefore = text.slice(0, tokens[spanFromOf(from)].start);
        // the source an opening "According to" names: the clause begins after it
        const openingSource = /^\s*according to\s*$/i.test(textBefore);
        // ("According to a statement signed by the ministry's spokesperson, X, the minister said …" too)
        const afterAccordingTo = /\baccording to\s*$|^\s*according to\b[^,;]*(?:,[^,;]*)?$/i.test(textBefore);
        let k = to + 1;
        let relative = false;
        // ", who is also …", ", who heads …" describe an office; ", who received X in Ankara" tells an event
        // (", who is paying a visit" tells an event too)
        if (/^(who|whose)$/.test(lower(tokens[k])) && (lower(tokens[k]) === 'whose' || (OFFICE_VERB.test(lower(tokens[k + 1])) && !/ing$/.test(lower(tokens[k + 2])) && !/^(talks|meetings?|consultations|discussions|negotiations)$/.test(lower(tokens[k + 2]))))) { relative = true; k++; }
        const segStart = k;
        while (k < tokens.length && tokens[k].text !== ',' && tokens[k].text !== '–' && tokens[k].text !== ';' && !(tokens[k].text === '.' && k === tokens.length - 1) && !(ACTOR_VERB.test(tokens[k].lower) && !relative && k > segStart) && !/^(says|added|told|met|held|called|landed|arrived|flew)$/.test(tokens[k].lower)) k++;
        const segment = tokens.slice(segStart, k);
        if (relative && (hasTwoNameWords(segment) || lower(tokens[segStart - 1]) === 'whose')) {
          // (", whose country was admitted as the bloc's 11th member": the clause tells of another's, not an office)
          // ", who is accompanied by Foreign Minister Marc Ati,": another person, told in a clause of its own
        } else if (relative && namesFollow(k)) {
          // (", who represented the Guinean Minister of Energy, Alpha Oumar CAMARA,": the office of another, named next)
        } else if (relative && (!/^(is|was|are|were|has|had|will)$/.test(segment[0]?.lower ?? '') || (/^(the|a|an|also|now|currently|still|his|her|its|their|been|served)$/.test(lower(segment[1])) && hasTitleHead(segment.slice(0, 6))))) {
          // (", who is on a working visit to Algeria" names no office: the clause stays in the sentence)
          appositionTokens = segment.filter((_, n) => n > 0 && hasTitleHead(segment));
          // (", who also took part in the session" names no office either)
          if (appositionTokens.length) right = k < tokens.length && tokens[k].text === ',' ? k + 1 : k;
        } else if (openingSource || (afterAccordingTo && tokens[k]?.text !== ',' && tokens[k]?.text !== '.')) {
          // ("According to Hajizada, the Azerbaijani minister underlined …": after an opening "according to X," the clause begins)
          // "According to X, the Indian official called …": a new clause, not an apposition
        } else if (SPEECH_AFTER.test(lower(tokens[k])) && (/^(a|an)$/.test(segment[0]?.lower ?? '') || /^(office|ministry|secretariat|presidency|embassy|spokes(?:man|woman|person))$/.test(segment.at(-1)?.lower ?? '') ||
          (segment[0]?.lower === 'the' && /^(office|ministry|presidency|secretariat|embassy|department|chancellery|chancery|cabinet|palace)$/.test(segment[1]?.lower ?? '')))) {
          // (", the Office of the President said": the body that speaks, not X's office)
          // (", the Slovak president's office said", ", the foreign ministry spokesman said": the speaker, not X's title)
          // "… with X, a government spokesman said": the unnamed speaker of the sentence, not X's office
        } else if ((hasTitleHead(titleTokens) && (namesFollow(k) || otherState(titleTokens, segment))) || (segment[0]?.possessive && !!placeOfToken(segment[0]) && namesFollow(k)) ||
          (titleTokens.length > 0 && titleTokens.every((t) => /^(mr|mrs|ms|miss)\.?$/.test(t.lower)) && segment[0]?.lower === 'the' && namesFollow(k))) {
          // ("… and Mr X, the Foreign Secretary, Catherine Y, Spain's …": one told again by "Mr" is in a list, and the office is the next name's)
          // (", DRC's Minister of State for Foreign Affairs, Thérèse Kayikwamba": a state's office set before the next name is that one's)
          // "Minister A, Peter Agovaka, Papua New Guinea's Minister B, Michael Kamo, …": a list of offices and holders; the office after a titled name is the next one's
        } else if (!hasTitleHead(titleTokens) && titlesThenName(k)) {
          // ("… Cocotiers and Conga, the President of the Transition, Head of State, General ⟨X⟩, travelled": the office is the next name's)
        } else if (segment.length && segment.length <= 24 && opensApposition(segment) && hasTitleHead(segment.slice(0, 8)) && !segment.some((s) => PRONOUNS.has(s.lower) && s.lower !== 'his') && !hasTwoNameWords(segment)) {
          appositionTokens = segment;
          // ", the Minister of Foreign Affairs, Regional Integration and Togolese Abroad,": the portfolio listed on with commas
          while (tokens[k]?.text === ',' && segment.some((t) => /^(of|for)$/.test(t.lower))) {
            let end = k + 1;
            while (end < tokens.length && portfolioListWord(tokens[end])) end++;
            // (", and the Nigerien Minister of …, X": the next office, not more of this one)
            const run = tokens.slice(k + 1, end);
            if (!run.length || tokens[end]?.text !== ',' || !run[0].capitalized || !run.some((t) => t.lower === 'and') || hasTitleHead(run)) break;
            appositionTokens = [...appositionTokens, ...tokens.slice(k, end)];
            k = end;
          }
          right = k < tokens.length && tokens[k].text === ',' ? k + 1 : k;
        }
      }
      const roleTokens = appositionTokens.length ? appositionTokens : titleTokens.filter((t) => !isHonorific(t.lower) || TITLE_HEADS.has(t.lower));
      const roleText = roleTokens.length && hasTitleHead(roleTokens) ? splitTitle(roleTokens) : null;
      const allContext = [...titleTokens, ...appositionTokens];
      const formerly = next?.text === ',' && /^(who|whose)$/.test(lower(tokens[to + 1])) && /^(headed|led|chaired|served|used|was|had)$/.test(lower(tokens[to + 2])) && !/^(appointed|named|elected)$/.test(lower(tokens[to + 3])) &&
        // ", who had been expected to attend": a plan, not a former office
        !(lower(tokens[to + 3]) === 'been' && /^(expected|due|scheduled|set|slated|invited|planning|poised|hoping)$/.test(lower(tokens[to + 4]))) &&
        // ", who was due to accompany …": "was" tells a former office only before one ("who was the prime minister")
        !(lower(tokens[to + 2]) === 'was' && !/^(the|a|an|once|previously|formerly|then)$/.test(lower(tokens[to + 3])) && !TITLE_WORDS.has(lower(tokens[to + 3]))) &&
        // ", who had arrived on Monday": a past perfect tells an event, not a former office
        !(lower(tokens[to + 2]) === 'had' && !/^(been|served|headed|led|chaired|held)$/.test(lower(tokens[to + 3])));
      // "UN special envoy X": an official of an international body serves no one state
      const spans = [titleTokens, appositionTokens].filter((ts) => ts.length).map((ts) => [sentence.start + ts[0].start, sentence.start + ts[ts.length - 1].end]);
      const international = allContext.some((t) => KNOWN_ORG_INDEX.get(t.text)?.kind === 'international') || EU_COMMISSION_TITLE.test(bare(left, from)) ||
        mentions.some((m) => m.kind === 'organization' && m.orgKind === 'international' && spans.some(([a, b]) => m.start >= a && m.end <= b));
      // the state the title names outright ("Malaysian Prime Minister X, the ASEAN chair") outranks the body
      const named = countryOfPhrase(titleTokens, context.deFactoCountry) ?? countryOfPhrase(appositionTokens, context.deFactoCountry) ?? possessorCountry(left) ??
        (right === to ? stateAfterName(to) : null);
      // ("the Vice President, Professor X": a professor holding an office serves its state)
      const described = allContext.map((t) => t.text).join(' ');
      const noCountry = NO_COUNTRY_TITLE.exec(described);
      const professorInOffice = /^professor$/i.test(noCountry?.[1] ?? '') && /\b(?:president|minister|secretary|chancellor|governor|ambassador|chief adviser)\b/i.test(described) && !/\bformer\b/i.test(described);
      // ("where then Foreign Secretary X co-chaired": an office held then, not now; "and then President X arrived" is a sequence)
      const heldThen = left < from && lower(tokens[left - 1]) === 'then' && !/^(,|and|since|until|by|but)$/.test(lower(tokens[left - 2]));
      // ("United Nations Resident Coordinator in Pakistan": where a body's officer is posted, not a state served)
      const postedIn = international && !!named && titleTokens.some((x, n) => n > 0 && lower(titleTokens[n - 1]) === 'in' && placeOfToken(x)?.code === named);
      const stateless = formerly || heldThen || (international && (!named || postedIn)) || (!!noCountry && !professorInOffice);
      // a title only one state gives ("Secretary of State")
      // (also with its portfolio: "Assistant Secretary of State for Western Hemisphere Affairs")
      // ("External Affairs Minister (EAM)": an acronym in brackets is no part of the title)
      const plainTitle = roleText?.title.toLowerCase().replace(/\s*\([^)]*\)\s*/g, ' ').trim();
      // (a bare "Secretary of State for Foreign Affairs" is San Marino's or Britain's office, not the US one's)
      const titleKey = plainTitle ? [plainTitle, ...(/^(?:the\s+)?secretary of state for\b/.test(plainTitle) ? [] : [plainTitle.replace(/\s+for\s+.*$/, '')])].find((k) => NATIONAL_TITLES.has(k)) : undefined;
      const heldAtHome = !!titleKey && !!context.homeCountry && !!NATIONAL_TITLES_ALSO_HELD_BY.get(titleKey)?.has(context.homeCountry);
      const nationalTitle = titleKey && !heldAtHome ? NATIONAL_TITLES.get(titleKey)! : null;
      // ("Congressman Frank Pallone (D-NJ)": a US lawmaker's party and state)
      const usLawmaker = /^\s*\((?:D|R|I)-[A-Z][A-Za-z.]*\)/.test(text.slice(tokens[to - 1].end));
      const country = stateless ? null : named ?? nationalTitle ?? (usLawmaker ? 'US' : null);
      const nameFrom = from;
      // ("… Techo Hun Sen." closing its sentence: the full stop is the sentence's)
      const written = bare(nameFrom, to).replace(/’/g, "'").replace(/(?<=\s\p{Lu}\p{Ll}+)\.$/u, '');
      // ("Amir Sheikh Tamim bin Hamad Al Thani": title words that are also given names, before a known officeholder's name)
      const words = written.split(' ');
      let opening = 0;
      while (opening < words.length - 2 && (REFERRING_TITLES.has(words[opening].toLowerCase()) || isHonorific(words[opening].toLowerCase()))) opening++;
      const name = opening && officeholderStateOf(words.slice(opening).join(' ')) ? words.slice(opening).join(' ') : written;
      // "the Samagi Jana Balawegaya (SJB)": a name its bracketed initials spell is a body's
      const bracketed = tokens[to]?.text === '(' && tokens[to + 2]?.text === ')' ? tokens[to + 1].text.replace(/[^\p{Lu}]/gu, '') : '';
      const initials = tokens.slice(from, to).filter((t) => t.capitalized).map((t) => t.text[0]).join('');
      if (bracketed.length >= 2 && initials.length >= 2 && (bracketed.startsWith(initials) || bracketed.endsWith(initials)) && !titled) {
        claim({ from, to });
        mentions.push({ kind: 'organization', ...at(from, to), key: `spelled:${bracketed}`, name: phrase(from, to), surface: phrase(from, to), orgKind: 'other', country: null, delegation: false });
        i = to - 1;
        continue;
      }
      // ("the Jerónimos Monastery", "the Badami Bagh cantonment", "the Torre Ejecutiva": a name after "the", with no title, is a thing's)
      if (!titled && !honorificTokens.length && right === to && lower(tokens[from - 1]) === 'the') {
        i = to - 1;
        continue;
      }
      // "… told the Solomon Star": the outlet's own name is no one's
      // ("Seneweb News" in Seneweb's copy: the outlet's name with a word of the trade)
      const outletName = foldPhrase(name).replace(/\s+(?:news|online|media|tv|radio|agency|daily|times|post|press)$/, '');
      if (!titled && context.publisher && outletWords(context.publisher).includes(` ${outletName} `)) continue;
      const surface = honorific ? `${honorific} ${name}` : name;
      const spanFrom = Math.min(left, from);
      // Organisations and places inside the title stay mentions of their own (for the roster).
      claim({ from: spanFrom, to: right });
      const leads = /\b(led|headed)\s+by\s*$/i.test(text.slice(Math.max(0, tokens[spanFrom].start - 12), tokens[spanFrom].start));
      for (let k = spanFrom; k < Math.max(right, to); k++) byPerson[k] = true;
      mentions.push({
        kind: 'person', ...at(spanFrom, Math.max(right, to)), name, surface, honorific: honorificTokens.length ? honorific : null,
        title: roleText?.title ?? null, portfolio: roleText?.portfolio ?? null, country, stateless, leads,
        international: stateless && international && !named && !formerly,
        possessor: tokens[to - 1].possessive && right === to,
      });
      // "Prime Minister Luc Frieden (CSV)": the initials in brackets after a name are its party's
      const partyInitials = tokens[to]?.text === '(' && tokens[to + 2]?.text === ')' && right === to ? tokens[to + 1] : undefined;
      if (partyInitials && PARTY_INITIALS.test(partyInitials.text) && !NOT_PARTIES.test(partyInitials.text) && !claimed[to + 1]) {
        claim({ from: to + 1, to: to + 2 });
        mentions.push({ kind: 'organization', ...at(to + 1, to + 2), key: `party:${partyInitials.text}`, name: partyInitials.text, surface: partyInitials.text, orgKind: 'party', country, delegation: false });
      }
      i = Math.max(right, to) - 1;
    }
  }



  function findReferences(): void {
    for (let i = 0; i < tokens.length; i++) {
      if (claimed[i]) continue;
      const t = tokens[i];
      // "his counterpart", "His Majesty": part of a title, not a pronoun
      // ("his Sri Lankan counterpart": a nationality of two words too; "her Botswana counterpart": a state's name as its adjective)
      if (/^(his|her)$/.test(t.lower) && tokens[i + 1] && (TITLE_WORDS.has(tokens[i + 1].lower) || HONORIFICS.has(tokens[i + 1].lower) || placeOfToken(tokens[i + 1])?.kind === 'demonym' || placeWordsAt(tokens, i + 1) >= 2 ||
        (!!placeOfToken(tokens[i + 1]) && TITLE_WORDS.has(lower(tokens[i + 2]))) || (REGION_ADJECTIVE.test(tokens[i + 1].text) && lower(tokens[i + 2]) === 'counterparts'))) continue;
      // "His Excellency (HE) Sheikh …": "HE" in capitals is the honorific, not a pronoun
      if (t.text === 'HE') continue;
      if (PRONOUNS.has(t.lower)) {
        // "join her in Jakarta": "her" as an object, not a possessive
        const object = t.lower === 'him' || (t.lower === 'her' && (!tokens[i + 1] || tokens[i + 1].punctuation || isFunctionWord(tokens[i + 1].lower)));
        // "…, he said.": the speaker who closes a sentence
        // (not the subject of a clause of its own: "…, according to a statement, he stressed the need for …")
        // ('…," he told the press conference.': after a quotation closed, whatever follows the verb)
        const closesQuote = /^["”]$/.test(tokens[i - 1]?.text ?? '') && /^(said|added|says|noted|stressed|explained|told|insisted|declared|wrote|replied|concluded)$/.test(lower(tokens[i + 1]));
        const trailing = /^(he|she)$/.test(t.lower) && (closesQuote || (/^[,"”]$/.test(tokens[i - 1]?.text ?? '') && /^(said|added|says|noted|stressed|explained)$/.test(lower(tokens[i + 1])) &&
          (!tokens[i + 2] || tokens[i + 2].punctuation || /^(in|on|at|during|after|before|to|when|while|adding|later|today|yesterday)$/.test(tokens[i + 2].lower))));
        mentions.push({ kind: 'reference', ...at(i, i + 1), pronoun: true, words: object ? [t.lower, 'object'] : trailing ? [t.lower, 'trailing'] : [t.lower], country: null, countries: [], count: 1, visitor: false, indefinite: false });
        continue;
      }
      // "hosted the two for talks": the two people just named ("The three agreed to meet again": the three)
      const told = TOLD_COUNT[t.lower];
      // ("the two Heads of State held talks": the leaders just told)
      if (told && lower(tokens[i - 1]) === 'the' && lower(tokens[i + 1]) === 'heads' && lower(tokens[i + 2]) === 'of' && /^(state|government)$/.test(lower(tokens[i + 3]))) {
        claim({ from: i - 1, to: i + 4 });
        mentions.push({ kind: 'reference', ...at(i - 1, i + 4), pronoun: false, words: [t.lower, 'leaders'], country: null, countries: [], count: told, visitor: false, indefinite: false });
        continue;
      }
      if (told && lower(tokens[i - 1]) === 'the' && (!tokens[i + 1] || tokens[i + 1].punctuation || /^(for|of|in|at|on|to|with|met|held|had|have|were|are|will|would|agreed|discussed|signed|spoke|also|co-chaired|chaired|co-hosted|reviewed|exchanged|witnessed|attended|later|then|jointly)$/.test(tokens[i + 1].lower))) {
        claim({ from: i - 1, to: i + 1 });
        mentions.push({ kind: 'reference', ...at(i - 1, i + 1), pronoun: false, words: [t.lower, 'side'], country: null, countries: [], count: told, visitor: false, indefinite: false });
        continue;
      }
      // "to join the pair", "the duo met": the two people just named
      if (/^(pair|duo)$/.test(t.lower) && lower(tokens[i - 1]) === 'the') {
        claim({ from: i - 1, to: i + 1 });
        mentions.push({ kind: 'reference', ...at(i - 1, i + 1), pronoun: false, words: ['two', 'side'], country: null, countries: [], count: 2, visitor: false, indefinite: false });
        continue;
      }
      // "the Head of State said": the president just told of
      // ("the Botswana head of state", "the Ghanaian head of state": the one of that state)
      const nation = lower(tokens[i - 2]) === 'the' ? placeOfToken(tokens[i - 1]) : null;
      const national = nation?.kind === 'country' || nation?.kind === 'demonym' ? nation.code : null;
      // ("the Head of Government": the prime minister just told of)
      if (t.lower === 'head' && (lower(tokens[i - 1]) === 'the' || national) && lower(tokens[i + 1]) === 'of' && /^(state|government)$/.test(lower(tokens[i + 2])) && !claimed[i] && !claimed[i + 2]) {
        const from = national ? i - 2 : i - 1;
        claim({ from, to: i + 3 });
        const words = lower(tokens[i + 2]) === 'state' ? ['head-of-state', 'president'] : ['head-of-government', 'prime', 'minister'];
        mentions.push({ kind: 'reference', ...at(from, i + 3), pronoun: false, words, country: national, countries: national ? [national] : [], count: 1, visitor: false, indefinite: false, capitalized: t.capitalized });
        continue;
      }
      // "Both arrived in Muscat": the two people just named, as the subject
      // "the head of Colombian diplomacy": that state's foreign minister
      const diplomacyOf = t.lower === 'head' && lower(tokens[i - 1]) === 'the' && lower(tokens[i + 1]) === 'of' && lower(tokens[i + 3]) === 'diplomacy' ? placeOfToken(tokens[i + 2]) : null;
      if (diplomacyOf?.kind === 'demonym' && !claimed[i + 3]) {
        claim({ from: i - 1, to: i + 4 });
        mentions.push({ kind: 'reference', ...at(i - 1, i + 4), pronoun: false, words: ['diplomacy', 'head'], country: diplomacyOf.code, countries: [diplomacyOf.code], count: 1, visitor: false, indefinite: false });
        continue;
      }
      if (t.lower === 'both' && (i === 0 || /^["“(]$/.test(tokens[i - 1].text)) && BOTH_VERB.test(lower(tokens[i + 1]))) {
        claim({ from: i, to: i + 1 });
        mentions.push({ kind: 'reference', ...at(i, i + 1), pronoun: false, words: ['two', 'side'], country: null, countries: [], count: 2, visitor: false, indefinite: false });
        continue;
      }
      const isHead = REFERRING_TITLES.has(t.lower) || (t.lower.endsWith('s') && REFERRING_TITLES.has(t.lower.slice(0, -1))) || (t.lower === 'sides' || t.lower === 'side');
      if (!isHead) continue;
      if (tokens[i + 1] && (isNameToken(tokens[i + 1]) || tokens[i + 1].lower === 'of' && placeOfToken(tokens[i + 2]) === null && !/^(the|a)$/.test(lower(tokens[i + 2])))) {
        if (tokens[i + 1].lower !== 'of') continue;
      }
      let from = i;
      const demonymAt = (k: number): boolean => placeOfToken(tokens[k])?.kind === 'demonym';
      // "the two EU officials": an international body's acronym qualifies the office
      const bodyAt = (k: number): boolean => KNOWN_ORG_INDEX.get(tokens[k].text)?.kind === 'international';
      // ("her Botswana counterpart", "the Botswana minister": a state's name set before the office as its adjective)
      // (not "the Bangladesh side", which names a party, told as such)
      // (after a determiner only: "two U.S. officials" are unnamed sources)
      // ("her Belgian and Luxembourg counterparts": or after a nationality and "and")
      // ("The top US envoy for Sudan": an adjective of rank may stand after the determiner)
      const determinerAt = (k: number): boolean => /^(the|his|her|their|its)$/.test(lower(tokens[k])) || (/^(top|senior|chief|new|visiting)$/.test(lower(tokens[k])) && /^(the|his|her|their|its)$/.test(lower(tokens[k - 1])));
      const stateAdjectiveAt = (k: number): boolean => k === i - 1 && !/^sides?$/.test(t.lower) && (determinerAt(k - 1) || (lower(tokens[k - 1]) === 'and' && demonymAt(k - 2))) && !tokens[k].possessive && placeOfToken(tokens[k])?.kind === 'country';
      // ("his U.S. and Japanese counterparts": a state's short name set before "and" a nationality)
      const stateBeforeAnd = (k: number): boolean => placeOfToken(tokens[k])?.kind === 'country' && !tokens[k].possessive && lower(tokens[k + 1]) === 'and' && demonymAt(k + 2) && /^(the|his|her|their|its)$/.test(lower(tokens[k - 1]));
      // ("his Sri Lankan counterpart": the last word of a nationality of two)
      const closesPlaceName = (k: number): boolean => k > 0 && tokens[k].capitalized && placeWordsAt(tokens, k - 1) === 2;
      // ("her Nordic counterparts": a region's adjective, which the name finder took for a name)
      const regionOfCounterparts = t.lower === 'counterparts' && i > 0 && REGION_ADJECTIVE.test(tokens[i - 1].text);
      if (regionOfCounterparts && claimedByPerson(i - 1)) {
        removeOverlapping(i - 1, i);
        claimed[i - 1] = byPerson[i - 1] = false;
      }
      while (
        from > 0 && (!claimed[from - 1] || demonymAt(from - 1) || bodyAt(from - 1) || stateAdjectiveAt(from - 1) || stateBeforeAnd(from - 1) || placeWordsAt(tokens, from - 1) >= 2 || closesPlaceName(from - 1) || (tokens[from - 1].possessive && (!!DE_FACTO.get(tokens[from - 1].text) || !!placeOfToken(tokens[from - 1])))) &&
        (isTitleToken(tokens[from - 1]) || /^(visiting|two|three|four|five|six|his|her|their|its|both|top|new)$/i.test(tokens[from - 1].text) || (regionOfCounterparts && from === i) || !!placeOfToken(tokens[from - 1]) || placeWordsAt(tokens, from - 1) >= 2 || closesPlaceName(from - 1) || bodyAt(from - 1)) &&
        (!/^(of|for|on|to|in|and)$/.test(tokens[from - 1].lower) || (tokens[from - 1].lower === 'and' && (demonymAt(from - 2) || stateBeforeAnd(from - 2))))
      ) from--;
      // ("the NATO official": one of a body's, as "the Russian official" is one of a state's)
      if (t.lower === 'official' && !demonymAt(i - 1) && !(i > 0 && bodyAt(i - 1) && lower(tokens[i - 2]) === 'the')) continue;
      let to = i + 1;
      if (lower(tokens[to]) === 'of' && tokens[to + 1] && placeOfToken(tokens[to + 1])) to += 2; // "Foreign Minister of Iran"
      else if (lower(tokens[to]) === 'of' && tokens[to + 1]?.text === 'State') to += 2; // "The Secretary of State"
      if (lower(tokens[to]) === 'for' && tokens[to + 1] && !tokens[to + 1].possessive && placeOfToken(tokens[to + 1])) to += 2; // "Special Representative for Afghanistan"
      // "his counterparts from Mali and Niger", "the foreign ministers of Uzbekistan, Tajikistan and Kyrgyzstan": the states they serve, in order
      const fromStates: string[] = [];
      const ofStates = /^(ministers|presidents|leaders|premiers)$/.test(t.lower) && lower(tokens[i + 1]) === 'of';
      if ((/^counterparts$/.test(t.lower) && lower(tokens[to]) === 'from') || ofStates) {
        let k = ofStates ? i + 2 : to + 1;
        let end = k;
        for (;;) {
          // ("… Germany and the United Kingdom": a state's article)
          const named = k + (lower(tokens[k]) === 'the' ? 1 : 0);
          const state = tokens[named] ? stateAt(tokens, named) : null;
          if (!state || state.entry.kind !== 'country') break;
          fromStates.push(state.entry.code);
          k = end = named + state.n;
          if (!/^(and|,)$/.test(lower(tokens[k]))) break;
          k += lower(tokens[k + 1]) === 'and' ? 2 : 1;
        }
        if (fromStates.length >= 2) to = end;
      }
      const words = tokens.slice(from, to);
      const determiner = /^(the|his|her|their|its|a|an)$/.test(words[0].lower) ? words[0].lower : lower(tokens[from - 1]) || words[0].lower;
      const indefinite = /^(a|an|another|one|some|any|that)$/.test(determiner) || /^(a|an)$/.test(words[0].lower);
      // ("Both ministers are expected to travel": the two just told of)
      const definite = /^(the|his|her|their|its|both)$/.test(words[0].lower) || /^(the|his|her|their|its)$/.test(determiner) || words.some((w) => placeOfToken(w) && !PORTFOLIO_PREPOSITIONS.has(lower(tokens[tokens.indexOf(w) - 1])));
      if (!definite && !indefinite) continue;
      // a plural title is "the two ministers", "his counterparts", or "the presidents" (all of that office just told of)
      const plural = /s$/.test(t.lower) && t.lower !== 'sides' && !REFERRING_TITLES.has(t.lower);
      const countText = words.find((w) => /^(two|three|four|five|six|both)$/.test(w.lower))?.lower;
      const allOfThem = plural && !countText && determiner === 'the' && words.filter((w) => w.lower !== 'the').length === 1;
      // ("his Sudanese and South Sudanese counterparts": a nationality of several words is one)
      const countries: string[] = [];
      for (let k = 0; k < words.length; k++) {
        const long = placeWordsAt(words, k) >= 2 ? stateAt(words, k, 2) : null;
        const entry = long?.entry ?? placeOfToken(words[k]);
        if (entry?.kind === 'demonym' || (entry?.kind === 'country' && (from + k === i - 1 || stateBeforeAnd(from + k)) && !words[k].possessive)) countries.push(entry.code);
        if (long) k += long.n - 1;
      }
      if (fromStates.length >= 2) countries.splice(0, countries.length, ...fromStates);
      // ("the Kyrgyz and Uzbek diplomats": one of each nationality, as with counterparts)
      const ofEach = plural && !countText && countries.length >= 2;
      // ("the Ghanaian ministers": all of that office and state just told of)
      const allOfOneState = plural && !countText && countries.length === 1 && determiner === 'the' && words.filter((w) => w.lower !== 'the').length === 2 && !/counterparts/.test(t.lower);
      if (allOfOneState) countries.length = 0;
      if (plural && !countText && !/counterparts/.test(t.lower) && !allOfThem && !ofEach && !allOfOneState) continue;
      const count = countText ? ({ three: 3, four: 4, five: 5, six: 6 } as Record<string, number>)[countText] ?? 2 : /counterparts/.test(t.lower) || allOfThem || ofEach || allOfOneState ? 0 : 1;
      const country = countryOfPhrase(words);
      const visitor = /\b(visiting|guest|visitor)\b/i.test(words.map((w) => w.text).join(' '));
      const start = from > 0 && /^(the|a|an|his|her|their|its)$/i.test(tokens[from - 1].text) && !claimed[from - 1] ? from - 1 : from;
      claim({ from: start, to });
      mentions.push({
        // ("the Gambian visitors" are the guests of the story)
        kind: 'reference', ...at(start, to), pronoun: false, words: words.map((w) => w.lower.replace(/^visitor(s?)$/, 'guest$1')).filter((w) => !/^(the|a|an|his|her|their|its)$/.test(w)),
        country, countries, count, visitor, indefinite, possessor: tokens[to - 1].possessive, capitalized: tokens[to - 1].capitalized,
      });
    }
  }
}

/**
 * "… in the Greek port city of Alexandroupolis … to travel to Alexandroupolis": a town the gazetteer lacks, once told
 * as a place, is that place wherever the article names it again.
 */
export function linkPlaceNames(sentences: Sentence[], bySentence: Mention[][]): void {
  const told = new Map<string, PlaceMention>();
  for (const s of sentences) {
    for (const surface of told.keys()) {
      for (const match of s.text.matchAll(new RegExp(`(?<![\\p{L}-])${surface.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}-])`, 'gu'))) {
        const start = s.start + match.index;
        const end = start + surface.length;
        // (the name finder's guess at a person of that one name gives way: the article told it as a place)
        const guessed = bySentence[s.index].findIndex((m) => m.kind === 'person' && m.start === start && m.end === end);
        if (guessed >= 0) bySentence[s.index].splice(guessed, 1);
        if (bySentence[s.index].some((m) => m.start < end && m.end > start)) continue;
        bySentence[s.index].push({ ...told.get(surface)!, sentence: s.index, start, end, locative: /\b(?:in|to|into|at)\s+$/i.test(s.text.slice(0, match.index)) });
        bySentence[s.index].sort((a, b) => a.start - b.start);
      }
    }
    for (const m of bySentence[s.index]) {
      if (m.kind === 'place' && (m.entry.kind === 'city' || m.entry.kind === 'capital') && /^\p{Lu}/u.test(m.surface) && !lookupPlace(m.surface)) told.set(m.surface, m);
    }
  }
}

/**
 * "the Ministry of Foreign Affairs (MINREX) … released by MINREX": a body's acronym, defined in brackets
 * after its name, names it again wherever it stands alone later in the article.
 */
export function linkAcronyms(sentences: Sentence[], bySentence: Mention[][]): void {
  const defined = new Map<string, OrganizationMention>();
  for (const s of sentences) {
    for (const m of bySentence[s.index]) {
      if (m.kind !== 'organization') continue;
      const acronym = /^\s*\((\p{Lu}[\p{Lu}\d]{1,7})\)/u.exec(s.text.slice(m.end - s.start))?.[1];
      if (acronym && !defined.has(acronym)) defined.set(acronym, m);
      // ("the Office of the Prime Minister said … According to the OPM, …": its initials, of three letters or more, stand for it too)
      const initials = (m.name.match(/\b\p{Lu}/gu) ?? []).join('');
      if (initials.length >= 3 && m.name.split(/\s+/).length >= 3 && !defined.has(initials)) defined.set(initials, m);
    }
    if (!defined.size) continue;
    for (const match of s.text.matchAll(/\b\p{Lu}[\p{Lu}\d]{1,7}\b/gu)) {
      const body = defined.get(match[0]);
      const start = s.start + match.index;
      const end = start + match[0].length;
      const inBrackets = s.text[match.index - 1] === '(';
      if (!body || inBrackets || bySentence[s.index].some((m) => m.start < end && m.end > start)) continue;
      bySentence[s.index].push({ ...body, sentence: s.index, start, end, surface: match[0] });
    }
    bySentence[s.index].sort((a, b) => a.start - b.start);
  }
}
