// The data the synthetic world is drawn from: states, naming traditions, spelling variants, outlets.

export type Tradition = 'arabic-persian' | 'russian' | 'central-asian' | 'chinese' | 'south-asian' | 'european' | 'african';

export interface State {
  code: string;
  name: string;
  /** adjective before a title: "Pakistani Foreign Minister", "US Special Representative" */
  demonym: string;
  capital: string;
  tradition: Tradition;
  /** what this state calls its foreign minister and its ministry, when not the usual */
  foreignMinister?: string;
  ministry?: string;
}

export const STATES: State[] = [
  { code: 'PK', name: 'Pakistan', demonym: 'Pakistani', capital: 'Islamabad', tradition: 'arabic-persian', ministry: 'Foreign Office' },
  { code: 'AF', name: 'Afghanistan', demonym: 'Afghan', capital: 'Kabul', tradition: 'arabic-persian' },
  { code: 'IR', name: 'Iran', demonym: 'Iranian', capital: 'Tehran', tradition: 'arabic-persian' },
  { code: 'SA', name: 'Saudi Arabia', demonym: 'Saudi', capital: 'Riyadh', tradition: 'arabic-persian' },
  { code: 'QA', name: 'Qatar', demonym: 'Qatari', capital: 'Doha', tradition: 'arabic-persian' },
  { code: 'EG', name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo', tradition: 'arabic-persian' },
  { code: 'RU', name: 'Russia', demonym: 'Russian', capital: 'Moscow', tradition: 'russian' },
  { code: 'UZ', name: 'Uzbekistan', demonym: 'Uzbek', capital: 'Tashkent', tradition: 'central-asian' },
  { code: 'KZ', name: 'Kazakhstan', demonym: 'Kazakh', capital: 'Astana', tradition: 'central-asian' },
  { code: 'TJ', name: 'Tajikistan', demonym: 'Tajik', capital: 'Dushanbe', tradition: 'central-asian' },
  { code: 'CN', name: 'China', demonym: 'Chinese', capital: 'Beijing', tradition: 'chinese' },
  { code: 'IN', name: 'India', demonym: 'Indian', capital: 'New Delhi', tradition: 'south-asian', foreignMinister: 'External Affairs Minister', ministry: 'Ministry of External Affairs' },
  { code: 'BD', name: 'Bangladesh', demonym: 'Bangladeshi', capital: 'Dhaka', tradition: 'south-asian' },
  { code: 'US', name: 'United States', demonym: 'US', capital: 'Washington', tradition: 'european', foreignMinister: 'Secretary of State', ministry: 'State Department' },
  { code: 'GB', name: 'United Kingdom', demonym: 'British', capital: 'London', tradition: 'european', foreignMinister: 'Foreign Secretary', ministry: 'Foreign Office' },
  { code: 'DE', name: 'Germany', demonym: 'German', capital: 'Berlin', tradition: 'european' },
  { code: 'FR', name: 'France', demonym: 'French', capital: 'Paris', tradition: 'european' },
  { code: 'NG', name: 'Nigeria', demonym: 'Nigerian', capital: 'Abuja', tradition: 'african' },
  { code: 'KE', name: 'Kenya', demonym: 'Kenyan', capital: 'Nairobi', tradition: 'african' },
  { code: 'ET', name: 'Ethiopia', demonym: 'Ethiopian', capital: 'Addis Ababa', tradition: 'african' },
  { code: 'ZA', name: 'South Africa', demonym: 'South African', capital: 'Pretoria', tradition: 'african' },
];

export type Gender = 'm' | 'f';

export interface NamePool {
  given: { m: string[]; f: string[] };
  /** a second given name some outlets print and others drop */
  middle: string[];
  surnames: string[];
  /** Chinese order: surname first, and the surname is what a second mention keeps */
  surnameFirst?: boolean;
  /** Russian-style feminine surnames (Zakharov → Zakharova) */
  feminineSurname?: (surname: string) => string;
  /** South Asian press often prints the given name as an initial ("S. Jaishankar") */
  initials?: boolean;
}

export const NAME_POOLS: Record<Tradition, NamePool> = {
  'arabic-persian': {
    given: {
      m: ['Mohammad', 'Ahmad', 'Hossein', 'Ali', 'Hamid', 'Javad', 'Reza', 'Amir', 'Khalid', 'Faisal', 'Majid', 'Nasser', 'Omar', 'Yusuf', 'Rashid', 'Hassan', 'Karim', 'Zalmay', 'Tariq', 'Imran', 'Bilal', 'Asif', 'Mahmood', 'Abdollah', 'Saeed', 'Jalil', 'Sher', 'Nabil'],
      f: ['Hina', 'Mumtaz', 'Fatima', 'Zahra', 'Maryam', 'Ayesha', 'Leila', 'Samira', 'Nargis'],
    },
    middle: ['Khan', 'Javad', 'Mahmood', 'Reza', 'Abbas', 'Jalil'],
    surnames: ['Abdollahian', 'Muttaqi', 'Qureshi', 'Sadiq', 'Zarif', 'Kanani', 'Baloch', 'Durrani', 'Stanekzai', 'Rahmani', 'Naseri', 'Jafari', 'Mousavi', 'Hosseini', 'Khulaifi', 'Shoukry', 'Hamdan', 'Farouk', 'Nadeem', 'Jilani', 'Siddiqui', 'Wardak', 'Popal', 'Ahmadzai', 'Shinwari', 'Faizi', 'Bakhtiari', 'Salehi', 'Kazemi', 'Tehrani', 'Zahid', 'Mansoor', 'Ghani', 'Amiri', 'Sultani', 'Karimi'],
  },
  russian: {
    given: {
      m: ['Sergei', 'Dmitry', 'Aleksandr', 'Andrei', 'Mikhail', 'Nikolai', 'Igor', 'Alexei', 'Yury', 'Zamir', 'Pavel', 'Oleg', 'Vasily', 'Konstantin'],
      f: ['Maria', 'Anna', 'Olga', 'Yelena', 'Tatiana'],
    },
    middle: [],
    surnames: ['Kabulov', 'Rudenko', 'Galuzin', 'Zakharov', 'Volkov', 'Sokolov', 'Morozov', 'Belov', 'Orlov', 'Ryabkov', 'Grushko', 'Borisov', 'Lebedev', 'Semyonov', 'Fedorov', 'Kiselyov', 'Vershinin', 'Lavrentiev', 'Kozlov', 'Nikitin'],
    feminineSurname: (surname) => (/(ov|ev|yov|in)$/.test(surname) ? `${surname}a` : surname),
  },
  'central-asian': {
    given: {
      m: ['Bakhtiyor', 'Abdulaziz', 'Nurlan', 'Yerlan', 'Sirojiddin', 'Murat', 'Rustam', 'Timur', 'Askar', 'Jamshid', 'Dilshod', 'Kairat', 'Mukhtar', 'Ulugbek', 'Zafar'],
      f: ['Dilnoza', 'Aigerim', 'Saida', 'Gulnara'],
    },
    middle: [],
    surnames: ['Saidov', 'Kamilov', 'Tileuberdi', 'Muhriddin', 'Nurmatov', 'Rakhmonov', 'Ashimbayev', 'Akhmedov', 'Yusupov', 'Kasymov', 'Umarov', 'Sultanov', 'Ismoilov', 'Abdulloev', 'Zhakupov'],
    feminineSurname: (surname) => (/(ov|ev)$/.test(surname) ? `${surname}a` : surname),
  },
  chinese: {
    given: {
      m: ['Yi', 'Jianchao', 'Xiaoyong', 'Wenbin', 'Lijian', 'Gang', 'Weidong', 'Jun', 'Zhaoxu', 'Haitao', 'Rong', 'Kai', 'Dong', 'Tao'],
      f: ['Ning', 'Hong', 'Ying', 'Xiaomei', 'Lan'],
    },
    middle: [],
    surnames: ['Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Sun', 'Guo', 'Lin', 'Gao', 'Luo', 'Zheng', 'Deng', 'Xie', 'Feng', 'Yue', 'Qin', 'Mao'],
    surnameFirst: true,
  },
  'south-asian': {
    given: {
      m: ['Subrahmanyam', 'Vikram', 'Arindam', 'Anurag', 'Harsh', 'Sanjay', 'Pradeep', 'Shahriar', 'Masud', 'Abul', 'Rajesh', 'Vinay', 'Pankaj', 'Tanvir'],
      f: ['Meenakshi', 'Ruchira', 'Nirupama', 'Dipu', 'Shamsad', 'Sunita'],
    },
    middle: ['Kumar', 'Alam', 'Prasad', 'Nath'],
    surnames: ['Jaishankar', 'Misri', 'Bagchi', 'Srivastava', 'Kwatra', 'Kamboj', 'Shringla', 'Lekhi', 'Sharma', 'Reddy', 'Menon', 'Chowdhury', 'Rahman', 'Momen', 'Khurshid', 'Bhattacharya', 'Iyer', 'Mahmud', 'Haque', 'Banerjee'],
    initials: true,
  },
  european: {
    given: {
      m: ['John', 'James', 'Michael', 'David', 'Thomas', 'Jean', 'Pierre', 'Markus', 'Tobias', 'Richard', 'Mark', 'Stéphane', 'Andrew', 'Philippe', 'Frank', 'Henrik'],
      f: ['Elizabeth', 'Sarah', 'Anna', 'Catherine', 'Marie', 'Laura', 'Emily', 'Claire', 'Annette'],
    },
    middle: ['Edward', 'Louise', 'Alexander', 'Marie', 'Paul'],
    surnames: ['Miller', 'Whitaker', 'Holm', 'Schmidt', 'Müller', 'Séjourné', 'Dubois', 'Lefèvre', 'Fischer', 'Weber', 'Becker', 'Hartmann', 'Thompson', 'Harrison', 'Campbell', 'Donovan', 'Keller', 'Laurent', 'Moreau', 'Girard', 'Bernard', 'Ellison', 'Crawford', 'Brandt'],
  },
  african: {
    given: {
      m: ['Yusuf', 'Geoffrey', 'Chidi', 'Oluwaseun', 'Tunde', 'Musalia', 'Alfred', 'Demeke', 'Redwan', 'Taye', 'Ronald', 'Thabo', 'Kwame', 'Abebe', 'Emeka', 'Kipchumba'],
      f: ['Amina', 'Ngozi', 'Raychelle', 'Naledi', 'Lindiwe', 'Wanjiru', 'Birtukan', 'Nomvula'],
    },
    middle: ['Maitama', 'Olusegun', 'Kiprono', 'Sipho'],
    surnames: ['Tuggar', 'Onyeama', 'Okafor', 'Adeyemi', 'Mudavadi', 'Omamo', 'Mutua', 'Kamau', 'Mekonnen', 'Atske', 'Pandor', 'Lamola', 'Dlamini', 'Mokoena', 'Nkosi', 'Tesfaye', 'Gebremedhin', 'Ochieng', 'Odhiambo', 'Balogun', 'Eze', 'Mengistu'],
  },
};

/**
 * Spellings outlets use for one name (transliteration families, dropped accents, dropped
 * hyphens). The first is the canonical spelling the world stores.
 */
export const SPELLINGS: Record<string, string[]> = {
  Mohammad: ['Mohammad', 'Muhammad', 'Mohammed', 'Mohamed'],
  Ahmad: ['Ahmad', 'Ahmed'],
  Hossein: ['Hossein', 'Hussein', 'Hosein'],
  Mahmood: ['Mahmood', 'Mahmud', 'Mahmoud'],
  Yusuf: ['Yusuf', 'Yousuf', 'Yousaf'],
  Abdollah: ['Abdollah', 'Abdullah'],
  Saeed: ['Saeed', 'Said'],
  Rashid: ['Rashid', 'Rasheed'],
  Khalid: ['Khalid', 'Khaled'],
  Javad: ['Javad', 'Jawad'],
  Abdollahian: ['Abdollahian', 'Abdullahian'],
  Muttaqi: ['Muttaqi', 'Muttaqee'],
  Qureshi: ['Qureshi', 'Qureishi'],
  Mousavi: ['Mousavi', 'Musavi'],
  Hosseini: ['Hosseini', 'Husseini'],
  Jafari: ['Jafari', 'Jaafari'],
  Ahmadzai: ['Ahmadzai', 'Ahmadzay'],
  Sergei: ['Sergei', 'Sergey'],
  Dmitry: ['Dmitry', 'Dmitri'],
  Aleksandr: ['Aleksandr', 'Alexander'],
  Yury: ['Yury', 'Yuri'],
  Alexei: ['Alexei', 'Alexey'],
  Kabulov: ['Kabulov', 'Kabolov'],
  Semyonov: ['Semyonov', 'Semenov'],
  Kiselyov: ['Kiselyov', 'Kiselev'],
  Rakhmonov: ['Rakhmonov', 'Rahmonov'],
  Kasymov: ['Kasymov', 'Kasimov'],
  Bakhtiyor: ['Bakhtiyor', 'Bakhtiyar'],
  Srivastava: ['Srivastava', 'Shrivastava'],
  Chowdhury: ['Chowdhury', 'Choudhury'],
  Müller: ['Müller', 'Mueller', 'Muller'],
  Séjourné: ['Séjourné', 'Sejourne'],
  Lefèvre: ['Lefèvre', 'Lefevre'],
  Stéphane: ['Stéphane', 'Stephane'],
  Mekonnen: ['Mekonnen', 'Mekonen'],
  Tesfaye: ['Tesfaye', 'Tesfay'],
};

export interface Outlet {
  name: string;
  /** how its datelines name the agency, or null when it files without one */
  agency: string | null;
  /** "Mr" (British style) or "Mr." */
  honorificDot: boolean;
}

export const OUTLETS: Outlet[] = [
  { name: 'Frontier Ledger', agency: null, honorificDot: false },
  { name: 'Capital Wire', agency: 'CW', honorificDot: true },
  { name: 'Steppe Dispatch', agency: 'SD', honorificDot: false },
  { name: 'Gulf Observer', agency: null, honorificDot: true },
  { name: 'Meridian News Agency', agency: 'MNA', honorificDot: false },
  { name: 'Eastern Times', agency: null, honorificDot: false },
  { name: 'Continental Press', agency: 'CP', honorificDot: true },
  { name: 'Silk Road Herald', agency: null, honorificDot: false },
  { name: 'Global Affairs Daily', agency: 'GAD', honorificDot: true },
  { name: 'Khyber Times', agency: null, honorificDot: false },
];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** What officials are quoted as saying: clauses that follow "said that". */
export const CLAUSES = [
  'the talks had been constructive and forward-looking',
  '{country} remained committed to a peaceful and stable Afghanistan',
  'both sides had agreed to expand trade and connectivity',
  'dialogue was the only way to settle outstanding differences',
  'the two countries would deepen cooperation on counter-terrorism',
  'regional connectivity projects would benefit the entire region',
  '{country} hoped to see an inclusive political settlement',
  'relations between the two countries were at an all-time high',
  'humanitarian assistance must continue without conditions',
  'the visa regime for business travellers would be eased',
];

/** Sentences with no event and no person: what fills out a real report. */
export const BACKGROUND = [
  'The two sides discussed bilateral relations, trade, transit and the regional security situation.',
  'Both delegations underlined the importance of regular high-level exchanges.',
  'Officials said a joint working group on border management would meet later this year.',
  'Trade between the two countries has grown steadily over the past decade.',
  'The talks also touched on energy cooperation and the protection of minorities.',
  'The meeting took place amid renewed diplomatic activity across the region.',
  'Analysts say the contacts reflect a broader effort to stabilise the neighbourhood.',
  'A joint statement is expected to be issued at the end of the visit.',
];

/** Site chrome that a pasted article sometimes carries. */
export const SITE_NOISE = [
  'Follow {outlet} on X and Facebook for the latest updates.',
  'Read more: Regional ministers to meet on connectivity',
  'Subscribe to our newsletter for daily briefings.',
  'We use cookies to improve your experience. Accept all cookies',
];
