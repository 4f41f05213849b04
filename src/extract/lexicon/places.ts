/** Adjectives of nationality that `world-countries` lacks or spells otherwise (it has "Uzbekistani"). */
export const EXTRA_DEMONYMS: Readonly<Record<string, string>> = {
  Uzbek: 'UZ', Kazakh: 'KZ', Tajik: 'TJ', Kyrgyz: 'KG', Turkmen: 'TM', Afghan: 'AF', Emirati: 'AE',
  Saudi: 'SA', American: 'US', British: 'GB', Chinese: 'CN', Russian: 'RU', Pakistani: 'PK', Iranian: 'IR',
  Indian: 'IN', Qatari: 'QA', Turkish: 'TR', Azerbaijani: 'AZ', Azeri: 'AZ', Belarusian: 'BY',
  Ukrainian: 'UA', Israeli: 'IL', Palestinian: 'PS', Syrian: 'SY', Iraqi: 'IQ', Egyptian: 'EG',
  Omani: 'OM', Kuwaiti: 'KW', Bahraini: 'BH', Jordanian: 'JO', Lebanese: 'LB', Yemeni: 'YE',
  Bangladeshi: 'BD', 'Sri Lankan': 'LK', Nepali: 'NP', Nepalese: 'NP', Japanese: 'JP', Korean: 'KR',
  'South Korean': 'KR', 'North Korean': 'KP', German: 'DE', French: 'FR', Italian: 'IT', Spanish: 'ES',
  Dutch: 'NL', Swiss: 'CH', Norwegian: 'NO', Swedish: 'SE', Polish: 'PL', Canadian: 'CA', Lao: 'LA', Laotian: 'LA',
  Vietnamese: 'VN', Thai: 'TH', Cambodian: 'KH', Burmese: 'MM', Filipino: 'PH', Philippine: 'PH', Malaysian: 'MY', Indonesian: 'ID',
  Serb: 'RS', Argentinian: 'AR', Bajan: 'BB', Botswanan: 'BW', 'Cape Verdean': 'CV', 'Ni-Vanuatu': 'VU', Vanuatuan: 'VU',
  Congolese: 'CD', Ivorian: 'CI', Emirian: 'AE', Kosovar: 'XK', Kosovan: 'XK', Bosnian: 'BA', Argentine: 'AR',
  Brazilian: 'BR', Mexican: 'MX', Colombian: 'CO', Venezuelan: 'VE', Chilean: 'CL', Peruvian: 'PE', Cuban: 'CU',
  // the package gives "Dominican" to Dominica first; news means the Dominican Republic
  Dominican: 'DO', Haitian: 'HT', Guyanese: 'GY', Jamaican: 'JM', Maldivian: 'MV', Timorese: 'TL', Djiboutian: 'DJ',
  Ecuadorian: 'EC', Surinamese: 'SR', 'North Macedonian': 'MK', Slovenian: 'SI', Icelandic: 'IS', Basotho: 'LS',
  'Bissau-Guinean': 'GW', Comorian: 'KM', Equatoguinean: 'GQ', 'Equatorial Guinean': 'GQ', Santomean: 'ST', 'Cabo Verdean': 'CV',
  Vincentian: 'VC', Kittitian: 'KN', Antiguan: 'AG', 'St Lucian': 'LC', 'Saint Lucian': 'LC', 'Solomon Islander': 'SB',
  'Papua New Guinean': 'PG',
  // the formal adjective of a state ("the Hellenic Ministry of Foreign Affairs")
  Hellenic: 'GR',
};

/** Adjectives of nationality two states share: the one the story is told from, when it is one of them ("Congolese" in Brazzaville). */
export const SHARED_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  Congolese: ['CD', 'CG'], Dominican: ['DO', 'DM'],
};

/** Country names used in news that are not among the package's spellings. */
export const EXTRA_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  'U.S.': 'US', US: 'US', USA: 'US', 'U.S.A.': 'US', 'United States': 'US', 'U.K.': 'GB', UK: 'GB',
  Britain: 'GB', UAE: 'AE', 'Islamic Republic of Iran': 'IR', 'Russian Federation': 'RU',
  // the package now calls it Türkiye; most English news still writes Turkey
  Turkey: 'TR', 'Holy See': 'VA',
  // acronyms English news writes for states (the package keeps none of three letters)
  DRC: 'CD', 'DR Congo': 'CD', DPRK: 'KP', ROK: 'KR', PRC: 'CN', KSA: 'SA', PNG: 'PG', BiH: 'BA',
  // a state of two names written by one ("arrived in Antigua", "Trinidad's foreign minister")
  // (and "St" for "Saint")
  Antigua: 'AG', Barbuda: 'AG', Trinidad: 'TT', Tobago: 'TT', Bosnia: 'BA', 'Saint Kitts': 'KN', 'St Kitts': 'KN', Nevis: 'KN',
  'Saint Vincent': 'VC', 'St Vincent': 'VC', 'St Lucia': 'LC',
  // the two Congos by their capitals
  'Congo-Brazzaville': 'CG', 'Congo Brazzaville': 'CG', 'Congo-Kinshasa': 'CD', 'Congo Kinshasa': 'CD',
  // names states use for themselves that the package lacks
  'Cabo Verde': 'CV', 'The Gambia': 'GM', 'Lao PDR': 'LA',
  // (Seoul's own short name: "ambassadors to Korea"; the North is always named as such)
  Korea: 'KR',
};

