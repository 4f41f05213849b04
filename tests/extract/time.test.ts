import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { findTimeExpressions } from '../../src/extract/time.js';

type Direction = 'past' | 'future';

/** The one expression found in `sentence`, as [text, start, end, precision]. */
function only(sentence: string, anchor: string | null, direction: Direction = 'past') {
  const found = findTimeExpressions(sentence, anchor, direction);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  const [x] = found;
  expect(sentence.slice(x.start, x.end)).toBe(x.text);
  return [x.text, x.range.start, x.range.end, x.range.precision];
}

// 2024-01-29 is a Monday.
const MONDAY = '2024-01-29';

describe('findTimeExpressions: explicit dates', () => {
  it('reads common formats', () => {
    expect(only('The talks opened on January 26 in Doha.', MONDAY)).toEqual(['January 26', '2024-01-26', '2024-01-26', 'DAY']);
    expect(only('They met on 26 January 2024.', null)).toEqual(['on 26 January 2024', '2024-01-26', '2024-01-26', 'DAY']);
    expect(only('They met on Jan. 26.', MONDAY)).toEqual(['Jan. 26', '2024-01-26', '2024-01-26', 'DAY']);
    expect(only('Filed 2024-01-26 by the embassy.', null)).toEqual(['2024-01-26', '2024-01-26', '2024-01-26', 'DAY']);
    expect(only('A ruling of February 14, 2003 banned it.', MONDAY)).toEqual(['February 14, 2003', '2003-02-14', '2003-02-14', 'DAY']);
  });

  it('dates a multi-day span by its first day', () => {
    const [, start, end, precision] = only('He visited Herat on 16–17 December.', '2023-12-17');
    expect([start, end, precision]).toEqual(['2023-12-16', '2023-12-17', 'DAY']);
  });

  it('takes the year that puts a past date on or before the anchor, a planned one on or after', () => {
    expect(only('The strikes began on December 30.', '2024-01-02')[1]).toBe('2023-12-30');
    expect(only('The ministers will meet on August 20.', '2025-08-14', 'future')[1]).toBe('2025-08-20');
    expect(only('The summit will open on January 10.', '2024-12-20', 'future')[1]).toBe('2025-01-10');
  });

  it('tolerates a past date a day or two after the anchor (time zones) instead of jumping a year back', () => {
    expect(only('He arrived on January 30.', MONDAY)[1]).toBe('2024-01-30');
  });

  it('returns nothing for a date without year when there is no anchor', () => {
    expect(findTimeExpressions('They met on January 26 and on Tuesday.', null, 'past')).toEqual([]);
  });
});

describe('findTimeExpressions: weekdays and casual days', () => {
  it('resolves weekdays backwards for what happened and forwards for what is planned', () => {
    expect(only('He landed on Tuesday.', MONDAY)).toEqual(['on Tuesday', '2024-01-23', '2024-01-23', 'DAY']);
    expect(only('He will land on Tuesday.', MONDAY, 'future')).toEqual(['on Tuesday', '2024-01-30', '2024-01-30', 'DAY']);
    expect(only('He flew in on Monday.', MONDAY)[1]).toBe(MONDAY);
    expect(only('He flew in in the early hours of Monday.', MONDAY)[1]).toBe(MONDAY);
    expect(only('He will fly in next Friday.', MONDAY, 'past')[1]).toBe('2024-02-02');
  });

  it('resolves yesterday, today and tomorrow', () => {
    const found = findTimeExpressions('Yesterday he said today was calm and tomorrow would be busy.', MONDAY, 'past');
    expect(found.map((x) => x.range.start)).toEqual(['2024-01-28', '2024-01-29', '2024-01-30']);
  });

  it('resolves "three days ago" against the anchor', () => {
    expect(only('The envoy arrived three days ago.', MONDAY)).toEqual(['three days ago', '2024-01-26', '2024-01-26', 'DAY']);
  });

  it('returns nothing for dates relative to another event', () => {
    for (const sentence of [
      'A day earlier, he met the prime minister.',
      'Two days later the talks collapsed.',
      'Later in the day he met the foreign secretary.',
      'The next day, the delegation left.',
    ]) {
      expect(findTimeExpressions(sentence, MONDAY, 'past'), sentence).toEqual([]);
    }
  });
});

