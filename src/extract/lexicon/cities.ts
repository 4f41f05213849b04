import worldCountries, { type Countries } from 'world-countries';

// The package's types describe an ES default export, but Node loads its CommonJS entry: the array itself.
const countries = worldCountries as unknown as Countries;

/**
 * Major cities that are not national capitals (capitals come from `world-countries`), plus common
 * English spellings of capitals that the package writes differently. City name → ISO 3166-1 alpha-2.
 */
export const MAJOR_CITIES: Readonly<Record<string, string>> = {
  // Afghanistan
  Herat: 'AF', Kandahar: 'AF', 'Mazar-i-Sharif': 'AF', 'Mazar-e-Sharif': 'AF', Jalalabad: 'AF',
  Kunduz: 'AF', Bamiyan: 'AF', Ghazni: 'AF', Khost: 'AF', 'Lashkar Gah': 'AF', Faizabad: 'AF',
  // Pakistan
  Karachi: 'PK', Lahore: 'PK', Peshawar: 'PK', Quetta: 'PK', Rawalpindi: 'PK', Gwadar: 'PK',
  Multan: 'PK', Faisalabad: 'PK', Torkham: 'PK', Chaman: 'PK',
  // India
  Delhi: 'IN', Mumbai: 'IN', Kolkata: 'IN', Chennai: 'IN', Bengaluru: 'IN', Bangalore: 'IN',
  Hyderabad: 'IN', Ahmedabad: 'IN', Goa: 'IN', Srinagar: 'IN', Amritsar: 'IN',
  // Iran
  Mashhad: 'IR', Isfahan: 'IR', Shiraz: 'IR', Tabriz: 'IR', Zahedan: 'IR', Chabahar: 'IR',
  'Bandar Abbas': 'IR', Qom: 'IR',
  // Russia
  'St. Petersburg': 'RU', 'St Petersburg': 'RU', 'Saint Petersburg': 'RU', Kazan: 'RU', Sochi: 'RU',
  Vladivostok: 'RU', Yekaterinburg: 'RU', Novosibirsk: 'RU', Ufa: 'RU', Kaliningrad: 'RU',
  // China
  Shanghai: 'CN', Guangzhou: 'CN', Shenzhen: 'CN', Urumqi: 'CN', "Xi'an": 'CN', Chengdu: 'CN',
  Tianjin: 'CN', Wuhan: 'CN', Hangzhou: 'CN', Xiamen: 'CN', Qingdao: 'CN', 'Hong Kong': 'HK',
  // Central Asia and the Caucasus
  Almaty: 'KZ', Samarkand: 'UZ', Bukhara: 'UZ', Termez: 'UZ', Khujand: 'TJ', Osh: 'KG',
  Turkmenbashi: 'TM', Batumi: 'GE', 'Nur-Sultan': 'KZ',
  // Middle East and the Gulf
  Dubai: 'AE', Sharjah: 'AE', Jeddah: 'SA', Mecca: 'SA', Medina: 'SA', Dammam: 'SA', Salalah: 'OM',
  Istanbul: 'TR', Izmir: 'TR', Antalya: 'TR', 'Tel Aviv': 'IL', Basra: 'IQ', Erbil: 'IQ',
  Aleppo: 'SY', Aden: 'YE', 'Sharm el-Sheikh': 'EG', Alexandria: 'EG', Gaza: 'PS',
  // Europe
  Prishtina: 'XK',
  Geneva: 'CH', Zurich: 'CH', Davos: 'CH', Lausanne: 'CH', Munich: 'DE', Frankfurt: 'DE',
  Hamburg: 'DE', Bonn: 'DE', Milan: 'IT', Barcelona: 'ES', Strasbourg: 'FR', 'The Hague': 'NL',
  Geneve: 'CH', Salzburg: 'AT', Krakow: 'PL', Edinburgh: 'GB', Manchester: 'GB',
  // Americas
  Washington: 'US', 'Washington, D.C.': 'US', 'New York': 'US', 'Los Angeles': 'US',
  'San Francisco': 'US', Chicago: 'US', 'Camp David': 'US', Toronto: 'CA', Montreal: 'CA',
  Vancouver: 'CA', 'Rio de Janeiro': 'BR', 'Sao Paulo': 'BR', Brasilia: 'BR',
  // Asia-Pacific
  Osaka: 'JP', Hiroshima: 'JP', Kyoto: 'JP', Busan: 'KR', 'Ho Chi Minh City': 'VN', HCMC: 'VN', Saigon: 'VN', Bali: 'ID',
  Yangon: 'MM', 'Nay Pyi Taw': 'MM', Naypyitaw: 'MM', Chittagong: 'BD', Sydney: 'AU', Melbourne: 'AU',
  // Africa
  Lagos: 'NG', Johannesburg: 'ZA', Durban: 'ZA', Mombasa: 'KE', 'Dar es Salaam': 'TZ',
  Abidjan: 'CI', Casablanca: 'MA', Benghazi: 'LY', Kano: 'NG', 'Port Harcourt': 'NG', Kumasi: 'GH', Goma: 'CD',
  Lubumbashi: 'CD', Bukavu: 'CD', Zanzibar: 'TZ', Arusha: 'TZ', Kisumu: 'KE', Entebbe: 'UG', Hargeisa: 'SO',
  Misrata: 'LY', Sfax: 'TN', Oran: 'DZ', Tangier: 'MA', Marrakech: 'MA', Marrakesh: 'MA', Agadir: 'MA',
  'Port Sudan': 'SD', 'El Fasher': 'SD', 'Cape Town': 'ZA',
  // Europe and the Middle East
  Marseille: 'FR', Lyon: 'FR',
  Gdansk: 'PL',
  Lviv: 'UA', Kharkiv: 'UA', Odesa: 'UA', Odessa: 'UA', Mosul: 'IQ', Ramallah: 'PS', Haifa: 'IL', Aqaba: 'JO',
  // the Americas and Asia-Pacific, further
  Cancun: 'MX', Guadalajara: 'MX', Monterrey: 'MX', Cartagena: 'CO', Medellin: 'CO', Guayaquil: 'EC',
  Cusco: 'PE', Valparaiso: 'CL', Cordoba: 'AR', Kaohsiung: 'TW', Cebu: 'PH', Davao: 'PH', Surabaya: 'ID',
  Penang: 'MY', 'Chiang Mai': 'TH', Phuket: 'TH', 'Da Nang': 'VN', 'Siem Reap': 'KH', Mandalay: 'MM',
  Pokhara: 'NP', Kandy: 'LK', Auckland: 'NZ', Christchurch: 'NZ', Brisbane: 'AU', Perth: 'AU', Nadi: 'FJ',
  Rarotonga: 'CK', Koror: 'PW', 'Johor Bahru': 'MY', Putrajaya: 'MY', Malabo: 'GQ', Bata: 'GQ',
  // English names of towns GeoNames lists under their own ("Antwerpen", "Sevilla", "Köln")
  Antwerp: 'BE', Ghent: 'BE', Bruges: 'BE', Seville: 'ES', Cologne: 'DE', Nuremberg: 'DE', Gothenburg: 'SE', Cracow: 'PL',
  Wroclaw: 'PL', Lodz: 'PL', Lucerne: 'CH', Cluj: 'RO', Fez: 'MA',
  // capitals and seats of government the country package spells otherwise or leaves out
  Ulaanbaatar: 'MN', 'Ulan Bator': 'MN', Kiev: 'UA', Tarawa: 'KI', Cotonou: 'BJ', Bujumbura: 'BI', 'La Paz': 'BO', 'Addis Abeba': 'ET',
};

export interface CityInfo {
  name: string;
  country: string;
}

const fold = (s: string): string =>
  s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

const CITY_INDEX: ReadonlyMap<string, CityInfo> = (() => {
  const index = new Map<string, CityInfo>();
  // The first spelling listed for a folded key is the one reported.
  const add = (name: string, country: string) => {
    if (!index.has(fold(name))) index.set(fold(name), { name, country });
  };
  for (const country of countries) for (const capital of country.capital) add(capital, country.cca2);
  for (const [name, country] of Object.entries(MAJOR_CITIES)) add(name, country);
  return index;
})();

/** Capital or major city by name (case, accents and punctuation ignored), with its proper spelling. */
export function lookupCity(name: string): CityInfo | null {
  return CITY_INDEX.get(fold(name)) ?? null;
}
