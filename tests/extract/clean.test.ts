import { readFileSync, readdirSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { clean } from '../../src/extract/clean.js';

const CORPUS_DIR = '/work/shared/corpus/dev/';
const corpus = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(CORPUS_DIR + f, 'utf8')) as {
    id: string;
    text: string;
    meta: { title: string | null; publishedAt: string | null };
  });

const BODY = 'The two ministers discussed trade and transit routes during the meeting.';

describe('clean: site noise', () => {
  const cases: [string, string][] = [
    ['cookie banner', 'This site uses cookies to give you a better browsing experience. Accept | Decline'],
    ['cookie notice', 'We use cookies on our website. By continuing you agree to our cookie policy.'],
    ['cookie button', 'Got it'],
    ['read more with headline', 'Read more: Ministers agree on new border crossing'],
    ['related', 'Related: Talks resume in Doha'],
    ['also read', 'ALSO READ | Envoy arrives for talks'],
    ['follow prompt', 'Follow The Daily Star on Instagram and LinkedIn for breaking news'],
    ['share bar', 'Share: Facebook | X | Telegram | Email'],
    ['share buttons', 'Facebook Twitter WhatsApp'],
    ['subscribe', 'Subscribe to our newsletter'],
    ['sign up', 'Sign up for our daily briefing'],
    ['dash sign-off', '— The Kathmandu Post'],
    ['slash sign-off', '///ABC, 3 May 2024'],
    ['agency code', 'AFP/kh'],
    ['agency in parentheses', '(Reuters)'],
    ['copyright', '© 2024 The Gazette. All rights reserved.'],
    ['credits', 'Reporting by Jane Doe; Editing by John Roe'],
    ['comment form', 'Leave a Reply'],
    ['captcha', '7 × 3 = ?'],
    ['advertisement', 'ADVERTISEMENT'],
    ['continue reading', 'Story continues below advertisement'],
    ['photo credit', 'Photo: Foreign Ministry handout'],
    ['photo credit in parentheses', '(Photo courtesy: State news agency)'],
    ['tags line', 'Tags: Afghanistan, Taliban, Diplomacy'],
    ['reading time', '4 min read'],
    ['listen prompt', 'Listen to this article'],
    ['inputs credit', '(With inputs from agencies)'],
    ['relative timestamp', 'Updated: 2 hours ago'],
    ['timestamp', 'Published: 03 May 2024, 10:15 PKT'],
    ['timestamp with dash', 'March 4, 2023 - 08:45'],
    ['desk editor', 'Editor: Huang Qi'],
    ['translator credit', 'Translator: Putri Hanifa, Kenzu'],
    ['bracketed credit', '[Edited by Zoran Radosavljevic]'],
    ['desk initials', 'PTI ARV RKM SKS'],
    ['story code', 'Story Code: 60418'],
    ['subscribe prompt', 'Follow and Subscribe Nyasa TV :'],
    ['newsletter label', 'Daily Sabah Newsletter'],
    ['membership prompt', 'Support independent journalism in Central America. Become a member of Club El Faro.'],
    ['paywall prompt', 'Get in-depth reporting for only N$85 a month. Invest in journalism, invest in democracy – Subscribe Now!'],
    ['channel advert', 'Manila Bulletin is now on WhatsApp! Join the MB Hub.'],
    ['advert label', 'PT Mag Campaign AD'],
  ];
  for (const [label, noise] of cases) {
    it(`removes a ${label} line`, () => {
      const { text } = clean(`${BODY}\n\n${noise}\n\nThe talks will continue next month in the capital.`, {});
      expect(text).toBe(`${BODY}\n\nThe talks will continue next month in the capital.`);
    });
  }

  it('drops the headline list under a bare "Read more:" label, and nothing after it', () => {
    const { text } = clean(`${BODY}\n\nRead more:\nEnvoy meets tribal elders in Kandahar\nTrade corridor talks stall`, {});
    expect(text).toBe(BODY);
  });

  it("drops the writer's note, bio and signature closing the text, and no sentence about a journalist before them", () => {
    const bio = 'Mira Halvorsen is a freelance journalist based in Jakarta who covers Indonesian politics.';
    expect(clean(`${BODY}\n\n${bio}`, {}).text).toBe(BODY);
    expect(clean(`${BODY}\n\nJeyhun Gurbanov\nSpecial Correspondent`, {}).text).toBe(BODY);
    expect(clean(`${BODY}\n\nNote from the author:\n\nHi, this is Oksana Hrytsenko, I wrote this article for you.\n\nThanks for reading.`, {}).text).toBe(BODY);
    const inside = `${BODY}\n\nAhmed Salim is a senior journalist at the state broadcaster. He said the talks went well.\n\nThe talks will continue.`;
    expect(clean(inside, {}).text).toBe(inside);
  });

  it('keeps body lines that merely start like noise', () => {
    const body = [
      'Following the meeting, both sides issued a joint statement.',
      'Related talks were held in Geneva last year, officials said.',
      'Share prices in Karachi rose after the announcement.',
      'By Thursday, the delegation had returned home.',
      'Botswana does not subscribe to that view, he said.',
      'Egypt will join the talks, the ministry said on Facebook.',
    ].join('\n\n');
    expect(clean(body, {}).text).toBe(body);
  });

  it('keeps list items that look like sign-offs when they are part of a list', () => {
    const body = `${BODY} The delegation included:\n- The Foreign Minister\n- The Trade Minister`;
    expect(clean(body, {}).text).toBe(body);
  });

  it('keeps paragraph breaks and normalises whitespace inside lines', () => {
    const { text } = clean('  First   paragraph\there.  \n\n\n\nSecond\u00a0paragraph.\r\nStill second.', {});
    expect(text).toBe('First paragraph here.\n\nSecond paragraph.\nStill second.');
  });
});

