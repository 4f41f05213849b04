// Where things happen: countries (ISO 3166-1 alpha-2, from world-countries) and places.
import { builder } from '../builder.js';
import { knownCountryName } from '../../extract/gazetteer.js';
import { CountryRef, PlaceRef, nodesOfKind } from './refs.js';

export function countryOf(code: string | null | undefined) {
  const name = code ? knownCountryName(code) : null;
  return code && name ? { code, name } : null;
}

builder.node(CountryRef, {
  description: 'A state, by its ISO 3166-1 alpha-2 code.',
  id: { resolve: (country) => country.code },
  loadOne: (code) => countryOf(code.toUpperCase()),
  isTypeOf: (value) => typeof value === 'object' && value != null && 'code' in value && !('kind' in value),
  fields: (t) => ({
    code: t.exposeString('code', { description: 'ISO 3166-1 alpha-2' }),
    name: t.exposeString('name'),
  }),
});

builder.node(PlaceRef, {
  description: 'A city or region where an event took place.',
  id: { resolve: (place) => place.id },
  ...nodesOfKind('place'),
  fields: (t) => ({
    name: t.exposeString('name'),
    country: t.field({ type: CountryRef, nullable: true, resolve: (place) => countryOf(place.countryCode) }),
  }),
});
