import { describe, expect, it } from 'vitest';
import { capitalOf, lookupPlace } from '../../src/extract/gazetteer.js';

describe('gazetteer', () => {
  it('reads countries, demonyms, capitals, cities and seats of government', () => {
    expect(lookupPlace('Pakistani')).toMatchObject({ code: 'PK', kind: 'demonym' });
    expect(lookupPlace('Turkmen')).toMatchObject({ code: 'TM', kind: 'demonym' });
    expect(lookupPlace('Uzbek')).toMatchObject({ code: 'UZ', kind: 'demonym' });
    expect(lookupPlace('U.S.')).toMatchObject({ code: 'US', kind: 'country' });
    expect(lookupPlace('Tehran')).toMatchObject({ code: 'IR', kind: 'capital' });
    expect(lookupPlace('Kazan')).toMatchObject({ code: 'RU', kind: 'city' });
    expect(lookupPlace('Kremlin')).toMatchObject({ code: 'RU', kind: 'seat' });
    expect(lookupPlace('Khyber Pakhtunkhwa')).toMatchObject({ code: 'PK', kind: 'region' });
    // (a capital's other common spelling)
    expect(lookupPlace('Addis Abeba')).toMatchObject({ code: 'ET' });
    expect(lookupPlace('Nowhere')).toBeNull();
    expect(capitalOf('AF')).toBe('Kabul');
  });
});
