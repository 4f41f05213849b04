import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const run = (text: string) => {
  const x = extract({ text, publishedAt: '2024-03-08' });
  const name = (k: string | null) => (k ? x.entities.find((e) => e.key === k)?.name : null);
  return x.statements.map((s) => ({ speaker: name(s.speaker), via: name(s.reportedBy), medium: s.medium }));
};

describe('statements', () => {
  it('reads a tweet with its medium', () => {
    expect(run('Afghan spokesman Abdul Qahar Balkhi wrote on X that the talks went well.')).toEqual([{ speaker: 'Abdul Qahar Balkhi', via: null, medium: 'Twitter' }]);
  });
  it('reads a reported-speech chain: the inner speaker via the relayer, and the relayer', () => {
    const said = run('Afghan spokesman Abdul Qahar Balkhi said that Indian diplomat Jagdeep Singh told him India was keen on trade.');
    expect(said).toContainEqual({ speaker: 'Abdul Qahar Balkhi', via: null, medium: null });
    expect(said).toContainEqual({ speaker: 'Jagdeep Singh', via: 'Abdul Qahar Balkhi', medium: null });
  });
  it('reads an attribution at the end and organisations as speakers', () => {
    expect(run('Aid was discussed, the Foreign Office said in a statement.')).toEqual([{ speaker: 'Foreign Office', via: null, medium: 'press release' }]);
  });
  it('does not take a media outlet for a speaker', () => {
    expect(run('Russian envoy Zamir Kabulov told TASS that talks would continue.')).toEqual([{ speaker: 'Zamir Kabulov', via: null, medium: 'interview' }]);
  });
});

describe('reported speech without "that"', () => {
  it('relays a complement clause whose subject follows the verb directly', () => {
    const said = run("Kenyan President Amos Wekesa met Congolese President Jean-Luc Mbemba. Mbemba's office said the Congolese leader had demanded a ceasefire.");
    expect(said).toContainEqual({ speaker: 'Jean-Luc Mbemba', via: "Mbemba's office", medium: null });
  });
  it('relays through a second verb of the relayer ("described … and said X had told")', () => {
    const said = run('US envoy Mark Hollis met Iranian Foreign Minister Reza Kamali. The White House described the talks as constructive and said Hollis had told Kamali that a deal was possible.');
    expect(said).toContainEqual({ speaker: 'Mark Hollis', via: 'United States', medium: null });
  });
  it('reads "according to X, Y briefed … and thanked …" as Y relayed by X', () => {
    const said = run('Spokesman Tarek Nabil spoke to reporters. According to Nabil, Sudanese Foreign Minister Omar Hassan briefed his host on the fighting and thanked Egypt for its help.');
    expect(said).toContainEqual({ speaker: 'Omar Hassan', via: 'Tarek Nabil', medium: null });
  });
});

describe('press releases', () => {
  it('gives the release to the body on its letterhead, and relays through it the words it quotes', () => {
    const x = extract({ text: 'GOVERNMENT OF SIERRA LEONE\nMINISTRY OF FOREIGN AFFAIRS AND INTERNATIONAL COOPERATION\n\nPRESS RELEASE\n17th July 2025\n\nMINISTERS MEET IN FREETOWN\n\nForeign Minister Musa Kamara hosted Liberian Foreign Minister Sara Kollie in Freetown on Wednesday. Kamara noted that the border must stay open.', publishedAt: '2025-07-17' });
    const name = (k: string | null) => (k ? x.entities.find((e) => e.key === k)?.name : null);
    expect(x.text.split('\n')[0]).toBe('Ministry of Foreign Affairs and International Cooperation');
    expect(x.statements.map((s) => ({ speaker: name(s.speaker), via: name(s.reportedBy), medium: s.medium }))).toEqual([
      { speaker: 'Ministry of Foreign Affairs and International Cooperation', via: null, medium: 'press release' },
      { speaker: 'Musa Kamara', via: 'Ministry of Foreign Affairs and International Cooperation', medium: null },
    ]);
  });
  it('leaves articles without a press-release mark alone', () => {
    const x = extract({ text: 'Ministry of Defence\n\nForeign Minister Musa Kamara said the border must stay open.', publishedAt: '2025-07-17' });
    expect(x.statements.map((s) => s.reportedBy)).toEqual([null]);
  });
});

describe('conveying', () => {
  it('reads "X conveyed to Y" as X’s words, but not a "conveyed" coordinated after a "that" clause', () => {
    expect(run("Pakistan's Foreign Office said Foreign Minister Ishaq Dar conveyed to his Afghan counterpart Amir Khan Muttaqi Pakistan's concerns.")).toContainEqual({ speaker: 'Ishaq Dar', via: "Pakistan's Foreign Office", medium: null });
    expect(run('Guinean minister Mory Camara stressed that Guinea remained committed, and conveyed an invitation to President Julius Bio.')).toEqual([{ speaker: 'Mory Camara', via: null, medium: null }]);
  });
});