describe('clean: title and byline', () => {
  it('takes the first line as title when it repeats the given title', () => {
    const out = clean(`Envoys meet in Doha\n${BODY}`, { title: 'Envoys Meet in Doha' });
    expect(out.title).toBe('Envoys meet in Doha');
    expect(out.text).toBe(BODY);
  });

  it('takes a headline-looking first line as title', () => {
    const out = clean(`Envoys meet in Doha amid push for ceasefire\n\n${BODY}`, {});
    expect(out.title).toBe('Envoys meet in Doha amid push for ceasefire');
    expect(out.text).toBe(BODY);
  });

  it('keeps a first line that is a sentence, and falls back to the given title', () => {
    const out = clean(`${BODY}\n\nMore talks are planned.`, { title: 'Talks in Doha' });
    expect(out.title).toBe('Talks in Doha');
    expect(out.text.startsWith(BODY)).toBe(true);
  });

  it('moves bylines out of the text', () => {
    for (const [line, author] of [
      ['By Our Correspondent', 'Our Correspondent'],
      ['By Staff Reporter', 'Staff Reporter'],
      ['By Ahmed Rashid and Lyse Doucet', 'Ahmed Rashid and Lyse Doucet'],
      ['Written by Dawn Desk', 'Dawn Desk'],
    ]) {
      const out = clean(`Headline about talks\n\n${line}\n\n${BODY}`, {});
      expect(out.byline).toBe(author);
      expect(out.text).toBe(BODY);
    }
  });

  it('takes a name alone on its line above a timestamp for the byline, and drops contributor lines and link bars', () => {
    const out = clean(`Headline about talks\n\nTuesday, February 4, 2025 | Kathmandu | e-Paper | Subscribe\n\nSagar Ghimire\nPublished at : February 4, 2025\n\n${BODY}\n\nAssociated Press writers Jan Novak in Prague and Eva Toth in Budapest contributed to this report.`, {});
    expect(out.byline).toBe('Sagar Ghimire');
    expect(out.text).toBe(BODY);
  });

  it('drops a section label between the headline and the body', () => {
    const out = clean(`Headline about talks\n\nRegional desk – World service\n\n${BODY}`, {});
    expect(out.text).toBe(BODY);
  });
});