/** Buildings and streets that stand for a government ("the Kremlin said"). */
export const GOVERNMENT_SEATS: Readonly<Record<string, string>> = {
  Kremlin: 'RU', 'White House': 'US', 'Downing Street': 'GB', 'Elysee': 'FR', 'Élysée': 'FR',
  Zhongnanhai: 'CN', 'Blue House': 'KR', 'Cheong Wa Dae': 'KR', Akorda: 'KZ', 'Ak Orda': 'KZ', 'Aso Rock': 'NG', 'Aso Villa': 'NG',
  'Casa Rosada': 'AR', Planalto: 'BR', 'Palacio de Planalto': 'BR', Moncloa: 'ES', 'Palazzo Chigi': 'IT', Quirinale: 'IT',
  Kantei: 'JP', Bankova: 'UA', Miraflores: 'VE', 'Rashtrapati Bhavan': 'IN', 'Malacanang': 'PH', 'Malacañang': 'PH',
  'Ark Saray': 'TJ', 'Ak Saray': 'TR', Beştepe: 'TR', 'Bellevue Palace': 'DE', 'Istana': 'SG', 'Istana Nurul Iman': 'BN', 'Perdana Putra': 'MY',
  'Jubilee House': 'GH', 'Union Buildings': 'ZA', 'Villa Somalia': 'SO', 'Quirinale Palace': 'IT', 'Palacio Nacional': 'MX',
  'Palacio de la Moneda': 'CL', 'La Moneda': 'CL', 'Palacio de Nariño': 'CO', 'Casa de Nariño': 'CO', 'Palacio Quemado': 'BO',
  'Hyderabad House': 'IN', 'Prime Minister\'s House': 'PK', 'Aiwan-e-Sadr': 'PK', 'Bangabhaban': 'BD', 'Ganabhaban': 'BD',
  'Merdeka Palace': 'ID', 'Istana Merdeka': 'ID', 'Yongsan': 'KR', 'Great Hall of the People': 'CN',
  'Koshk Palace': 'IQ', 'Carthage Palace': 'TN', 'El Mouradia': 'DZ', 'Ittihadiya Palace': 'EG', 'Al-Ittihadiya': 'EG',
  'Baabda Palace': 'LB', 'Al-Yamamah Palace': 'SA', 'Dolmabahçe': 'TR', 'Mariyinsky Palace': 'UA',
};
/** Seats standing outside their state's capital. */
export const SEAT_CITIES: Readonly<Record<string, string>> = {
  'Perdana Putra': 'Putrajaya', Dolmabahçe: 'Istanbul',
};

/** Provinces and regions: places, never people, never capitals. */
export const REGIONS: Readonly<Record<string, string>> = {
  Balochistan: 'PK', 'Khyber Pakhtunkhwa': 'PK', Punjab: 'PK', Sindh: 'PK', 'Gilgit-Baltistan': 'PK',
  Kashmir: 'IN', 'Sistan-Baluchestan': 'IR', 'Sistan and Baluchestan': 'IR', Khorasan: 'IR',
  Badakhshan: 'AF', Kunar: 'AF', Balkh: 'AF', Nangarhar: 'AF', Helmand: 'AF', Panjshir: 'AF', Paktia: 'AF',
  Xinjiang: 'CN', Tibet: 'CN', Crimea: 'UA', Donbas: 'UA', Chechnya: 'RU', Siberia: 'RU', Tatarstan: 'RU',
  'Gorno-Badakhshan': 'TJ', 'Fergana Valley': 'UZ', 'West Bank': 'PS', 'Gaza Strip': 'PS', Donetsk: 'UA', Luhansk: 'UA',
  Kurdistan: 'IQ', Darfur: 'SD', Tigray: 'ET',
  'Northern Ireland': 'GB', Scotland: 'GB', Wales: 'GB', England: 'GB', Catalonia: 'ES', Quebec: 'CA', Zanzibar: 'TZ', Somaliland: 'SO', Puntland: 'SO',
};

/** World regions that news names and the country package's region lists lack ("Director General for the Middle East"). */
export const NEWS_REGIONS: readonly string[] = [
  'Middle East', 'South Asia', 'East Asia', 'Southeast Asia', 'South-East Asia', 'West Asia', 'Latin America',
  'Gulf', 'Persian Gulf', 'Horn of Africa', 'Sahel', 'Caucasus', 'South Caucasus', 'Balkans', 'Western Balkans',
  'Eurasia', 'Indo-Pacific', 'Asia-Pacific', 'Asia Pacific', 'West Africa', 'East Africa', 'North Africa',
  'Levant', 'Maghreb', 'Arctic', 'Scandinavia', 'Americas', 'Mediterranean',
];

/** Seats of government the news calls "the capital" where the constitutional capital is elsewhere ("the Bolivian capital" is La Paz, not Sucre). */
export const CAPITALS_IN_THE_NEWS: Readonly<Record<string, string>> = { BO: 'La Paz', SZ: 'Mbabane' };

/** Native spellings the country package lists that are English words or surnames ("Island" is Iceland's, "Mann" Man's). */
export const MISLEADING_ALT_SPELLINGS: ReadonlySet<string> = new Set(['Island', 'Mann', 'Mannin']);

/** Words that name where flights land, for telling a welcome on arrival from talks ("received at the airport by …"). */
export const AIRFIELD_WORDS = String.raw`airport|air ?base|air force base|airfield|airstrip|tarmac`;
