import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const run = (text: string, publishedAt = '2024-01-31') => {
  const x = extract({ text, publishedAt });
  const name = (k: string) => x.entities.find((e) => e.key === k)?.name;
  return {
    visits: x.visits.map((v) => ({ visitor: name(v.visitor), to: v.destination, place: v.place?.name ?? null, status: v.status, date: v.date?.start ?? null })),
    meetings: x.meetings.map((m) => ({ who: m.participants.map(name).sort(), mode: m.mode, status: m.status, place: m.place?.name ?? null })),
  };
};

describe('visits and meetings', () => {
  it('reads an arrival, its date and a meeting with a named host', () => {
    const { visits, meetings } = run('Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Islamabad on Monday. He met Pakistani Foreign Minister Jalil Abbas Jilani in Islamabad.');
    expect(visits).toEqual([{ visitor: 'Hossein Amir-Abdollahian', to: 'PK', place: 'Islamabad', status: 'OCCURRED', date: '2024-01-29' }]);
    expect(meetings).toEqual([{ who: ['Hossein Amir-Abdollahian', 'Jalil Abbas Jilani'], mode: 'IN_PERSON', status: 'OCCURRED', place: 'Islamabad' }]);
  });
  it('reads a host-side visit', () => {
    const { visits } = run('Kabul hosted Kazakh Deputy Prime Minister Serik Zhumangarin on Saturday.');
    expect(visits[0]).toMatchObject({ visitor: 'Serik Zhumangarin', to: 'AF' });
  });
  it('reads a person hosting another, and a call told as the sentence opening', () => {
    expect(run('Chinese President Xi Jinping hosted Brazilian President Luiz Lula in Beijing on Friday.').meetings[0]).toMatchObject({ who: ['Luiz Lula', 'Xi Jinping'], place: 'Beijing' });
    expect(run('In a phone call on Monday, Indian Prime Minister Narendra Modi and US President Joe Biden discussed trade.').meetings[0]).toMatchObject({ mode: 'PHONE', place: null });
  });
  it('reads phone calls without a place and passive talks', () => {
    expect(run('Indian Foreign Minister Subrahmanyam Jaishankar spoke by phone with Afghan Foreign Minister Amir Khan Muttaqi.').meetings)
      .toEqual([{ who: ['Amir Khan Muttaqi', 'Subrahmanyam Jaishankar'], mode: 'PHONE', status: 'OCCURRED', place: null }]);
    expect(run('Talks were held between Chinese envoy Yue Xiaoyong and Afghan minister Amir Khan Muttaqi.').meetings[0].who).toEqual(['Amir Khan Muttaqi', 'Yue Xiaoyong']);
  });
  it('separates planned and cancelled events from what happened', () => {
    expect(run('Chinese Foreign Minister Wang Yi will travel to Kabul next week.').visits[0]).toMatchObject({ visitor: 'Wang Yi', to: 'AF', status: 'PLANNED' });
    expect(run('A trip to India by Afghan Foreign Minister Amir Khan Muttaqi has been called off.').visits[0]).toMatchObject({ to: 'IN', status: 'CANCELLED' });
  });
  it('ignores travel at home and meetings that are not meetings', () => {
    expect(run('Russian Foreign Minister Sergey Lavrov travelled to Kazan.').visits).toEqual([]);
    expect(run('The plan by Pakistani Foreign Minister Ishaq Dar met with criticism.').meetings).toEqual([]);
    expect(run('Russian Foreign Minister Sergey Lavrov will not meet Afghan Foreign Minister Amir Khan Muttaqi.').meetings).toEqual([]);
    expect(run('Russian President Vladimir Putin called Chinese President Xi Jinping "a dear friend".').meetings).toEqual([]);
  });
});

describe('delegations and gatherings', () => {
  it('lets a delegation travel and meet as its leader and named members', () => {
    const text = 'A team of Indian diplomats led by Jagdeep Singh held talks with Afghan Foreign Minister Amir Khan Muttaqi in Kabul on Thursday. The delegation also included Deepti Jharwal.';
    const { visits, meetings } = run(text, '2024-03-08');
    expect(meetings[0].who).toEqual(['Amir Khan Muttaqi', 'Deepti Jharwal', 'Jagdeep Singh']);
    expect(visits.map((v) => v.visitor).sort()).toEqual(['Deepti Jharwal', 'Jagdeep Singh']);
  });
  it('keeps an unnamed delegation as the visitor', () => {
    expect(run('A Tajik delegation arrived in Kabul on Saturday.').visits[0]).toMatchObject({ visitor: 'Tajik delegation', to: 'AF' });
  });
  it('gathers those who take part and those who speak at a multi-party meeting', () => {
    const text = 'Envoys gathered in Kazan on Friday, with a Taliban delegation led by Amir Khan Muttaqi taking part. Opening the session, Russian Foreign Minister Sergey Lavrov said the West was to blame.';
    expect(run(text, '2023-09-29').meetings[0]).toMatchObject({ who: ['Amir Khan Muttaqi', 'Sergey Lavrov'], place: 'Kazan' });
  });
  it('reads a host welcoming visitors, and an invitation as a plan', () => {
    expect(run('Saudi Foreign Minister Faisal bin Farhan welcomed US Secretary of State Marco Rubio to Jeddah.').visits[0]).toMatchObject({ visitor: 'Marco Rubio', to: 'SA', status: 'OCCURRED' });
    expect(run('Chinese Foreign Minister Qin Gang accepted an invitation to visit Washington.').visits[0]).toMatchObject({ to: 'US', status: 'PLANNED' });
  });
  it('reads a trip to several countries as one visit to each', () => {
    expect(run('US Secretary of State Antony Blinken will travel to Israel, Jordan and Egypt next week.').visits.map((v) => v.to)).toEqual(['IL', 'JO', 'EG']);
  });
  it('does not take a call on a government to act for a meeting', () => {
    expect(run('Iranian envoy Hassan Kazemi Qomi called on the Taliban to build trust.').meetings).toEqual([]);
  });
});