describe('clean: dateline', () => {
  const cases: [string, string | null, { name: string; country: string | null }, string | null][] = [
    ['ISLAMABAD:', '2024-01-29', { name: 'Islamabad', country: 'PK' }, null],
    ['ISLAMABAD –', '2024-01-29', { name: 'Islamabad', country: 'PK' }, null],
    ['ISLAMABAD, Jan 29 –', '2024-01-29', { name: 'Islamabad', country: 'PK' }, '2024-01-29'],
    ['KABUL, Sep 12 (Agency) –', '2021-09-12', { name: 'Kabul', country: 'AF' }, '2021-09-12'],
    ['TEHRAN —', '2021-11-16', { name: 'Tehran', country: 'IR' }, null],
    ['ASHGABAT, 17 December 2023 (nCa) —', null, { name: 'Ashgabat', country: 'TM' }, '2023-12-17'],
    ['New Delhi, March 8:', '2024-03-08', { name: 'New Delhi', country: 'IN' }, '2024-03-08'],
    ['BEIJING, Nov 25 (APP):', '2024-11-25', { name: 'Beijing', country: 'CN' }, '2024-11-25'],
    ['KAZAN, Russia, Sept 29 –', '2023-09-29', { name: 'Kazan', country: 'RU' }, '2023-09-29'],
    ['KABUL (Khaama Press):', '2024-04-28', { name: 'Kabul', country: 'AF' }, null],
    ['GENEVA, Dec 30 (Reuters) -', '2025-01-02', { name: 'Geneva', country: 'CH' }, '2024-12-30'],
    ['MUSCAT, Jan 2 -', '2025-01-01', { name: 'Muscat', country: 'OM' }, '2025-01-02'],
    ['SPRINGFIELD, Illinois, Feb 3 -', '2025-02-04', { name: 'Springfield', country: 'US' }, '2025-02-03'], // a town the country package lacks comes from the gazetteer of towns
    ['DUBAI, United Arab Emirates, Oct 1 –', null, { name: 'Dubai', country: 'AE' }, null],
    ['Islamabad, Pakistan –', '2024-01-29', { name: 'Islamabad', country: 'PK' }, null],
    ['ST. PETERSBURG, June 9 (TASS) -', '2024-06-10', { name: 'St. Petersburg', country: 'RU' }, '2024-06-09'],
    ['Rabat -', '2025-10-14', { name: 'Rabat', country: 'MA' }, null],
    ['MOSCOW, April 3. /TASS/.', '2025-04-03', { name: 'Moscow', country: 'RU' }, '2025-04-03'],
    ['NEW DELHI, Jan 12 (PTI)', '2025-01-12', { name: 'New Delhi', country: 'IN' }, '2025-01-12'],
  ];
  for (const [prefix, publishedAt, place, date] of cases) {
    it(`parses "${prefix}"`, () => {
      const out = clean(`${prefix} ${BODY}`, { publishedAt });
      expect(out.dateline).toEqual({ place, date });
      expect(out.text).toBe(BODY);
    });
  }

  it('leaves ordinary sentences alone', () => {
    for (const body of [
      'Kabul hosted a high-ranking delegation on Saturday.',
      'Moscow – a long-time partner – offered to mediate.',
      'Russia regards the movement as a necessary partner.',
      'UPDATE: The talks have been postponed.',
      'BREAKING – Envoy arrives in Kabul.',
    ]) {
      const out = clean(body, { publishedAt: '2024-01-01' });
      expect(out.dateline).toBeNull();
      expect(out.text).toBe(body);
    }
  });
});

const NOISE_SURVIVORS = [
  /cookies/i, /^read more\b/i, /^related:/i, /^follow\b/i, /^share:/i, /^subscribe\b/i, /^get the latest/i,
  /^[-–—]\s*the\b/i, /^\/{2,}/, /^[A-Z]{2,}\/[a-z]+$/, /^\(agency\)$/i, /all rights reserved/i, /^leave a comment/i,
  /^\d+ \+ \d+ =/, /^advertisement/i, /photo credit/i, /^by [A-Z]/, /^\w+ \d{1,2}, \d{4} - \d{2}:\d{2}$/,
];