describe('bodies that report', () => {
  it('reads "the press service of the Office of the President" as a body, and "according to the press service" as its relay', () => {
    expect(run('President Ivan Petrenko spoke with Finnish President Mika Koski on Friday, the press service of the Office of the President reported. According to the press service, Koski informed Petrenko that Helsinki would send aid.')).toEqual([
      { speaker: 'press service of the Office of the President', via: null, medium: null },
      { speaker: 'Mika Koski', via: 'press service of the Office of the President', medium: null },
    ]);
  });
  it('relays the words told after "According to the statement," through the body whose statement it is, once', () => {
    expect(run('Algerian President Karim Haddad called Mauritanian President Ahmed Salem on Tuesday, the Algerian presidency said in a statement. According to the statement, Haddad told Salem that Algeria was ready.')).toEqual([
      { speaker: 'Algerian presidency', via: null, medium: 'press release' },
      { speaker: 'Karim Haddad', via: 'Algerian presidency', medium: null },
    ]);
  });
  it('reads "X had asked him to convey" as X’s words through the messenger', () => {
    expect(run('Malian Foreign Minister Moussa Traore said Malian President Amadou Keita had asked him to convey his gratitude.')).toEqual([
      { speaker: 'Moussa Traore', via: null, medium: null },
      { speaker: 'Amadou Keita', via: 'Moussa Traore', medium: null },
    ]);
  });
  it('reads "…, the Kremlin press service reported" as words, and "had reported to the head of state" as none', () => {
    expect(run('Putin spoke with Pashinyan by phone on Tuesday, the Kremlin press service reported.')).toEqual([{ speaker: 'Kremlin press service', via: null, medium: null }]);
    expect(run('Russian envoy Zamir Kabulov told TASS that the Justice Ministry had reported to the head of state that the list could change.')).toEqual([{ speaker: 'Zamir Kabulov', via: null, medium: 'interview' }]);
  });
  it('takes no denied meeting for a meeting', () => {
    const x = extract({ text: 'Kremlin Spokesman Dmitry Peskov said a meeting between Armenian minister Ararat Mirzoyan and Russian President Vladimir Putin was not on the agenda.', publishedAt: '2025-04-03' });
    expect(x.meetings).toEqual([]);
  });
});

describe('anaphoric speakers', () => {
  it('reads "the presidency said" as the presidency named before', () => {
    expect(run('The Gabonese presidency said talks went well. Later, the talks resumed, the presidency said.')).toEqual([
      { speaker: 'Gabonese presidency', via: null, medium: null },
      { speaker: 'Gabonese presidency', via: null, medium: null },
    ]);
  });
});

describe('more ways of reporting words', () => {
  it('reads "X was quoted by the ministry as saying" as X relayed by the ministry', () => {
    const said = run("Mongolian Foreign Minister Bat Erdene was quoted by Mongolia's foreign ministry as saying that investment was welcome.");
    expect(said).toContainEqual({ speaker: 'Bat Erdene', via: "Mongolia's foreign ministry", medium: null });
  });
  it('gives a participle after a comma to the clause’s subject, and not when a speaker was already named', () => {
    expect(run('Hungarian Foreign Minister Peter Szabo hit back hours later, accusing the Poles of hysteria.')).toEqual([{ speaker: 'Peter Szabo', via: null, medium: null }]);
    expect(run('"India supports them," Indian envoy Anil Rao told reporters, adding that talks went on.')).toEqual([{ speaker: 'Anil Rao', via: null, medium: null }]);
  });
  it('does not give words to a name when a common noun is the verb’s subject', () => {
    expect(run('OAS chief Ana Ruiz will travel to Haiti to discuss elections the council has promised to hold.')).toEqual([]);
  });
  it('reads an office named by the holder’s title as the speaker, not as an apposition', () => {
    expect(run("Peter Kovac will go to Kyiv for talks with President Ivan Koval, the Slovak president's office said.")).toEqual([{ speaker: "Slovak president's office", via: null, medium: null }]);
  });
});

describe('who speaks', () => {
  it('keeps the speaker of "stressed that" for a verb coordinated after the clause, and takes a head of state for "the President"', () => {
    expect(run('ASTANA - Head of State Arman Bekov received Azerbaijani Foreign Minister Elchin Rahimov. According to the Akorda press service, the President stressed that Astana regards Baku as an ally and called for more ferries.')).toEqual([
      { speaker: 'Akorda press service', via: null, medium: null },
      { speaker: 'Arman Bekov', via: 'Akorda press service', medium: null },
    ]);
  });
  it('does not take "the President" for someone named only later', () => {
    expect(run('The President stressed that ties were strong. Later, Armenian President Aram Sargsyan arrived.')).toEqual([]);
  });
  it('gives an unnamed spokesperson\'s words to the body', () => {
    expect(run("A spokesman for Afghanistan's Ministry of Foreign Affairs posted on X about the talks.")).toEqual([{ speaker: "Afghanistan's Ministry of Foreign Affairs", via: null, medium: 'Twitter' }]);
  });
  it('reads "his office said" as the office relaying its principal', () => {
    expect(run('Ukrainian President Volodymyr Zelensky thanked Germany for its support, his office said.')).toEqual([
      { speaker: 'Volodymyr Zelensky', via: "Zelensky's office", medium: null },
      { speaker: "Zelensky's office", via: null, medium: null },
    ]);
  });
  it('reads "according to" as the relayer, and a quoted person via the quoting body', () => {
    expect(run('According to Afghan spokesman Abdul Qahar Balkhi, Indian diplomat Jagdeep Singh praised the talks.')).toContainEqual({ speaker: 'Jagdeep Singh', via: 'Abdul Qahar Balkhi', medium: null });
  });
  it('does not read a new clause as reported speech', () => {
    const said = run('Russian Foreign Minister Sergey Lavrov said that talks helped, while Russian President Vladimir Putin stressed the need for ties.');
    expect(said.every((s) => s.via === null)).toBe(true);
  });
});
