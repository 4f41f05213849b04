// Phenomena of wire copy from other regions and outlets, each in sentences written for the test.
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const run = (text: string, publishedAt = '2024-03-16') => {
  const x = extract({ text, publishedAt });
  const name = (k: string) => x.entities.find((e) => e.key === k)?.name;
  return {
    people: x.entities.filter((e) => e.type === 'person').map((e) => ({ name: e.name, country: e.country })),
    organizations: x.entities.filter((e) => e.type === 'organization').map((e) => e.name),
    visits: x.visits.map((v) => ({ visitor: name(v.visitor), to: v.destination, status: v.status, date: v.date?.start ?? null, precision: v.date?.precision ?? null })),
    meetings: x.meetings.map((m) => ({ who: m.participants.map(name).sort(), status: m.status, mode: m.mode, date: m.date?.start ?? null, precision: m.date?.precision ?? null })),
    statements: x.statements.map((s) => ({ speaker: name(s.speaker), via: s.reportedBy ? name(s.reportedBy) : null })),
  };
};

describe('names and the states people serve', () => {
  it('reads a plural possessive as the state served, over the article’s home', () => {
    const { people, meetings } = run("ISLAMABAD: Pakistani diplomat Omar Farooq Baig met reporters. Mr Baig sat down with the United States' Special Envoy on Iraq Nadia Keller Brown at the Foreign Office.");
    expect(people).toContainEqual({ name: 'Nadia Keller Brown', country: 'US' });
    expect(meetings[0].who).toEqual(['Nadia Keller Brown', 'Omar Farooq Baig']);
  });
  it('keeps particles in sequence and hyphenated titles out of names', () => {
    const { people } = run('UN Secretary-General Rafael Montes spoke. Dutch Prime Minister Anna van der Berg listened.');
    expect(people.map((p) => p.name)).toEqual(['Rafael Montes', 'Anna van der Berg']);
  });
  it('takes no holiday, lake or company for a person', () => {
    const { people } = run('Kenyan President Daniel Oketch attended the Independence Day parade and spoke about the Great Lakes and Lakeside Aviation.');
    expect(people.map((p) => p.name)).toEqual(['Daniel Oketch']);
  });
  it('gives an envoy the state of the leader whose envoy he is', () => {
    const { people } = run("Brazilian President Lucia Prado's special envoy Tomas Reis met Chilean Foreign Minister Pablo Soto Vidal.");
    expect(people).toContainEqual({ name: 'Tomas Reis', country: 'BR' });
  });
  it('lets a nationality in the title outrank an international role in the apposition', () => {
    const { people } = run('Malaysian Prime Minister Aziz Rahman, the current ASEAN chair, spoke to reporters. European Commission President Greta Holm listened.');
    expect(people).toEqual([{ name: 'Aziz Rahman', country: 'MY' }, { name: 'Greta Holm', country: null }]);
  });
});

describe('organisations and media', () => {
  it('names ministries owned by states of several words, embassies with their city, and offices with the whole name', () => {
    const { organizations } = run("Saudi Arabia's foreign ministry welcomed the deal, saying it would help. The British Embassy in Nairobi said it was ready. Lee Min-ho's office said on Friday he would go.");
    expect(organizations).toEqual(["Saudi Arabia's foreign ministry", 'British Embassy in Nairobi', "Lee Min-ho's office"]);
  });
  it('keeps news agencies out of the actors and reads the quoted person as the speaker', () => {
    const { organizations, statements } = run("Korean Foreign Minister Park Jin-woo arrived. Park was quoted by the Seoul News Agency as saying talks went well.");
    expect(organizations).toEqual([]);
    expect(statements).toContainEqual({ speaker: 'Park Jin-woo', via: null });
  });
  it('knows national ministries by their own names and a presidency as its state', () => {
    const { organizations } = run('The State Department said talks would go on. The Ghanaian presidency said in a statement it agreed.');
    expect(organizations).toEqual(['State Department', 'Ghana']);
  });
});

