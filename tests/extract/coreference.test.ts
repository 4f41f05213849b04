import { describe, expect, it } from 'vitest';
import { resolveCoreference } from '../../src/extract/coreference.js';
import { findMentions } from '../../src/extract/mentions.js';
import { splitSentences } from '../../src/extract/sentences.js';

const people = (text: string) => {
  const mentions = splitSentences(text).flatMap((s) => findMentions(s, { datelineCity: null, datelineCountry: null }));
  return resolveCoreference(mentions).people.map((p) => p.forms);
};

describe('resolveCoreference', () => {
  it('joins surnames and spelling variants to one person', () => {
    expect(people('Zamir Kabulove arrived. Kabulov met officials. Later Mr Kabolov left.')).toEqual([['Zamir Kabulove', 'Kabulov', 'Kabolov']]);
    expect(people('Serik Zhumangarin arrived. Jumangarin spoke.')).toEqual([['Serik Zhumangarin', 'Jumangarin']]);
    expect(people('Hossein Amir-Abdollahian arrived. Amirabdollahian spoke. Abdollahian left.')).toEqual([['Hossein Amir-Abdollahian', 'Amirabdollahian', 'Abdollahian']]);
  });
  it('keeps different people with different names apart', () => {
    expect(people('Rashid Meredov met Amir Khan Muttaqi. Meredow and Muttaqi toured the site.')).toEqual([['Rashid Meredov', 'Meredow'], ['Amir Khan Muttaqi', 'Muttaqi']]);
  });
  it('resolves a title alone and a pronoun', () => {
    const text = 'Zamir Kabulov, the Russian envoy, arrived. The envoy met Mohammad Sadiq. He praised him.';
    const mentions = splitSentences(text).flatMap((s) => findMentions(s, { datelineCity: null, datelineCountry: null }));
    const { referents } = resolveCoreference(mentions);
    const refs = mentions.filter((m) => m.kind === 'reference').map((m) => referents.get(m));
    expect(refs[0]).toEqual(['p1']);
    expect(refs[1]).toEqual(['p1']);
  });
});