describe('findTimeExpressions: parts of the day', () => {
  it('dates "on the morning of July 18" by its day, and "for about 30 minutes" not at all', () => {
    expect(only('Morimoto held talks with Abenov for about 30 minutes on the morning of July 18.', '2023-07-19')).toEqual(['July 18', '2023-07-18', '2023-07-18', 'DAY']);
    expect(findTimeExpressions('They spoke for two hours and met within 45 minutes.', '2023-07-19', 'past')).toEqual([]);
  });
  it('reads "this morning" as the anchor day and "last night" as the day before', () => {
    expect(only('He was received this morning by the Prime Minister.', MONDAY)).toEqual(['this morning', MONDAY, MONDAY, 'DAY']);
    expect(only('The two dined last night at Castille.', MONDAY)).toEqual(['last night', '2024-01-28', '2024-01-28', 'DAY']);
    expect(findTimeExpressions('They spoke this morning.', null, 'past')).toEqual([]);
  });
});

describe('findTimeExpressions: weeks, months and years', () => {
  it('reads last week as the previous Monday-to-Sunday week', () => {
    expect(only('The ambassadors returned last week.', MONDAY)).toEqual(['last week', '2024-01-22', '2024-01-28', 'WEEK']);
    expect(only('Talks resume next week.', MONDAY, 'future')).toEqual(['next week', '2024-02-05', '2024-02-11', 'WEEK']);
  });

  it('reads this week as the anchor month when the week lies in it, else as the week', () => {
    expect(only('He told a channel earlier this week that...', '2023-09-29')).toEqual(['earlier this week', '2023-09-01', '2023-09-30', 'MONTH']);
    expect(only('He said in a series of tweets earlier in the week that...', '2023-01-26')[3]).toBe('MONTH');
    expect(only('They spoke earlier this week.', '2024-03-01')).toEqual(['earlier this week', '2024-02-26', '2024-03-03', 'WEEK']);
  });

  it('reads this month, last month and next month as months', () => {
    expect(only('They traded strikes earlier this month.', MONDAY)).toEqual(['earlier this month', '2024-01-01', '2024-01-31', 'MONTH']);
    expect(only('A visit planned for later this month was called off.', '2025-09-06')[1]).toBe('2025-09-01');
    expect(only('He disclosed it late last month.', '2024-06-10')).toEqual(['late last month', '2024-05-01', '2024-05-31', 'MONTH']);
    expect(only('The visit was shelved last month.', '2025-01-15')[1]).toBe('2024-12-01');
    expect(only('They meet next month.', '2024-12-15', 'future')[1]).toBe('2025-01-01');
  });

  it('reads a month name as the nearest such month in the direction', () => {
    expect(only('Moscow hosted a conference in November.', '2019-01-29')).toEqual(['November', '2018-11-01', '2018-11-30', 'MONTH']);
    expect(only('The envoys met in late October.', '2025-11-17')[1]).toBe('2025-10-01');
    expect(only('Both flew to Dubai in January.', '2025-09-06')[1]).toBe('2025-01-01');
    expect(only('The forum will be held in March.', '2025-09-06', 'future')[1]).toBe('2026-03-01');
  });

  it('reads months with a year, and the end of a month, as months', () => {
    expect(only('He previously travelled there at the end of October 2021.', MONDAY)).toEqual(['end of October 2021', '2021-10-01', '2021-10-31', 'MONTH']);
    expect(only('The Taliban returned to power in August 2021.', null)).toEqual(['August 2021', '2021-08-01', '2021-08-31', 'MONTH']);
  });

  it('reads years', () => {
    expect(only('Contacts have picked up this year.', '2025-09-06')).toEqual(['this year', '2025-01-01', '2025-12-31', 'YEAR']);
    expect(only('Trade doubled last year.', '2025-09-06')[1]).toBe('2024-01-01');
    expect(only('The format was launched in 2017 on the basis of...', null)).toEqual(['in 2017', '2017-01-01', '2017-12-31', 'YEAR']);
    expect(only('Ties froze in mid-2019.', null)[1]).toBe('2019-01-01');
  });
});

describe('findTimeExpressions: non-dates', () => {
  it('ignores numbers, durations and times of day', () => {
    for (const sentence of [
      'He is listed under the 1988 sanctions regime.',
      'Resolution 2593 was adopted by the 15 members of the council.',
      'He spent an unusually long six days in Qatar.',
      'They landed at noon.',
      'The talks ended at 21:30.',
      'He spent two and a half years in the post during the 17-year war.',
      'He sat down with the minister, who may visit soon.',
      'India delivered 1,000 family tents and 15 tonnes of food.',
      'Over the past year, ties have improved.',
      'Elections in 2024 polls were delayed.',
    ]) {
      expect(findTimeExpressions(sentence, MONDAY, 'past'), sentence).toEqual([]);
    }
  });

  it('returns several expressions in text order with exact spans', () => {
    const sentence = 'After they spoke on January 19, the envoys returned last week.';
    const found = findTimeExpressions(sentence, MONDAY, 'past');
    expect(found.map((x) => [x.text, sentence.slice(x.start, x.end), x.range.precision])).toEqual([
      ['January 19', 'January 19', 'DAY'],
      ['last week', 'last week', 'WEEK'],
    ]);
  });

  it('ignores a malformed anchor rather than guessing', () => {
    expect(findTimeExpressions('He landed on Tuesday.', '29/01/2024', 'past')).toEqual([]);
  });
});