describe('events', () => {
  it('reads "reached" a capital as a visit', () => {
    expect(run('On Thursday, Chilean Foreign Minister Pablo Soto Vidal reached Lima for talks.').visits)
      .toEqual([{ visitor: 'Pablo Soto Vidal', to: 'PE', status: 'OCCURRED', date: '2024-03-14', precision: 'DAY' }]);
  });
  it('reads hosting "his counterpart", summoning an envoy, and "travel … for talks with"', () => {
    expect(run("Brazil's Foreign Minister Joao Teixeira hosted his Peruvian counterpart Rosa Mendes Paz in Brasilia.").meetings[0].who).toEqual(['Joao Teixeira', 'Rosa Mendes Paz']);
    expect(run('Thai Foreign Minister Somchai Wong summoned Cambodian Ambassador Sok Dara on Monday.').meetings[0].who).toEqual(['Sok Dara', 'Somchai Wong']);
    expect(run('French President Claire Martin is expected to travel to Hanoi for talks with Vietnamese President Tran Van Minh.').meetings[0])
      .toMatchObject({ who: ['Claire Martin', 'Tran Van Minh'], status: 'PLANNED' });
  });
  it('adds whoever joins a meeting, and reads "were joined by" as a larger meeting', () => {
    const joined = run("Mexico's Foreign Minister Elena Ruiz met Colombian Foreign Minister Diego Mora in Bogota on Tuesday. Peru's Foreign Minister Ana Quispe joined the meeting by video link.");
    expect(joined.meetings[0].who).toEqual(['Ana Quispe', 'Diego Mora', 'Elena Ruiz']);
    const joinedBy = run('Japanese Foreign Minister Sato Kenji met South Korean Foreign Minister Kim Ji-ho in Tokyo. The two were then joined by Chinese Foreign Minister Liu Wei.');
    expect(joinedBy.meetings.map((m) => m.who)).toContainEqual(['Kim Ji-ho', 'Liu Wei', 'Sato Kenji']);
  });
  it('reads plans that had been due, agreements to meet, and no meeting in a question', () => {
    expect(run('Cambodian Prime Minister Sok An had been due to travel to Bangkok for talks.').visits[0].status).toBe('PLANNED');
    expect(run('Iranian Foreign Minister Ali Rezaei and US envoy Mark Cole agreed to meet again in Muscat.').meetings[0].status).toBe('PLANNED');
    expect(run('Russian Foreign Minister Oleg Petrov spoke. Asked whether Petrov would receive Afghan Foreign Minister Karim Zadran, he declined to comment.').meetings).toEqual([]);
  });
  it('sends foreigners met where one of them travelled there too', () => {
    const { visits } = run('Kenyan President Daniel Oketch arrived in Addis Ababa on Friday. Oketch met Rwandan President Jean Habimana on Saturday.');
    expect(visits.map((v) => `${v.visitor}→${v.to}`).sort()).toEqual(['Daniel Oketch→ET', 'Jean Habimana→ET']);
  });
});

describe('dates of events told without one', () => {
  it('takes the date of the earlier event with the same people, not the story’s last day', () => {
    const { meetings } = run('TOKYO: Japanese Foreign Minister Sato Kenji held talks with South Korean Foreign Minister Kim Ji-ho on Saturday. Kim had arrived in Tokyo on Friday evening. The two were then joined by Chinese Foreign Minister Liu Wei.');
    expect(meetings.find((m) => m.who.length === 3)).toMatchObject({ date: '2024-03-16', precision: 'DAY' });
  });
  it('gives an event of other people only the month of the story’s last day', () => {
    const { meetings } = run('Indian Foreign Minister Arjun Rao arrived in Dhaka on Tuesday. Nepali Foreign Minister Sita Thapa met Bhutanese Foreign Minister Karma Dorji.');
    expect(meetings[0]).toMatchObject({ who: ['Karma Dorji', 'Sita Thapa'], date: '2024-03-01', precision: 'MONTH' });
  });
});
