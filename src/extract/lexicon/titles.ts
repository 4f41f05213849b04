import { PORTFOLIO_WORDS } from './organizations.js';

/** Forms of address removed from a name ("Hafiz" is not here: it is often part of the name as written). */
/** Honorifics that also stand inside a name ("Hassan Sheikh Mohamud", "Ahmed Haji Ali"). */
export const HONORIFICS_IN_NAMES = new Set(['sheikh', 'shaikh', 'haji', 'hajji', 'sayyid', 'sayed', 'syed']);

export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'madam', 'madame', 'mme', 'sr', 'cde', 'comrade', 'samdech', 'afioga', 'susuga', 'sheikh', 'sheikha', 'shaikh', 'mullah', 'mulla', 'qari', 'maulvi', 'maulana',
  'haji', 'hajji', 'alhaji', 'hajiya', 'hajia', 'alhaja', 'h.e.', 'h.e', 'h e', 'excellency', 'prof', 'professor', 'gen', 'general', 'lt', 'col', 'colonel', 'major',
  'captain', 'capt', 'maj', 'admiral', 'commodore', 'marshal', 'brigadier', 'colonel-general', 'lieutenant-general', 'major-general',
  'brigadier-general', 'lieutenant-colonel', 'ambassador', 'amb', 'senator', 'sen', 'rep', 'gov', 'lord', 'lady',
  'prince', 'princess', 'king', 'queen', 'emir', 'amir-ul-momineen', 'ayatollah', 'imam', 'rabbi', 'father', 'brother',
  'mawlawi', 'mawlavi', 'maulavi', 'molvi', 'mawlana', 'alhaj', 'al-haj', 'ustad', 'eng', 'mhe', 'dkt', 'majesty', 'highness',
  'hon', "hon'ble", 'honourable', 'honorable', 'rt', 'cllr', 'engr', 'atty', 'alh', 'barr', 'shri', 'smt', 'sayyid', 'sayed', 'mallam', 'malam',
  // Burmese and Ethiopian ones: "U Kyaw Min Thein", "Daw Khin Thiri", "Ato Tewodros", "Woizero Hirut"
  'u', 'daw', 'ato', 'woizero', 'weyzero',
  // Bhutanese ones: "Lyonchhen Tshering Tobgay" (prime minister), "Lyonpo D.N. Dhungyel" (minister), "Dasho", "Aum"
  // a retired officer's rank: "Major General (Retd) X"
  'retd', 'rtd', 'retired',
  'lyonchhen', 'lyonchhoen', 'lyonpo', 'dasho', 'aum', 'ashi', 'druk', 'gyalpo',
  // church and court: "Pope Francis", "Cardinal Parolin", "Federal Councillor Cassis", "His Serene Highness Hereditary Prince Alois"
  'pope', 'cardinal', 'archbishop', 'monsignor', 'patriarch', 'councillor', 'serene', 'hereditary',
  // "HH Sheikh Tamim", "HRH Prince Faisal": Highness written short
  'hh', 'hrh',
  // Bruneian forms of address: "Yang Berhormat", "Kebawah Duli … Baginda"
  'berhormat', 'kebawah', 'duli', 'baginda',
  // Malaysian and Bruneian honorifics: "Datuk Seri Anwar", "Tunku Ismail"
  'datuk', 'dato', "dato'", 'datin', 'seri', 'utama', 'tun', 'tunku', 'tengku', 'pehin', 'pengiran', 'puan', 'encik', 'paduka', 'setia',
  // Cambodian ones: "Samdech Akka Moha Sena Padei Techo Hun Sen", "Samdech Thipadei Hun Manet"
  'akka', 'moha', 'sena', 'padei', 'techo', 'thipadei', 'borvor',
]);

/** Words that set an office below the one they name ("Deputy Minister", "Vice-President", "Under-Secretary"). */
export const DEPUTY_RANKS: readonly string[] = ['deputy', 'vice', 'assistant', 'under'];