const EXPECTED_DATELINES: Record<string, { place: string; country: string; date: string | null } | null> = {
  'dev-001': { place: 'Islamabad', country: 'PK', date: null },
  'dev-002': { place: 'Islamabad', country: 'PK', date: null },
  'dev-003': { place: 'Tehran', country: 'IR', date: null },
  'dev-004': { place: 'Kabul', country: 'AF', date: '2021-09-12' },
  'dev-005': null,
  'dev-006': { place: 'Kazan', country: 'RU', date: '2023-09-29' },
  'dev-007': { place: 'Ashgabat', country: 'TM', date: '2023-12-17' },
  'dev-008': { place: 'Islamabad', country: 'PK', date: '2024-01-29' },
  'dev-009': { place: 'New Delhi', country: 'IN', date: '2024-03-08' },
  'dev-010': { place: 'Kabul', country: 'AF', date: null },
  'dev-011': null,
  'dev-012': { place: 'Beijing', country: 'CN', date: '2024-11-25' },
  'dev-013': null,
  'dev-014': { place: 'Islamabad', country: 'PK', date: null },
  'dev-015': { place: 'New Delhi', country: 'IN', date: '2025-09-06' },
  'dev-016': null,
};

describe('clean: every dev-corpus article', () => {
  for (const article of corpus) {
    it(`${article.id}: noise removed, body kept`, () => {
      const out = clean(article.text, article.meta);
      for (const line of out.text.split('\n')) {
        for (const noise of NOISE_SURVIVORS) expect(line, `${noise} survived`).not.toMatch(noise);
      }
      // The first real paragraph of the source (after any dateline) opens the cleaned text.
      const firstParagraph = article.text.split('\n').find((l) => l.split(/\s+/).length > 15)!.trim();
      expect(firstParagraph.endsWith(out.text.split('\n\n')[0])).toBe(true);
      expect(out.text.split('\n\n')[0].length).toBeGreaterThan(firstParagraph.length - 40);
      expect(out.text).toMatch(/^[A-Z"“]/);
      expect(out.text).not.toMatch(/\n{3,}|[ \t]{2,}/);
      expect(out.title).toBe(article.meta.title);
    });

    it(`${article.id}: same result when pasted without blank lines`, () => {
      const spaced = clean(article.text, article.meta);
      const pasted = clean(article.text.replace(/\n\s*\n/g, '\n'), { publishedAt: article.meta.publishedAt });
      expect(pasted.text).toBe(spaced.text.replace(/\n\n/g, '\n'));
      expect([pasted.title, pasted.byline, pasted.dateline]).toEqual([spaced.title, spaced.byline, spaced.dateline]);
    });

    if (article.id in EXPECTED_DATELINES) {
      it(`${article.id}: dateline`, () => {
        const expected = EXPECTED_DATELINES[article.id];
        const { dateline } = clean(article.text, article.meta);
        expect(dateline).toEqual(
          expected && { place: { name: expected.place, country: expected.country }, date: expected.date },
        );
      });
    }
  }
});

describe('clean: a dateline on a line of its own', () => {
  it('reads "BELIZE CITY, Fri. Mar. 15, 2024" standing above the byline, with the town from the gazetteer of towns', () => {
    const out = clean('Minister meets counterpart\n\nBELIZE CITY, Fri. Mar. 15, 2024\n\nBy Delroy Flowers\n\nThe foreign minister travelled to Guatemala City on Wednesday.', { publishedAt: '2024-03-15' });
    expect(out.dateline).toEqual({ place: { name: 'Belize City', country: 'BZ' }, date: '2024-03-15' });
    expect(out.text).toBe('The foreign minister travelled to Guatemala City on Wednesday.');
  });
});
