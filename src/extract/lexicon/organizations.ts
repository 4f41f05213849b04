import type { OrganizationKind } from '../types.js';

export interface KnownOrganization {
  name: string;
  kind: OrganizationKind;
  country: string | null;
  /** Other ways the text may write it (matched case-sensitively for acronyms). */
  aliases: string[];
}

/** International bodies and movements reported as actors. Longer names first is not required. */
export const KNOWN_ORGANIZATIONS: KnownOrganization[] = [
  { name: 'United Nations', kind: 'international', country: null, aliases: ['UN', 'U.N.'] },
  { name: 'UN Security Council', kind: 'international', country: null, aliases: ['United Nations Security Council', 'UNSC', 'Security Council', 'U.N. Security Council'] },
  { name: 'UN General Assembly', kind: 'international', country: null, aliases: ['United Nations General Assembly', 'UNGA', 'U.N. General Assembly', 'General Assembly'] },
  { name: 'United Nations Assistance Mission in Afghanistan', kind: 'international', country: null, aliases: ['UNAMA', 'UN Assistance Mission in Afghanistan'] },
  { name: 'UNHCR', kind: 'international', country: null, aliases: ['UN refugee agency', 'United Nations High Commissioner for Refugees'] },
  { name: 'UNICEF', kind: 'international', country: null, aliases: [] },
  { name: 'World Food Programme', kind: 'international', country: null, aliases: ['WFP'] },
  { name: 'World Health Organization', kind: 'international', country: null, aliases: ['WHO'] },
  { name: 'International Monetary Fund', kind: 'international', country: null, aliases: ['IMF'] },
  { name: 'World Bank', kind: 'international', country: null, aliases: [] },
  { name: 'NATO', kind: 'international', country: null, aliases: ['North Atlantic Treaty Organization', 'Nato'] },
  { name: 'European Union', kind: 'international', country: null, aliases: ['EU', 'E.U.'] },
  { name: 'African Union', kind: 'international', country: null, aliases: ['AU'] },
  { name: 'Shanghai Cooperation Organisation', kind: 'international', country: null, aliases: ['SCO', 'Shanghai Cooperation Organization'] },
  { name: 'Organisation of Islamic Cooperation', kind: 'international', country: null, aliases: ['OIC', 'Organization of Islamic Cooperation'] },
  { name: 'Association of Southeast Asian Nations', kind: 'international', country: null, aliases: ['ASEAN', 'Asean'] },
  { name: 'Collective Security Treaty Organization', kind: 'international', country: null, aliases: ['CSTO'] },
  { name: 'Gulf Cooperation Council', kind: 'international', country: null, aliases: ['GCC'] },
  { name: 'Arab League', kind: 'international', country: null, aliases: ['League of Arab States'] },
  { name: 'BRICS', kind: 'international', country: null, aliases: [] },
  { name: 'OSCE', kind: 'international', country: null, aliases: ['Organization for Security and Co-operation in Europe'] },
  { name: 'International Committee of the Red Cross', kind: 'international', country: null, aliases: ['ICRC'] },
  { name: 'International Atomic Energy Agency', kind: 'international', country: null, aliases: ['IAEA'] },
  { name: 'ISKP', kind: 'armed_group', country: null, aliases: ['IS-K', 'ISIS-K', 'Islamic State Khorasan Province', 'Islamic State-Khorasan'] },
  { name: 'Islamic State', kind: 'armed_group', country: null, aliases: ['ISIS', 'ISIL', 'Daesh'] },
  { name: 'al-Qaeda', kind: 'armed_group', country: null, aliases: ['Al-Qaeda', 'al Qaeda', 'Al Qaeda'] },
  { name: 'Tehreek-e-Taliban Pakistan', kind: 'armed_group', country: null, aliases: ['TTP', 'Pakistani Taliban'] },
  { name: 'Hamas', kind: 'armed_group', country: null, aliases: [] },
  { name: 'Boko Haram', kind: 'armed_group', country: null, aliases: [] },
  { name: 'al-Shabaab', kind: 'armed_group', country: null, aliases: ['Al-Shabaab', 'al Shabaab', 'al-Shabab', 'Al-Shabab'] },
  { name: 'African Union Support and Stabilisation Mission in Somalia', kind: 'international', country: null, aliases: ['AUSSOM', 'ATMIS', 'AMISOM'] },
  { name: 'Houthis', kind: 'armed_group', country: null, aliases: ['Houthi', 'Ansar Allah'] },
  { name: 'Human Rights Watch', kind: 'other', country: null, aliases: ['HRW'] },
  { name: 'Amnesty International', kind: 'other', country: null, aliases: [] },
  { name: 'Hezbollah', kind: 'armed_group', country: null, aliases: [] },
  { name: 'PKK', kind: 'armed_group', country: null, aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party'] },
  { name: 'FDLR', kind: 'armed_group', country: null, aliases: ['Democratic Forces for the Liberation of Rwanda'] },
  { name: 'United Nations Interim Force in Lebanon', kind: 'international', country: null, aliases: ['UNIFIL', 'UN Interim Force in Lebanon'] },
  { name: 'United Nations Assistance Mission for Iraq', kind: 'international', country: null, aliases: ['UNAMI', 'UN Assistance Mission for Iraq'] },
  { name: 'MONUSCO', kind: 'international', country: null, aliases: ['UN Organization Stabilization Mission in the DR Congo'] },
  { name: 'UNMISS', kind: 'international', country: null, aliases: ['United Nations Mission in South Sudan', 'UN Mission in South Sudan'] },
  { name: 'UN Office for the Coordination of Humanitarian Affairs', kind: 'international', country: null, aliases: ['OCHA', 'United Nations Office for the Coordination of Humanitarian Affairs'] },
  { name: 'Organisation for Economic Co-operation and Development', kind: 'international', country: null, aliases: ['OECD', 'Organization for Economic Cooperation and Development'] },
  { name: 'European Free Trade Association', kind: 'international', country: null, aliases: ['EFTA'] },
  { name: 'International Organization for Migration', kind: 'international', country: null, aliases: ['IOM'] },
  { name: 'European Commission', kind: 'international', country: null, aliases: [] },
  { name: 'European Council', kind: 'international', country: null, aliases: [] },
  { name: 'European Parliament', kind: 'international', country: null, aliases: [] },
  { name: 'European External Action Service', kind: 'international', country: null, aliases: ['EEAS'] },
  { name: 'AU Commission', kind: 'international', country: null, aliases: ['African Union Commission'] },
  { name: 'International Court of Justice', kind: 'international', country: null, aliases: ['ICJ'] },
  { name: 'International Criminal Court', kind: 'international', country: null, aliases: ['ICC'] },
  { name: 'ECOWAS', kind: 'international', country: null, aliases: ['Economic Community of West African States'] },
  { name: 'Southern African Development Community', kind: 'international', country: null, aliases: ['SADC'] },
  { name: 'Commonwealth', kind: 'international', country: null, aliases: ['Commonwealth of Nations'] },
  { name: 'G7', kind: 'international', country: null, aliases: ['Group of Seven'] },
  { name: 'G20', kind: 'international', country: null, aliases: ['Group of 20', 'Group of Twenty'] },
  { name: 'Organization of American States', kind: 'international', country: null, aliases: ['OAS'] },
  { name: 'Mercosur', kind: 'international', country: null, aliases: ['MERCOSUR'] },
  { name: 'International Solar Alliance', kind: 'international', country: null, aliases: ['ISA'] },
  { name: 'Caribbean Community', kind: 'international', country: null, aliases: ['CARICOM', 'Caricom'] },
  { name: 'Commonwealth of Independent States', kind: 'international', country: null, aliases: ['CIS'] },
  { name: 'Organization of Turkic States', kind: 'international', country: null, aliases: ['Organisation of Turkic States', 'OTS'] },
  { name: 'South Asian Association for Regional Cooperation', kind: 'international', country: null, aliases: ['SAARC'] },
  { name: 'BIMSTEC', kind: 'international', country: null, aliases: ['Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation'] },
  { name: 'Mano River Union', kind: 'international', country: null, aliases: ['MRU'] },
  { name: 'Pacific Islands Forum', kind: 'international', country: null, aliases: ['PIF'] },
  { name: 'East African Community', kind: 'international', country: null, aliases: ['EAC'] },
  { name: 'Intergovernmental Authority on Development', kind: 'international', country: null, aliases: ['IGAD'] },
  { name: 'Eurasian Economic Union', kind: 'international', country: null, aliases: ['EAEU', 'EEU'] },
  { name: 'Asia-Pacific Economic Cooperation', kind: 'international', country: null, aliases: ['APEC'] },
  { name: 'Community of Latin American and Caribbean States', kind: 'international', country: null, aliases: ['CELAC'] },
  { name: 'Council of Europe', kind: 'international', country: null, aliases: [] },
  { name: 'Economic Cooperation Organization', kind: 'international', country: null, aliases: ['ECO'] },
  { name: 'Conference on Interaction and Confidence-Building Measures in Asia', kind: 'international', country: null, aliases: ['CICA'] },
  { name: 'Visegrad Group', kind: 'international', country: null, aliases: ['V4', 'Visegrad Four'] },
  { name: 'UN Human Rights Council', kind: 'international', country: null, aliases: ['Human Rights Council', 'UNHRC'] },
  { name: 'UN human rights office', kind: 'international', country: null, aliases: ['U.N. human rights office', 'OHCHR', 'Office of the High Commissioner for Human Rights'] },
  { name: 'World Trade Organization', kind: 'international', country: null, aliases: ['WTO'] },
  { name: 'Interpol', kind: 'international', country: null, aliases: ['INTERPOL'] },
  { name: 'Nordic-Baltic Eight', kind: 'international', country: null, aliases: ['NB8', 'Nordic-Baltic 8'] },
  { name: 'Economic Community of Central African States', kind: 'international', country: null, aliases: ['ECCAS'] },
  { name: 'Central African Economic and Monetary Community', kind: 'international', country: null, aliases: ['CEMAC'] },
  { name: 'Weimar Triangle', kind: 'international', country: null, aliases: [] },
  { name: 'Lublin Triangle', kind: 'international', country: null, aliases: [] },
  { name: 'Visegrad Group', kind: 'international', country: null, aliases: ['Visegrád Group', 'V4'] },
  { name: 'Bucharest Nine', kind: 'international', country: null, aliases: ['B9'] },
  { name: 'Normandy Format', kind: 'international', country: null, aliases: ['Normandy Four'] },
  { name: 'Alliance of Sahel States', kind: 'international', country: null, aliases: ['AES', 'Confederation of Sahel States'] },
  { name: 'Organisation for the Prohibition of Chemical Weapons', kind: 'international', country: null, aliases: ['OPCW', 'Organization for the Prohibition of Chemical Weapons'] },
  { name: 'Quad', kind: 'international', country: null, aliases: ['Quadrilateral Security Dialogue'] },
  { name: 'Rapid Support Forces', kind: 'armed_group', country: null, aliases: ['RSF'] },
  { name: 'M23', kind: 'armed_group', country: null, aliases: ['M23 rebels'] },
];

/** National ministries known by a name of their own ("the State Department", "Itamaraty"). */
export const NAMED_MINISTRIES: Readonly<Record<string, { country: string; portfolio: string }>> = {
  'State Department': { country: 'US', portfolio: 'foreign' },
  'Department of State': { country: 'US', portfolio: 'foreign' },
  Pentagon: { country: 'US', portfolio: 'defence' },
  Itamaraty: { country: 'BR', portfolio: 'foreign' },
  "Quai d'Orsay": { country: 'FR', portfolio: 'foreign' },
  FCDO: { country: 'GB', portfolio: 'foreign' },
  'Foreign, Commonwealth and Development Office': { country: 'GB', portfolio: 'foreign' },
  'Foggy Bottom': { country: 'US', portfolio: 'foreign' },
  'Department of Foreign Affairs and Trade': { country: 'AU', portfolio: 'foreign' },
  DFAT: { country: 'AU', portfolio: 'foreign' },
  'Global Affairs Canada': { country: 'CA', portfolio: 'foreign' },
  'Wisma Putra': { country: 'MY', portfolio: 'foreign' },
  Farnesina: { country: 'IT', portfolio: 'foreign' },
  'Federal Foreign Office': { country: 'DE', portfolio: 'foreign' },
  'Auswärtiges Amt': { country: 'DE', portfolio: 'foreign' },
  'South Block': { country: 'IN', portfolio: 'foreign' },
  'Smolenskaya Square': { country: 'RU', portfolio: 'foreign' },
  'Gaimusho': { country: 'JP', portfolio: 'foreign' },
  // ministries known by their buildings' streets ("Torre Tagle announced …", "Pejambon said …")
  'Torre Tagle': { country: 'PE', portfolio: 'foreign' },
  Pejambon: { country: 'ID', portfolio: 'foreign' },
};

/**
 * Names under which Afghanistan's de facto rulers appear; they are one government, served by its
 * ministers. "Taliban" alone also covers the movement before it took power.
 */
export const DE_FACTO_GOVERNMENTS: Readonly<Record<string, string>> = {
  Taliban: 'AF', 'Islamic Emirate': 'AF', 'Islamic Emirate of Afghanistan': 'AF', IEA: 'AF',
};

/** News organisations: they report, they are not actors; "told TASS" marks an interview. */
export const MEDIA_OUTLETS = new Set([
  'TASS', 'RIA', 'RIA Novosti', 'Interfax', 'Sputnik', 'RT', 'RTVI', 'IRNA', 'ISNA', 'Tasnim', 'Fars',
  'Mehr', 'Press TV', 'TOLOnews', 'Tolo', 'Tolo News', 'Ariana', 'Ariana News', 'Pajhwok', 'Bakhtar', 'Amu',
  'Amu TV', 'KabulNow', 'Khaama', 'Khaama Press', 'Xinhua', 'CGTN', 'Global Times', 'APP', 'Dawn', 'Geo',
  'Geo News', 'ARY', 'Samaa', 'Reuters', 'AFP', 'AP', 'Associated Press', 'Bloomberg', 'BBC', 'CNN',
  'Al Jazeera', 'Anadolu', 'Anadolu Agency', 'Kyodo', 'Yonhap', 'PTI', 'ANI', 'WION', 'NDTV', 'Kazinform',
  'Trend', 'Khovar', 'UzA', 'Dunya', 'Kun.uz', 'AKIpress', 'nCa', 'Asia-Plus', 'Afghan Voice Agency',
  'AVA', 'India Today', 'The Hindu', 'Tehran Times', 'Nation', 'Express Tribune', 'Fox News', 'CBS', 'NBC',
  'Yonhap News Agency', 'Kyodo News', 'Xinhua News Agency', 'Ahram Online', 'Al-Ahram', 'MENA', 'EFE', 'Agencia EFE',
  'Bernama', 'Antara', 'Al Arabiya', 'Euronews', 'Deutsche Welle', 'DW', 'France 24', 'Ukrinform', 'Interfax-Ukraine',
  'Sky News', 'NHK', 'KCNA', 'SPA', 'WAM', 'QNA', 'Agence France-Presse', 'Reuters News', 'Politico', 'Axios',
  'Nikkei', 'Asahi', 'The Guardian', 'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times',
  'Le Monde', 'Der Spiegel', 'Folha', 'O Globo', 'Clarín', 'El País', 'SABC', 'News24', 'Daily Monitor', 'Punch',
  // national news agencies and papers officials give remarks to
  'KUNA', 'Kuwait News Agency', 'BNA', 'ONA', 'Oman News Agency', 'Petra', 'SANA', 'APS', 'Algérie Presse Service', 'MAP',
  'Maghreb Arabe Presse', 'GNA', 'Ghana News Agency', 'NAN', 'News Agency of Nigeria', 'Kabar', 'Armenpress', 'ARMENPRESS',
  'Azertag', 'APA', 'PNA', 'Philippine News Agency', 'VNA', 'Vietnam News Agency', 'Prensa Latina', 'Granma', 'Telesur',
  'Andina', 'Agência Brasil', 'Focus Taiwan', 'Central News Agency', 'Times of Israel', 'Haaretz', 'Jerusalem Post',
  'Arab News', 'Gulf News', 'Khaleej Times', 'RFE/RL', 'Radio Free Europe', 'Radio Liberty', 'Korea Herald', 'Korea Times',
  'JoongAng Ilbo', 'Japan Times', 'Mainichi', 'Yomiuri', 'Frankfurter Allgemeine Zeitung', 'Süddeutsche Zeitung', 'Die Welt',
  'Rzeczpospolita', 'Daily Graphic', 'Premium Times', 'Vanguard', 'Channels TV', 'Garowe Online', 'Hiiraan Online',
  'Saudi Press Agency', 'Emirates News Agency', 'Qatar News Agency', 'Bahrain News Agency', 'Radio Pakistan', 'Tasnim News Agency', 'Mehr News Agency', 'Fars News Agency', 'Kyiv Independent', 'Interfax-Kazakhstan',
]);

/**
 * National outlets and the country they report from: in a Kenyan paper "President Ruto" is Kenya's.
 * Wire services and outlets read worldwide (Reuters, AFP, Al Jazeera, Politico) have no home here.
 */
export const PUBLISHER_COUNTRIES: Readonly<Record<string, string>> = {
  'Daily Nation': 'KE', 'Nation Africa': 'KE', 'The Standard': 'KE', 'The Star Kenya': 'KE', 'The EastAfrican': 'KE', KBC: 'KE',
  Dawn: 'PK', 'Express Tribune': 'PK', 'Geo News': 'PK', APP: 'PK', 'The News International': 'PK', 'Business Recorder': 'PK',
  'The Hindu': 'IN', 'Times of India': 'IN', 'Hindustan Times': 'IN', 'Indian Express': 'IN', PTI: 'IN', ANI: 'IN', NDTV: 'IN', 'India Today': 'IN', WION: 'IN',
  Yonhap: 'KR', 'Korea Herald': 'KR', 'Korea Times': 'KR', 'JoongAng': 'KR', Kyodo: 'JP', NHK: 'JP', 'Japan Times': 'JP', Nikkei: 'JP', Asahi: 'JP',
  Xinhua: 'CN', CGTN: 'CN', 'Global Times': 'CN', 'China Daily': 'CN', TASS: 'RU', RIA: 'RU', Interfax: 'RU', 'Moscow Times': 'RU',
  Anadolu: 'TR', 'Daily Sabah': 'TR', 'Hurriyet': 'TR', Kazinform: 'KZ', 'Astana Times': 'KZ', Trend: 'AZ', Azertag: 'AZ', 'Report.az': 'AZ',
  Khovar: 'TJ', 'Asia-Plus': 'TJ', UzA: 'UZ', 'Kun.uz': 'UZ', AKIpress: 'KG', Kabar: 'KG', Armenpress: 'AM',
  RNZ: 'NZ', 'Radio New Zealand': 'NZ', 'New Zealand Herald': 'NZ', Stuff: 'NZ', 'Sydney Morning Herald': 'AU', 'The Australian': 'AU', 'ABC News (Australia)': 'AU', 'Australian Broadcasting': 'AU',
  'Fiji Times': 'FJ', 'Fiji Village': 'FJ', 'Post-Courier': 'PG', 'Samoa Observer': 'WS',
  Bernama: 'MY', 'The Star (Malaysia)': 'MY', 'New Straits Times': 'MY', 'Malay Mail': 'MY', Antara: 'ID', 'Jakarta Post': 'ID', 'Jakarta Globe': 'ID',
  'Straits Times': 'SG', 'Channel NewsAsia': 'SG', CNA: 'SG', 'Bangkok Post': 'TH', 'The Nation Thailand': 'TH', 'Khmer Times': 'KH', 'VnExpress': 'VN', 'Vietnam News': 'VN',
  'Philippine Daily Inquirer': 'PH', Inquirer: 'PH', 'Philippine Star': 'PH', Rappler: 'PH',
  'Premium Times': 'NG', Punch: 'NG', 'Vanguard': 'NG', 'The Guardian Nigeria': 'NG', 'Channels Television': 'NG', 'Daily Trust': 'NG',
  'Daily Graphic': 'GH', 'GhanaWeb': 'GH', 'Citi Newsroom': 'GH', 'Daily Monitor': 'UG', 'New Vision': 'UG', 'The Citizen Tanzania': 'TZ', 'Daily News Tanzania': 'TZ',
  SABC: 'ZA', News24: 'ZA', 'Mail & Guardian': 'ZA', 'Daily Maverick': 'ZA', 'The Herald Zimbabwe': 'ZW', 'Addis Standard': 'ET', ENA: 'ET', 'Hiiraan': 'SO',
  'Morocco World News': 'MA', Hespress: 'MA', MAP: 'MA', APS: 'DZ', 'Ahram Online': 'EG', 'Al-Ahram': 'EG', 'Egypt Independent': 'EG', MENA: 'EG', TAP: 'TN',
  'Arab News': 'SA', 'Saudi Gazette': 'SA', SPA: 'SA', WAM: 'AE', 'The National': 'AE', 'Gulf News': 'AE', 'Khaleej Times': 'AE', QNA: 'QA', 'The Peninsula': 'QA',
  'Times of Oman': 'OM', 'Kuwait Times': 'KW', KUNA: 'KW', 'Jordan Times': 'JO', Petra: 'JO', 'Times of Israel': 'IL', Haaretz: 'IL', 'Jerusalem Post': 'IL',
  IRNA: 'IR', 'Tehran Times': 'IR', Tasnim: 'IR', 'Press TV': 'IR', 'Rudaw': 'IQ', 'Shafaq': 'IQ', SANA: 'SY', 'L’Orient Today': 'LB', "L'Orient Today": 'LB',
  TOLOnews: 'AF', 'Khaama Press': 'AF', Pajhwok: 'AF', 'Ariana News': 'AF', 'Daily Star Bangladesh': 'BD', 'The Daily Star': 'BD', 'Dhaka Tribune': 'BD', 'Daily Mirror Sri Lanka': 'LK', 'Kathmandu Post': 'NP',
  Ukrinform: 'UA', 'Kyiv Independent': 'UA', 'Kyiv Post': 'UA', 'Ukrainska Pravda': 'UA', 'Interfax-Ukraine': 'UA', 'Notes from Poland': 'PL', PAP: 'PL', LRT: 'LT', ERR: 'EE', LSM: 'LV',
  'Buenos Aires Times': 'AR', Clarín: 'AR', 'La Nación': 'AR', 'Agência Brasil': 'BR', Folha: 'BR', 'O Globo': 'BR', 'Mexico News Daily': 'MX', 'El Universal': 'MX', 'El Tiempo': 'CO', 'Andina': 'PE',
  'Jamaica Gleaner': 'JM', 'Trinidad Express': 'TT', 'Kuensel': 'BT',
  'Ghana News Agency': 'GH', GNA: 'GH', 'Algérie Presse Service': 'DZ', 'Prensa Latina': 'CU', Granma: 'CU', 'Kuwait News Agency': 'KW',
  'Focus Taiwan': 'TW', 'Central News Agency': 'TW', 'Taipei Times': 'TW', 'Philippine News Agency': 'PH', PNA: 'PH',
  'The New Times': 'RW', 'KT Press': 'RW', 'Zambia Daily Mail': 'ZM', 'Times of Zambia': 'ZM', 'Solomon Star': 'SB', 'Solomon Times': 'SB',
  'Vanuatu Daily Post': 'VU', 'Matangi Tonga': 'TO', 'The National (PNG)': 'PG', 'Nation News': 'BB', 'Stabroek News': 'GY',
  Kathimerini: 'GR', 'Greek Reporter': 'GR', RTÉ: 'IE', RTE: 'IE', swissinfo: 'CH', 'SWI ': 'CH', Keystone: 'CH', Montsame: 'MN',
  'The Island': 'LK', 'Daily FT': 'LK', 'Ada Derana': 'LK', 'Sunday Times Sri Lanka': 'LK', 'Manila Times': 'PH', 'GMA News': 'PH', Philstar: 'PH',
  'Tuoi Tre': 'VN', 'Nhan Dan': 'VN', 'Phnom Penh Post': 'KH', Irrawaddy: 'MM', 'Myanmar Now': 'MM', TRT: 'TR', 'Gazeta.uz': 'UZ', '24.kg': 'KG',
  'Turkmenistan Today': 'TM', Azernews: 'AZ', APA: 'AZ', 'Civil.ge': 'GE', 'Agenda.ge': 'GE', Interpressnews: 'GE', BelTA: 'BY', 'Sudan Tribune': 'SD',
  'Radio Tamazuj': 'SS', 'Eye Radio': 'SS', 'Garowe Online': 'SO', 'The Reporter Ethiopia': 'ET', 'Capital FM Kenya': 'KE', ThisDay: 'NG',
  'Libya Herald': 'LY', 'Libya Observer': 'LY', 'Malta Today': 'MT', 'Cyprus Mail': 'CY', 'Daily News Egypt': 'EG', 'Times of Malta': 'MT',
  // more national outlets of Africa, Asia, the Pacific, the Americas and Europe
  'Nyasa Times': 'MW', Malawi24: 'MW', 'Citizen Digital': 'KE', Fana: 'ET', Walta: 'ET', BTA: 'BG', Novinite: 'BG', 'Sofia Globe': 'BG',
  'TVP World': 'PL', 'News.az': 'AZ', 'Himalayan Times': 'NP', Republica: 'NP', 'Rising Nepal': 'NP', 'Agence de Presse Sénégalaise': 'SN',
  ZBC: 'ZW', 'NewsDay Zimbabwe': 'ZW', Mmegi: 'BW', 'Lesotho Times': 'LS', 'Club of Mozambique': 'MZ', ANGOP: 'AO', Shabait: 'ER',
  'Gulf Times': 'QA', 'Roya News': 'JO', Kurdistan24: 'IQ', 'Mehr News': 'IR', 'The Print': 'IN', BSS: 'BD', 'Prothom Alo': 'BD', 'Edition.mv': 'MV',
  'PSM News': 'MV', 'Sun Online': 'MV', Newsfirst: 'LK', Mainichi: 'JP', 'Japan Today': 'JP', RTHK: 'HK', 'South China Morning Post': 'HK',
  'Macau Daily Times': 'MO', 'Lao News Agency': 'LA', KPL: 'LA', Tatoli: 'TL', 'Borneo Bulletin': 'BN', Malaysiakini: 'MY', 'Thai PBS': 'TH',
  Khaosod: 'TH', 'Eleven Myanmar': 'MM', 'Global New Light of Myanmar': 'MM', 'Kaniva Tonga': 'TO', 'Loop PNG': 'PG', 'FBC News': 'FJ',
  'Island Sun': 'SB', 'Cook Islands News': 'CK', 'Guyana Chronicle': 'GY', 'Kaieteur News': 'GY', 'St Lucia Times': 'LC', 'Nassau Guardian': 'BS',
  'Trinidad Guardian': 'TT', Telesur: 'VE', 'Página/12': 'AR', 'El Espectador': 'CO', 'La Jornada': 'MX', Excélsior: 'MX', Milenio: 'MX', CBC: 'CA',
  'Globe and Mail': 'CA', 'Georgia Today': 'GE', MTI: 'HU', Agerpres: 'RO', HINA: 'HR', Tanjug: 'RS', TASR: 'SK', 'ČTK': 'CZ', CTK: 'CZ', NRK: 'NO',
  'Irish Independent': 'IE', BBC: 'GB', 'Sky News': 'GB', 'The Scotsman': 'GB', 'Le Monde': 'FR', 'France 24': 'FR', 'Der Spiegel': 'DE', ANSA: 'IT',
  'Página Siete': 'BO', 'El Deber': 'BO', 'Los Tiempos': 'BO', 'El Observador': 'UY', Infobae: 'AR', 'Diario Libre': 'DO',
  'Listín Diario': 'DO', 'Folha de S.Paulo': 'BR', 'Estadão': 'BR', 'El País': 'ES', 'El Mundo': 'ES',
  'Il Post': 'IT', 'Corriere della Sera': 'IT', 'La Repubblica': 'IT', 'Le Soir': 'BE', 'De Standaard': 'BE', 'De Morgen': 'BE', 'Le Devoir': 'CA',
  'Charter 97': 'BY', 'Fraternité Matin': 'CI', 'Midi Madagasikara': 'MG', IGIHE: 'RW', 'The Scoop': 'BN', 'Today Online': 'SG',
  'Agenzia Nova': 'IT', Lusa: 'PT', Belga: 'BE', DutchNews: 'NL', 'NL Times': 'NL', 'Keystone-SDA': 'CH', 'Malta Independent': 'MT',
  'In-Cyprus': 'CY', 'Dunya News': 'PK', 'ARY News': 'PK', Samaa: 'PK', 'Hasht-e Subh': 'AF', 'Amu TV': 'AF', 'Tolo News': 'AF', 'News.am': 'AM',
  Naharnet: 'LB', LBCI: 'LB', 'An-Nahar': 'LB', 'Al Mayadeen': 'LB', Ynet: 'IL', i24NEWS: 'IL', Vijesti: 'ME', 'NZ Herald': 'NZ', FrontPageAfrica: 'LR',
  Myjoyonline: 'GH', JoyNews: 'GH', Jiji: 'JP', 'Radio Dabanga': 'SD', Yle: 'FI', 'SBS News': 'AU', Foroyaa: 'GM', "L'Express Maurice": 'MU',
  'Le Matinal': 'BJ', Hromadske: 'UA', 'Brno Daily': 'CZ', Aftenposten: 'NO', NilePost: 'UG', 'Nile Post': 'UG', Kompas: 'ID', Tempo: 'ID',
};

/** Heads of bodies' names in French, Spanish and Portuguese ("Front de Libération …", "Partido de …"). */
export const FOREIGN_BODY_HEADS = /^(?:Front|Frente|Parti|Partido|Union|Unión|União|Mouvement|Movimiento|Movimento|Rassemblement|Conseil|Consejo|Conselho|Comité|Alliance|Alianza|Congrès|Congreso|Fédération|Federación|Assemblée|Asamblea|Ministère|Ministerio|Ministério|Secretaría|Secretaria)$/;

/** Capitalised words heading an organisation's name ("High Council for ...", "Supreme Court"). */
export const ORG_HEADS = new Set([
  'ministry', 'office', 'council', 'committee', 'court', 'commission', 'mission', 'organisation',
  'organization', 'union', 'bank', 'fund', 'assembly', 'parliament', 'party', 'front', 'army', 'corps',
  'service', 'bureau', 'department', 'authority', 'agency', 'directorate', 'secretariat', 'embassy',
  'consulate', 'senate', 'cabinet', 'government', 'administration', 'police', 'guard', 'forces', 'group',
  'movement', 'alliance', 'league', 'institute', 'foundation', 'centre', 'center', 'company',
  'corporation', 'federation', 'coalition', 'network', 'jirga', 'shura', 'majlis', 'diwan', 'duma', 'nations',
  'division', 'chancellery', 'chancery', 'congress', 'caucus', 'khural', 'command',
]);

/** Capitalised words of events and facilities, which are neither people nor actors. */
export const NON_ACTOR_NAMES = new Set([
  'forum', 'format', 'conference', 'summit', 'dialogue', 'process', 'palace', 'castle', 'mansion', 'fortress', 'base', 'airport', 'airbase', 'port',
  'corridor', 'pipeline', 'line', 'agreement', 'accord', 'deal', 'treaty', 'initiative', 'project',
  'road', 'highway', 'railway', 'bridge', 'river', 'valley', 'province', 'district', 'city', 'region',
  'street', 'square', 'hotel', 'house', 'hall', 'centre', 'stadium', 'university', 'mosque', 'channel',
  'show', 'festival', 'expo', 'exhibition', 'games', 'week', 'belt', 'zone', 'church', 'journey', 'desk', 'archipelago', 'territories',
]);

/** Names of the standing mechanisms two or three states meet in ("the Bangladesh-Nepal Joint Commission", "the EU-Egypt Association Council"). */
export const BILATERAL_MECHANISM = /\b(?:Joint|Bi-?[Nn]ational|Intergovernmental|Inter-Governmental|High-Level|Association)\b[^,;]*\b(?:Commission|Committee|Council|Cabinet)\b/;

/** Words a ministry's portfolio is written with ("Ministry of Foreign Affairs and International Cooperation"). */
export const PORTFOLIO_WORDS = new Set([
  'foreign', 'external', 'affairs', 'international', 'cooperation', 'co-operation', 'relations', 'trade', 'commerce',
  'industry', 'investment', 'economy', 'economic', 'finance', 'treasury', 'planning', 'development', 'defence', 'defense',
  'interior', 'home', 'security', 'public', 'justice', 'health', 'education', 'culture', 'tourism', 'information',
  'communications', 'agriculture', 'food', 'fisheries', 'livestock', 'energy', 'mines', 'petroleum', 'oil', 'gas', 'water',
  'environment', 'climate', 'transport', 'railways', 'labour', 'labor', 'employment', 'social', 'welfare', 'youth',
  'sports', 'women', 'religious', 'worship', 'immigration', 'citizenship', 'emigrants', 'expatriates', 'diaspora',
  'overseas', 'nationals', 'abroad', 'european', 'regional', 'integration', 'national', 'science', 'technology',
  'digital', 'infrastructure', 'housing', 'works', 'lands', 'natural', 'resources', 'state', 'federal', 'local',
  'government', 'mineral', 'maritime', 'marine', 'ocean', 'oceans', 'family', 'children', 'gender', 'humanitarian',
  'power', 'electricity', 'aviation', 'ports', 'shipping', 'telecommunications', 'budget', 'irrigation', 'forestry', 'mining',
  'industries', 'services', 'sport', 'affair', 'communication', 'routes', 'logistics', 'cooperatives', 'veterans',
  'human', 'mobility', 'rights', 'solidarity', 'transition', 'sustainable', 'sanitation', 'heritage', 'innovation', 'commonwealth',
  'hydrocarbons', 'wealth', 'geology', 'minerals', 'peoples', 'environmental', 'sustainability',
  'enlargement',
]);

/** Ministry portfolios and the words that name them, for keying "Foreign Ministry" = "Ministry of Foreign Affairs". */
export const PORTFOLIOS: ReadonlyArray<[RegExp, string]> = [
  [/\b(foreign|external|mo?fa)\b/i, 'foreign'],
  [/\bjustice\b/i, 'justice'],
  [/\b(defen[cs]e|war)\b/i, 'defence'],
  [/\binterior|home\b/i, 'interior'],
  [/\bfinance|treasury\b/i, 'finance'],
  [/\b(trade|commerce|industry)\b/i, 'commerce'],
  [/\b(petroleum|mines|energy|oil)\b/i, 'energy'],
  [/\b(railways?|transport)\b/i, 'transport'],
];

/** Where international bodies sit: their officers met there are at home, not on a trip. */
export const BODY_SEATS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:African Union|AU|AUC)\b/, 'Addis Ababa'],
  [/\bECOWAS\b|\bEconomic Community of West African States\b/, 'Abuja'],
  [/\bASEAN\b|\bAsean\b|\bAssociation of Southeast Asian Nations\b/, 'Jakarta'],
  [/\b(?:United Nations|UN)\s+Secretary[- ]General\b|\bSecretary[- ]General of the United Nations\b|\bUN\s+(?:spokes(?:person|man|woman))\b/, 'New York'],
  [/\b(?:European Commission|European Council|EU|European Union)\b/, 'Brussels'],
  [/\bNATO\b/, 'Brussels'],
  [/\bArab League\b|\bLeague of Arab States\b/, 'Cairo'],
  [/\bIGAD\b|\bIntergovernmental Authority on Development\b/, 'Djibouti'],
  [/\bOAS\b|\bOrganization of American States\b/, 'Washington'],
  [/\bSADC\b/, 'Gaborone'],
  [/\bEast African Community\b|\bEAC\b/, 'Arusha'],
  [/\bCARICOM\b/, 'Georgetown'],
  [/\bPacific Islands Forum\b/, 'Suva'],
  [/\bGulf Cooperation Council\b|\bGCC\b/, 'Riyadh'],
  [/\bOrganisation of Islamic Cooperation\b|\bOrganization of Islamic Cooperation\b|\bOIC\b/, 'Jeddah'],
  [/\bOSCE\b|\bIAEA\b|\bInternational Atomic Energy Agency\b/, 'Vienna'],
];