/** Nouns that head an office title: "special envoy", "foreign minister", "deputy spokesperson". */
export const TITLE_HEADS = new Set([
  'president', 'minister', 'premier', 'secretary', 'envoy', 'representative', 'spokesperson', 'spokesman',
  'spokeswoman', 'ambassador', 'diplomat', 'official', 'officer', 'governor', 'mayor', 'commander', 'chief',
  'head', 'director', 'chairman', 'chairwoman', 'chair', 'leader', 'adviser', 'advisor', 'counsellor',
  'consul', 'delegate', 'emissary', 'negotiator', 'general', 'chancellor', 'speaker', 'senator', 'lawmaker', 'congressman', 'congresswoman', 'canciller', 'cancillera', 'nuncio',
  'king', 'emir', 'prince', 'sultan', 'monarch', 'vice-president', 'counterpart', 'analyst', 'expert',
  'mediator', 'coordinator', 'attaché', 'attache', 'charge', "chargé", "d'affaires", 'd’affaires', 'administrator', 'commissioner',
  'deputy', 'undersecretary', 'under-secretary', 'under-secretary-general', 'assistant-secretary-general', 'member', 'secretary-general', 'director-general',
  'attorney-general', 'governor-general', 'president-elect', 'premier-designate', 'chairperson', 'president',
  'prime-minister', 'foreign-minister', 'minister-president', 'chief-of-staff', 'high-representative', 'commissioner-general',
  'comptroller-general', 'comptroller', 'inspector-general', 'auditor-general', 'solicitor-general',
  // abbreviations headline and social-media copy uses before a name: "FM Vossberg", "EAM Jaishankar", "PM Modi"
  // (and Kenya's Cabinet Secretaries, its ministers: "CS Sang", "the Prime CS")
  'fm', 'eam', 'pm', 'dpm', 'mp', 'vp', 'cs', 'ps',
  // Ireland's prime minister and deputy
  'taoiseach', 'tanaiste', 'tánaiste',
  // one named to an office not yet taken up: "Ambassador-designate", "minister-designate", "governor-elect"
  ...['ambassador', 'minister', 'president', 'governor', 'envoy', 'commissioner', 'secretary-general', 'prime-minister'].flatMap((h) => [`${h}-designate`, `${h}-elect`]),
]);

/** Words that can sit inside an office title besides its head noun. */
export const TITLE_WORDS = new Set([
  ...TITLE_HEADS,
  // (every ministry's portfolio: "Minister of Food X", "Undersecretary for Fisheries Wealth, X"; but not "European", which
  // names the Union's people as a nationality does: "the European diplomat" is not one whose office says "European")
  ...[...PORTFOLIO_WORDS].filter((w) => w !== 'european'),
  'prime', 'special', 'presidential', 'acting', 'caretaker', 'interim', 'field', 'additional', 'joint', 'assistant', 'first',
  'second', 'senior', 'top', 'vice', 'executive', 'business', 'railway', 'intelligence', 'political', 'military', 'refugees',
  'borders', 'tribal', 'higher', 'urban', 'nuclear', 'peace', 'transitional', 'diplomacy', 'maronite', 'coptic', 'orthodox',
  'former', 'ex', 'personal', 'policy', 'woman', 'female', 'veteran', 'newly', 'appointed', 'designate', 'outgoing', 'incoming',
  'permanent', 'principal', 'protocol', 'resident', 'plenipotentiary', 'extraordinary', 'provincial',
  'ministry', 'office', 'department', 'division', 'mfa', 'general', 'staff', 'army', 'navy', 'forces',
  'council', 'committee', 'cabinet', 'administration', 'afghan', 'asia', 'west',
  'south', 'central', 'east', 'north', 'middle', 'deputy', 'visiting', 'powerful', 'influential', 'de', 'facto',
  'house', 'senate', 'congress', 'congressional', 'majority', 'minority', 'whip', 'homeland', 'armed',
  'representatives', 'lower', 'upper', 'crown', 'supreme', 'grand', 'royal', 'high',
  // portfolios joined to foreign affairs: "Minister of Foreign Affairs and International Cooperation"
  'emigration',
  // ("the Foreign Ministry press secretary X")
  'press',
  // words of states' official names inside a title: "Cabinet Secretary … of the Republic of Kenya"
  'republic', 'kingdom', 'federation', 'sultanate', 'principality',
  // "Johor Menteri Besar Onn Hafiz Ghazi": a state's chief minister in Malaysia
  'menteri', 'besar',
  // ranks that stand before a name: "Commodore Arnel Sabado"
  'commodore', 'vice-admiral', 'rear', 'lieutenant', 'lt-gen', 'maj-gen', 'brig-gen',
]);