// Phrases of the dev corpus with the dates the annotators gave the facts they date.
const CORPUS_CASES: [string, string, Direction, string, string][] = [
  ['dev-001', 'landed in the federal capital on Tuesday', 'past', 'on Tuesday', '2019-01-29'],
  ['dev-001', 'On January 26, both the United States', 'past', 'January 26', '2019-01-26'],
  ['dev-001', 'at a conference in November', 'past', 'November', '2018-11'],
  ['dev-002', 'Hina Rabbani Khar yesterday', 'past', 'yesterday', '2023-01-25'],
  ['dev-002', 'in a series of tweets earlier in the week', 'past', 'earlier in the week', '2023-01'],
  ['dev-003', 'met on Tuesday with Mullah', 'past', 'on Tuesday', '2021-11-16'],
  ['dev-003', 'in the Afghan capital on Monday', 'past', 'on Monday', '2021-11-15'],
  ['dev-005', 'Kazakh delegation on Saturday', 'past', 'on Saturday', '2023-04-15'],
  ['dev-006', 'earlier this week whether Lavrov', 'past', 'earlier this week', '2023-09'],
  ['dev-007', 'on 16–17 December', 'past', 'on 16–17 December', '2023-12-16'],
  ['dev-007', 'at the end of October 2021', 'past', 'end of October 2021', '2021-10'],
  ['dev-008', 'spoke by telephone on January 19', 'past', 'January 19', '2024-01-19'],
  ['dev-008', 'Relations plunged on January 16', 'past', 'January 16', '2024-01-16'],
  ['dev-009', 'in Kabul on Thursday', 'past', 'on Thursday', '2024-03-07'],
  ['dev-011', 'Speaking to TASS on Sunday', 'past', 'on Sunday', '2024-06-09'],
  ['dev-011', 'a disclosure late last month', 'past', 'late last month', '2024-05'],
  ['dev-012', 'On November 18, Yue called on', 'past', 'November 18', '2024-11-18'],
  ['dev-013', 'Kabul on Thursday hosted', 'past', 'on Thursday', '2025-07-17'],
  ['dev-014', 'in the Afghan capital on August 20', 'future', 'August 20', '2025-08-20'],
  ['dev-015', 'planned for later this month', 'future', 'later this month', '2025-09'],
  ['dev-015', 'by phone on May 15', 'past', 'May 15', '2025-05-15'],
  ['dev-015', 'On Monday, Jaishankar called', 'past', 'On Monday', '2025-09-01'],
  ['dev-015', 'flew to Dubai in January', 'past', 'January', '2025-01'],
  ['dev-016', 'that arrived in Kabul on Saturday', 'past', 'on Saturday', '2025-11-15'],
  ['dev-016', 'On October 25, Tajik and Taliban', 'past', 'October 25', '2025-10-25'],
];

const CORPUS_DIR = '/work/shared/corpus/dev/';
const corpus = new Map(
  readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(CORPUS_DIR + f, 'utf8')) as { id: string; text: string; meta: { publishedAt: string } })
    .map((a) => [a.id, a]),
);

describe('findTimeExpressions: dev-corpus dates', () => {
  for (const [id, phrase, direction, expression, gold] of CORPUS_CASES) {
    it(`${id}: "${phrase}" → ${gold}`, () => {
      const article = corpus.get(id)!;
      const sentence = article.text.split(/(?<=[.!?])\s+/).find((s) => s.includes(phrase));
      expect(sentence, `phrase not in ${id}`).toBeDefined();
      const match = findTimeExpressions(sentence!, article.meta.publishedAt, direction).find((x) => x.text === expression);
      expect(match, `no "${expression}" in: ${sentence}`).toBeDefined();
      expect(match!.range.start.slice(0, gold.length)).toBe(gold);
      expect(match!.range.precision).toBe(gold.length === 7 ? 'MONTH' : 'DAY');
    });
  }

  it('is cheap on sentences without any date word', () => {
    const start = performance.now();
    for (let i = 0; i < 2000; i++) findTimeExpressions('The two sides discussed trade, transit and security cooperation.', MONDAY, 'past');
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('a part of the day after a casual day', () => {
  it('reads "yesterday afternoon" as a day', () => {
    expect(findTimeExpressions('He arrived yesterday afternoon.', '2025-07-05', 'past')[0]?.range).toMatchObject({ start: '2025-07-04', precision: 'DAY' });
  });
});

