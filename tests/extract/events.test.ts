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
  });
});
