// The contract between the pure extraction pipeline and the rest of diplograph.
// Everything here is plain data: no database ids, no I/O.

export interface ArticleInput {
  text: string;
  title?: string | null;
  url?: string | null;
  publisher?: string | null;
  /** ISO date (YYYY-MM-DD) the article was published; anchors relative dates. */
  publishedAt?: string | null;
}

export type DatePrecision = 'DAY' | 'WEEK' | 'MONTH' | 'YEAR';
export interface DateRange {
  start: string; // YYYY-MM-DD
  end: string; // YYYY-MM-DD, inclusive
  precision: DatePrecision;
}

export type EventStatus = 'OCCURRED' | 'PLANNED' | 'CANCELLED';
export type MeetingMode = 'IN_PERSON' | 'PHONE' | 'VIDEO';
export type OrganizationKind =
  | 'government'
  | 'ministry'
  | 'embassy'
  | 'international'
  | 'party'
  | 'armed_group'
  | 'other';

export interface Sentence {
  index: number;
  /** character offsets into Extraction.text */
  start: number;
  end: number;
  text: string;
}

/** Where a fact was read: the sentence index and the character span inside Extraction.text. */
export interface Evidence {
  sentence: number;
  start: number;
  end: number;
}

export interface ExtractedRole {
  title: string; // "Special Representative", "Foreign Minister"
  portfolio: string | null; // "for Afghanistan"
  country: string | null; // ISO 3166-1 alpha-2 of the government served
  organization: string | null; // key of the organization entity, when named
  evidence: Evidence;
}

interface EntityBase {
  /** Local key, unique within one Extraction (e.g. "p1", "o3"). */
  key: string;
  /** Fullest form used in the text, without office titles or honorifics. */
  name: string;
  /** Every other surface form the text uses for it (surnames, variants, typos). */
  aliases: string[];
  /** ISO 3166-1 alpha-2 of the state served / located in, or null. */
  country: string | null;
  mentions: Evidence[];
  confidence: number; // 0..1
}

export interface ExtractedPerson extends EntityBase {
  type: 'person';
  roles: ExtractedRole[];
}

export interface ExtractedOrganization extends EntityBase {
  type: 'organization';
  kind: OrganizationKind;
}

export type ExtractedEntity = ExtractedPerson | ExtractedOrganization;

export interface ExtractedPlace {
  name: string; // city or region name as written ("Islamabad")
  country: string | null; // ISO alpha-2
}

export interface EventBase {
  date: DateRange | null;
  status: EventStatus;
  evidence: Evidence[];
  confidence: number;
}

export interface ExtractedVisit extends EventBase {
  visitor: string; // entity key
  destination: string | null; // ISO alpha-2
  place: ExtractedPlace | null;
}

export interface ExtractedMeeting extends EventBase {
  participants: string[]; // entity keys, two or more, no duplicates
  place: ExtractedPlace | null;
  mode: MeetingMode;
}

export interface ExtractedStatement {
  speaker: string; // entity key
  reportedBy: string | null; // entity key of who relayed it
  medium: string | null; // Twitter | press release | press conference | interview | speech | null
  about: string[]; // entity keys
  quote: string | null; // the words quoted, when the text quotes them
  date: DateRange | null;
  evidence: Evidence[];
  confidence: number;
}

export interface Dateline {
  place: ExtractedPlace | null;
  date: string | null; // YYYY-MM-DD
}

export interface Extraction {
  /** The article body after removing site noise; every offset refers to this string. */
  text: string;
  title: string | null;
  byline: string | null;
  dateline: Dateline | null;
  publishedAt: string | null;
  sentences: Sentence[];
  entities: ExtractedEntity[];
  visits: ExtractedVisit[];
  meetings: ExtractedMeeting[];
  statements: ExtractedStatement[];
}