/** Titles only one state gives its officials, written without a nationality. */
export const NATIONAL_TITLES: ReadonlyMap<string, string> = new Map([
  ['secretary of state', 'US'], ['us secretary of state', 'US'], ['deputy secretary of state', 'US'], ['assistant secretary of state', 'US'],
  ['under secretary of state', 'US'], ['taoiseach', 'IE'],
  ['tanaiste', 'IE'], ['tánaiste', 'IE'], ['external affairs minister', 'IN'], ['state councilor', 'CN'], ['state councillor', 'CN'],
]);

/** States whose own governments also give such a title: there, a bare "Secretary of State" is the story's own. */
export const NATIONAL_TITLES_ALSO_HELD_BY: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['secretary of state', new Set(['KH', 'VA', 'PT', 'ES', 'FR', 'BR', 'AO', 'MZ', 'CV', 'GW', 'ST', 'TL', 'SM'])],
]);

/** Titles that take a person out of the service of a state (country null). */
export const NO_COUNTRY_TITLE = /\b(former|ex-|analyst|expert|scholar|professor|researcher|commentator|observer|journalist|retired)\b/i;

/** Title nouns that refer to a person when used alone ("the envoy said"). */
export const REFERRING_TITLES = new Set([
  'envoy', 'minister', 'premier', 'secretary', 'representative', 'spokesperson', 'spokesman', 'spokeswoman',
  'ambassador', 'diplomat', 'official', 'president', 'governor', 'chief', 'leader', 'guest', 'visitor', 'counterpart',
  'negotiator', 'emissary', 'cs', 'adviser', 'advisor', 'pm', 'ps', 'chancellor', 'commissioner', 'dignitary',
  'emir', 'amir', 'king', 'queen', 'prince', 'princess', 'sultan', 'taoiseach', 'tánaiste', 'tanaiste', 'chairperson', 'chairman', 'fm', 'eam', 'majesty', 'highness',
  'lawmaker', 'congressman', 'congresswoman', 'senator', 'legislator', 'general',
]);

/** Title nouns that count as the same office when a title-alone mention is resolved. */
export const TITLE_SYNONYMS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['envoy', 'representative', 'diplomat', 'ambassador', 'emissary', 'negotiator', 'official']),
  new Set(['minister', 'premier', 'official', 'diplomat', 'secretary']),
  // "the CS": Kenya's Cabinet Secretary; "the PM": the prime minister
  new Set(['cs', 'ps', 'secretary']),
  new Set(['pm', 'prime', 'premier']),
  // "the Iranian FM": a foreign minister
  new Set(['fm', 'foreign']),
  // "His Majesty", "His Highness": the monarch or prince told of
  new Set(['majesty', 'king', 'queen', 'emir', 'amir', 'sultan', 'monarch']),
  new Set(['highness', 'emir', 'amir', 'prince', 'sheikh', 'sultan', 'crown']),
  // "the EAM": India's External Affairs Minister
  new Set(['eam', 'external']),
  new Set(['spokesperson', 'spokesman', 'spokeswoman', 'official']),
  new Set(['president', 'leader', 'official']),
  // "the lawmakers", "the congressmen": members of a legislature, whichever word their titles use
  new Set(['lawmaker', 'congressman', 'congresswoman', 'senator', 'legislator', 'representative']),
];
