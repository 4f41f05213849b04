import { describe, expect, it } from 'vitest';
import { findMentions, type Mention, type PersonMention } from '../../src/extract/mentions.js';

const context = { datelineCity: 'Islamabad', datelineCountry: 'PK' };
const read = (text: string): Mention[] => findMentions({ index: 0, start: 0, end: text.length, text }, context);
const people = (text: string): PersonMention[] => read(text).filter((m): m is PersonMention => m.kind === 'person');

describe('findMentions', () => {
  it('reads an apposition with the country served, not the portfolio', () => {
    const [p] = people('Zamir Kabulov, the Russian presidential envoy for Afghanistan, landed on Tuesday.');
    expect(p).toMatchObject({ name: 'Zamir Kabulov', country: 'RU', portfolio: 'for Afghanistan' });
  });
  it('reads possessive and demonym titles before a name', () => {
    expect(people("Pakistan's railways minister, Muhammad Hanif Abbasi, arrived.")[0]).toMatchObject({ name: 'Muhammad Hanif Abbasi', country: 'PK' });
    expect(people('Uzbek Foreign Minister Bakhtiyor Saidov spoke.')[0]).toMatchObject({ name: 'Bakhtiyor Saidov', country: 'UZ', title: 'Uzbek Foreign Minister' });
  });
  it('strips honorifics but keeps Hafiz as written', () => {
    expect(people('Mr. Sadiq added that.')[0]).toMatchObject({ name: 'Sadiq', surface: 'Mr. Sadiq' });
    expect(people('Sheikh Mohammed bin Abdulrahman Al-Thani arrived.')[0].name).toBe('Mohammed bin Abdulrahman Al-Thani');
    expect(people('Hafiz Zia Ahmad said so.')[0].name).toBe('Hafiz Zia Ahmad');
  });
  it('gives officials of international bodies no country and strips Afghan honorifics', () => {
    expect(people('UN special envoy Roza Otunbayeva met him.')[0]).toMatchObject({ name: 'Roza Otunbayeva', stateless: true });
    expect(people('Mawlawi Amir Khan Muttaqi spoke.')[0].name).toBe('Amir Khan Muttaqi');
  });
  it('gives former officials and analysts no country', () => {
    expect(people('Noorullah Raghi, a former Afghan diplomat, argued otherwise.')[0]).toMatchObject({ country: null, stateless: true });
  });
  it('treats a state acting as a government and a city as a place', () => {
    const mentions = read('Russia does not criticise the Taliban, and Tehran said talks in Kabul went well.');
    expect(mentions.filter((m) => m.kind === 'organization').map((m) => (m as { key: string }).key)).toEqual(['gov:RU', 'gov:AF', 'gov:IR']);
    expect(mentions.find((m) => m.kind === 'place')).toMatchObject({ surface: 'Kabul' });
  });
  it('reads ministries and does not take media outlets for actors', () => {
    const mentions = read('The Ministry of Foreign Affairs of Turkmenistan told TASS the news.');
    expect(mentions.find((m) => m.kind === 'organization')).toMatchObject({ orgKind: 'ministry', country: 'TM' });
    expect(mentions.find((m) => m.kind === 'media')).toMatchObject({ name: 'TASS' });
  });
  it('reads title-alone references with their nationality', () => {
    const ref = read('The Russian envoy said so.').find((m) => m.kind === 'reference');
    expect(ref).toMatchObject({ country: 'RU', indefinite: false });
  });
});
