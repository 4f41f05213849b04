import { describe, expect, it } from 'vitest';
import { foldName } from '../../src/graph/fold.js';
import { isInitialledForm, isNameExtension, isSpellingVariant } from '../../src/graph/resolve.js';

describe('name matching rules', () => {
  it('folds case, accents, punctuation, honorifics and transliteration families', () => {
    expect(foldName('Sheikh Mohammed bin Abdulrahman Al-Thani')).toBe('muhammad bin abdulrahman al thani');
    expect(foldName('Mr. Sadiq')).toBe('sadiq');
    expect(foldName('José Gómez-Peña')).toBe('jose gomez pena');
    expect(foldName('Ahmed Reza')).toBe(foldName('Ahmad Reza'));
  });

  it('takes a one-token small edit of a long name for a spelling variant, never a different given name', () => {
    expect(isSpellingVariant('zamir kabulov', 'zamir kabolov')).toBe(true);
    expect(isSpellingVariant('husain amir abdollahian', 'husain amir abdullahian')).toBe(true);
    expect(isSpellingVariant('amara okonkwo', 'bilal okonkwo')).toBe(false);
    expect(isSpellingVariant('ali khan', 'ala khan')).toBe(false);
  });

  it('takes a full name with a middle name added for an extension, but not a shared surname alone', () => {
    expect(isNameExtension('muhammad sadiq', 'muhammad sadiq khan')).toBe(true);
    expect(isNameExtension('ahmad stanekzai', 'ahmad reza stanekzai')).toBe(true);
    expect(isNameExtension('ahmad stanekzai', 'ahmed reza stanekzai')).toBe(true);
    expect(isNameExtension('imran khan', 'ahmad imran khan')).toBe(false);
    expect(isNameExtension('sadiq', 'muhammad sadiq')).toBe(false);
    expect(isNameExtension('muhammad sadiq', 'muhammad sadiq')).toBe(false);
  });

  it('takes an initial for a given name, with the same surname', () => {
    expect(isInitialledForm('v lekhi', 'vikram prasad lekhi')).toBe(true);
    expect(isInitialledForm('vikram lekhi', 'v lekhi')).toBe(true);
    expect(isInitialledForm('r lekhi', 'vikram lekhi')).toBe(false);
    expect(isInitialledForm('v lekhi', 'v lekhi')).toBe(false);
    expect(isInitialledForm('v lekhi', 'vikram bagchi')).toBe(false);
  });
});
