// ISO 3166-1 alpha-2 codes and the names users know them by, from the world-countries data set.
import worldCountries, { type Countries } from 'world-countries';

// The package's typings declare an ES default export for a CommonJS module whose exports are the array.
const countries = worldCountries as unknown as Countries;
const NAMES = new Map<string, string>(countries.map((c) => [c.cca2, c.name.common]));

export function countryName(code: string): string | null {
  return NAMES.get(code.toUpperCase()) ?? null;
}

export function isCountryCode(code: string): boolean {
  return NAMES.has(code.toUpperCase());
}
