import type { Coreference } from './coreference.js';
import { cuedMatches } from './cues.js';
import { SLOT, isPossessivePronoun, writtenUpTo, type MaskedSentence, type Slot } from './masking.js';
import { capitalOf, lookupPlace } from './gazetteer.js';
import { AIRFIELD_WORDS, SEAT_CITIES } from './lexicon/places.js';
import type { PlaceMention } from './mentions.js';
import { OPENING_GERUND } from './dating.js';
import type { Evidence, EventStatus, MeetingMode } from './types.js';

/** A visit or meeting as read from one sentence, before dates, merging and inference. */
export interface EventReading {
  sentence: number;
  evidence: Evidence;
  status: EventStatus;
  /** Where the trigger is in the masked sentence, for picking the nearest time expression. */
  at: number;
  confidence: number;
}
export interface VisitReading extends EventReading {
  visitors: string[];
  destination: string | null;
  place: string | null;
  /** "landed at noon": the destination is the story's current place. */
  contextual: boolean;
  /** "addressed the opening session": present at the gathering the story tells of, wherever it puts it. */
  atGathering?: boolean;
  /** "had been due to attend": one who was to come to the gathering the arrivals told before went to. */
  dueAtGathering?: boolean;
  /** "returned to Astana": perhaps a trip home, so no sign of a guest. */
  returning?: boolean;
  /** "before continuing to Prague": the leg after the one the sentence's talks are on. */
  onward?: boolean;
  /** "returned on Thursday from Bobo-Dioulasso, where …": a trip over, where the story no longer stands. */
  ended?: boolean;
}
export interface MeetingReading extends EventReading {
  participants: string[];
  /** "The three ministers were later received by ⟨P⟩": a table after the one told, not the same one retold. */
  sequel?: boolean;
  /** "During the meeting, the two sides reviewed …": the table just told, told again. */
  retold?: boolean;
  /** "On the sidelines of the session, ⟨P1⟩ held bilateral talks with ⟨P2⟩": a table of its own beside the larger one. */
  aside?: boolean;
  /** "The two co-chaired the session, which was also attended by ⟨P3⟩": the pair just told, at a wider table. */
  widens?: boolean;
  /** "⟨P⟩ hosted his counterparts": the one who hosts, at home unless a place is told. */
  host?: string;
  /** "⟨P1⟩ and ⟨P2⟩ last met …": an earlier table of the same people, not the one told. */
  previous?: boolean;
  /** "travel to Beijing for talks with ⟨P⟩": dated by the trip it is the purpose of. */
  purposeOfTrip?: boolean;
  /** Joined by video or phone: at the meeting, not at its place. */
  remote?: string[];
  /** "On the margins of the visit, ⟨P1⟩ held a separate meeting with ⟨P2⟩": held where the visit told went. */
  duringVisit?: boolean;
  /** "⟨P⟩ and his delegation are expected to hold talks": those who travel with ⟨P⟩ sit at the table too. */
  delegationOf?: string;
  mode: MeetingMode;
  place: { name: string; country: string | null } | null;
}

const PLANNED = /\b((?<!\b(?:the|political|their|its|his|her|good)\s)will|would|shall|could|might|(?:is|are|was|were|had been|has been|have been) (?:both |all |also |now |still )?(?:due|expected|scheduled|set|slated|likely|poised|going) to|(?:is|are) (?:scheduled|set|slated|planned|pencill?ed in) for|(?:is|are) (?:also |now |both |all )?(?:due|expected) (?:in|at|back)|agreed to|plans? to|planned|planning to|intend(?:s|ed)? to|(?:promis(?:e|es|ed)|pledg(?:e|es|ed)|vow(?:s|ed)?) to(?=\s+(?:\w+\s+)?$)|wants? to|hopes? to|expect(?:s|ed)? to|to be held|upcoming|look(?:s|ed|ing)? forward to|(?:travels|flies|heads|leaves|departs)\s+(?:on\s+)?(?:to|for)\b(?![^.;]*,\s+and\b))\b[^.;]*$/i;
const CANCELLED = /\b(called off|cancell?ed|postponed|shelved|scuttled|scrapped|put off|pushed back|put on hold|on hold|(?:put )?on ice|(?:will|would|is|are|was|were)\s+no longer|off the table|deferred|blocked|collapsed|fell through|never got off the ground|(?:failed to|did not|never) materiali[sz]e|never materiali[sz]ed|(?:did not|never|will not|would not|won.t) (?:now )?(?:take place|go ahead)|never took place|dropped from (?:the|his|her|their|⟨[PX]\d+⟩) (?:itinerary|schedule|programme|program)|(?:was|has been|had been) dropped|(?:was|were) to have (?:been|taken|made|held|visited|travell?ed|flown|met)|(?:was|were) supposed to|had (?:also |originally |initially |all |both )?been (?:due|scheduled|set|slated|expected) to|had (?:also |originally |initially |all |both )?been (?:due|expected) (?:in|at))\b/i;
// ("There was no meeting between ⟨P1⟩ and ⟨P2⟩" too)
const NEGATED = /\b(not|never|no(?!\s+longer)|refused to|declined to|won't|didn't|did not|will not)\s+(?:\w+\s+)?$/i;
/** "Türkiye was ready to host a meeting between …": an offer or a possibility reports no event. */
// ("was prepared during a phone call between …" prepares a thing; "is prepared to meet" is willing)
const HYPOTHETICAL = /\b(?:ready|willing|keen|eager|wish(?:es|ed)?|desire[sd]?|offered|offers|offering|proposed|proposes|proposals?|suggestions?|possible|could|might|hopes?|hoped|hoping|wants?|seeks?|sought)\s+(?:to\s+)?(?:[\w-]+\s+){0,3}$|\bprepared\s+to\s+(?:[\w-]+\s+){0,3}$/i;
/** "have co-hosted talks in Jeddah since May 2023": a run of events over a span, no one event. */
function habitual(masked: MaskedSentence, at: number): boolean {
  if (!/\b(?:have|has)\s+(?:[\w-]+\s+)?$/i.test(masked.text.slice(0, at))) return false;
  const clause = masked.text.slice(at).split(/[.;]\s|[.;]$/)[0];
  return /\bsince\s+(?:⟨T\d+⟩|\d{4}\b)/.test(clause) || [...clause.matchAll(/⟨T(\d+)⟩/g)].some((t) => /^since\b/i.test(masked.slots[Number(t[1])].time?.text ?? ''));
}
/** "denied reports that ⟨P1⟩ had met ⟨P2⟩", "a daily had claimed that …": an event disputed or only alleged is no fact. */
// ("has denied holding any meeting with ⟨P⟩ in ⟨L⟩" too)
// ("refuting earlier social media posts claiming the two had met": a claim told without "that" too)
// ("denied reports circulated on social media about an imminent meeting between …" too)
const DISPUTED = /\b(?:den(?:y|ies|ied|ying)|dismiss(?:ed|es|ing)?|reject(?:ed|s|ing)?|refut(?:ed|es|ing)|claim(?:ed|s|ing)?|alleg(?:ed|es|ing)|rumou?red|speculated)\b[^.;"“”]{0,160}?\bthat\s(?![^.;]*,\s*(?:saying|adding|noting|but)\b)[^.;]*$|\bden(?:y|ies|ied|ying)\s+(?:ever\s+|any\s+)?(?:(?:holding|having|meeting|hosting|receiving|visiting|travell?ing)\b[^.;]*)?$|\b(?:posts?|reports?|rumou?rs?|stories)\s+(?:claiming|alleging|suggesting)\s[^.;]*$|\bden(?:y|ies|ied|ying)\s+(?:[\w-]+\s+){0,2}(?:reports?|rumou?rs?|claims?|speculation)\b[^.;]*$/i;
/** "Speculation that ⟨P⟩ would meet ⟨P2⟩ … was dismissed": what a report says, in a sentence that denies it. */
// (not a relative clause inside it: "speculation that he might meet ⟨P⟩, who is expected in ⟨L⟩ …")
const REPORTED_THEN_DENIED = /\b(?:speculation|rumou?rs?|reports?|claims?|suggestions?)\s+(?:[\w-]+\s+){0,6}?that\s(?![^.;]*,\s*(?:who|which)\b)[^.;]*$/i;
const DENIAL = /\b(?:den(?:y|ies|ied)|dismiss(?:ed|es)|reject(?:ed|s)|refut(?:ed|es)|baseless|unfounded|no such)\b/i;
/** An event told as denied, claimed or rumoured, up to `at`. */
function disputed(text: string, at: number): boolean {
  return DISPUTED.test(text.slice(0, at)) || (REPORTED_THEN_DENIED.test(text.slice(0, at)) && DENIAL.test(text));
}

/** "asked whether Lavrov would receive him": a question reports no event. */
const QUESTIONED = /\b(?:whether|if)\b[^,;.⟨]*(?:⟨[POX]\d+⟩[^,;.⟨]*)?$/i;
// (", under which Cuban nationals … are returned": a relative clause with a subject of its own)
const CLAUSE_BREAK = /[;:]|\.\s|\b(?:but|although|though|whereas|while)\b|,\s*(?:under|by|through|in|from)\s+which\b/i;

/** The places listed after the first one of a trip: "to ⟨L1⟩, ⟨L2⟩ and ⟨L3⟩". */
function listedAfter(rest: string, masked: MaskedSentence): Slot[] {
  const list = /^((?:\s*,\s*(?:and\s+)?|\s+and\s+)⟨L\d+⟩)+/.exec(rest);
  // ("to ⟨L1⟩, the capital of ⟨L2⟩" is one place told twice: a list ends in "and")
  return list && /\band\b/.test(list[0]) ? [...list[0].matchAll(/⟨L(\d+)⟩/g)].map((more) => slotAt(masked, Number(more[1]))) : [];
}

/** "⟨P⟩ arrived in ⟨L⟩ on ⟨T⟩, as did ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩": the same trip for each of those after it. */
const AS_DID = /^(?:[^.;,⟨]|⟨T\d+⟩)*,\s*as\s+(?:did|do|does|will|would|had|have|has)\s+/i;

/** `cue`: what the pattern cannot match without, tested first (as for the meeting patterns). */
const VISIT_PATTERNS: { cue: RegExp; re: RegExp }[] = [
  { cue: /arriv|land|fl[eioy]|jet|travel|went|go|came|come|head|returned|moved on|proceed/i, re: /\b(?:arrived|arrives|arrive|arriving|landed|lands|land|flew|flies|fly|flying|flown|jet|jetted|jets|travell?ed|travels?|travell?ing|went|goes|go|came|comes|come|head|heads|heading|headed|returned|moved on|proceeded|proceeds|proceed|proceeding)\b(?:\s+(?:on|back|here|there|onward|onwards|later|out|off|together|directly|straight|separately|⟨T\d+⟩|from\s+(?:the\s+)?⟨L\d+⟩))*\s+(?:in|into|to|at)\s+(?:(?!from\b)[\w'-]+\s+){0,2}?⟨L(\d+)⟩/gi },
  // ("visit the Philippines")
  { cue: /visit|toured|reach/i, re: /\b(?:visited|visiting|visit|visits|toured|reached|reaches|reach|reaching)\s+(?:the\s+)?⟨L(\d+)⟩/gi },
  // "before continuing to Prague", "moves on to Vienna": the next stop
  { cue: /continu|mov/i, re: /\b(?:continu(?:e|es|ed|ing)|mov(?:e|es|ing)\s+on)\s+(?:on\s+)?to\s+⟨L(\d+)⟩/gi },
  // "walked across the Paso del Norte bridge into Ciudad Juárez"
  { cue: /into\s+⟨L/i, re: /\b(?:walked|crossed|drove|sailed|rode|stepped|walks|crosses|drives)\b[^.;⟨]{0,60}?\binto\s+⟨L(\d+)⟩/gi },
  // "X was in Washington on Tuesday for talks": present there (travel at home is dropped later); "X is expected in Yerevan next week"
  // ("X is in Tonga this week, the first stop on a Pacific swing": the news present)
  // ("⟨P⟩ will be in ⟨L⟩ on ⟨T⟩ for the Joint Commission", "will be in ⟨L1⟩ and ⟨L2⟩ in the coming days", "was in ⟨L⟩, where he met …", "was last in ⟨L⟩ in August")
  // ("has been in ⟨L⟩ since ⟨T⟩ at the head of a delegation" too)
  { cue: /\sin\s+⟨L/i, re: /\b(?:was|were|is|are|will\s+(?:also\s+)?be|has\s+been|have\s+been)\s+(?:now\s+|currently\s+|last\s+|previously\s+|also\s+)?in\s+⟨L(\d+)⟩(?=(?:\s+and\s+⟨L\d+⟩)?(?:\s+(?:on\s+|in\s+|from\s+|since\s+)?⟨T\d+⟩|\s+(?:for|to)\b|\s+in\s+the\s+coming\s+(?:days|weeks)|\s*,\s*where\s+(?:⟨[PX]\d+⟩|he|she|they)\s+(?:also\s+)?(?:met|held|signed|attended|addressed|called)\b))/gi },
  // "is now expected to lead his country's delegation to Bulawayo"
  // ("will lead ⟨the Omani delegation⟩ to the ⟨Jakarta⟩ round" too)
  // ("to lead a delegation of more than 60 companies to ⟨L⟩", "to lead Tonga's delegation to the ⟨O⟩ in ⟨L⟩" too)
  { cue: /lead|led|head/i, re: /\b(?:lead|leads|led|leading|head|heads|headed|heading)\s+(?:(?:[\w'’⟨⟩-]+\s+){0,4}?(?:delegation|mission|team)(?:\s+of\s+(?:[\w'’-]+\s+){1,5}?(?:companies|firms|businesses|investors|officials|executives|businesspeople))?|⟨O\d+⟩)\s+to\s+(?:the\s+)?(?:(?:[^.;,⟨]|⟨[OT]\d+⟩){1,80}?\bin\s+)?⟨L(\d+)⟩/gi },
  { cue: /(?:expected|due)\s+(?:back\s+)?(?:in|at)\s+⟨L/i, re: /\b(?:is|are|was|were|had\s+(?:initially\s+|originally\s+|earlier\s+|previously\s+)?been|has been)\s+(?:also\s+|now\s+|both\s+|all\s+|initially\s+|originally\s+)?(?:expected|due)\s+(?:back\s+)?(?:in|at)\s+⟨L(\d+)⟩/gi },
  // "⟨P⟩ was welcomed to Kingston", "welcomed to Port Vila the Honourable ⟨P⟩"
  { cue: /welcomed\s+(?:to|in)\s+⟨L/i, re: /\b(?:was|were)\s+(?:warmly\s+)?welcomed\s+(?:to|in)\s+⟨L(\d+)⟩/gi },
  // ("a working visit to the port city of ⟨L⟩" too)
  { cue: /visit|trip|tour|stop|journey|stay/i, re: /\b(?:visit|trip|tour|stop|stopover|journey|stay)\s+(?:[\w-]+\s+){0,1}(?:to|in)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|port|resort|village|island)\s+of\s+|(?:[\w'’-]+\s+){0,2}?)⟨L(\d+)⟩/gi },
  { cue: /spent/i, re: /\bspent\s+(?:[\w-]+\s+){1,5}?in\s+⟨L(\d+)⟩/gi },
  { cue: /visit|trip|tour|journey/i, re: /\b(?:visit|trip|tour|journey)\s+(?:by|of)\s+(?:[\w-]+\s+){0,3}?⟨[PX]\d+⟩\s+to\s+(?:[\w'’-]+\s+){0,2}?⟨L(\d+)⟩/gi },
  // "reciprocates the one ⟨P⟩ made to ⟨L⟩ in March 2018": a visit told by the one who made it
  { cue: /(?:visit|trip|one)\s+(?:that\s+)?⟨[PX]\d+⟩\s+(?:had\s+)?(?:made|paid)/i, re: /\b(?:visit|trip|one)\s+(?:that\s+)?⟨[PX]\d+⟩\s+(?:had\s+)?(?:made|paid)\s+to\s+(?:the\s+)?⟨L(\d+)⟩/gi },
  // "postponed the state visit he was scheduled to make to ⟨L⟩"
  { cue: /(?:visit|trip|tour|journey)\s+(?:that\s+)?⟨/i, re: /\b(?:visit|trip|tour|journey)\s+(?:that\s+)?⟨[PX]\d+⟩\s+(?:was|were|had been|is|has been)\s+(?:scheduled|due|set|expected|slated|planning)\s+to\s+(?:make|pay|undertake)\s+to\s+⟨L(\d+)⟩/gi },
  // "a planned mission to Port-au-Prince by ⟨O⟩": a mission with its travellers named is a trip
  { cue: /mission/i, re: /\bmission\s+to\s+⟨L(\d+)⟩(?=\s+by\s)/gi },
  // ("looking forward to welcoming ⟨P⟩ in ⟨L⟩ in July": the guest to come)
  { cue: /welcom|receiv|host/i, re: /\b(?:welcomed|welcomes|welcome|welcoming|received|receives|receive|receiving|hosted|hosts|host|hosting)\s+((?:⟨[PO]\d+⟩(?:\s+of\s+⟨L\d+⟩)?(?:,\s*|\s+and\s+)?)+)\s+(?:to|in)\s+⟨L(\d+)⟩/gi },
  { cue: /took\s+⟨/i, re: /\btook\s+⟨[PX]\d+⟩\s+to\s+⟨L(\d+)⟩/gi },
  // "kicked off a tour of the Baltic states in Vilnius"
  { cue: /(?:tour|trip|swing)\s+(?:of|through)\s/i, re: /\b(?:tour|trip|swing)\s+(?:of|through)\s+(?:[\w'’-]+\s+){0,4}?(?:(?:in|at|to|starting in|beginning in)\s+)?⟨L(\d+)⟩/gi },
  // "will leave for Dhaka", "headed for Doha"
  // ("is leaving Abuja for Jakarta": the place left may come first)
  // ("will leave the country tomorrow, Friday, for ⟨L⟩" too)
  { cue: /for\s+(?:the\s+)?⟨L/i, re: /\b(?:leave|leaves|left|leaving|depart|departs|departed|departing|head|heads|headed|heading|set off|sets off|fly|flies|flew)\s+(?:⟨L\d+⟩\s+|the\s+country\s+)?(?:(?:on\s+)?⟨T\d+⟩\s*,?\s*(?:⟨T\d+⟩\s*,?\s*)?)?for\s+(?:the\s+)?⟨L(\d+)⟩/gi },
  // ("… the last stop of a tour of allied countries that began last week in ⟨L⟩": where the tour opened)
  { cue: /began|started|opened/i, re: /\b(?:tour|trip|swing)\b[^.;⟨]{0,40}?\b(?:began|started|opened)\s+(?:⟨T\d+⟩\s+)?in\s+⟨L(\d+)⟩/gi },
  // "returned to ⟨L1⟩ on Sunday from ⟨L2⟩, where he had taken part in …": the trip just ended
  { cue: /\bfrom\s+⟨L/i, re: /\b(?:returned|returns|returning|flew\s+back|came\s+back|arrived\s+back)\b(?:\s+(?:home|to\s+⟨L\d+⟩|(?:on\s+)?⟨T\d+⟩))*\s+from\s+(?:the\s+)?⟨L(\d+)⟩(?=\s*,\s*where\b|\s+after\b)/gi },
  // "will join her in Jakarta": the one who joins travels there
  { cue: /join/i, re: /\b(?:join|joins|joined|joining)\s+⟨[PX]\d+⟩\s+in\s+⟨L(\d+)⟩/gi },
  // ("In ⟨L⟩ on Sunday, ⟨P⟩ joined ⟨P1⟩ and ⟨P2⟩ for talks": the place told first)
  { cue: /join/i, re: /(?<=^In\s+⟨L(\d+)⟩(?:\s+(?:on\s+)?⟨T\d+⟩)?\s*,\s*⟨[PX]\d+⟩\s+)(?:joined|joins)\b(?=\s+⟨P)/gi },
  // "concluded ⟨T⟩ a two-day round of talks in ⟨L⟩", "began consultations in ⟨L⟩": talks held in a place the subject went to
  // (one at home is dropped later, as every trip at home is)
  { cue: /talks|consultations|discussions/i, re: /\b(?:held|holds|holding|concluded|concludes|concluding|wrapped up|wraps up|wrapping up|began|begins|beginning|opened|opens|started|starts|completed|completes|ended|ends)\s+(?:⟨T\d+⟩\s+)?(?:a|an|his|her|their|two|three|several|\w+-day)\s+(?:[\w-]+\s+){0,3}?(?:talks|consultations|discussions)\s+in\s+⟨L(\d+)⟩/gi },
  // "held bilateral meetings on the sidelines of the Bled Strategic Forum in ⟨L⟩": at a gathering there
  { cue: /sidelines/i, re: /\b(?:on|at)\s+the\s+(?:margins|sidelines)\s+of\s+(?:the\s+)?(?:[^.;⟨]|⟨O\d+⟩){0,60}?\b(?:summit|forum|conference|assembly|session|meeting|dialogue|ministerial)\b(?:\s+⟨O\d+⟩)?\s+in\s+⟨L(\d+)⟩/gi },
  // "landed at the Cardinal Bernardin Gantin international airport of ⟨L⟩": the airport's city
  // (not "the Mactan-Cebu International Airport in Lapu-Lapu City": where an airport stands is not always the city it serves)
  { cue: /airport\s+of\s+⟨L/i, re: /\b(?:arrived|arrives|arriving|landed|lands|landing|touched down)\s+at\s+(?:[^.;⟨]|⟨[PO]\d+⟩){0,60}?\bairport\s+of\s+⟨L(\d+)⟩/gi },
  // "would send his foreign minister ⟨P⟩ to ⟨L⟩": the one sent travels
  { cue: /sen[dt]|dispatch/i, re: /\b(?:sends?|sent|dispatch(?:es|ed)?)\s+(?:[\w-]+\s+){0,3}?⟨[PX]\d+⟩\s+to\s+⟨L(\d+)⟩/gi },
];
const ACCOMPANIED_TO = /\baccompan(?:ied|ies|y|ying)\s+⟨[PX](\d+)⟩\s+(?:on\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?)?to\s+⟨L(\d+)⟩/gi;
const HOST_PATTERN = /⟨([OL])(\d+)⟩(?:,\s*which)?(?:\s+⟨T\d+⟩)?\s+(?:also\s+)?(?:hosted|hosts|will host|received|welcomed)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?⟨([PO])(\d+)⟩/gi;
// ("are also expected in the capital on Wednesday", "will fly in on Thursday morning": where the story stands)
const ARRIVAL_WITHOUT_PLACE = /\b(?:arrived|arrive|arrives|landed|land|touched down|touches down|jetted in|jetted into the country|flew in|flown in|fly in|flies in|(?:is|are)\s+(?:also\s+)?expected\s+in\s+the\s+(?:capital|country|city))\b(?!\s+(?:in|into|at|to)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?⟨L)/gi;
/** "⟨P⟩ addressed the opening session", "At the summit, ⟨P⟩ …": present where a gathering is held. */
// ("is expected to attend the ⟨CARICOM⟩ Heads of Government meeting in ⟨L⟩": a meeting counts when its place is told;
// one "attended" without a place is the table the story tells, where no one travels)
// ("address the ⟨UN General Assembly⟩ in ⟨L⟩", "will represent ⟨O⟩ at the ⟨General Affairs Council⟩ in ⟨L⟩": a body's session in a city)
// ("⟨P⟩ is expected to attend alongside ⟨P2⟩": the gathering told before)
// ("the two ministers addressed a joint media conference": one given where they already are, no gathering to travel to)
const ATTENDED = /\b(?:attend|attended|attends|attending|address|addressed|addresses|addressing|took part in|takes part in|participated in|participates in|represents?\s+⟨[OL]\d+⟩\s+at|represented\s+⟨[OL]\d+⟩\s+at|will\s+represent\s+⟨[OL]\d+⟩\s+at)\s+(?:(?:the\s+|a\s+|an\s+)?(?!(?:[\w'’-]+\s+){0,2}(?:press|news|media)\s+conference)(?:[\w'’-]+\s+|⟨O\d+⟩\s+){0,6}?(?:(?:summit|session|conference|forum|assembly|ceremony|inauguration|dialogue)\b|meeting\s+(?:held\s+)?in\s+⟨L)|(?:the\s+)?⟨O\d+⟩\s+in\s+⟨L|(?<=\battend\s+)(?=alongside\b|along with\b|together with\b|in person\b|as well\b|too\b))|\battend\s*(?=[,.]|$)/gi;
/** The gathering's own place, right after its name: "… meeting in ⟨L⟩". */
const GATHERING_IN = /^[^.;⟨]*?(?:⟨[OL]\d+⟩[^.;⟨]*?)?(?:\b(?:summit|session|conference|forum|assembly|ceremony|inauguration|dialogue|meeting)|⟨O\d+⟩)\s+(?:held\s+)?in\s+⟨L(\d+)⟩/i;
const AT_GATHERING = /^(?:At|During|On the sidelines of)\s+(?:the|a|an|this|this year's)\s+(?!(?:[\w'’-]+\s+){0,2}(?:press|news|media)\s+conference)(?:[\w'’-]+\s+){0,3}?(?:summit|session|conference|forum|assembly|ceremony|inauguration)\b[^,⟨]*,\s*/i;
/** "⟨P⟩ had been due to attend as an observer", "⟨O⟩ had been expected to send ⟨P⟩": one who was to come to the gathering told, and did not. */
const DUE_AT_GATHERING = /⟨P(\d+)⟩\s*,?\s+had\s+(?:also\s+|originally\s+|initially\s+)?been\s+(?:due|expected|scheduled|set|slated)\s+to\s+(?:attend|join|take\s+part|participate)\b(?![^.;⟨]*⟨L)|⟨[OL]\d+⟩\s+had\s+(?:also\s+|originally\s+|initially\s+)?been\s+(?:due|expected|scheduled|set|slated)\s+to\s+(?:send|be\s+represented\s+(?:[^.;⟨]*?\s)?by)\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩/g;
const REMOTE = /\b(?:by video|via video|virtually|online|remotely|by (?:tele)?phone|video link|in absentia)\b/i;
/** "… landed with delegations that included ⟨P⟩": the members travelled too. */
const ACCOMPANIED = /^[^.;⟨]*?\bwith\s+(?:(?:their|his|her|a|the)\s+)?(?:delegations?|teams?|entourage)\s+(?:that|which)\s+(?:included|includes|comprised)\b/i;

/** A time told in words between a call and its party: "by phone that morning with", "by phone earlier in the day with". */
const TOLD_WHEN = String.raw`(?:(?:on\s+)?⟨T\d+⟩|that\s+(?:morning|afternoon|evening|day)|(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|(?:on\s+)?⟨T\d+⟩))`;

/**
 * `cue`: what the pattern cannot match without, tested first (the patterns are costly and most sentences hold none).
 * `objectless`: what follows is the occasion, not someone met.
 * `owned`: the subject is written as the possessor of the talks ("his talks with").
 */
const MEETING_PATTERNS: { cue: RegExp; re: RegExp; mode?: MeetingMode; purpose?: boolean; objectless?: boolean; owned?: boolean; oneEach?: boolean; hosts?: boolean }[] = [
  // ("met at the Foreign Ministry": a venue after "at" or "in" is no one met)
  // ("met that day with ⟨P⟩" too)
  // ("had met detained ⟨P⟩": a participle may stand before the one met)
  // ("met at the National Palace in ⟨L⟩ with …", "met ⟨T⟩ at the Villa d'Accueil with …": a venue named between)
  { cue: /\bme(?:e?t)/i, re: /\b(?:met|meets|meet|meeting)\b(?:\s+(?:on|later|again|separately|also|(?:that|the same)\s+(?:day|morning|afternoon|evening))\b|\s+(?:(?:in|at)\s+(?:the\s+)?)?⟨[TL]\d+⟩|\s+at\s+the(?:\s+(?:\p{Lu}|[dl]['’]\p{Lu})[\p{L}'’-]*){1,4}(?=(?:[^.;⟨]|⟨[LT]\d+⟩){0,30}\bwith\b))*\s+(?:with\s+)?(?:(?:detained|jailed|imprisoned|ousted|exiled|deposed|ailing)\s+(?=⟨P))?/giu },
  // "⟨P⟩ joined an extraordinary virtual summit of the ⟨O⟩ chaired by ⟨P2⟩": the one who joins meets the chair
  // ("took part in a video conference of ⟨O⟩ (⟨O⟩) heads of government chaired by ⟨P2⟩" too)
  { cue: /\b(?:chaired|hosted|convened|presided)\b/i, re: /\b(?:joined|joins|attended|attends|took\s+part\s+in|takes\s+part\s+in|participated\s+in)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:summit|meeting|session|conference|videoconference|video\s+conference|call)\s+(?:of\s+(?:the\s+)?(?:⟨O\d+⟩(?:\s*\(⟨O\d+⟩\))?|(?:\p{Lu}[\p{L}-]*\s+){1,5})\s*(?:[a-z]+\s+){0,3})?,?\s*(?:(?:co-)?chaired|hosted|convened|presided\s+over)\s+by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3})?(?=⟨P)/giu },
  // "⟨P⟩, who agreed with their Bulgarian counterpart ⟨P2⟩ to keep the task group …": a decision taken together, at one table
  { cue: /agree[ds]?\s+with/i, re: /\bagree[ds]?\s+with\s+(?:(?:his|her|their)\s+)?(?=⟨P\d+⟩(?:\s*,\s*⟨P\d+⟩)*(?:,?\s+and\s+⟨P\d+⟩)?\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?to\s+[a-z]+)/gi },
  // "⟨P1⟩ and ⟨P2⟩ signed an agreement": those who sign together meet
  { cue: /signed|initiall?ed/i, re: /(?<=⟨[PX]\d+⟩\s+and\s+(?:his\s+|her\s+)?⟨[PX]\d+⟩\s+(?:also\s+|later\s+|then\s+)?)(?:signed|initialled|initialed)\s+(?=(?:a|an|the|two|three|several|\w+)\s+(?:[\w-]+\s+){0,3}?(?:agreements?|memorand(?:um|a)|accords?|deals?|protocols?|declarations?|treaty|treaties|MoUs?|conventions?)\b)/gi, objectless: true },
  // ("chaired in Dakar a tripartite meeting on migration with ⟨P1⟩ and ⟨P2⟩", "held official talks ⟨T⟩ at the Palace of the Revolution with ⟨P⟩" too)
  // ("joined a virtual meeting of the ⟨O⟩ ministerial mediation committee on ⟨L⟩ with ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩" too)
  { cue: /talks|meeting|consultations|discussions|negotiations|call|conversation|session|breakfast|lunch|dinner|conference|exchange|t[êe]te/i, re: /\b(?:held|holds|hold|holding|had|have|has|co-chaired|co-chairs|co-chair|chaired|chairs|co-hosted|co-hosts|hosted|hosts|took part in|takes part in|participated in|joined|joins)\s+(?:in\s+⟨L\d+⟩\s+|on\s+⟨T\d+⟩\s+|⟨T\d+⟩\s+)?(?:[\w-]+\s+|⟨L\d+⟩[–-]⟨L\d+⟩\s+){0,8}?(?:talks|meetings?|consultations|discussions|negotiations|call|conversation|(?:working\s+)?session|breakfast|lunch|luncheon|dinner|t[êe]te-[àa]-t[êe]te|video ?conference|exchanges?(?!\s+of\s+(?:letters|notes|fire|prisoners|documents|instruments)))\s+(?:(?:[^⟨.;]{0,40}?⟨[LTOX]\d+⟩){1,2}[^⟨.;]{0,40}?|[^⟨.;]{0,25}?)?\bwith\s+/gi },
  // "political consultations … were held on ⟨T⟩, led by ⟨P1⟩ and ⟨P2⟩": the two heading the delegations meet
  { cue: /consultations|talks|negotiations|dialogue/i, re: /\b(?:consultations|talks|negotiations|dialogue)\b(?:[^.;⟨]|⟨[LOT]\d+⟩){0,150}?\b(?:were|was)\s+held\b(?:[^.;⟨]|⟨[LT]\d+⟩){0,40}?,?\s*(?:led|headed|co-chaired)\s+by\s+(?=(?:the\s+)?⟨P\d+⟩[^.;⟨]{0,60}?\band\s+[^.;⟨]{0,80}?⟨P\d+⟩)/gi },
  // "during talks ⟨P1⟩ held here ⟨T⟩ with ⟨P2⟩": the talks told before the one who held them
  { cue: /talks|meeting|consultations|discussions/i, re: /(?<=\b(?:talks|meetings?|consultations|discussions)\s+(?:that\s+)?⟨P\d+⟩\s+(?:had\s+)?)held\s+(?:(?:here|there|on|in|at)\s+|⟨[LT]\d+⟩\s+){0,3}with\s+/gi },
  // ("sat down at the ⟨ministry⟩ with ⟨P⟩", "sat down on ⟨T⟩ with ⟨P⟩" too)
  // ("sitting down for more than two hours of talks with ⟨P⟩" too)
  // ("sat down for more than six hours at a ⟨L⟩ hotel with …": the time and the venue in either order)
  { cue: /\sdown\s/i, re: /\b(?:sat|sit|sits|sitting)\s+down\s+(?:(?:on\s+)?⟨T\d+⟩\s+|(?:separately|again|privately|later|also|together)\s+|(?:the\s+same|that|this)\s+(?:day|morning|afternoon|evening)\s+|(?:at|in)\s+(?:the\s+|a\s+|an\s+)?(?:⟨[OL]\d+⟩|[\p{L}'’-]+)(?:\s+[\p{L}'’-]+){0,3}?\s+|for\s+(?:[\w-]+\s+){0,6}?(?:talks|discussions|consultations|hours?|minutes)\s+){0,3}with\s+/giu },
  { cue: /talks|meeting|consultations|discussions|conference|call|conversation|t[êe]te/i, re: /\b(?:held|hold|holds|holding|had|have|co-chair|co-chairs|co-chaired)\s+(?:[\w-]+\s+|⟨O\d+⟩\s+){0,5}?(?:talks|meetings?|consultations|discussions|t[êe]te-[àa]-t[êe]te|joint (?:press|news) conferences?|video ?conferences?|video calls?|(?:tele)?phone calls?|(?:tele)?phone conversations?|conference calls?)(?![\w-])(?!\s+with\b)(?![^.;]{0,60}?\bwith\s+⟨)/gi },
  // "⟨P1⟩ was received by ⟨P2⟩": the guest met the host
  // ("was on Monday received at the Palacio del Pueblo by ⟨P⟩", "received at Bayan Palace by", "at the ⟨Elysée⟩ Palace by" too; a welcome at the airport is protocol, no meeting)
  // ("received at the ⟨Presidency⟩ by ⟨P⟩": a body's seat too, named or not: "received at the ministry by")
  { cue: /received|hosted|welcomed/iu, re: new RegExp(String.raw`\b(?:was|were|is|are|being|will be|would be|has been|had been|is to be|(?:is|are|was|were)\s+(?:also\s+)?(?:scheduled|expected|due|set)\s+to\s+be)\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?(?:also\s+|warmly\s+|later\s+|then\s+|last\s+|first\s+|previously\s+|jointly\s+)?(?:received|hosted|welcomed)\s+(?:together\s+|jointly\s+)?(?![^⟨.;]*?\b(?:${AIRFIELD_WORDS})\b)(?:(?:on\s+|in\s+|at\s+)?(?:(?:the\s+)?⟨[TLO]\d+⟩(?:\s+(?!(?:International|Airport|Air)\b)\p{Lu}[\p{L}'’-]*){0,2}|(?<=\bat\s+)(?:the\s+)?⟨X\d+⟩|the\s+(?:[\p{L}'’-]+\s+){1,5}?|(?<=\bat\s+)(?:[\p{L}'’-]+\s+){1,4}?(?=by\b)|(?<=\bat\s+)\p{Lu}[\p{L}'’-]*\s+⟨L\d+⟩\s+(?=by\b)|(?:that|this|the same)\s+(?:morning|afternoon|evening|night|day)\s+|audience\s+|for\s+(?:a|an)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:audience|meeting|talks|session|breakfast|lunch|dinner)\s+)\s*|later\s+(?:in\s+the\s+day\s+|that\s+day\s+)?)*by\s+(?:(?:his|her|their|the)\s+(?:\p{Ll}+\s+)?|\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+\s+)?(?=⟨P\d+⟩)`, 'giu') },
  // ("is scheduled to pay a courtesy call to ⟨P⟩" too)
  { cue: /call|courtesy/i, re: /\b(?:called|call|calls|calling|paid a (?:courtesy )?call)\s+on\s+|\b(?:paid|pay|pays|paying)\s+a\s+courtesy\s+(?:call|visit)\s+to\s+(?=(?:the\s+)?⟨P)/gi },
  { cue: /negotiat/i, re: /\bnegotiat\w+\s+with\s+/gi },
  // ("joined Deputy Prime Minister - ⟨P⟩": a title joined by a dash stays outside the name)
  { cue: /[Jj]oin/u, re: /\b[Jj]oin(?:ed|s)?\s+(?:(?:\p{Lu}[\p{L}-]*|[-–])\s+){0,6}?(?=⟨)/gu },
  // "a trilateral video conference last Thursday in which ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩ discussed …"
  { cue: /in which/i, re: /\b(?:(?:video|phone|telephone)\s+)?(?:conference|meeting|talks|call|summit|session)\b(?:[^.;⟨]|⟨T\d+⟩){0,40}?\bin which\s+(?=(?:⟨[POX]\d+⟩(?:\s*,\s*|\s+and\s+)?){2,}\s*(?:discussed|agreed|reviewed|exchanged|talked|spoke|met)\b)/gi },
  // "⟨P⟩ said during talks with ⟨P2⟩ in Nairobi": the one speaking there talked with them
  { cue: /(?:said|told\s+(?:reporters|journalists))\s+(?:during|in|at)\s/i, re: /(?<=⟨[PX]\d+⟩\s+(?:said|told\s+(?:reporters|journalists))\s+)(?:during|in|at)\s+(?:(?:the|their|his|her)\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|consultations|discussions)\s+with\s+/gi },
  // "⟨P1⟩ and ⟨P2⟩ ratified … during official talks held at …": the subjects talked
  { cue: /\bduring\s/i, re: /\bduring\s+(?:their\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|consultations|discussions)\b(?!\s+(?:with|between)\b)/gi },
  // "⟨P⟩ welcomed his German and French counterparts, ⟨P1⟩ and ⟨P2⟩, at the Palace on the Isle": a host and guests at a venue
  // (not a welcome at the airport, which is protocol, nor one "to" a place or an event, said in words)
  { cue: /welcomed/i, re: new RegExp(String.raw`\bwelcomed\s+(?=⟨[PX]\d+⟩(?:\s*,\s*⟨P\d+⟩(?:\s*,?\s*(?:and\s+)?⟨P\d+⟩)*)?\s*,?\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?at\s+(?:the\s+)?(?!(?:[\w'’-]+\s+){0,5}(?:${AIRFIELD_WORDS})\b)\p{Lu})`, 'giu'), hosts: true },
  // "The proceedings … were opened by ⟨P⟩, in the presence of ⟨P1⟩; ⟨P2⟩; and ⟨P3⟩": the one opening them and those present
  { cue: /opened\s+by/i, re: /\b(?:was|were)\s+(?:officially\s+)?opened\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?by\s+(?=⟨P\d+⟩[^.]*?\bin\s+the\s+presence\s+of\b)/gi },
  // "a joint commission session co-chaired by minister ⟨P1⟩ and ⟨P2⟩": those who chaired it met
  // ("co-chaired by ⟨P1⟩, ⟨P2⟩, and ⟨P3⟩" too)
  // ("co-chaired on Monday in Abuja by ⟨P1⟩, and ⟨P2⟩" too)
  { cue: /co-(?:chaired|hosted)/iu, re: /\bco-(?:chaired|hosted)\s+(?:(?:on\s+)?⟨T\d+⟩\s+|(?:in|at)\s+⟨L\d+⟩\s+)*by\s+(?:[\p{L}-]+\s+){0,6}?(?=⟨P\d+⟩(?:\s*,\s*⟨P\d+⟩)*\s*,?\s+and\s)/giu },
  // "touched upon the trilateral meeting held yesterday in videoconference format with ⟨P1⟩ and ⟨P2⟩"
  { cue: /\bheld\b/i, re: /\b(?:meeting|talks|conference|call)\b(?:[^.;⟨]|⟨L\d+⟩){0,100}?\bheld\b(?:[^.;⟨]|⟨T\d+⟩){0,40}?\bwith\s+/gi },
  // "flew into the capital and went straight into talks with ⟨P⟩"
  { cue: /\sinto\s/i, re: /\b(?:went|goes|go|going|headed|heading|moved|moving)\s+(?:straight\s+|directly\s+)?into\s+(?:[\w-]+\s+){0,2}?(?:talks|meetings?|consultations)\s+with\s+/gi },
  // "⟨P1⟩ and ⟨P2⟩ co-chaired the 11th Joint Commission": those who chair a body's session together meet
  // ("… the next session, and that the two ministers would co-chair it" too)
  // ("⟨P1⟩ and his counterpart, ⟨P2⟩, will co-chair a ministerial session in ⟨L⟩", "co-chaired a session of the ⟨Joint Commission⟩" too)
  // ("co-chaired the second session of the Nigeria-Brazil Strategic Dialogue Mechanism": a mechanism named in words the masking left)
  { cue: /co-(?:chair|hosted)/i, re: /\bco-(?:chaired|chair|chairs|hosted)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?=⟨O\d+⟩)|it\b|(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:session|meeting|summit|dialogue|forum|round|consultations)\b(?:\s+of\s+(?:the\s+)?(?=⟨O\d+⟩)|\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,5}(?:Mechanism|Commission|Committee|Council|Dialogue|Forum)\b|(?!\s+(?:of|with)\b)))/gi, objectless: true },
  // "co-chaired Tuesday's conference at Lancaster House with ⟨P⟩"
  // ("co-chair the second round of the Pakistan-Uzbekistan Strategic Dialogue with ⟨P⟩" too)
  { cue: /co-(?:chair|host)/i, re: /\bco-(?:chaired|chairs|chair|chairing|hosted|hosts|host)\s+(?:[\w'’-]+\s+|⟨T\d+⟩['’]s\s+){0,6}?(?:conference|summit|forum|session|dialogue|consultations|round|meeting)\b(?:[^⟨.;]|⟨[LO]\d+⟩){0,60}?\bwith\s+/gi },
  // "⟨P⟩ coordinated positions with ⟨P1⟩ and ⟨P2⟩ during a three-way video conference": what was done together, at a table
  { cue: /\bduring\s/i, re: /\b\w+ed\s+(?:[\w-]+\s+){0,3}?with\s+(?=[^.;]*?\bduring\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:video\s?conference|videoconference|conference|call|meeting|talks)\b)/gi },
  // "arrived in ⟨L⟩ on ⟨T⟩, before talks with ⟨P⟩", "…, followed by a working dinner the same evening with ⟨P⟩": the clause's subject's next engagement
  { cue: /\b(?:before|after|followed\s+by)\s/i, re: /(?<=,\s*(?:before|after|followed\s+by)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?)(?:talks|consultations|meeting|dinner|lunch|luncheon|breakfast)\s+(?:(?:the\s+same|that|on\s+the\s+same)\s+(?:day|morning|afternoon|evening|night)\s+|(?:on\s+)?⟨T\d+⟩\s+)?with\s+/gi },
  // "⟨P1⟩ and his counterpart, ⟨P2⟩, have agreed to …, following talks in ⟨L⟩ last week": the subjects talked
  { cue: /\b(?:following|after)\s/i, re: /(?<=\b(?:following|after)\s+(?:their\s+|the\s+)?(?:[\w-]+\s+)?)(?:talks|consultations)\b(?!\s+(?:with|between|of|on)\b)/gi, objectless: true },
  // "⟨P1⟩ granted an audience to ⟨P2⟩", "⟨P2⟩ was granted an audience with ⟨P1⟩": a monarch's reception
  { cue: /audience/i, re: /\b(?:granted|grants|gave|gives|given)\s+(?:an?\s+)?(?:private\s+|royal\s+|courtesy\s+)?audience\s+(?:to|with|by)\s+/gi },
  // "will travel to ⟨L⟩ for meetings with Mexican officials, including ⟨P⟩": the one named among them
  { cue: /including/i, re: /\bfor\s+(?:talks|meetings)\s+with\s+(?:[\w-]+\s+){1,3}?(?:officials|leaders|ministers|counterparts)\s*,?\s+including\s+/gi },
  // "… the commission, which she will co-chair with ⟨P⟩", "to co-chair the ⟨Joint Commission⟩ with ⟨P⟩"
  // ("travelled to the capital to co-chair it with ⟨P⟩", "to co-chair the joint commission with ⟨P⟩" too)
  { cue: /co-(?:chair|host)/i, re: /\bco-(?:chair|chairs|chaired|chairing|host|hosts|hosted)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?⟨O\d+⟩(?:\s+(?:session|meeting|talks))?\s+|it\s+|the\s+(?:[\w-]+\s+){0,4}?(?:commission|session|meeting|talks|dialogue|forum|consultations|mechanism|committee|council)\s+)?with\s+/gi },
  // "bilateral talks were held at the ministry, with ⟨P1⟩ and her Indian counterpart leading the two delegations"
  { cue: /(?:were|was)\s+held/i, re: /\b(?:talks|meeting|consultations)\s+(?:were|was)\s+held\b(?:[^.;⟨]|⟨[LTX]\d+⟩)*?,?\s*with\s+(?=(?:the\s+)?⟨[PX]\d+⟩\s+and\s+(?:his\s+|her\s+)?⟨[PX]\d+⟩\s+(?:leading|heading)\b)/gi },
  // "That meeting of the three ministers – ⟨P1⟩, ⟨P2⟩ and their ⟨P3⟩ – …": those named between the dashes
  { cue: /[–—]/, re: /\b(?:meeting|talks|summit)\s+(?:of|between)\s+(?:the\s+)?(?:⟨X\d+⟩|(?:[\w-]+\s+){0,2}?(?:ministers|leaders|presidents|heads\s+of\s+state))\s*[–—]\s*(?=⟨P)/gi },
  // "Speaking at a joint press conference in ⟨L⟩ on ⟨T⟩ with ⟨P1⟩, ⟨P2⟩ said …": the two who stood together
  { cue: /joint\s+(?:press|news)\s+conference/i, re: /^(?:Speaking|Addressing\s+(?:reporters|journalists))\s+at\s+a\s+joint\s+(?:press|news)\s+conference\s+(?:(?:in|at)\s+(?:the\s+)?⟨L\d+⟩\s*|(?:on\s+)?⟨T\d+⟩\s*)*with\s+(?:(?:the|his|her)\s+(?:[\w-]+\s+){0,3}?)?(?=⟨P)/gi },
  // "a meeting was held in ⟨L⟩ with the participation of ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩"
  { cue: /with the participation of/i, re: /\bwith the participation of\s+/gi },
  // "the three ministers connected by video link with ⟨P⟩"
  { cue: /connect|linked/i, re: /\b(?:connected|connects|connect|linked\s+up|links\s+up)\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?(?:by|via|over)\s+(?:a\s+)?(?:video(?:\s*link|\s*conference)?|videoconference|(?:tele)?phone)\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?with\s+/gi },
  // ("had spoken by phone earlier in the day with ⟨P⟩" too)
  { cue: /spok|speak|talked/i, re: new RegExp(String.raw`\b(?:spoke|spoken|speak|speaks|talked)\s+(?:(?:by|on the|over the)\s+(?:tele)?phone\s+)?(?:${TOLD_WHEN}\s+)?(?:with|to)\s+`, 'gi') },
  // "⟨P1⟩ had discussed the process by phone on Monday with ⟨P2⟩": what was done by phone, with whom
  // ("had discussed the declaration by phone that morning with ⟨P⟩" too)
  { cue: /phone|video/i, re: new RegExp(String.raw`\b(?:discussed|reviewed|raised|addressed|talked\s+about|went\s+over)\s+(?:[\w'’-]+\s+|⟨[OL]\d+⟩\s+){0,8}?(?:by|over\s+the|on\s+the|via)\s+(?:tele)?(?:phone|video(?:\s*link)?)\s+(?:${TOLD_WHEN}\s+)?with\s+`, 'gi') },
  // "⟨P1⟩ raised the incident in a phone call on Wednesday evening with ⟨P2⟩"
  { cue: /(?:phone|video)\s+(?:call|conversation)/i, re: /\bin\s+(?:a|an|their)\s+(?:[\w-]+\s+)?(?:(?:tele)?phone|video)\s+(?:call|conversation)\s+(?:(?:on\s+)?⟨T\d+⟩\s+(?:[\w-]+\s+){0,2}?)?with\s+/gi },
  // "⟨P1⟩ told ⟨P2⟩ in a phone call": they spoke ("informed ⟨P2⟩ of his plans in a phone call" too)
  { cue: /(?:phone|video)\s+(?:call|conversation)/i, re: /\b(?:told|assured|briefed|informed|urged)\s+(?=⟨P\d+⟩(?:\s+(?:of|about|on)\s+(?:[^.;,⟨]|⟨[POL]\d+⟩){1,50}?)?,?\s+(?:in|during|over)\s+(?:a|an)\s+(?:(?:tele)?phone|video)\s+(?:call|conversation))/gi },
  // "⟨P1⟩ and ⟨P2⟩ agreed on Tuesday in Tokyo to …": an agreement reached together in a city is a meeting there
  { cue: /agreed/i, re: /\bagreed\s+(?=(?:(?:on\s+)?⟨T\d+⟩\s+)?in\s+⟨L\d+⟩)/gi, mode: 'IN_PERSON' },
  // "⟨P1⟩ briefed ⟨P2⟩ by phone" ("briefed ⟨P2⟩ and ⟨P3⟩ by telephone": a call each)
  { cue: /(?:by|over the|on the)\s+(?:tele)?phone\b/i, re: /\b(?:told|assured|briefed|informed|updated|urged)\s+(?=⟨P\d+⟩(?:(?:\s*,\s*|\s+and\s+)⟨P\d+⟩)*,?\s+(?:by|over the|on the)\s+(?:tele)?phone\b)/gi, mode: 'PHONE', oneEach: true },
  // "⟨P1⟩ had told ⟨P2⟩ during a one-on-one meeting": they met
  { cue: /(?:told|assured|briefed|informed|urged)\s+⟨P/i, re: /\b(?:told|assured|briefed|informed|urged)\s+(?=⟨P\d+⟩\s+(?:in|during|at)\s+(?:a|an|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks)\b)/gi },
  // "⟨P1⟩ and ⟨P2⟩ discussed bilateral ties in a phone call": the subjects spoke
  { cue: /(?:phone|video)\s+(?:call|conversation)/i, re: /\b(?:discussed|reviewed)\b(?=[^.;⟨]{0,80}?\b(?:in|during|over)\s+(?:a|an|their)\s+(?:[\w-]+\s+)?(?:(?:tele)?phone|video)\s+(?:call|conversation))/gi },
  // "⟨P1⟩ and ⟨P2⟩ spoke directly for several minutes": the subjects met
  { cue: /spoke|talked/i, re: /\b(?:spoke|talked)\s+(?:directly|face to face|face-to-face|in person|privately|one-on-one|by (?:tele)?phone|by video link|over the phone)\b/gi },
  // "⟨P⟩ discussed northern infrastructure by phone with ⟨P2⟩": what was done on the phone together
  { cue: /phone\s+with/i, re: /\b\w+ed\s+(?:[\w-]+\s+){0,5}?(?:by|over\s+the|on\s+the)\s+(?:tele)?phone\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?with\s+/gi, mode: 'PHONE' },
  // "called ⟨P⟩ on Monday" phones; "called ⟨P⟩ a dear friend" names
  { cue: /(?:called|phoned|rang|dialled|dialed)\s+⟨P/i, re: /\b(?:called|phoned|rang|dialled|dialed)\s+(?=⟨P\d+⟩(?:\s+and\s+⟨P\d+⟩)?(?:\s*[,.;]|\s+(?:on|to|by|for|again|late|early|in|after|before|over)\b|\s+⟨T|$))/gi, mode: 'PHONE' },
  // (a long title may stand between, its last words in the name's slot: "received Deputy Prime Minister, Minister of … ⟨P⟩")
  // (case-sensitive: under the i flag \p{Lu} would take any letter)
  // ("received Monday at the Headquarters of the Presidency, ⟨P⟩": a day and a venue may come first)
  // ("received at the ministry's headquarters in Riyadh today ⟨P⟩" too)
  // ("received in ⟨L⟩ ⟨P⟩": a city may close the venue, and so may a named one's last word: "received at Denden Guest House a delegation led by ⟨P⟩",
  // or a seat's noun: "received at the seat of government the European Commissioner …"; "hosted then-president ⟨P⟩" too)
  { cue: /host|receiv|summon/u, re: /(?<!\b(?:was|were|is|are|be|been)\s+)\b(?:hosted|hosts|host|hosting|received|receives|receive|receiving|summoned|summons|summon)\s+(?:(?:on\s+)?⟨T\d+⟩(?:\s*\(\s*⟨T\d+⟩\s*\))?\s*,?\s+)?(?:in\s+(?:a\s+)?(?:private\s+|special\s+)?audience\s+)?(?:(?:at|in)\s+(?:[\p{L}'’-]+\s+|⟨[OLX]\d+⟩\s+){1,10}?(?:(?:[\p{L}⟩\d-]*|⟨[OLX]\d+⟩),\s+|⟨T\d+⟩\s+|(?<=⟨L\d+⟩\s+)|(?<=\s\p{Lu}[\p{L}'’-]*\s+)|(?<=\b(?:seat of government|palace|headquarters|residence|office)\s+)))?(?:(?:his|her|their|the)\s+)?(?:(?:then|former)-\p{Ll}+\s+)?(?:(?:\p{Lu}[\p{L}-]*,?\s+(?:(?:of|and|for|the)\s+)*){1,12}?)?(?=⟨P\d+⟩|⟨X\d+⟩,\s*⟨P\d+⟩\s*,?\s+and\s+⟨P|⟨O\d+⟩\s+(?:led|headed)\s+by\s+⟨P|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:delegation|team)\s+(?:led|headed)\s+by\b)/gu, hosts: true },
  // "during their telephone conversation on ⟨T⟩, ⟨P1⟩ had assured him": the two spoke
  // (the verb first: a lookbehind opening the pattern would be tried at every position)
  { cue: /phone\s+(?:call|conversation)/i, re: /\b(?:told|assured|briefed|informed)\s+(?=⟨[PX]\d+⟩)(?<=\bduring\s+(?:their|a|the)\s+(?:tele)?phone\s+(?:call|conversation)\b[^.;]*)/gi, mode: 'PHONE' },
  // "⟨P1⟩ hosted a working dinner in honour of his Armenian counterpart": they met
  { cue: /in\s+(?:honou?r|tribute)\s+of/i, re: /\b(?:hosted|hosts|gave|held)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:dinner|lunch|luncheon|breakfast|reception|banquet)\s+in\s+(?:honou?r|tribute)\s+of\s+(?:his\s+|her\s+|the\s+)?/gi },
  // "⟨P1⟩ received separately at the ⟨O⟩ on ⟨T⟩ the copies of the credentials of ⟨P2⟩ …": an envoy presenting credentials meets the one receiving them
  // ("credentials from three new ambassadors to ⟨L⟩ at ⟨L⟩ in ⟨L⟩: ⟨P2⟩, ⟨P3⟩ and ⟨P4⟩": the list after where they were received)
  // ("received … the letters of credence of three new ambassadors accredited to ⟨L⟩: ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩": each in an audience of their own)
  { cue: /credentials|credence/i, re: /\b(?:received|receives|accepted|accepts)\b(?:[^.;⟨]|⟨[OLTX]\d+⟩){0,80}?\b(?:credentials|letters? of credence)\s+(?:of|from)\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:ambassadors|envoys|diplomats|heads of mission)(?:\s+(?:(?:accredited|posted)\s+)?to\s+⟨L\d+⟩)?(?:\s+(?:at|in)\s+(?:the\s+)?⟨[LO]\d+⟩)*\s*[:,]\s*)?/gi, mode: 'IN_PERSON', oneEach: true },
  // "⟨P⟩ is scheduled to present his Letter of Credentials to ⟨P2⟩": an envoy presenting credentials meets the one receiving them
  // ("jointly submitted copies of their credentials to ⟨P⟩", "handed over his letters of credence to ⟨P⟩" too)
  { cue: /credentials|credence/i, re: /\b(?:present|submit(?:t)?|hand(?:ed)?\s+over)(?:s|ed|ing)?\s+(?:(?:his|her|their|⟨[PX]\d+⟩)\s+)?(?:copies\s+of\s+(?:the\s+|(?:his|her|their)\s+)?)?(?:letters?\s+of\s+(?:credence|credentials)|credentials)\s+to\s+(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?=⟨P))?/gi, mode: 'IN_PERSON', oneEach: true },
  // "⟨P1⟩ received a courtesy call from ⟨P2⟩": the caller came in person
  { cue: /courtesy/i, re: /\b(?:received|receives|receiving)\s+(?:a\s+)?courtesy\s+(?:call|visit)\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?from\s+(?:(?:his|her|their|the)\s+)?/gi, mode: 'IN_PERSON' },
  // "⟨P1⟩ received a phone call on Wednesday from ⟨P2⟩"
  { cue: /(?:phone|video)\s+call/i, re: /\b(?:received|receives|took|had)\s+(?:⟨T\d+⟩\s+)?(?:a|an)\s+(?:(?:tele)?phone|video)\s+call\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?from\s+(?:(?:his|her|their|the)\s+)?/gi, mode: 'PHONE' },
  // "his talks with ⟨P⟩ in Lomé on 9 February", "Following her talks with ⟨P⟩, ⟨P2⟩ told …", "After ⟨P⟩'s meeting with ⟨P2⟩": the possessor met them
  { cue: /(?:talks|meetings?|consultations|discussions)\s+with\s/i, re: /(?<=⟨[PX]\d+⟩\s+(?:[\w-]+\s+)?)(?:talks|meetings?|consultations|discussions)\s+with\s+/gi, owned: true },
  // "The ministers agreed … to reconvene in ⟨L⟩ next year": the next round, planned
  { cue: /reconvene|meet again|convene again|hold (?:the|their) next/i, re: /\bagreed\s+(?:[^.;⟨]{0,80}?\band\s+)?to\s+(?:reconvene|meet again|convene again|hold (?:the|their) next (?:round|meeting|session))\b/gi, objectless: true },
  // "the meeting of the ⟨O⟩, scheduled for ⟨L⟩ next month under the co-chairmanship of ⟨P1⟩ and ⟨P2⟩": the co-chairs
  { cue: /co-?chairmanship/i, re: /\bunder\s+the\s+co-?chairmanship\s+of\s+(?:(?:His|Her)\s+(?:(?:Highness|Excellency|Majesty)\s+)?)?/gi },
  // "travel to Beijing for talks with ⟨P⟩", "visit Brussels for the annual strategic dialogue with ⟨P⟩"
  // "⟨P⟩ was received by ⟨P1⟩, after a morning of talks with ⟨P2⟩": talks the sentence's subject held before
  // ("⟨P⟩ will be accorded a ceremonial welcome …, followed by bilateral talks with ⟨P2⟩" too)
  { cue: /(?:after|following|followed by)\s/i, re: /(?<=\b(?:after|following)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?of\s+)?|\bfollowed\s+by\s+(?:[\w-]+\s+){0,2}?)(?:talks|consultations)\s+with\s+/gi },
  // ("for talks the same day with ⟨P⟩", "for talks there with ⟨P⟩" too)
  { cue: /(?:talks|meetings?|consultations|discussions|negotiations|dialogue|round)\s+(?:(?:the\s+same\s+day|there|⟨T\d+⟩)\s+)?with\s/i, re: /\bfor\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meetings?|consultations|discussions|negotiations|dialogue|round)\s+(?:(?:the\s+same\s+day|there|⟨T\d+⟩)\s+)?with\s+/gi, purpose: true },
  // "⟨P⟩ hosted on Sunday, in ⟨L⟩, a meeting of the foreign ministers of …": the host and those gathered
  { cue: /hosted|hosts|host|convened|convenes|chaired|chairs/i, re: /\b(?:hosted|hosts|host|convened|convenes|chaired|chairs)\s+(?:(?:on\s+)?⟨T\d+⟩\s*,?\s*|(?:in|at)\s+⟨L\d+⟩\s*,?\s*)*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|summit|session|gathering)\s+of\s+(?=⟨P\d+⟩)/gi, hosts: true },
  // "would travel to ⟨L⟩ in the coming weeks to brief ⟨P⟩ in person": one told face to face
  { cue: /in\s+person/i, re: /\bto\s+(?:brief|debrief|update|consult|inform)\s+(?=(?:the\s+|his\s+|her\s+)?⟨P\d+⟩\s+in\s+person\b)/gi, purpose: true },
];
// ("a delegation led by Minister of Foreign Affairs, ⟨P⟩": a title set off by a comma)
const LED_DELEGATION = /^(?:a|an|the)\s+(?:[\w-]+\s+)?(?:delegation|team)\s+(?:(?:of|from)\s+(?:the\s+)?⟨O\d+⟩(?:\s*\([^)]*\))?\s*,?\s+)?(?:led|headed)\s+by\s+(?:[\w.,-]+\s+){0,6}?⟨P(\d+)⟩/i;
/** "⟨P⟩ joined the meeting by video link", "joined the ministers for the afternoon session", "the two were then joined by ⟨P⟩": one more at the table. */
// ("⟨P⟩ was also present." after the talks; "⟨P⟩ also sat in."; "…, in which ⟨P⟩ also took part")
const JOINED = /\b(?:joined|joins|opened|chaired|attended|took part in|participated in|sat in on)\s+(?:(?:the\s+(?:ministers|leaders|delegates|delegations|talks)|them|him|her|⟨X\d+⟩)\s+(?:for|at|in)\s+)?(?:part\s+of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:meeting|talks|session|call|discussions|consultations)\b|\bjoined\s+(?:by|via)\s+(?:video\w*|(?:tele)?phone|video link)\b|(?<=⟨P\d+⟩\s+)(?:was|were)\s+(?:also\s+)?present\s*(?:at the (?:meeting|talks)\s*)?\.?\s*$|(?<=⟨P\d+⟩\s*,?\s+(?:also\s+)?)(?:sat in|took part|attended)\s*(?=[.,;]|$|as\s)|(?<=⟨P\d+⟩\s+)(?:was|were)\s+(?:also\s+)?among\s+(?:⟨P\d+⟩|(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:leaders|heads\s+of\s+(?:state|government)|ministers|delegates|participants|dignitaries|guests))\s+(?:who|that)\s+(?:attended|took\s+part|participated|were\s+present)\b/gi;
/** "talks facilitated by ⟨P⟩", "The summit, hosted by ⟨P⟩, was co-chaired by …", "at a meeting also brokered by ⟨P⟩": those who host or broker a table sit at it. */
// ("a meeting of foreign ministers from both blocs, hosted by ⟨P⟩" too)
const TABLE_HOSTED_BY = /\b(?:summit|meeting|talks|session|conference|dialogue|consultations|gathering)(?:\s+of\s+[^,;⟨]{1,60}?)?\s*,?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:also\s+)?(?:hosted|chaired|co-chaired|facilitated|mediated|brokered|moderated|convened)\s+by\s+(?:(?:the\s+)?[\w-]+\s+){0,3}?(?=⟨P)/gi;
// ("The meeting, held at the ministry's headquarters, was attended by" too)
// ("The tête-à-tête … was followed by an enlarged session of the two delegations, attended by ⟨P1⟩ and ⟨P2⟩" too: the same table, widened)
// ("On ⟨the Belarusian side⟩, the meeting was attended by …": each side's people told in turn)
// ("The council, which opened on ⟨T⟩, was chaired by ⟨P⟩ and attended by …": its chair and those attending)
// ("Monday's closed-door session at the … Hall was chaired by ⟨P⟩ and attended by …" too)
const ATTENDED_BY = /^(?:On\s+(?:the\s+)?(?:⟨[OL]\d+⟩|[\w-]+\s+side)\s*,\s*)?(?:The|This|These|the|this|these|⟨T\d+⟩['’]s)\s+(?:[\w-]+\s+)?(?:meetings?|talks|sessions?|audiences?|t[êe]te-[àa]-t[êe]te|council|summit|conference|plenary)(?:\s*,[^,;]*,|\s+(?:at|in)\s+[^,;.⟨]{0,80}?(?:⟨[OL]\d+⟩)?(?=\s+(?:was|were)\b))?(?:\s+(?:was|were)\s+(?:also\s+)?attended\s+by|\s+(?:was|were)\s+(?:co-)?chaired\s+by(?=\s+(?:[^.;⟨]|⟨P\d+⟩)*?\band\s+attended\s+by\b)|\s*,\s*which\s+(?:(?:also\s+)?had\s+in\s+attendance|(?:was|were)\s+(?:also\s+)?attended\s+by)|[^.;]*?\s+(?:was|were)\s+followed\s+by\s+(?:an?\s+)?(?:enlarged|expanded|extended|broader|wider|plenary|delegation-level)\s+(?:session|meeting|talks)[^,;⟨]*(?:⟨[OL]\d+⟩[^,;⟨]*)*,\s*attended\s+by)\s+/;
const SESSION_ATTENDED_BY = /\b(?:meeting|talks|session|summit|conference|gathering)(?=\s*,\s*(?:which|that)\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b)/i;
/**
 * "⟨P⟩, who arrived on Tuesday, was accompanied by ⟨P2⟩": told just after P's talks, P2 sat at them
 * ("⟨P⟩ was joined at the table by ⟨P1⟩, while ⟨P2⟩ was accompanied by ⟨P3⟩": each side's companions; "Mr Burt was joined by ⟨P1⟩" too).
 */
const ACCOMPANIED_AT = /(?:^|,\s*(?:while|and)\s+)⟨P(\d+)⟩(?:\s*,[^,;]*,)?\s+(?:was|were)\s+(?:also\s+)?(?:accompanied(?:\s+(?:to|at)\s+the\s+(?:meeting|talks))?|joined(?:\s+at\s+the\s+table)?)\s+by\s+(?:[\w-]+\s+){0,3}?(?=⟨P)/g;
/** "…, with ⟨P⟩ also present": one more at the table told in the same sentence. */
// ("Deputy foreign ministers of ⟨L⟩, ⟨L⟩ and ⟨L⟩ met in ⟨L⟩": offices of states, none named; "… at the end of a tripartite meeting held at the Plateau")
const PEOPLELESS_GATHERING = /\b(?:hosted|held|convened)\s+(?:(?:on\s+)?⟨T\d+⟩\s*,?\s*)?(?:(?:in|at)\s+⟨L\d+⟩\s*,?\s*)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|consultations|summit|session|round)\b|\b(?:meeting|talks|consultations|session)\s+(?:(?:was|were)\s+)?held\b|\bmet\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?(?:in|at)\s+⟨L\d+⟩/i;
// ("According to ⟨O⟩, ⟨O2⟩ at the talks was led by …": a source may open it, the occasion follow the party)
const PARTY_LEADERS = /^(?:According to [^,]*,\s*)?⟨O\d+⟩\s+(?:delegation\s+)?(?:at the (?:talks|meeting|consultations|session)\s+)?(?:was|were)\s+(?:also\s+)?(?:led|headed|represented)\s+by\s+/;
/**
 * A gathering's people, told after it: "The meeting was hosted by ⟨P⟩", "The meeting, hosted by ⟨P1⟩, was attended by
 * ⟨P2⟩ and ⟨P3⟩", "The Foreign Ministers' Meeting, held at …, was chaired by ⟨P⟩. It was attended by ⟨P⟩, ⟨P⟩ …".
 */
// ("The talks were facilitated by ⟨P1⟩ and ⟨P2⟩" too)
const TABLE_TOLD = /^(?:(?:The|This)\s+(?:[\w'’-]+\s+){0,3}(?:meeting|talks|session|summit|consultations)\b[^.;]*?|It\s+(?:was|were)\s+(?:also\s+)?)\b(?:chaired|co-chaired|hosted|attended|opened|facilitated|mediated|brokered)\s+by\s+/i;

/** The people a sentence like TABLE_TOLD seats, host and attendees alike (those named after its first "by"), or none. */
function peopleOfTableTold(m: MaskedSentence): string[] {
  const told = TABLE_TOLD.exec(m.text);
  if (!told) return [];
  const from = m.text.search(/\bby\s/);
  // (no possessive pronoun: "facilitated by ⟨P1⟩ and ⟨P2⟩ in ⟨his⟩ capacity as chairman")
  return [...m.text.slice(from).matchAll(/⟨P(\d+)⟩/g)].map((p) => m.slots[Number(p[1])]).filter((x) => !isPossessivePronoun(x)).flatMap((x) => x.keys);
}
/** "Attending were ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩": the people of a gathering told just before. */
const ATTENDING_LIST = /^(?:Also\s+|Among\s+those\s+)?(?:[Aa]ttending|[Tt]aking part|[Pp]articipating|present)\s+(?:the\s+(?:meeting|talks|session)\s+)?(?:were|was)\s+(?=⟨P)/;
/** "⟨P⟩ hosted the meeting at Harpa concert hall": the host of a gathering told before. */
const HOSTED_THE_MEETING = /^⟨P(\d+)⟩\s+(?:hosted|chaired|presided over)\s+the\s+(?:meeting|talks|session|gathering|summit)\b/;
const REPRESENTED_BY = /^⟨O\d+⟩\s+(?:was|were)\s+(?:also\s+)?represented\s+(?:at\s+the\s+(?:meeting|talks|session)\s+)?by\s+/;
/** "…, while the Ghanaian side included ⟨P⟩ and ⟨P⟩", "Also present at the meeting were ⟨P⟩ …", "Also participating in the talks were …": the table's other members. */
// ("Around the table sat …" too)
// ("Tarilongi returned from Suva, where he attended the Forum. On the sidelines, he met …": the gathering just told)
const DURING_THE_VISIT = /^(?:(?:On\s+the\s+(?:margins|sidelines)\s+of|During|In\s+the\s+course\s+of)\s+the\s+(?:[\w-]+\s+)?(?:visit|trip)|On\s+the\s+(?:margins|sidelines))\s*,/i;
/** "⟨P⟩ and his delegation", one of a table's parties: the one whose delegation it is. */
function delegationOf(masked: MaskedSentence, slots: Slot[]): string | undefined {
  const own = /⟨P(\d+)⟩\s+and\s+⟨P(\d+)⟩\s+(?:delegation|entourage|team)\b/.exec(masked.text);
  const [leader, pronoun] = own ? [slotAt(masked, Number(own[1])), slotAt(masked, Number(own[2]))] : [];
  return leader && pronoun && slots.includes(leader) && isPossessivePronoun(pronoun) && pronoun.keys[0] === leader.keys[0] ? leader.keys[0] : undefined;
}
const TRAVELLED_TO_TAKE_PART = /^((?:⟨P\d+⟩(?:\s*,\s*|\s+and\s+)?)+)\s*,?\s+(?:also\s+)?(?:travell?ed|flew|came)\s+(?:in\s+)?to\s+⟨L(\d+)⟩\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?to\s+(?:take\s+part(?:\s+in\s+the\s+(?:talks|meeting|session))?|(?:join|attend)\s+the\s+(?:talks|meeting|session))\s*[.,;]/;
const ATTENDED_TOLD = /^((?:⟨P\d+⟩(?:\s*,\s*|\s+and\s+)?)+)\s*,?\s+(?:also\s+)?(?:attended|sat\s+in\s+on|took\s+part\s+in)\s+(?:the|⟨T\d+⟩['’]s|(?:that|this|their)\s+)\s*(?:[\w-]+\s+)?(?:meeting|talks|session|discussions|audience)\b/;
const SIT_IN = /^((?:⟨P\d+⟩(?:\s*,\s*|\s+and\s+)?)+)\s+(?:will\s+|would\s+|are\s+to\s+|is\s+to\s+)?(?:also\s+)?(?:sit|sat|sits)\s+in\s+on\s+the\s+(?:talks|meeting|session|discussions|audience)\b/;
const JOINING_THEM = /\b(?:talks|meeting|discussions|session)\b[^.;]*?\bwith\s+((?:⟨P\d+⟩(?:\s*,\s*|\s+and\s+)?)+)\s+joining\s+⟨P(\d+)⟩/i;
const TABLE_MEMBERS = /(?:\b(?:side|delegation)|⟨O\d+⟩)\s+(?:also\s+)?(?:included|comprised|consisted\s+of|was\s+made\s+up\s+of)\s+|^(?:also\s+)?(?:present|in\s+attendance|participating|taking\s+part|attending|at\s+the\s+table)(?:\s+(?:at|in)\s+the\s+(?:meeting|talks|session|audience))?\s+(?:were|was)\s+|^(?:around|at)\s+the\s+table\s+(?:sat|were)\s+/gi;
// ("with ⟨P1⟩, and ⟨P2⟩, also taking part": a list set off by commas)
// ("…, with ⟨P1⟩ and ⟨P2⟩, leading the ministerial segment": those leading a part of it)
const ALSO_PRESENT = /\bwith\s+((?:⟨P\d+⟩(?:\s*,\s*(?:and\s+)?|\s+and\s+)?)+)\s*(?:also\s+)?(?:present|in attendance|attending|taking part|participating|at the table|leading the\s+(?:[\w-]+\s+)?(?:segment|session|talks|discussions)|joining (?:by|via) video(?: link)?|joining (?:by|via) (?:tele)?phone)\b/gi;
/** "The meeting took place at …", "The talks were held in …": the talks told before, told again. */
const HELD_AGAIN = /^(?:The|This|That|Their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|call|audience|discussions|encounter)\s+(?:took place|was held|were held)\b/;
/** "At the talks that followed, …", "During the meeting, …": the talks told before. */
const AT_TALKS_TOLD = /^(?:At|During|In)\s+the\s+(?:[\w-]+\s+)?(?:talks|meeting|session|discussions)\b/;
const JOINED_BY = /\b(?:was|were|will be|would be|are to be|is to be)\s+(?:then\s+|later\s+|also\s+)?joined\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?by\s+/gi;
/** "… travel to Kabul for the talks, which will be hosted by ⟨P⟩": the travellers meet their host. */
// ("⟨P1⟩ and ⟨P2⟩ held talks in ⟨L⟩ on Monday, in a trilateral meeting hosted by ⟨P3⟩" too)
const HOSTED_BY = /\b(?:for|in|at)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|consultations|summit)(?:,\s*which\s+(?:will|would|is to|are to)\s+be|,)?\s+hosted\s+by\s+(?=⟨P)/gi;
const SEPARATE_CALL = /\b(?:spoke|spoken|talked)\b[^.;⟨]*(?:⟨T\d+⟩[^.;⟨]*)?\bwith\s+⟨P\d+⟩\s+and\s*,?\s*in\s+a\s+separate\s+(?:(?:phone|telephone)\s+)?(?:call|conversation)\s*,\s*with\s+(?=⟨P)/g;
const CHAIRED_ATTENDED = /\b(?:summit|meeting|talks|session|conference)(?:\s+in\s+⟨L\d+⟩)?\s*,?\s+(?:which\s+was\s+|was\s+|were\s+)?chaired\s+by\s+/gi;
/** "⟨P1⟩ and ⟨P2⟩ both flew to Dubai for talks": those who travel to talk meet each other. */
const LEADS_SIDE = /⟨P(\d+)⟩\s+(?:also\s+)?(?:led|headed|leads|heads)\s+(?:(?:the|a|an|his|her|its|⟨[PX]\d+⟩)\s+(?:[\w'’-]+\s+|⟨[LOX]\d+⟩\s+){0,3}?(?:side|delegation|team)\b|⟨O\d+⟩(?=\s*,\s*(?:while|and|with)\b))/g;
const SIDE_LED_BY = /(?:\b(?:side|delegation|team)|⟨O\d+⟩)\s+(?:was|were|is|will be)\s+(?:led|headed)\s+by\s+(?:[\w.-]+\s+){0,4}?⟨P(\d+)⟩/g;
const RESPECTIVE_SIDES = /\b(?:led|headed|lead|head|leading|heading)\s+(?:their|the)\s+(?:respective\s+)?(?:delegations|sides|teams)\b/g;
/** "The meeting, …", "The summit …": a sentence opening on the gathering just told. */
const TOLD_AGAIN = /^(?:The|This)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|summit|session|talks|conference|forum)\b/;
const BROUGHT_TOGETHER = /\bbr(?:ought|ings|inging|ing)\s+together\s+(?:(?:the|his|her|their)\s+)?/gi;
// ("The meeting, chaired by ⟨P⟩, brought together …" too)
// ("⟨P⟩ hosted meetings on Syria in ⟨L⟩ that brought together …" too)
const CONVENED_WHICH = /⟨P(\d+)⟩\s+(?:chaired|co-chaired|hosted|convened|presided over|opened)\b(?:[^;.⟨]|⟨[TL]\d+⟩)*(?:,\s*which|\s(?:that|which))\s+(?:also\s+)?$|\b(?:chaired|hosted|convened)\s+by\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩\s*,\s*$/;
/** "the Omani minister, with whom he met in Muscat on Sunday, had told him …": a relative clause's meeting. */
// ("…, with whom ⟨P⟩ was to hold talks": a plan)
const HEADED_BY = /^(?:,?\s*and\s+⟨X\d+⟩)?(?:[^.;⟨]|⟨[LO]\d+⟩)*?,\s*(?:headed|led)\s+by\s+(?:[\w.-]+\s+){0,6}?⟨P(\d+)⟩/;
const RESCHEDULED = /\b(?:postponed|pushed back|moved|rescheduled|put off|deferred)\s+(?:to|until|till|for)\s+⟨T\d+⟩/;
const WITH_WHOM = /⟨P(\d+)⟩\s*,\s*with whom\s+⟨P(\d+)⟩\s+(?:had\s+|has\s+|(?:was|were|is|are)\s+(?:(?:due|scheduled|expected|set)\s+)?to\s+|will\s+)?(?:also\s+)?(?=met\b|meet\b|held\s+(?:[\w-]+\s+)?talks\b|hold\s+(?:[\w-]+\s+)?talks\b|spoke\b|talked\b)/g;
const SEQUEL = /\b(?:later|afterwards|subsequently|then)\b/i;
// ("… met in ⟨L⟩ for the session of the Council, under the chairmanship of ⟨P⟩" too)
/** "⟨P⟩ held talks in ⟨L⟩ ⟨T⟩ with the foreign ministers of four …": talks whose other side the text names only next. */
const HELD_WITH_UNNAMED = /^(?:[^⟨.;]*,\s*)?⟨P(\d+)⟩\s+(?:held\s+(?:talks|a\s+meeting|consultations)|met|hosted|received|chaired)\b(?:[^.;⟨]|⟨[LT]\d+⟩)*?\bwith\s+the\s+(?:[\w-]+\s+)*?(?:ministers|leaders|heads|presidents|envoys|counterparts|delegations|representatives)\b(?![^.;]*⟨P)/;
const CHAIRED_BY = /\b(?:talks|meeting|session|consultations|summit)\b[^.;]*?\b(?:was|were)\s+(?:co-)?(?:chaired|presided\s+over)\s+by\s+(?:[\w-]+\s+){0,3}?((?:⟨P\d+⟩(?:\s*,\s*|\s+and\s+)?)+)/i;
const CHAIRED_BEFORE = /⟨P(\d+)⟩\s*,?\s+(?:chaired|co-chaired|hosted|convened|presided over|opened)\b|\bunder\s+the\s+chairmanship\s+of\s+(?:[\w'’-]+\s+){0,3}?⟨P(\d+)⟩/;
// ("⟨P1⟩ and his ⟨P2⟩ are expected to travel to ⟨L⟩ next month for another round of negotiations" too)
const TRAVEL_FOR_TALKS = /\b(?:flew|fly|travell?ed|travel|went|go|came|come|head)\s+(?:[\w'-]+\s+){0,2}?(?:to|into)\s+⟨L\d+⟩(?:\s+(?:(?:in|on)\s+)?⟨T\d+⟩)?\s+for\s+(?:(?:another|a new|a fresh|the next|a further)\s+round\s+of\s+)?(?:talks|(?:a|the)\s+(?:[\w-]+\s+)?meeting|meetings|consultations|negotiations)\b/gi;
const BETWEEN_NOUN = /\b(?:talks|meetings?|consultations?|call|conversation|summit|retreat|session|(?<!(?:press|news|media)\s)conference)\b/gi;
// ("described the meeting as fruitful and said they discussed the relationship between ⟨O1⟩ and ⟨O2⟩": another noun's "between")
const BETWEEN_PATTERN = new RegExp(`${BETWEEN_NOUN.source}(?:(?!\\b(?:relationship|relations|ties|cooperation|partnership|dispute|border|trade|tensions?|rivalry|conflict|war|differences)\\b)[^.;])*?\\bbetween\\s+(?:the\\s+(?=⟨O\\d+⟩\\s+and\\s+⟨O\\d+⟩\\s*,\\s*(?:led|headed)\\s+by\\b))?(?:(?:presidents|leaders|ministers|foreign ministers|prime ministers)\\s+)?(?=⟨)`, 'gi');
/** "arrived at the air base …, where he was welcomed by", "Upon arrival at ⟨X⟩ International Airport, ⟨P⟩ was received by": told as written, abbreviations' stops left out. */
// ("landed at … Airport, headed first to the Presidential Palace, where he was received by": a welcome after moving on is no protocol)
const AIRPORT_BEFORE = new RegExp(String.raw`\b(?:${AIRFIELD_WORDS})\b(?![^.;]*\b(?:later|then|afterwards|subsequently|(?:headed|went|proceeded|drove|moved\s+on)\s+(?:\w+\s+)?to)\b)[^.;]*$`, 'i');
const TALKS_OPENING = /^(?:(?:the|official|formal|bilateral|further|his|her|their)\s+)*(?:talks|meetings?|consultations)\s+with\s+(?=(?:his\s+|her\s+|the\s+)?⟨[PX]\d+⟩)/i;
/** "In a phone call on Monday, ⟨P1⟩ and ⟨P2⟩ discussed …" */
const CALL_OPENING = /^(?:In|During)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+)?(?:(?:tele)?phone|video)\s+(?:call|conversation|conference)\b[^.;⟨]*(?:⟨T\d+⟩[^.;⟨]*)?,\s*/i;

function slotAt(masked: MaskedSentence, index: number): Slot {
  return masked.slots[index];
}

/** The people the person slots of `written`, a stretch of `masked`'s text, stand for. */
function peopleIn(masked: MaskedSentence, written: string): string[] {
  return [...written.matchAll(/⟨P(\d+)⟩/g)].flatMap((p) => slotAt(masked, Number(p[1])).keys);
}

/** The actor slots just after `pos`: "⟨P1⟩, ⟨P2⟩ and ⟨P3⟩", "officials of ⟨O4⟩". */
export function groupAfter(masked: MaskedSentence, pos: number): { slots: Slot[]; end: number } {
  const rest = masked.text.slice(pos);
  // ("his counterparts, ⟨P1⟩ and ⟨P2⟩": the names a description before them stands for)
  // ("the Prime Minister, ⟨P⟩, on the same day": a title set off before the name)
  // ("held talks with then ⟨P⟩", "met outgoing ⟨P⟩": an office's time before the name)
  // ("the three members of the ⟨BiH⟩ Presidency, ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩": the members named, not their body)
  const members = /^(?:the\s+)?(?:two|three|four|five|six|seven)\s+members\s+of\s+(?:the\s+)?(?:⟨[OL]\d+⟩\s*)?(?:\p{Lu}[\p{L}-]*\s*){0,3},\s*(?=⟨P)/u.exec(rest);
  if (members) return groupAfter(masked, pos + members[0].length);
  // ("meet with CNMI ⟨Gov. X⟩", "received by Saeima ⟨Speaker X⟩": a title's first word outside the name's slot)
  // ("with Korea's ⟨Minister of Trade, Industry and Energy, X⟩": a possessor the slot leaves out too)
  // ("met Senegal's new ⟨Minister X⟩" too)
  // ("with former presidents ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩": a plural office before the names)
  // ("by Haut-Katanga ⟨Governor X⟩": a region of two hyphened words too)
  const titleWord = /^(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:['’]s)?)(?:\s+new)?\s+(?=⟨P)|^(?:(?:former|fellow|the|two|three|four|five)\s+)*(?:[a-z-]+\s+)?(?:presidents|ministers|leaders|premiers|envoys|ambassadors|counterparts|governors)\s*,?\s*(?=⟨P\d+⟩\s*(?:,|and\b))/u.exec(rest);
  if (titleWord) return groupAfter(masked, pos + titleWord[0].length);
  // ("with ⟨OECS⟩ foreign ministers, among them ⟨P1⟩ and ⟨P2⟩": the ones named of those described)
  const among = /^(?:(?:the|several|other|fellow|two|three|four|five|⟨[OL]\d+⟩|\p{Lu}{2,6}|[a-z-]+)\s+){0,3}(?:ministers|leaders|counterparts|officials|presidents|heads\s+of\s+(?:state|government)|envoys|ambassadors)\s*,\s*(?:among\s+them|including)\s+(?=⟨P)/u.exec(rest);
  if (among) return groupAfter(masked, pos + among[0].length);
  // ("with ⟨Algerian Minister⟩ of Foreign Affairs and the National Community ⟨Abroad X⟩": an office told in pieces before its holder)
  const longTitle = /^⟨X(\d+)⟩(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}-]*)){1,10}\s+(?=⟨P)/u.exec(rest);
  if (longTitle && !slotAt(masked, Number(longTitle[1])).keys.length) return groupAfter(masked, pos + longTitle[0].length);
  // ("then-foreign ⟨minister X⟩": a hyphen may join the word to the title's first)
  // ("talks with the head of the designated government, ⟨P⟩": an office told in plain words before its holder)
  // ("bilateral talks with the host, ⟨P⟩": the part a person plays told before the name)
  // ("talks with their host, ⟨P⟩" too)
  const described = /^(?:the\s+(?:(?:[a-z-]+\s+){0,2}(?:head|chief|leader|president|premier|minister|governor|secretary|envoy)\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:government|state|council|country|administration|authority)|(?:summit['’]s\s+)?(?:host|hosts|chair|chairman|chairwoman|chairperson))|(?:their|his|her)\s+(?:host|hosts)),\s*(?=⟨P)/.exec(rest);
  if (described) return groupAfter(masked, pos + described[0].length);
  // ("with ⟨Norway's special envoy⟩ for the Colombian peace process, ⟨P⟩": an office with its portfolio, then the name)
  const head = /^(?:(?:then|former|outgoing|incoming)(?:\s+|-[a-z]+\s+))?(?:(?:the|his|her|their|its)\s+(?:new\s+|newly\s+appointed\s+)?|(?:officials|representatives|members|envoys|leaders|delegates) of\s+(?:the\s+)?|⟨X\d+⟩(?:\s+(?:for|on|to)\s+(?:the\s+)?[^,;⟨]{1,60})?,\s*(?=⟨P\d+⟩\s*,?\s+and\s+⟨P|⟨P\d+⟩(?:\s*[,.]|\s+(?:on|in|at|for|during|before|after)\b|\s*$)))?⟨([POX])(\d+)⟩/i.exec(rest);
  if (!head) return { slots: [], end: pos };
  const items = [{ slot: slotAt(masked, Number(head[2])), end: pos + head[0].length, comma: false }];
  for (;;) {
    // ("⟨P1⟩ and Ports ⟨P2⟩", "⟨P1⟩ and ⟨GNU⟩ ⟨P2⟩", "⟨P1⟩ and Border Control and ⟨Labour Minister X⟩": a title's first words may stand outside the name's slot)
    // ("⟨P1⟩, who is accompanying the minister, and ⟨P2⟩": a relative clause between two of the list)
    // ("⟨P1⟩; ⟨P2⟩; and ⟨P3⟩": a list of long titles is set off by semicolons; "attended by ⟨P1⟩ and by ⟨P2⟩")
    // ("⟨Mr. A, Minister of Foreign Affairs,⟩ ⟨Mr. B, Presidential Advisor,⟩ and ⟨P⟩": the comma inside a name's apposition)
    // ("⟨P1⟩ of ⟨Hungary⟩ and ⟨P2⟩ of the ⟨UAE⟩": each one's state after the name)
    // ("⟨P1⟩, coordinator of the ⟨O⟩ (CPT), ⟨P2⟩ and ⟨P3⟩": an office told after one of the list)
    // ("⟨P1⟩, and the Sãotomean ministers ⟨P2⟩ and ⟨P3⟩": a plural office before the rest of the list; "⟨P1⟩ and the members of ⟨O⟩" too)
    // ("⟨P1⟩ and Malaysia's facilitator for the peace process, ⟨P2⟩": an office told in words before the last of the list)
    const more = /^(?:\s+of\s+(?:the\s+)?⟨L\d+⟩)?(?:\s*,\s*(?:who|which)\b[^,;⟨]*(?:⟨[POXLT]\d+⟩[^,;⟨]*)*(?=,\s*and\b)|\s*,\s*(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}\s+of\s+(?:the\s+)?⟨O\d+⟩(?:\s*\([^()]*\))?(?=\s*,\s*⟨P))?(\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s+as well as\s+|\s+(?=⟨P))(?:(?:the\s+|his\s+|her\s+|their\s+)?(?:\p{L}[\p{L}-]*\s+)?(?:presidents|ministers|leaders|premiers|envoys|ambassadors|counterparts|governors|members)\s+(?=⟨P)|(?:the\s+)?(?:members|officials|representatives)\s+of\s+(?:the\s+)?(?=⟨O)|(?<=\band\s+)(?:the|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+\s*,\s*(?=⟨P\d+⟩(?!\s+(?:said|told|added|says)\b))|the\s+|his\s+|her\s+|their\s+|by\s+|(?<=\band\s+)with\s+|(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:and\s+)?|⟨O\d+⟩\s+(?=⟨P))?⟨([POX])(\d+)⟩/u.exec(masked.text.slice(items[items.length - 1].end));
    if (!more) break;
    const last = items[items.length - 1].slot;
    if (!/\S/.test(more[1]) && !(last.type === 'P' && masked.sentence.text.slice(0, last.end - masked.sentence.start).trimEnd().endsWith(','))) break;
    // ("and members of the ⟨Council⟩": members of a body unnamed, unless a delegation whose members are told)
    const member = slotAt(masked, Number(more[3]));
    if (/\bof\s+(?:the\s+)?⟨O\d+⟩$/.test(more[0]) && !(member.mention?.kind === 'organization' && member.mention.delegation)) break;
    items.push({ slot: slotAt(masked, Number(more[3])), end: items[items.length - 1].end + more[0].length, comma: !/\band\b|as well as/.test(more[1]) });
  }
  // "A, B and C" is a list; "A, B told …" is not
  while (items.length > 1 && items[items.length - 1].comma) items.pop();
  return { slots: items.map((i) => i.slot), end: items[items.length - 1].end };
}

/** The actor slots ending just before `pos` in the same clause: "⟨P1⟩ and ⟨P2⟩ … met". */
export function groupBefore(masked: MaskedSentence, pos: number, types = /[POX]/, anyOrganization = false): Slot[] {
  const before = masked.text.slice(0, pos);
  const markers = [...before.matchAll(SLOT)].filter((m) => types.test(m[1]));
  for (let k = markers.length - 1; k >= 0; k--) {
    const marker = markers[k];
    const gap = before.slice(marker.index + marker[0].length);
    if (CLAUSE_BREAK.test(gap) || /\b(?:said|told|says|added)\b/.test(gap)) return [];
    // '"…," ⟨P⟩, a professor of international relations, told ⟨M⟩': an apposition closed before the verb
    if (/^,\s*(?:a|an|the)\s+[^,;⟨"“”]*,\s*$/.test(gap) && slotAt(masked, Number(marker[2])).type === 'P') return [slotAt(masked, Number(marker[2]))];
    // another subject stands between: "⟨P⟩, the sources said", "⟨P⟩, officials said"
    // ("⟨O⟩ has warned": an auxiliary is no plural noun; nor is "nevertheless")
    if ((/(?:^|,)\s*(?:(?:the|some|other|several|unnamed)\s+)?(?!(?:has|was|is|as|also|always|thus|perhaps)\s*$|[a-z]*ss\s*$)[a-z]+s\s*$/.test(gap) || /,\s*(?:a|an|the)\s+(?!(?:day|week|month|few\s+days)\s+(?:early|earlier|late|later|ahead|before|after)\b)[a-zA-Z]/.test(gap)) && slotAt(masked, Number(marker[2])).type !== 'T') return [];
    const slot = slotAt(masked, Number(marker[2]));
    // "an ⟨EU⟩ official said", "a ⟨Sudanese government⟩ source told": an unnamed person, not the body
    if (/^\s+(?:officials?|sources?|diplomats?|insiders?|aides?)\s*$/i.test(gap)) return [];
    const eligible = (x: Slot): boolean => x.type !== 'O' || anyOrganization || actsAsGroup(masked, x);
    // ("a delegation from the ⟨Turkish Ministry of National Defence⟩ arrived": an unnamed delegation acts for its body)
    if (slot.type === 'O' && /^\s*$/.test(gap) && /\b(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:delegation|team|mission)\s+(?:from|of)\s+(?:the\s+)?$/i.test(before.slice(0, marker.index))) return [slot];
    // ("the two ministers announced that ⟨O1⟩ and ⟨O2⟩ had agreed to hold": the states are the subject, not the ministers)
    if (!eligible(slot)) {
      if (/^\s*(?:(?:had|has|have|will|would|also|both|jointly|(?:agreed|decided|plan|plans|planned|intend|intends)\s+to)\s+)*$/.test(gap)) return [];
      continue;
    }
    // The object of a preposition ("officials of ⟨O⟩", "talks with ⟨P⟩") is no subject.
    const lead = before.slice(0, marker.index);
    // "… by ⟨P⟩, who travelled to Libreville and was received by …": a verb in an open relative clause is its antecedent's
    if (/^\s*,?\s*(?:who|which)\b[^,;]*$/.test(gap)) return [slotAt(masked, Number(marker[2]))];
    // "⟨O⟩'s decision … met with criticism from traders, who say": the relative clause is another noun's
    if (/\S\s*,\s*(?:who|which)\b[^,;]*$/.test(gap)) return [];
    // "⟨P1⟩ and ⟨P2⟩, accompanied by ⟨P3⟩, paid a call": the companions act with the group
    // ("⟨P1⟩ and ⟨P2⟩, together with ⟨P3⟩, later paid a call" too)
    // ("⟨P⟩, accompanied by ⟨P1⟩ and ⟨P2⟩, met …": every companion listed)
    // ("⟨P⟩, again accompanied by ⟨P1⟩, was received by …" too)
    const companion = /,\s*(?:(?:(?:again|also|once\s+again)\s+)?(?:accompanied|joined|flanked)\s+by|(?:together|along)\s+with|alongside)\s+(?:[\p{L}.]+\s+){0,2}((?:⟨P\d+⟩(?:\s*,\s*|\s+and\s+))*)$/u.exec(lead);
    if (companion && /^\s*,?\s*(?:(?:later|then|also|subsequently|jointly)\s+)*$/.test(gap)) {
      const group = groupBefore(masked, companion.index, types, anyOrganization);
      const others = [...companion[1].matchAll(/⟨P(\d+)⟩/g)].map((p) => slotAt(masked, Number(p[1])));
      if (group.length) return [...group, ...others, slotAt(masked, Number(marker[2]))];
    }
    // "⟨P⟩, heading a delegation that included ⟨P1⟩, arrived … and held talks": the leader, with the members named
    const heading = /⟨P(\d+)⟩\s*,\s*(?:heading|leading|at the head of)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:that|which)\s+(?:also\s+)?(?:included|includes|comprised)\s+(?:⟨P\d+⟩\s*(?:,\s*|\s+and\s+))*$/.exec(lead);
    if (heading && /^\s*,/.test(gap)) return [slotAt(masked, Number(heading[1])), ...groupAfter(masked, heading.index + heading[0].length).slots];
    // "⟨The delegation⟩, which included ⟨P1⟩ and the head of the panel, ⟨P2⟩, held talks": the delegation, not its last member named
    const including = /⟨O(\d+)⟩\s*,\s*which\s+(?:also\s+)?(?:included|includes|comprised|comprises)\s+[^;]*$/.exec(lead);
    if (including && /^\s*,\s*$/.test(gap) && coreferenceDelegation(masked, Number(including[1]))) return [slotAt(masked, Number(including[1]))];
    // "He met ⟨P1⟩ and was later received by ⟨P2⟩": the object of the first verb is not the second's subject
    // ("He held talks with ⟨P1⟩ on ⟨T⟩ and was then received by ⟨P2⟩" too)
    // ("Waqa met ⟨P1⟩ and ⟨P2⟩ that afternoon, and paid a courtesy call on ⟨P3⟩" too)
    // ("⟨P⟩ is scheduled to meet ⟨P1⟩ on Monday, before heading to Erbil": the gerund is the subject's too; "…, before travelling on to ⟨L⟩ for talks with" too)
    // ("⟨P⟩ will meet ⟨P1⟩ at Kramar's Villa tomorrow before flying back": a venue may come first)
    const firstVerb = /^(?:\s+(?:at|in)\s+(?:[^,;⟨.]|⟨L\d+⟩){1,40}?(?=\s+⟨T|\s+(?:before|after)\b))?(?:\s*,?\s+(?:on\s+)?⟨T\d+⟩(?:\s+(?:morning|afternoon|evening))?|\s*,?\s+(?:that|the same)\s+(?:morning|afternoon|evening|day))?\s*,?\s+(?:and\s+(?:(?:was|were|is|had|has|then|later|also)\b.*)?|(?:before|after)\s+(?:\w+ing\s+)?|(?:before|after)\s+\w+ing\b(?:[^,;⟨]|⟨[LT]\d+⟩)*?(?:\s+to)?\s+)$/.test(gap)
      ? /\b(?:met|meets|meet|received|hosted|visited|called on|thanked|welcomed|joined|(?:talks|meeting|call|spoke|talked|consultations|discussions|negotiations)\s+with)\s+(?:(?:his|her|their|the)\s+)?(?:[\w-]+\s+){0,3}(?:⟨P\d+⟩(?:\s*,\s*|\s+and\s+))*$/i.exec(lead) : null;
    if (firstVerb) {
      // (all its objects: the subject stands before the first verb)
      while (k > 0 && markers[k - 1].index >= firstVerb.index) k--;
      continue;
    }
    // "⟨P0⟩, who received ⟨P1⟩ in Ankara, said": P1 sits in a relative clause closed before the verb
    // ("⟨P0⟩, who met ⟨X⟩ at Parliament House ⟨T⟩, is expected to travel …": and before an auxiliary the clause's verb leans on)
    // ("⟨P0⟩, who co-chairs the ⟨Commission on Trade⟩, Economic and Technical Cooperation, reported": a name's own list may stand in it)
    if (/,\s*(?:who|whose|which)\b[^,;]*$/.test(lead) && /^(?:\s*,\s*(?:and\s+)?(?:\p{Lu}[\p{L}-]*\s*)+)*[^,;]*,\s*(?:(?:is|are|was|were|will|would|has|have|had|also|then|later)\b[^,;⟨]*)?$/u.test(gap)) continue;
    // "⟨delegation⟩ led by ⟨P⟩ held talks": the delegation, which stands for its leader and members
    const ledGroup = /⟨O(\d+)⟩\s+(?:led|headed) by\s+$/.exec(lead);
    if (ledGroup && coreferenceDelegation(masked, Number(ledGroup[1]))) {
      // ("⟨P⟩ and a five-member ⟨delegation⟩ led by ⟨P2⟩ arrived": one told before the delegation travels with it)
      const withOne = /⟨([PX])(\d+)⟩\s+and\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}$/.exec(lead.slice(0, ledGroup.index));
      return [...(withOne ? [slotAt(masked, Number(withOne[2]))] : []), slotAt(masked, Number(ledGroup[1]))];
    }
    // "a spokesman for ⟨O⟩ said": an unnamed spokesperson speaks for the body
    const written = masked.sentence.text.slice(0, slot.start - masked.sentence.start);
    // ("the press service of ⟨O⟩ reported" too)
    if (anyOrganization && slot.type === 'O' && /\b(?:spokes(?:man|woman|person)|spokespeople|press (?:service|office)|media office)\s+(?:for|of|at)\s+(?:the\s+)?$/i.test(written)) return [slot];
    // ("…, with ⟨P⟩ expected to travel to ⟨L⟩": the subject of an absolute clause)
    if (/,\s*with\s+$/i.test(lead) && /^\s+(?:(?:also|now)\s+)?(?:expected|due|set|scheduled|slated|poised)\s+to\s+[^,;]*$/i.test(gap)) return [slot];
    if (/\b(?:of|in|at|from|with|for|by|to|between|about|on|among|against)\s+(?:the\s+)?$/i.test(lead) && !/\b(?:led|headed) by\s+$/i.test(lead)) {
      // ("⟨P⟩, speaking at the ⟨United National Congress⟩ forum …, said": a body inside a participle's aside is passed over)
      const aside = /⟨[PX]\d+⟩\s*,\s*\w+ing\b[^,;]*$/.test(lead) && /,\s*$/.test(gap);
      if ((slot.type === 'O' && !aside) || /^\s*$/.test(gap)) return [];
      continue;
    }
    const slots = [slot];
    let start = marker.index;
    let listed = false; // a comma joins only inside "A, B and C"
    for (let j = k - 1; j >= 0; j--) {
      // ("⟨P1⟩ of ⟨Japan⟩, ⟨P2⟩ of ⟨Ireland⟩ and ⟨P3⟩": each one's state after the name)
      const joint = before.slice(markers[j].index + markers[j][0].length, start).replace(/^\s+of\s+(?:the\s+)?⟨L\d+⟩/, '');
      // "her counterpart, ⟨P⟩,": an apposition names the same one again
      const same = (a: Slot, b: Slot): boolean => a.keys.length > 0 && a.keys.join() === b.keys.join();
      if (/^\s*,\s*$/.test(joint) && same(slotAt(masked, Number(markers[j][2])), slots[0])) { start = markers[j].index; continue; }
      // ("⟨P1⟩, and his ⟨counterpart⟩, ⟨P2⟩, met": the comma closing the first one's apposition)
      if (!/^(?:\s*,\s*(?:and\s+(?:the\s+|his\s+|her\s+|their\s+)?)?|\s+(?:both\s+)?and\s+(?:the\s+|his\s+|her\s+|their\s+)?)$/.test(joint)) break;
      if (/\band\b/.test(joint)) listed = true;
      else if (!listed) break;
      if (!eligible(slotAt(masked, Number(markers[j][2])))) break;
      slots.unshift(slotAt(masked, Number(markers[j][2])));
      start = markers[j].index;
    }
    // "⟨O⟩ – ⟨A⟩, ⟨B⟩ and ⟨C⟩ – said": the list between dashes spells out the body before it
    const spelledOut = /⟨([POX])(\d+)⟩\s*[–—]\s*$/.exec(before.slice(0, start));
    if (spelledOut && /^\s*[–—]\s*$/.test(gap)) return [slotAt(masked, Number(spelledOut[2]))];
    return slots;
  }
  return [];
}

function coreferenceDelegation(masked: MaskedSentence, index: number): boolean {
  const m = masked.slots[index]?.mention;
  return m?.kind === 'organization' && m.delegation;
}

/** An organisation that travels or meets as a body: a delegation, or a movement's envoys. */
function actsAsGroup(masked: MaskedSentence, slot: Slot): boolean {
  const m = slot.mention;
  if (m?.kind !== 'organization') return false;
  if (m.delegation) return true;
  const after = masked.sentence.text.slice(m.end - masked.sentence.start, m.end - masked.sentence.start + 30);
  return /^\s+(?:envoys|delegation|representatives|officials|leaders|negotiators|team)\b/.test(after);
}

/** The speaker of "⟨P⟩ said" (or "said ⟨P⟩") just before `pos`. */
function saidBy(masked: MaskedSentence, pos: number): Slot[] {
  // ("⟨P⟩ said on ⟨T⟩ that …, after hosting …": the speaker who opens the sentence)
  // ("⟨P⟩ said on ⟨T⟩ after meeting …": a day between)
  const said = /(?:⟨P(\d+)⟩\s+(?:said|told reporters|says)|(?:said|says)\s+⟨P(\d+)⟩)\s+(?:[\w-]+\s+|⟨T\d+⟩\s+){0,6}$/.exec(masked.text.slice(0, pos)) ??
    /^[^⟨,;]*⟨P(\d+)⟩\s+(?:said|says|told reporters)\b[^;]*$/.exec(masked.text.slice(0, pos));
  return said ? [slotAt(masked, Number(said[1] ?? said[2]))] : [];
}

/** Travelling together, with the slot groups of the follower and the leader: "X will accompany Y", "Y, accompanied by X", "X, who travelled with Y". */
/** Ways of travelling in company: [cue, pattern, group of the follower, group of the leader] (a pattern runs only where its cue is found). */
const TRAVEL_COMPANY: readonly [RegExp, RegExp, number, number][] = [
  // ("who is accompanied by" is the passive, read by the next pattern)
  [/accompan|travel|flew/i, /⟨P(\d+)⟩(?:,\s*who)?\s+(?:[\w-]+\s+){0,3}?(?:accompan(?:y|ies|ied)(?!\s+by\b)|travell?ed with|travels with|flew with)\s+(?:[\w-]+\s+){0,2}?⟨P(\d+)⟩/g, 1, 2],
  // ("The President is accompanied in ⟨L⟩ by ⟨P⟩" too)
  [/accompanied\s+(?:in\s+⟨L\d+⟩\s+)?by/i, /⟨P(\d+)⟩(?:[^.;⟨]|⟨[LT]\d+⟩)*?\baccompanied\s+(?:in\s+⟨L\d+⟩\s+)?by\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩/g, 2, 1],
  // "⟨P⟩ was due to arrive in ⟨L⟩ on Monday together with ⟨P1⟩": one travelling with the traveller
  [/(?:together|along)\s+with/i, /⟨[PX](\d+)⟩(?:[^.;⟨]|⟨[LT]\d+⟩)*?\b(?:arriv\w*|travel\w*|fl(?:y|ew|ies|ying|own)|visit\w*|went|go(?:es|ing)?|heads?|headed|heading)\b(?:[^.;⟨]|⟨[LT]\d+⟩)*?\b(?:together|along)\s+with\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩/g, 2, 1],
  // "Among those accompanying ⟨P⟩ is ⟨P1⟩": every one listed
  [/among/i, /\bamong\s+(?:those|the\s+officials|the\s+ministers)\s+(?:accompanying|travell?ing\s+with)\s+⟨P(\d+)⟩\s+(?:is|are|was|were)\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩/gi, 2, 1],
];

export interface Companion {
  follower: string;
  leader: string;
  evidence: Evidence;
  /** "⟨P1⟩, who was to have accompanied ⟨P2⟩ on the trip": a companion of a trip called off. */
  calledOff?: boolean;
  /** "The Hungarian delegation also included ⟨P⟩": a companion on the trip made, not on the next leg to come. */
  onTripMade?: boolean;
}

/** "The ⟨L⟩ delegation includes ⟨P1⟩ …", "Those on the visit include ⟨P1⟩ …": members of a delegation whose leader the story told before. */
// ("The presidential delegation includes ⟨P1⟩", and "It also included ⟨P1⟩" after a sentence that opens on a delegation)
// ("⟨The Hungarian delegation⟩ includes ⟨P1⟩": a nationality's delegation named as a body)
// ("⟨The delegation⟩ includes ⟨P1⟩": the one told arriving at its head)
const DELEGATION_LISTED = /^(?:The\s+(?:⟨L(\d+)⟩\s+|(?:presidential|official|high-level|visiting|ministerial)\s+)?delegation|Those\s+on\s+the\s+(?:visit|trip)|(It)|⟨([OX])(\d+)⟩)\s+(?:also\s+)?(?:includes?|included|comprises|comprised)\s+/;

/** Those a delegation's list names travel with the traveller the story told last (of the delegation's state, when it names one). */
export function readListedDelegation(masked: MaskedSentence[], visits: VisitReading[], coreference: Coreference): Companion[] {
  const out: Companion[] = [];
  for (const m of masked) {
    const listed = DELEGATION_LISTED.exec(m.text);
    const bodySlot = listed?.[3] ? slotAt(m, Number(listed[4])) : undefined;
    const body = bodySlot?.mention ?? undefined;
    const unnamed = listed?.[3] === 'X' && !!bodySlot && /\bdelegation$/i.test(m.sentence.text.slice(bodySlot.start - m.sentence.start, bodySlot.end - m.sentence.start));
    if (!listed || (listed[3] && !unnamed && !(body?.kind === 'organization' && body.delegation && body.country))) continue;
    const opening = listed[2] ? masked[m.sentence.index - 1]?.slots.find((x) => x.start === masked[m.sentence.index - 1].sentence.start) : undefined;
    if (listed[2] && !(opening?.mention?.kind === 'organization' && opening.mention.delegation)) continue;
    const state = listed[1] ? placeOf(slotAt(m, Number(listed[1])))?.country : body?.kind === 'organization' && body.delegation ? body.country ?? undefined : opening?.mention?.kind === 'organization' ? opening.mention.country ?? undefined : undefined;
    const stateOf = (k: string): string | null | undefined => coreference.people.find((p) => p.key === k)?.country;
    const trip = [...visits].reverse().find((v) => v.sentence <= m.sentence.index && v.visitors.some((k) => k.startsWith('p') && (!state || stateOf(k) === state)));
    const leader = trip?.visitors.find((k) => k.startsWith('p') && (!state || stateOf(k) === state));
    if (!leader) continue;
    for (const member of m.slots.filter((x) => x.type === 'P' && m.text.indexOf(`⟨P${m.slots.indexOf(x)}⟩`) >= listed[0].length)) {
      for (const follower of member.keys) if (follower !== leader) out.push({ follower, leader, evidence: evidenceOf(m, [member]), onTripMade: !!bodySlot });
    }
  }
  return out;
}

/** "⟨P⟩'s delegation included ⟨P1⟩ and ⟨P2⟩": the members travel with the one whose delegation it is. */
const OWN_DELEGATION = /⟨([PX])(\d+)⟩\s+(?:official\s+|high-level\s+)?delegation\s+(?:also\s+)?(?:included|includes|comprised)\s+([^;.]*)/g;

// ("at the head of a large delegation including ⟨P1⟩ and ⟨P2⟩" too)
// ("is accompanied by a delegation of more than 200 officials and business leaders, including ⟨P1⟩ and ⟨P2⟩" too)
const LEADING_DELEGATION = /\b(?:leading|heading|at the head of|heads|leads|headed|led|head|lead|accompanied by)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,2}?delegation\s+(?:of\s+[^.;⟨]{0,80}?,?\s+)?(?:(?:that|which)\s+(?:also\s+)?(?:included|includes|include|comprised|comprises)|including|comprising)\s+([^;.]*)/g;

/** Who travels with whom in one sentence ("Nigeria's foreign minister, who travelled with Tinubu"). */
export function readCompanions(masked: MaskedSentence): Companion[] {
  const out: Companion[] = [];
  // the people a delegation's list names travel with its leader
  const members = (leader: string | undefined, list: string): void => {
    for (const member of list.matchAll(/⟨P(\d+)⟩/g)) {
      const slot = slotAt(masked, Number(member[1]));
      if (leader && slot.keys[0] && slot.keys[0] !== leader) out.push({ follower: slot.keys[0], leader, evidence: evidenceOf(masked, [slot]) });
    }
  };
  for (const match of masked.text.matchAll(OWN_DELEGATION)) {
    const leader = slotAt(masked, Number(match[2]));
    // ("His delegation also includes ⟨P⟩": the possessive pronoun's person)
    const owns = leader?.mention?.kind === 'person' ? leader.mention.possessor : leader?.mention?.kind === 'reference' && /^(his|her)$/.test(leader.mention.words[0] ?? '');
    if (owns) members(leader.keys[0], match[3]);
  }
  // "⟨P⟩ arrived …, leading a 12-member delegation that includes ⟨P1⟩"
  // (the list ends where the main clause goes on: "…, ⟨P1⟩, was also received by ⟨P2⟩")
  for (const match of masked.text.matchAll(LEADING_DELEGATION)) {
    members(groupBefore(masked, match.index)[0]?.keys[0], match[1].split(/(?:,\s*|\s+)(?:and\s+)?(?:was|were|is|are|has|had|will|would|then|also|later)\b/)[0]);
  }
  for (const [cue, pattern, followerGroup, leaderGroup] of TRAVEL_COMPANY) {
    for (const match of cuedMatches(masked.text, cue, pattern)) {
      if (NEGATED.test(masked.text.slice(0, match.index + match[0].indexOf('⟨', 1)))) continue;
      const leader = slotAt(masked, Number(match[leaderGroup]));
      // "accompanied by ⟨P1⟩ and ⟨P2⟩": every one listed
      const first = slotAt(masked, Number(match[followerGroup]));
      const followers = followerGroup === 2 ? groupAfter(masked, masked.text.indexOf(`⟨P${match[followerGroup]}⟩`)).slots : [first];
      const calledOff = /\b(?:was|were)\s+(?:due\s+|set\s+|scheduled\s+)?to\s+have\s+(?:[\w-]+\s+)?accompan/i.test(match[0]);
      for (const follower of followers.length ? followers : [first]) {
        const [a, b] = [follower?.keys[0], leader?.keys[0]];
        if (a && b && a !== b) out.push({ follower: a, leader: b, evidence: evidenceOf(masked, [follower]), calledOff });
      }
    }
  }
  return out;
}

function evidenceOf(masked: MaskedSentence, slots: Slot[]): Evidence {
  const spans = slots.length ? slots : [{ start: masked.sentence.start, end: masked.sentence.end }];
  return { sentence: masked.sentence.index, start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** A clause that tells background, not the event: ", a day after Quito postponed a summit". */
// ("… for the first time since a planned meeting fell through" too)
const BACKGROUND_CLAUSE = /(?:,\s+|\bfor the first time\s+)(?:(?:a|one|two|three|several|\w+)\s+(?:day|days|week|weeks|hours?|months?)\s+)?(?:after|since|before)\b[^;]*/gi;

const RENEWED = /,?\s+(?:and|but)\s+(?:⟨[PX]\d+⟩\s+)?(?:is|are|will|has|have)\s+now\b/gi;

/** "was due to", "was to", "had been scheduled to": a plan told in the past. */
export const PAST_PLAN = /\b(?:was|were)\s+(?:(?:due|scheduled|set|slated|supposed|expected)\s+)?to\s+(?:[\w-]+\s+){0,3}$|\bhad\s+(?:also\s+|originally\s+|initially\s+)?been\s+(?:due|scheduled|set|slated|expected)\s+to\s+(?:[\w-]+\s+){0,3}$/i;

function statusOf(masked: MaskedSentence, at: number): EventStatus {
  // ("… will travel to ⟨L⟩ for talks with ⟨P⟩, with whom ⟨P2⟩ spoke by phone": the relative clause has a tense of its own)
  // (and so has a clause with a subject of its own after "after" or "when": "… will leave on Sunday, after ⟨P1⟩ and ⟨P2⟩ spoke on Monday")
  const before = masked.text.slice(0, at).split(/[;.]\s|,\s(?=but|while|although|with whom)|,\s(?=(?:after|since|when)\s+⟨[PO]\d+⟩)/).pop() ?? '';
  // ("is expected to meet ⟨P⟩ again in September, when both leaders travel to ⟨L⟩": a when-clause in the present of a plan is planned)
  const when = /,\s+when\s+⟨[PX]\d+⟩\s+(?:also\s+)?$/.exec(masked.text.slice(0, at));
  if (when && !/^(?:\w+ed|went|met|flew|came|held|left|was|were|had|did)\b/i.test(masked.text.slice(at)) && PLANNED.test(masked.text.slice(0, when.index))) return 'PLANNED';
  // "A and B have agreed to …, X said after meeting Y": the plan is in the words, the meeting is the speaker's
  const saying = [...before.matchAll(/,\s*(?:⟨[PO]\d+⟩\s+)?(?:said|says|told reporters)\b/g)].pop();
  // ("⟨P⟩, who arrived ahead of the summit, met …": a closed relative clause is another event's)
  // ("⟨P⟩ said ⟨O⟩ will expand …, after hosting ⟨P2⟩": the speaker's gerund tells what was done, not the plan)
  const afterSaying = /,\s*(?:after|while)\s+$/.test(before) && /\b(?:said|says|told)\b/.test(before);
  const clause = afterSaying ? '' : (saying ? before.slice(saying.index + saying[0].length) : before).replace(/,\s*(?:who|which)\b[^,;]*,/g, ',');
  // a cancellation told in a background clause after the event is another event's, and so is one
  // told after ", but" of an event of its own ("…, but a planned meeting with ⟨P⟩ has been called off")
  const told = masked.text.replace(BACKGROUND_CLAUSE, (m, offset: number) => (offset > at ? '' : m))
    // ("will travel to ⟨L1⟩ and ⟨L2⟩ next week, but a planned stop in ⟨L3⟩ has been put off" too)
    .replace(/,\s*but\s+(?:a|an)\s+(?:planned\s+|scheduled\s+|proposed\s+)?(?:meeting|talks|call|summit|stop|stopover|leg|visit|trip)\b[^;]*/gi, (m, offset: number) => (offset > at ? '' : m))
    // ("⟨P⟩ is expected to travel to ⟨L⟩ in March, while a planned visit by ⟨P2⟩ has been pushed back")
    .replace(/,\s*(?:while|whereas)\s[^;]*/gi, (m, offset: number) => (offset > at ? '' : m));
  // ("had been expected to jet in tomorrow, and is now expected to lead …": the plan made anew is no cancellation)
  const renewed = [...told.matchAll(RENEWED)].filter((m) => m.index < at).pop();
  if (CANCELLED.test(renewed ? told.slice(renewed.index) : told)) return 'CANCELLED';
  // ("⟨P⟩ was due to travel to ⟨L⟩ …, but the other side asked for more time": a plan told in the past, and undone)
  // (not one only still unscheduled: "was expected to travel to ⟨L⟩ next month, but no official date has been announced")
  if (PAST_PLAN.test(clause) && /^[^.;]*,\s*but\b(?!\s+(?:no\s+(?:official\s+|firm\s+|exact\s+)?dates?\b|[^.;]*\bnot\s+yet\b))/.test(masked.text.slice(at))) return 'CANCELLED';
  // "agreed to reconvene in ⟨L⟩": the next round is to come
  if (/^agreed\s+(?:[^.;⟨]{0,80}?\band\s+)?to\s+(?:reconvene|meet again|convene again|hold (?:the|their) next)\b/i.test(masked.text.slice(at))) return 'PLANNED';
  // "…, following talks in Phnom Penh between ⟨P1⟩ and ⟨P2⟩": what the news follows has happened
  // ("… have agreed to deepen cooperation following a ministerial meeting here on Tuesday co-chaired by ⟨P1⟩ and ⟨P2⟩")
  // ("… has agreed to look at it following his talks with ⟨P⟩" too)
  // ("…, after more than three hours of face-to-face talks at …" too)
  if (/\b(?:following|after)\s+(?:the\s+|⟨[PX]\d+⟩\s+)?(?:[\w-]+\s+){0,2}$/i.test(before) || /\b(?:following|after)\s+(?:more\s+than\s+|nearly\s+|almost\s+|some\s+)?[\w-]+\s+(?:hours|days|rounds)\s+of\s+(?:[\w-]+\s+){0,2}$/i.test(before) ||
    /\b(?:following|after)\s+(?:a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|consultations|session|summit)\b(?:[^.;,⟨]|⟨[LT]\d+⟩)*$/i.test(before)) return 'OCCURRED';
  // "Before leaving for ⟨L⟩, ⟨P⟩ is due to meet …": an opening gerund shares the main clause's tense
  const opening = OPENING_GERUND.exec(masked.text);
  const main = opening ? masked.text.slice(opening[0].length).replace(/^\s+/, '') : '';
  if (opening && at < opening[0].length && PLANNED.test(main.split(/[.;]\s|[.;]?\s*$/)[0]) && !/^[^,]*\b(?:said|says)\b/.test(main)) return 'PLANNED';
  // ("…, becoming the first ⟨Israeli foreign minister⟩ to visit ⟨L⟩": the infinitive takes the tense of what it characterises)
  const infinitive = /⟨[PX](\d+)⟩\s+to\s+$/.exec(before);
  const subject = infinitive ? masked.slots[Number(infinitive[1])] : null;
  if (infinitive && subject && /^(?:the\s+)?(?:first|second|third|last|only)\b/i.test(masked.sentence.text.slice(subject.start - masked.sentence.start))) {
    return PLANNED.test(before.slice(0, infinitive.index)) ? 'PLANNED' : 'OCCURRED';
  }
  // ("⟨P⟩ was to hold the consultations with ⟨P1⟩ and call on ⟨P2⟩": the second verb shares the first's plan)
  // ("he was to hold bilateral talks with ⟨P1⟩ and pay a courtesy call on ⟨P2⟩" too)
  if (/\b(?:is|are|was|were)\s+(?:also\s+)?(?:(?:due|scheduled|set|supposed)\s+)?to\s+\w+\b[^.;,]*\band\s+(?:(?:pay|make|hold)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?)?$/i.test(before)) return 'PLANNED';
  // "⟨P⟩ is to receive ⟨P2⟩ on Friday": a plan
  if (/\b(?:is|are|was|were)\s+(?:also\s+|now\s+)?to\s+$/i.test(before)) return 'PLANNED';
  // the trigger's own auxiliary: "⟨P⟩ is expected in ⟨L⟩", "the two will be joined by"
  if (/^(?:will|would|shall|(?:is|are)\s+(?:also\s+|now\s+|both\s+|all\s+)?(?:due|expected|to|scheduled|set|slated)\b)/i.test(masked.text.slice(at))) return 'PLANNED';
  // "The meeting, co-chaired by ⟨P1⟩ and ⟨P2⟩, will now be held in ⟨L⟩": the verb after the event's apposition
  if (/\b(?:meeting|talks|session|summit|visit|trip|round)\s*,\s*$/i.test(before) && /^[^,.;]*,\s*(?:will|would|(?:is|are)\s+(?:now\s+)?(?:to|expected to|scheduled to|due to|set to))\b/i.test(masked.text.slice(at))) return 'PLANNED';
  // ("when ⟨P⟩'s trip to ⟨L⟩ will now take place": the event noun's own verb)
  if (/^(?:visit|trip|tour|meeting|talks|summit)\b(?:[^,.;⟨]|⟨[LT]\d+⟩)*?\b(?:will|would|is to|are to)\s+(?:now\s+|still\s+)?(?:take place|go ahead|be held|happen)\b/i.test(masked.text.slice(at))) return 'PLANNED';
  // ("… would build on the agreement that ⟨O1⟩ and ⟨O2⟩ signed in ⟨T⟩ during ⟨P⟩'s visit to ⟨L⟩": a relative clause told in the past is past)
  const pastRelative = [...clause.matchAll(/\b(?:that|which)\s+(?:⟨[PO]\d+⟩(?:\s*,\s*|\s+and\s+)?)+\s*(?:signed|concluded|agreed|reached|held|made|took|adopted|launched|inaugurated)\b/g)].pop();
  const planClause = pastRelative ? clause.slice(pastRelative.index) : clause;
  // ("accepted the invitation to pay an official visit to ⟨L⟩" too)
  // ("accepted an invitation from President ⟨P⟩ to make a state visit to ⟨L⟩" too)
  if (PLANNED.test(planClause) || /\binvit(?:ation|ed)\s+(?:from\s+(?:[\w-]+\s+){0,3}?⟨P\d+⟩\s+)?to\s+(?:(?:pay|make)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?$/i.test(planClause)) return 'PLANNED';
  // headline grammar: "⟨P⟩ to hold talks with …"; "preparations for ⟨P⟩'s state visit" ("Preparations were under way for a visit …")
  if (/⟨[PO]\d+⟩\s+to\s+(?:[\w-]+\s+)?$/.test(clause) || /\b(?:preparations?(?:\s+(?:were|are|is|was)\s+(?:also\s+|already\s+|now\s+)?under\s*way)?|preparing|prepare|plans?|ahead)\s+(?:for|of)\s+(?:[^.;,]{0,40})$/i.test(clause) || /,\s*(?:due|scheduled|set|slated|expected)\s+to\s+be\b[^.;,]*$/i.test(clause)) return 'PLANNED';
  // "the retreat between ⟨P1⟩ and ⟨P2⟩, which is expected to be held in ⟨L⟩": the event's own clause tells it is to come
  if (/^[^.;,]*,\s*which\s+(?:is|are|will\s+be)\s+(?:(?:expected|due|scheduled|set|slated)\s+to\s+(?:be\s+held|take\s+place)|to\s+be\s+held)\b/i.test(masked.text.slice(at))) return 'PLANNED';
  // the news present of a timetable: "⟨P⟩ flies on to ⟨L⟩ on ⟨T⟩"
  // ("On ⟨T⟩ the minister leaves for ⟨L⟩" too: the day told first)
  if (/^(?:flies|travels|heads|leaves|departs|goes)\b/i.test(masked.text.slice(at)) && (/^[^.;]*?⟨T\d+⟩/.test(masked.text.slice(at)) || /⟨T\d+⟩\s*,?\s*(?:⟨[PX]\d+⟩\s*)$/.test(before))) return 'PLANNED';
  // (and its progressive: "⟨P⟩ is leaving for Bangladesh on Monday")
  if (/\b(?:is|are)\s+$/i.test(before) && /^(?:leaving|departing|travell?ing|heading|flying)\b[^.;]*?⟨T\d+⟩/i.test(masked.text.slice(at))) return 'PLANNED';
  return 'OCCURRED';
}

function placeOf(slot: Slot | undefined): { name: string | null; country: string } | null {
  const m = slot?.mention as PlaceMention | undefined;
  if (!m || m.kind !== 'place') return null;
  const entry = m.entry;
  // "at the Élysée": the seat stands in its capital
  if (entry.kind === 'seat') return { name: SEAT_CITIES[entry.name] ?? capitalOf(entry.code), country: entry.code };
  return { name: entry.kind === 'country' || entry.kind === 'region' ? null : entry.name, country: entry.code };
}

/** "I will …" in a quotation (opened in this sentence or one before): what the speaker plans in the first person. */
// (a table "we" plan has the speaker at it: "We will meet with my dear brother ⟨P⟩ and our Georgian friend ⟨P2⟩ in ⟨L⟩";
// a trip "we" make may be a delegation's or a state's, not the speaker's: "We will visit Paris")
// ("I'll be in ⟨L⟩ next month", "I expect to be back in ⟨L⟩" too)
const firstPersonPlan = (who: string): string => String.raw`(?:^|["“][^"”]*?)\b${who}(?:\s+(?:will|shall|am\s+going\s+to|are\s+going\s+to|plan\s+to|intend\s+to|hope\s+to|expect\s+to|look\s+forward\s+to|have\s+accepted\s+(?:the|an|your|his|her)\s+invitation\s+to)|['’]ll)\s+(?:also\s+)?`;
/** "'I will be in ⟨L⟩ on Saturday,' she added", "I will return to ⟨L⟩ in June": a trip. */
const QUOTED_TRIP = new RegExp(`${firstPersonPlan('I')}(?:be\\s+(?:back\\s+)?in|travel\\s+to|come\\s+(?:back\\s+)?to|go\\s+(?:back\\s+)?to|fly\\s+to|return\\s+to|visit)\\s+(?:the\\s+)?⟨L(\\d+)⟩`, 'g');
/** "'I will be in ⟨L⟩ in May to co-chair the Commission with my brother ⟨P⟩,' he said", "I look forward to welcoming ⟨P⟩": a table (and where it sits). */
const QUOTED_TABLE = new RegExp(`${firstPersonPlan('(?:I|[Ww]e)')}(?:be\\s+in\\s+⟨L(\\d+)⟩\\s*(?:(?:in\\s+|on\\s+)?⟨T\\d+⟩\\s*)?(?:to|,\\s*where\\s+(?:I|we)\\s+(?:will|shall))\\s+)?(?:meet(?:ing)?(?:\\s+with)?|hold(?:ing)?\\s+talks\\s+with|co-chair(?:ing)?\\s+(?:[^.;⟨"”]|⟨[OL]\\d+⟩){0,80}?\\bwith|welcom(?:e|ing)|receiv(?:e|ing)|host(?:ing)?)\\s+(?:(?:my|our)\\s+(?:[\\w-]+\\s+)??(?=⟨P))?`, 'g');

/** The trips and tables one speaker plans in the first person inside a quotation. */
export function readQuotedPlans(masked: MaskedSentence, speakers: string[], coreference: Coreference): { visits: VisitReading[]; meetings: MeetingReading[] } {
  if (speakers.length !== 1 || !/["“”]/.test(masked.text)) return { visits: [], meetings: [] };
  const planned = { sentence: masked.sentence.index, status: 'PLANNED' as const, confidence: 0.7 };
  const visits = [...masked.text.matchAll(QUOTED_TRIP)].map((match): VisitReading => {
    const placeSlot = slotAt(masked, Number(match[1]));
    const place = placeOf(placeSlot);
    return {
      ...planned, evidence: evidenceOf(masked, [placeSlot]), at: match.index + match[0].search(/\b(?:I|[Ww]e)\s/),
      visitors: speakers, destination: place?.country ?? null, place: place?.name ?? null, contextual: false,
    };
  });
  const meetings = [...masked.text.matchAll(QUOTED_TABLE)].flatMap((match): MeetingReading[] => {
    const object = groupAfter(masked, match.index + match[0].length);
    // ("… with my dear brother ⟨P1⟩ and our Georgian friend ⟨P2⟩": each of them)
    const more = /^\s+and\s+(?:(?:my|our)\s+(?:[\w-]+\s+){0,3}?)?⟨P(\d+)⟩/.exec(masked.text.slice(object.end));
    // ("I look forward to meeting the president's team": the one whose team it is is not met)
    const guests = (more ? [...object.slots, slotAt(masked, Number(more[1]))] : object.slots).filter((x) => !possesses(masked, x));
    const end = object.end + (more?.[0].length ?? 0);
    const participants = expandGroups([...speakers, ...guests.flatMap((x) => x.keys)], coreference);
    if (participants.length < 2) return [];
    // ("I look forward to welcoming ⟨P1⟩ and ⟨P2⟩ in ⟨L⟩": the place after the guests)
    const placeSlot = match[1] ?? /^\s+(?:in|to)\s+⟨L(\d+)⟩/.exec(masked.text.slice(end))?.[1];
    const place = placeSlot ? placeOf(slotAt(masked, Number(placeSlot))) : null;
    return [{
      ...planned, evidence: evidenceOf(masked, guests), at: match.index + match[0].search(/\b(?:I|[Ww]e)\s/),
      participants, mode: 'IN_PERSON', place: place?.name ? { name: place.name, country: place.country } : null,
    }];
  });
  return { visits, meetings };
}

export function readVisits(masked: MaskedSentence, coreference: Coreference): VisitReading[] {
  const visits: VisitReading[] = [];
  if (!masked.slots.some((s) => s.type === 'P' || s.type === 'O' || s.type === 'X')) return visits;
  const add = (visitors: Slot[], placeSlot: Slot | undefined, at: number, confidence: number): void => {
    const place = placeOf(placeSlot);
    const keys = expandGroups(visitors.flatMap((s) => s.keys), coreference);
    if (!keys.length || disputed(masked.text, at)) return;
    visits.push({
      sentence: masked.sentence.index, evidence: evidenceOf(masked, [...visitors, ...(placeSlot ? [placeSlot] : [])]),
      status: statusOf(masked, at), at, confidence, visitors: keys, destination: place?.country ?? null, place: place?.name ?? null,
      contextual: !place,
    });
  };
  // every pattern of travel but the bare arrival names a place
  const placed = masked.slots.some((s) => s.type === 'L');
  for (const { cue, re } of placed ? VISIT_PATTERNS : []) {
    if (!cue.test(masked.text)) continue;
    for (const match of masked.text.matchAll(re)) {
      const welcomed = /^(?:welcom|receiv|host)/i.test(match[0]);
      const placeSlot = slotAt(masked, Number(welcomed ? match[2] : match[1]));
      // ("hoped to welcome ⟨P⟩ in ⟨L⟩ as soon as conditions allow": a wish, no trip)
      if (welcomed && HYPOTHETICAL.test(masked.text.slice(0, match.index))) continue;
      if (welcomed) { add([...match[1].matchAll(/⟨[PO](\d+)⟩/g)].map((g) => slotAt(masked, Number(g[1]))), placeSlot, match.index, 0.8); continue; }
      const took = /^(?:took|sends?|sent|dispatch(?:es|ed)?|(?:visit|trip|tour|journey|one)\s+(?:by|of|that))\s+(?:[\w-]+\s+){0,3}?⟨[PX](\d+)⟩|^(?:visit|trip|tour|journey|one)\s+⟨[PX](\d+)⟩/i.exec(match[0]);
      if (took) {
        // ("dispatched his ⟨P1⟩ on a regional tour that took him to ⟨L1⟩ and ⟨L2⟩": the one sent is the one it took, to each place)
        const sent = /\b(?:dispatched|dispatches|sent|sends)\s+(?:his\s+|her\s+|their\s+)?⟨P(\d+)⟩\s*,?\s+on\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:tour|trip|mission|visit)\s+(?:that|which)\s+$/i.exec(masked.text.slice(0, match.index));
        const taken = [slotAt(masked, Number(sent?.[1] ?? took[1] ?? took[2]))];
        for (const place of [placeSlot, ...listedAfter(masked.text.slice(match.index + match[0].length), masked)]) add(taken, place, match.index, 0.7);
        continue;
      }
      if (NEGATED.test(masked.text.slice(0, match.index)) || habitual(masked, match.index)) continue;
      // ("travelled from Gitega to Bujumbura": a journey inside one country is no trip abroad)
      const origin = /\bfrom\s+(?:the\s+)?⟨L(\d+)⟩/.exec(match[0]);
      if (origin && slotAt(masked, Number(origin[1])) !== placeSlot && placeOf(slotAt(masked, Number(origin[1])))?.country === placeOf(placeSlot)?.country) continue;
      // "invited ⟨P⟩ to visit Abuja": an invitation is no trip (one accepted is a plan)
      // ("an invitation for ⟨P⟩ to pay a state visit to ⟨L⟩", "invited ⟨P⟩ to undertake an official visit to ⟨L⟩" too)
      const invited = /\binvit\w*\b[^.;]{0,80}\bto\s+(?:(?:pay|make|undertake)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?$/i.exec(masked.text.slice(0, match.index));
      if (invited && !/\baccept\w*\s+(?:\w+\s+)?$/i.test(masked.text.slice(0, invited.index))) continue;
      let visitors = groupBefore(masked, match.index);
      // ("⟨P1⟩ met ⟨P2⟩ on the sidelines of the summit in ⟨L⟩": both were at the summit)
      if (/^(?:on|at)\s+the\s+(?:margins|sidelines)\b/i.test(match[0]) && masked.text.startsWith('⟨')) visitors = [...new Set([...groupAfter(masked, 0).slots, ...visitors])];
      // "arrangements for ⟨P⟩ to visit ⟨L⟩": the infinitive's own subject
      const forTo = /\bfor\s+(?:the\s+)?⟨([PX])(\d+)⟩\s+to\s+$/.exec(masked.text.slice(0, match.index));
      if (forTo) visitors = [slotAt(masked, Number(forTo[2]))];
      // "⟨P⟩'s state visit to ⟨L⟩", "the Russian president's trip to ⟨L⟩": the one whose visit it is
      const owner = /⟨([PX])(\d+)⟩\s+(?:[\w-]+\s+){0,2}$/.exec(masked.text.slice(0, match.index));
      const ownerSlot = owner ? slotAt(masked, Number(owner[2])) : null;
      if (ownerSlot && possesses(masked, ownerSlot) && /^(?:visit|trip|tour|journey)\b/i.test(match[0])) visitors = [ownerSlot];
      // ("⟨P⟩ has held talks with ⟨P1⟩ and ⟨P2⟩ in ⟨L⟩ in the most senior Qatari visit to ⟨L2⟩": the subject's visit, not the hosts')
      // (", the high point of a visit to ⟨L⟩ that began on ⟨T⟩": an apposition on the whole clause)
      else if (/^(?:visit|trip|tour|journey)\b/i.test(match[0]) && /[^,]\s+in\s+(?:the|a|an|his|her|its)\s+(?:[\w-]+\s+){0,3}$|,\s*the\s+(?:[\w-]+\s+)?(?:point|highlight|climax|centrepiece|centerpiece|start|end|leg|stop)\s+of\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,3}$/i.test(masked.text.slice(0, match.index)) && masked.text.startsWith('⟨')) visitors = groupAfter(masked, 0).slots;
      // "A visit to India by ⟨P⟩"
      // ("a trip to Riyadh earlier this month by ⟨P⟩" too)
      // ("the visit to ⟨L⟩ of Somali President ⟨P⟩, initially scheduled for Saturday" too)
      const by = /^\s*(?:⟨T\d+⟩\s*)?(?:by|of)\s+/.exec(masked.text.slice(match.index + match[0].length));
      const byWhom = by ? groupAfter(masked, match.index + match[0].length + by[0].length).slots : [];
      if (by && (/by\s+$/.test(by[0]) || byWhom.some((x) => x.type !== 'O'))) visitors = byWhom;
      // ("The trip to ⟨L⟩ that President ⟨P⟩ was due to make in early October": the one the relative clause names)
      const madeBy = /^\s*(?:that|which)\s+(?:[\w-]+\s+){0,2}?⟨[PX](\d+)⟩\s+(?:was|were|had\s+been|is|has\s+been|had)\s+(?:(?:due|scheduled|set|expected|supposed|planning)\s+to\s+)?(?:make|undertake|pay|made|undertaken|paid)\b/.exec(masked.text.slice(match.index + match[0].length));
      if (madeBy && /^(?:visit|trip|tour|journey)\b/i.test(match[0])) visitors = [slotAt(masked, Number(madeBy[1]))];
      // ("⟨P⟩ met ⟨P1⟩ and ⟨P2⟩, a day after arriving in ⟨L⟩": the gerund's subject is the sentence's)
      if (/^\w+ing\b/i.test(match[0]) && /,\s*(?:(?:a|one|two|three|\w+)\s+(?:days?|weeks?|hours?)\s+)?(?:after|before|upon|on)\s+$/i.test(masked.text.slice(0, match.index))) {
        const subject = groupAfter(masked, 0).slots;
        if (subject.length && masked.text.indexOf('⟨') === 0) visitors = subject;
      }
      // "Prior to visiting ⟨L⟩, ⟨P⟩ …": the main clause's subject
      // "During his visit to ⟨L⟩, ⟨P⟩ met …" too
      const unresolvedPossessor = visitors.length === 1 && !visitors[0].keys.length && visitors[0].mention?.kind === 'reference' && /^(his|her|their)$/.test(visitors[0].mention.words[0] ?? '');
      const opening = /ing\b/i.test(match[0].split(/\s/)[0]) || unresolvedPossessor;
      const comma = masked.text.indexOf(',', match.index);
      if ((!visitors.length || unresolvedPossessor) && opening && comma > 0) visitors = groupAfter(masked, comma + 2).slots;
      // ("⟨P⟩ will leave …, the last stop of a tour that began in ⟨L⟩": the sentence's subject's tour)
      if (!visitors.length && /\b(?:began|started|opened)\b/i.test(match[0]) && masked.text.startsWith('⟨')) visitors = groupAfter(masked, 0).slots;
      // "…, ⟨P⟩ said on ⟨T⟩ at the end of a two-day visit to ⟨L⟩": the speaker's own visit
      const speaker = visitors.length ? null : /⟨P(\d+)⟩\s+(?:said|told|says)\b[^.;⟨]*(?:⟨T\d+⟩[^.;⟨]*)?\b(?:at the end of|during|on|wrapping up)\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,3}$/.exec(masked.text.slice(0, match.index));
      if (speaker) visitors = [slotAt(masked, Number(speaker[1]))];
      const counted = visits.length;
      add(visitors, placeSlot, match.index, visitors.some((v) => v.mention?.kind === 'reference') ? 0.7 : 0.9);
      // ("a tour that began last week in ⟨L⟩": the opening leg is behind, whatever the sentence plans)
      // (and over: the talks told after it are at the later stops)
      if (/\b(?:began|started|opened)\s/i.test(match[0]) && visits.length > counted) Object.assign(visits[visits.length - 1], { status: 'OCCURRED', ended: true });
      // ("flew back to Singapore", "returned to Astana": perhaps a trip home)
      // ("is due back in Canberra on Thursday" too)
      // (not the place one came back from: "returned home from ⟨L⟩ after …", a trip over)
      const cameBackFrom = /\bfrom\s+(?:the\s+)?⟨L\d+⟩$/.test(match[0]);
      if (cameBackFrom && visits.length > counted) visits[visits.length - 1].ended = true;
      if (/^returned\b|^\w+\s+(?:back|home)\b|\bdue\s+back\b|\bexpected\s+back\b/i.test(match[0]) && !cameBackFrom && visits.length) visits[visits.length - 1].returning = true;
      // ("… received by ⟨P⟩ before continuing to ⟨L⟩": the next stop, not where the sentence's talks are)
      // ("… talks with ⟨P⟩ tomorrow before ⟨P⟩ leaves for ⟨L⟩": so is a departure told after "before" with its own subject)
      if (/\b(?:before|then)\s+(?:⟨[PX]\d+⟩\s+)?$/i.test(masked.text.slice(0, match.index)) && visits.length) visits[visits.length - 1].onward = true;
      // "will travel to Israel, Jordan and Egypt": one trip to each
      const rest = masked.text.slice(match.index + match[0].length);
      for (const more of listedAfter(rest, masked)) add(visitors, more, match.index, 0.8);
      const asDid = AS_DID.exec(rest);
      if (asDid) add(groupAfter(masked, match.index + match[0].length + asDid[0].length).slots, placeSlot, match.index, 0.8);
      // "travelled to ⟨L1⟩ from ⟨L2⟩, where he had held meetings": he was in L2 as well
      const from = /^\s+from\s+⟨L(\d+)⟩,?\s+where\b/.exec(masked.text.slice(match.index + match[0].length));
      if (from) add(visitors, slotAt(masked, Number(from[1])), match.index, 0.7);
    }
  }
  for (const match of cuedMatches(masked.text, /host|received|welcomed/i, HOST_PATTERN)) {
    const host = slotAt(masked, Number(match[2]));
    const guest = slotAt(masked, Number(match[4]));
    const hostCountry = host.mention?.kind === 'organization' ? host.mention.country : host.mention?.kind === 'place' ? host.mention.entry.code : null;
    if (!hostCountry) continue;
    const city = host.mention?.kind === 'place' ? host.mention.entry.name : host.mention?.kind === 'organization' ? host.mention.surface : null;
    if (guest.type === 'O' && !actsAsGroup(masked, guest)) continue; // "Doha hosted the movement's office for years"
    const guests = guest.keys.some((k) => coreference.delegations.has(k)) ? [guest] : leaderOf(masked, guest) ?? [guest];
    // (the verb is where the event is told: "⟨O⟩, which hosted …" tells it inside the clause)
    const at = match.index + Math.max(0, match[0].search(/\b(?:hosted|hosts|will host|received|welcomed)\b/));
    const keys = expandGroups(guests.flatMap((g) => g.keys), coreference);
    if (keys.length) {
      visits.push({
        sentence: masked.sentence.index, evidence: evidenceOf(masked, [host, ...guests]), status: statusOf(masked, at), at, confidence: 0.8,
        visitors: keys, destination: hostCountry, place: city ? cityName(city) : null, contextual: false,
      });
    }
  }
  // "… in the Philippine capital in March, with ⟨P⟩ expected to travel there": the place told before in the sentence
  // ("she accepted and is expected to travel there in November" too)
  for (const match of cuedMatches(masked.text, /\sthere\b/, /⟨P(\d+)⟩\s+(?:(?:accepted|agreed)\s+and\s+)?(?:(?:is|are|was|were)\s+)?(?:also\s+)?(?:expected|due|set|scheduled|will|would)?\s*(?:to\s+)?(?:travel|fly|go|head|travels|travelled|flew|went)\s+there\b/g)) {
    const places = [...masked.text.slice(0, match.index).matchAll(/⟨L(\d+)⟩/g)];
    const last = places.at(-1);
    if (last) add([slotAt(masked, Number(match[1]))], slotAt(masked, Number(last[1])), match.index + match[0].search(/\b(?:travel|fly|go|head|travels|travelled|flew|went)\b/), 0.6);
  }
  // "⟨P1⟩, who accompanied ⟨P2⟩ to ⟨L⟩": both made the trip
  for (const match of cuedMatches(masked.text, /accompan/i, ACCOMPANIED_TO)) {
    if (NEGATED.test(masked.text.slice(0, match.index))) continue;
    add([...groupBefore(masked, match.index), slotAt(masked, Number(match[1]))], slotAt(masked, Number(match[2])), match.index, 0.7);
  }
  for (const match of cuedMatches(masked.text, /arriv|land|touch|jetted|flew in|flown in|fl(?:y|ies) in|expected in the/i, ARRIVAL_WITHOUT_PLACE)) {
    // ("⟨P⟩ denied that any shells had landed": what landed is no one named)
    if (/\bthat\s+(?:the|a|an|any|some|no|several|two|three|many)\s+[a-z]+\s+(?:[a-z]+\s+)?$/.test(masked.text.slice(0, match.index))) continue;
    const visitors = groupBefore(masked, match.index);
    const rest = masked.text.slice(match.index + match[0].length);
    const company = ACCOMPANIED.exec(rest);
    if (company) for (const m of rest.slice(company[0].length).matchAll(/⟨P(\d+)⟩/g)) visitors.push(slotAt(masked, Number(m[1])));
    const asDid = AS_DID.exec(rest);
    if (asDid) visitors.push(...groupAfter(masked, match.index + match[0].length + asDid[0].length).slots);
    const keys = expandGroups(visitors.flatMap((v) => v.keys), coreference);
    // ("A jetted into the country on Sunday, while B touched down on Monday": each their own arrival)
    if (keys.length && !visits.some((v) => v.sentence === masked.sentence.index && v.visitors.some((k) => keys.includes(k)))) {
      visits.push({ sentence: masked.sentence.index, evidence: evidenceOf(masked, visitors), status: statusOf(masked, match.index), at: match.index, confidence: 0.6, visitors: keys, destination: null, place: null, contextual: true });
    }
  }
  if (!REMOTE.test(masked.text)) {
    const present: { visitors: Slot[]; at: number; due?: boolean }[] = [];
    for (const match of cuedMatches(masked.text, /attend|address|part in|participat|represent/i, ATTENDED)) {
      // ("who flew back … after attending a forum": background, somewhere else; "an invitation to ⟨P⟩ to attend": no trip yet)
      if (/\b(?:after|before|since)\s+$/i.test(masked.text.slice(0, match.index)) || /\binvit\w*\b[^.;]{0,80}\bto\s+$/i.test(masked.text.slice(0, match.index))) continue;
      if (NEGATED.test(masked.text.slice(0, match.index))) continue;
      // ("⟨P⟩ is expected to attend alongside ⟨P2⟩ and ⟨P3⟩": those alongside attend too)
      const alongside = /^\s*(?:alongside|along with|together with)\s+/i.exec(masked.text.slice(match.index + match[0].length));
      const others = alongside ? groupAfter(masked, match.index + match[0].length + alongside[0].length).slots : [];
      present.push({ visitors: [...groupBefore(masked, match.index), ...others], at: match.index });
    }
    const opening = AT_GATHERING.exec(masked.text);
    if (opening) present.push({ visitors: groupAfter(masked, opening[0].length).slots, at: 0 });
    for (const match of cuedMatches(masked.text, /been\s+(?:due|expected|scheduled|set|slated)\s+to/i, DUE_AT_GATHERING)) present.push({ visitors: [slotAt(masked, Number(match[1] ?? match[2]))], at: match.index, due: true });
    for (const p of present) {
      const keys = expandGroups(p.visitors.flatMap((v) => v.keys), coreference);
      if (!keys.length || visits.some((v) => v.sentence === masked.sentence.index && v.visitors.some((k) => keys.includes(k)))) continue;
      // ("is expected to attend the ⟨CARICOM⟩ Heads of Government meeting in ⟨Bridgetown⟩": the gathering's place is told)
      const where = GATHERING_IN.exec(masked.text.slice(p.at));
      const place = where ? placeOf(slotAt(masked, Number(where[1]))) : null;
      visits.push({
        sentence: masked.sentence.index, evidence: evidenceOf(masked, p.visitors), status: statusOf(masked, p.at), at: p.at, confidence: 0.5, visitors: keys,
        destination: place?.country ?? null, place: place?.name ?? null, contextual: !place, atGathering: !place, dueAtGathering: p.due,
      });
    }
  }
  // "a visit to ⟨L⟩ by ⟨P⟩, which had been expected on ⟨T⟩, has been postponed to ⟨T2⟩": called off for one day, planned for the other
  const moved = RESCHEDULED.exec(masked.text);
  if (moved) {
    const at = moved.index + moved[0].indexOf('⟨T');
    for (const v of visits.filter((x) => x.status === 'CANCELLED' && x.at < moved.index)) visits.push({ ...v, status: 'PLANNED', at, confidence: 0.5 });
  }
  return visits;
}

/** "⟨P⟩'s visit", "the Russian president's trip", "his talks": the slot is written as a possessor. */
function possesses(masked: MaskedSentence, slot: Slot): boolean {
  return slot.mention?.kind === 'person' ? !!slot.mention.possessor
    : slot.mention?.kind === 'reference' && (!!slot.mention.possessor || /^(?:his|her|their)$/.test(slot.mention.words[0] ?? '') || /^['’]s?\s/.test(masked.sentence.text.slice(slot.end - masked.sentence.start)));
}

function cityName(surface: string): string | null {
  return /^(the\s|its\s)/i.test(surface) ? null : surface;
}

// "a delegation led by ⟨P⟩", "The Liberian delegation, which arrived in ⟨L⟩ on ⟨T⟩, was led by Hon. ⟨P⟩"
const LED_BY = /^(?:[^⟨.;]|⟨[TL]\d+⟩){0,80}?(?:led by|headed by|,\s*with)\s+(?:[\w.-]+\s+){0,4}?⟨P(\d+)⟩/;
// "… includes Cabinet Secretary for Investments, Trade and Industry, ⟨P⟩": a member's title may come first
// "The Guinean delegation was led by ⟨P⟩, …, and included the Minister of Security, ⟨P⟩"
// (the members are every person named after the verb, titles between them and all)
// ("The delegation, which landed in ⟨L⟩ on Saturday, included ⟨P⟩": a relative clause may stand between)
const INCLUDED = /^(?:[^;]{0,200}?,?\s+and|\s*,\s*(?:which|who)\b[^;]{0,150}?,)?\s+(?:also\s+)?(?:included|includes|including|comprised|comprising)\s+([^;]*)/;
// ("The delegation, which also includes ⟨P1⟩ and ⟨P2⟩, was greeted … by ⟨P3⟩": the members in a clause of its own, not those who greet them)
const INCLUDED_IN_CLAUSE = /^\s*,\s*which\s+(?:also\s+)?(?:includes|included|comprises|comprised)\s+([^;]*?)(?=,?\s+(?:was|were|is|are|has|have|had|will|arrived|landed|held|holds|met|meets|visited|toured|paid|called|signed|began|opened|flew|left|returned|travell?ed|went|attended|received)\b|$)/;

const textAfter = (masked: MaskedSentence, slot: Slot): string => {
  const marker = `⟨${slot.type}${masked.slots.indexOf(slot)}⟩`;
  return masked.text.slice(masked.text.indexOf(marker) + marker.length);
};

/** "a Kazakh delegation, with Deputy Prime Minister ⟨P⟩ holding …", "a delegation led by ⟨P⟩": its leader. */
function leaderOf(masked: MaskedSentence, slot: Slot): Slot[] | null {
  if (slot.mention?.kind !== 'organization' || !slot.mention.delegation) return null;
  const led = LED_BY.exec(textAfter(masked, slot));
  return led ? [slotAt(masked, Number(led[1]))] : null;
}

/** Leaders ("led by") and members ("the delegation also included") of each delegation, into `coreference.delegations`. */
export function readDelegations(masked: MaskedSentence[], coreference: Coreference): void {
  for (const m of masked) {
    for (const slot of m.slots) {
      const key = slot.keys[0];
      if (slot.mention?.kind !== 'organization' || !key || !coreference.organizations.find((o) => o.key === key)?.delegation) continue;
      const members = coreference.delegations.get(key) ?? [];
      members.unshift(...(leaderOf(m, slot) ?? []).flatMap((s) => s.keys));
      const included = INCLUDED_IN_CLAUSE.exec(textAfter(m, slot)) ?? INCLUDED.exec(textAfter(m, slot));
      if (included) members.push(...peopleIn(m, included[1]));
      if (members.length) coreference.delegations.set(key, [...new Set(members)]);
    }
    // "⟨P⟩ arrived … at the head of a high-level delegation …. The Qatari delegation is to hold talks …": the one delegation of the leader's state
    for (const match of m.text.matchAll(HEADS_A_DELEGATION)) {
      const leader = m.slots[Number(match[1])]?.keys[0];
      const state = coreference.people.find((p) => p.key === leader)?.country;
      const theirs = state ? coreference.organizations.filter((o) => o.delegation && o.country === state) : [];
      if (leader && theirs.length === 1 && !coreference.delegations.get(theirs[0].key)?.length) coreference.delegations.set(theirs[0].key, [leader]);
    }
    // "… was led by ⟨P1⟩ and Ukraine's by ⟨P2⟩": the other side's delegation and its leader
    for (const match of m.text.matchAll(ELLIPTIC_LEADER)) {
      const country = lookupPlace(match[1])?.code;
      const delegation = coreference.organizations.find((o) => o.delegation && o.country === country);
      const leader = m.slots[Number(match[2])]?.keys ?? [];
      if (delegation && leader.length) coreference.delegations.set(delegation.key, [...new Set([...leader, ...(coreference.delegations.get(delegation.key) ?? [])])]);
    }
  }
}
const HEADS_A_DELEGATION = /⟨P(\d+)⟩(?:[^.;⟨]|⟨[LT]\d+⟩)*?\b(?:at the head of|heading|leading)\s+(?:a|an|the|his|her)\s+(?:[\w-]+\s+){0,3}?delegation\b/g;
const ELLIPTIC_LEADER = /\b(?:led|headed) by\s+(?:[\w-]+\s+){0,3}?⟨P\d+⟩\s*,?\s+(?:and|while)\s+(\p{Lu}[\p{L}-]*)['’]s\s+by\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩/gu;

/** Delegation entities stand for their leader and members when the text names them. */
/** More at a table already read: those named, each delegation by its members. */
function seat(table: MeetingReading, keys: string[], coreference: Coreference): void {
  table.participants = [...new Set([...table.participants, ...expandGroups(keys, coreference)])];
}

export function expandGroups(keys: string[], coreference: Coreference): string[] {
  const out: string[] = [];
  for (const key of keys) {
    const members = coreference.delegations.get(key);
    out.push(...(members?.length ? members : [key]));
  }
  return [...new Set(out)];
}

/** "…, (also) attended by ⟨P1⟩ and by ⟨P2⟩" right after `at`: more at the table just told. */
// ("… at the Presidential Complex, in a meeting also attended by ⟨P⟩", "…, in the presence of Minister of Foreign Affairs, ⟨P⟩",
// "…, followed by a working lunch that was also attended by ⟨P⟩", "co-chaired the session, which was also attended by ⟨P⟩",
// "… meet again in ⟨L⟩ in ⟨T⟩, together with ⟨P⟩", "Co-chaired by ⟨P1⟩ and ⟨P2⟩, the session was attended by …",
// "… held talks with ⟨P1⟩, in ⟨P2⟩'s presence" too)
function attendedBy(masked: MaskedSentence, at: number): Slot[] {
  const attended = /^(?:\s*(?:(?:on|in)\s+)?⟨T\d+⟩|\s*(?:at|in)\s+(?:the\s+)?(?:⟨[LOX]\d+⟩|[\p{Lu}][\p{L}'’-]*)(?:\s+(?:⟨L\d+⟩|[\p{Lu}][\p{L}'’-]*))*)*\s*,?\s*(?:(?:in\s+|followed\s+by\s+)?(?:a|the)\s+(?:[\w-]+\s+)?(?:meeting|talks|session|lunch|luncheon|dinner|breakfast)\s+(?:(?:that|which)\s+)?(?:was|were)?\s*|(?:which|that)\s+(?:was|were)\s+)?(?:also\s+)?(?:attended\s+by|(?<=\b(?:meeting|talks|session)\s+)(?:convened|chaired|moderated)\s+by|in\s+the\s+presence\s+of|in(?=\s+⟨P\d+⟩(?:['’]s)?\s+presence\b)|(?<=,\s*)(?:together\s+with|along\s+with|alongside))\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*,?\s+(?:(?:of|and|for|the)\s+)*){1,8}?)?/iu.exec(masked.text.slice(at));
  return attended ? groupAfter(masked, at + attended[0].length).slots : [];
}

/** `earlier`: the sentences before (the last one last), whose chair or place a session told next may take. */
export function readMeetings(masked: MaskedSentence, coreference: Coreference, earlier: MaskedSentence[] = []): MeetingReading[] {
  const previous = earlier.at(-1);
  const meetings: MeetingReading[] = [];
  // a meeting needs two actors; most sentences name fewer, and the patterns are costly
  if (masked.slots.reduce((n, s) => n + (s.type === 'P' || s.type === 'O' || s.type === 'X' ? Math.max(1, s.keys.length) : 0), 0) < 2) return meetings;
  const text = masked.text;
  const add = (slots: Slot[], at: number, mode: MeetingMode, confidence: number): void => {
    const participants = expandGroups(slots.flatMap((s) => s.keys), coreference);
    if (participants.length < 2 || disputed(text, at)) return;
    const after = text.slice(at);
    // (not a place inside a clause of its own: "…, where the two reviewed the dispute over shops in Accra")
    // ("talks with ⟨P⟩ that focused on developments in ⟨L⟩": nor one in a clause on what was discussed)
    // ("…, focusing on coordination ahead of the summit in ⟨L⟩": nor one in a participle clause)
    // ("in the southern Polish city of Kraków": the city a description names)
    // ("… this evening to discuss the situation of citizens still in ⟨L⟩": nor one in what they are to discuss)
    // ("the two ministers … reviewed progress on the corridor linking the port in ⟨L⟩": nor one in what they reviewed)
    const placeMatch = /^[^;]*?\b(?:in|at)\s+(?:the\s+(?:[\w-]+\s+|⟨L\d+⟩\s+){0,3}?(?:city|town|capital|port|resort)\s+of\s+|⟨L\d+⟩\s+of\s+)?(?:the\s+)?⟨L(\d+)⟩/.exec(after.split(/[.;]\s|,\s*(?:where|including|whose|focusing|focused|discussing|aimed|ahead|as)\b|\s(?:that|which)\s+(?:focused|dealt|covered|centred|centered|touched|addressed|concerned|discussed)\b|\s+to\s+(?:discuss|review|address|examine|explore|talk\s+about)\b|\s(?:reviewed|discussed)\s/)[0]);
    // ("On Monday, in ⟨L⟩, ⟨P⟩ met …", "Also in ⟨L⟩, …": a place opening the sentence)
    const opening = /^(?:(?:On\s+|Later\s+|Earlier\s+)?⟨T\d+⟩\s*,\s*)?(?:Also\s+)?[Ii]n\s+⟨L(\d+)⟩(?:\s+(?:on\s+)?⟨T\d+⟩)?\s*,/.exec(text);
    // (not when a trip to another place comes between: "In ⟨L1⟩, rumours had circulated that ⟨P⟩ would travel to ⟨L2⟩ to meet …")
    const placeSlot = placeMatch?.[1] ?? (opening && opening[0].length <= at && !/⟨L\d+⟩/.test(text.slice(opening[0].length, at)) ? opening[1] : undefined);
    let place = mode === 'IN_PERSON' && placeSlot ? placeOf(slotAt(masked, Number(placeSlot))) : null;
    // "⟨P⟩ held talks in ⟨L⟩ on the sidelines of the ministerial meeting. The meeting, chaired by ⟨P⟩, brought together …": the meeting told just before sat there
    const toldBefore = !place && mode === 'IN_PERSON' && previous && TOLD_AGAIN.test(text) && /\b(?:meeting|summit|session|talks|conference|forum)\b/.test(previous.text) ? /\b(?:in|at)\s+(?:the\s+)?⟨L(\d+)⟩/.exec(previous.text) : null;
    if (toldBefore) place = placeOf(slotAt(previous!, Number(toldBefore[1])));
    // ("… the upcoming tripartite summit, expected to be held in ⟨L⟩. … The summit is expected to bring together …": the same noun told with its place a few sentences before)
    const noun = !place && mode === 'IN_PERSON' ? TOLD_AGAIN.exec(text)?.[0].split(/\s+/).pop()?.toLowerCase() : undefined;
    const namedWithPlace = noun ? earlier.map((e) => ({ e, at: new RegExp(`\\b${noun}\\b[^.;]*?\\b(?:in|at)\\s+(?:the\\s+)?⟨L(\\d+)⟩`, 'i').exec(e.text) })).filter((x) => x.at).at(-1) : undefined;
    if (namedWithPlace) place = placeOf(slotAt(namedWithPlace.e, Number(namedWithPlace.at![1])));
    // "… scheduled to be held in ⟨L⟩ next month under the co-chairmanship of ⟨P1⟩ and ⟨P2⟩": the place told before
    // ("The summit is scheduled for ⟨T⟩ in ⟨L⟩ and is expected to bring together …" too)
    // ("a tripartite ministerial meeting in ⟨L⟩ city co-chaired by …")
    const heldIn = !place && mode === 'IN_PERSON' ? /\b(?:held|take place|takes place|convene|scheduled|slated|planned)\s+(?:for\s+⟨T\d+⟩\s+)?in\s+⟨L(\d+)⟩(?:[^.;⟨]|⟨T\d+⟩)*$|\b(?:meeting|talks|summit|session|conference)\s+in\s+⟨L(\d+)⟩(?:\s+city)?\s*$/.exec(text.slice(0, at)) : null;
    if (heldIn) place = placeOf(slotAt(masked, Number(heldIn[1] ?? heldIn[2])));
    // "… for ⟨L⟩, where ⟨P⟩ is expected to hold talks with ⟨P2⟩": the place the clause hangs on
    // ("… was held in ⟨L⟩ in ⟨T⟩, where … co-chaired the meeting" too)
    // ("… to the southern town of ⟨L⟩ in Syunik Province, where they met …": its province may follow the town)
    const where = !place && mode === 'IN_PERSON' ? /⟨L(\d+)⟩(?:\s+(?:(?:in|on)\s+)?⟨T\d+⟩)?(?:\s+in\s+(?:⟨L\d+⟩|(?:\p{Lu}[\p{L}'’-]*\s*){1,3}))?\s*,\s*where\b[^.;]*$/u.exec(text.slice(0, at)) : null;
    if (where) place = placeOf(slotAt(masked, Number(where[1])));
    meetings.push({
      sentence: masked.sentence.index, evidence: evidenceOf(masked, slots), status: statusOf(masked, at), at, confidence, participants, mode,
      place: place?.name ? { name: place.name, country: place.country } : null,
      sequel: SEQUEL.test(text.slice(Math.max(0, at - 30), at + 20)),
      previous: /\b(?:last|previously)\s+$/i.test(text.slice(0, at)),
      // ("Mr Burt was joined by ⟨P⟩": more at the table just told, not a table of its own)
      // ("⟨P1⟩ had assured ⟨P2⟩ during their meeting": the table told before, by its day)
      widens: /^(?:The|the)\s+(?:two|pair|duo)\s/.test(masked.sentence.text.trimStart()),
      duringVisit: DURING_THE_VISIT.test(text),
      delegationOf: delegationOf(masked, slots),
      aside: participants.length === 2 && /\b(?:on|at)\s+the\s+(?:sidelines|margins)\b|\bseparate(?:ly)?\b|\bbilateral\s+(?:talks|meeting)/i.test(text),
      retold: AT_TALKS_TOLD.test(text) || /^⟨P\d+⟩\s+(?:was|were)\s+(?:also\s+)?joined\s+by\b/.test(text) || /\b(?:during|at|in)\s+their\s+(?:[\w-]+\s+)?(?:meeting|talks)\b/i.test(text.slice(at)),
    });
  };
  // (one joining by video link leaves the others at the table: "…, with ⟨P⟩ joining by video link")
  const phone = (raw: string): MeetingMode => {
    // ("talks with ⟨P⟩, with whom she spoke by phone on Tuesday": a relative clause tells another exchange)
    const s = raw.split(/,\s*(?:with whom|whom|who|which)\b/)[0].replace(/\bjoin(?:ing|ed|s)?\s+(?:by|via)\s+(?:video\w*|(?:tele)?phone)(?:\s+link)?/gi, '');
    // ("paid a courtesy call to ⟨P⟩" is made in person)
    // ("signed a call for an end to violence": an appeal, no phone call)
    return /\bvideo|\bvirtual/i.test(s) ? 'VIDEO' : /\b(?:tele)?phone\b|\btelephonic(?:ally)?\b|\bphoned\b|(?<!\bcourtesy\s)\bcall\b(?!\s+(?:on|for)\b)/i.test(s) ? 'PHONE' : 'IN_PERSON';
  };
  for (const { cue, re, mode, purpose, objectless, owned, oneEach, hosts } of MEETING_PATTERNS) {
    if (!cue.test(text)) continue;
    for (const match of text.matchAll(re)) {
      // ("⟨P⟩ has denied holding any meeting with …": a denial may stand inside the match)
      if (NEGATED.test(text.slice(0, match.index)) || QUESTIONED.test(text.slice(0, match.index)) || HYPOTHETICAL.test(text.slice(0, match.index)) || habitual(masked, match.index) || disputed(text, match.index + match[0].length)) continue;
      // ("harmonise their positions before any meeting with ⟨O⟩": no meeting in particular)
      if (/^meeting\b/i.test(match[0]) && /\b(?:any|every|each|no)\s+$/i.test(text.slice(0, match.index))) continue;
      // a welcome on arrival is protocol ("landed at Queen Alia International Airport, where he was received by …")
      // ("At ⟨the airport⟩ the visitor had been welcomed by …" too)
      if (/^(?:was|were|is|are|being|had been|has been)\b/i.test(match[0]) && AIRPORT_BEFORE.test(writtenUpTo(masked, match.index).replace(/\b(\p{Lu}\p{Ll}{0,3})\./gu, '$1'))) continue;
      // ("met at the Foreign Ministry": a venue after "at" or "in" is no one met)
      const venue = /^(?:at|in)\s+(?:the\s+)?⟨O/i.test(text.slice(match.index + match[0].length));
      const object = venue || objectless ? { slots: [] as Slot[], end: match.index + match[0].length } : groupAfter(masked, match.index + match[0].length);
      // "met a delegation of ⟨O⟩ led by ⟨P⟩": its leader is the one met
      const ledDelegation = object.slots.length ? null : LED_DELEGATION.exec(text.slice(match.index + match[0].length));
      if (ledDelegation) object.slots.push(slotAt(masked, Number(ledDelegation[1])));
      // ("met with ⟨the delegation⟩ of the Government of ⟨L⟩, headed by ⟨P1⟩, and ⟨the delegation⟩ of …, headed by ⟨P2⟩": each one's head)
      if (object.slots.length && object.slots.every((x) => x.type === 'X' && !x.keys.length)) {
        const heads: Slot[] = [];
        let rest = text.slice(object.end);
        for (let head = HEADED_BY.exec(rest); head; head = /^,?\s*and\s+⟨X\d+⟩/.test(rest) ? HEADED_BY.exec(rest) : null) {
          heads.push(slotAt(masked, Number(head[1])));
          rest = rest.slice(head[0].length);
        }
        if (heads.length) object.slots.splice(0, object.slots.length, ...heads);
      }
      // "called on the government to act" urges; it is no meeting
      // ("called on the Chief Minister to publish the text" urges too; "called on ⟨P⟩ to discuss …" is a visit)
      // (a title's last word may trail its slot: "called on ⟨the Chief⟩ Minister to publish")
      const urged = /^(?:\s+\p{Lu}[\p{L}-]*)?\s+to\s+["“]?\w+/u.exec(text.slice(object.end))?.[0] ?? '';
      if (/\bcall/i.test(match[0]) && urged && (object.slots.every((s) => s.type === 'O') || /\bcall\w*\s+on\s/i.test(match[0]) && !/\bto\s+["“]?(?:discuss|review|talk|hold|brief|exchange|sign|present|convey|deliver|bid|pay|thank|congratulate|explore|seek|follow)$/i.test(urged))) continue;
      // "…, X said after meeting Y": the gerund's subject is the one who speaks
      const afterSaying = /\b(?:after|before|while)\s+$/i.test(text.slice(0, match.index)) && /^(?:meeting|hosting|receiving)\b/i.test(match[0]);
      // ("⟨P⟩ wrapped up a visit, meeting ⟨P2⟩ a day after holding talks with ⟨P3⟩": a gerund after "after" is the sentence subject's)
      // (and so are talks told after "after": "…, after a morning of talks with ⟨P3⟩")
      // (and so are talks a trip told after "before" is for: "…, before flying to ⟨L⟩ on ⟨T⟩ for talks with ⟨P⟩")
      const gerundOfSubject = !afterSaying && ((/\b(?:after|before|while|since)\s+$/i.test(text.slice(0, match.index)) && /^\w+ing\b/i.test(match[0])) ||
        (purpose && /,\s*(?:before|after)\s+\w+ing\b(?:[^,;⟨]|⟨[LT]\d+⟩)*$/i.test(text.slice(0, match.index))) ||
        (/\b(?:after|following)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?of\s+)?$|\bfollowed\s+by\s+(?:[\w-]+\s+){0,2}?$|,\s*(?:before|after)\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?)?$/i.test(text.slice(0, match.index)) && /^(?:talks|consultations|meeting|dinner|lunch|luncheon|breakfast)\b/i.test(match[0])));
      // ("Receiving a courtesy call from ⟨P1⟩ in ⟨L⟩ on ⟨T⟩, ⟨P2⟩ said …": an opening gerund's subject is the clause's)
      const opening = match.index === 0 && /^\p{Lu}\p{Ll}+ing\b/u.test(match[0]);
      const clauseSubject = opening ? /^(?:[^⟨.;]|⟨[LTO]\d+⟩)*?,\s*(?=⟨P)/.exec(text.slice(object.end)) : null;
      // ("⟨P⟩ said during talks with ⟨P2⟩": the one who spoke there)
      const saidDuring = /⟨[PX](\d+)⟩\s+(?:said|told\s+(?:reporters|journalists))\s+$/.exec(text.slice(0, match.index));
      // (the sentence's subject, after an opening day: "On ⟨T⟩, ⟨P⟩ was received …")
      // ("From ⟨L⟩, ⟨P⟩ flies to …" too)
      const opener = /^(?:(?:On\s+|Later\s+|Earlier\s+)?⟨T\d+⟩\s*,\s*|From\s+⟨L\d+⟩\s*,\s*)?/.exec(text)![0].length;
      // (with no one said to speak, "…, before meeting ⟨P⟩" is the subject's meeting too)
      const sayer = afterSaying ? saidBy(masked, match.index) : [];
      // (the clause's subject a person: "⟨Guyana⟩ is keen …, ⟨P⟩ said after talks with ⟨P2⟩" is P's talks)
      const leading = gerundOfSubject || afterSaying ? groupAfter(masked, opener).slots : [];
      // ("⟨P⟩ informed ⟨P1⟩ … in a phone call, and also briefed ⟨P2⟩": a verb joined to the main clause has its subject)
      // (", and will pay a courtesy call on ⟨P⟩": auxiliaries and the verb's own words between)
      const coordinated = /,\s*and\s+(?:[a-z-]+\s+){0,4}$/.test(text.slice(0, match.index)) ? groupAfter(masked, /^(?:(?:On|Later|Earlier)\s+)?(?:⟨T\d+⟩\s*,?\s*)?/.exec(text)![0].length).slots.filter((x) => x.type !== 'O') : [];
      // ("the trilateral meeting of ⟨the foreign ministers of A, B and C⟩ held yesterday … with ⟨P1⟩ and ⟨P2⟩": those whose meeting it was)
      const meetingOf = /\b(?:meeting|talks|summit|session|consultations)\s+of\s+⟨P(\d+)⟩\s+$/.exec(text.slice(0, match.index));
      const subject = sayer.length ? sayer : leading.some((x) => x.type !== 'O') ? leading
        : clauseSubject ? groupAfter(masked, object.end + clauseSubject[0].length).slots : saidDuring ? [slotAt(masked, Number(saidDuring[1]))] : coordinated.length ? coordinated
        : meetingOf ? [slotAt(masked, Number(meetingOf[1]))] : groupBefore(masked, match.index);
      // ("⟨P1⟩ said ⟨P2⟩ would travel to ⟨L⟩, where he is due to sit down with …": "he" is the traveller, not the one who said so)
      const traveller = subject.length === 1 && subject[0].mention?.kind === 'reference' && subject[0].mention.pronoun
        ? /⟨P(\d+)⟩\s+(?:[\w-]+\s+){0,3}?(?:travel|travels|travelled|traveled|fly|flies|flew|head|heads|headed|go|goes|went|arrive|arrives|arrived)\b[^;]*?,\s*where\s+⟨P\d+⟩\s+(?:[\w-]+\s+){0,4}$/.exec(text.slice(0, match.index))
        : null;
      if (traveller) subject.splice(0, 1, slotAt(masked, Number(traveller[1])));
      // (the possessor, wherever its phrase stands: "followed up on his talks with ⟨P⟩")
      if (owned) {
        const possessor = /⟨[PX](\d+)⟩\s+(?:[\w-]+\s+)?$/.exec(text.slice(0, match.index));
        const slot = possessor ? slotAt(masked, Number(possessor[1])) : null;
        if (!slot || !possesses(masked, slot)) continue;
        subject.splice(0, subject.length, slot);
      }
      const subjects = subject.flatMap((s) => (s.keys.some((k) => coreference.delegations.has(k)) ? [s] : leaderOf(masked, s) ?? [s]));
      // ("joined a virtual meeting with ⟨P⟩": the noun's own modifier says how they met)
      const modifier = /\b(?:virtual|video|online|(?:tele)?phone)\s+(?:[\w-]+\s+)?$/i.exec(text.slice(0, match.index))?.[0] ?? '';
      const sentenceMode = mode ?? phone(modifier.replace(/^online/i, 'virtual') + text.slice(match.index, match.index + match[0].length + 60));
      // ("Kabul hosted the foreign ministers of A and B": a state's guests, whose table the story tells next)
      if (hosts && subjects.every((x) => x.type !== 'P') && object.slots.length === 1 && object.slots[0].mention?.kind === 'reference') continue;
      if (object.slots.length) {
        // ("held talks with ⟨P1⟩, also attended by ⟨P2⟩ and by ⟨P3⟩": more at the table)
        object.slots.push(...attendedBy(masked, object.end));
        // ("⟨P⟩ joined ⟨P1⟩ and ⟨P2⟩ in a meeting with ⟨P3⟩": the one they met sits at the same table)
        // ("joined ⟨P1⟩ and ⟨P2⟩, who had travelled to the capital on the same train, for a meeting with ⟨P3⟩": a relative clause between)
        const withWhom = /^join/i.test(match[0]) ? /^(?:\s*,\s*(?:who|which)\b(?:[^,;⟨]|⟨[LT]\d+⟩)*,)?\s*,?\s+(?:in|for|at)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|session|call|consultations)\s+with\s+/i.exec(text.slice(object.end)) : null;
        if (withWhom) object.slots.push(...groupAfter(masked, object.end + withWhom[0].length).slots);
        const before = meetings.length;
        // "⟨P1⟩ will join ⟨P2⟩ in Jakarta for the dialogue with ⟨P3⟩": the one joined sits at the table too
        const joined = purpose ? /\bjoin(?:s|ed|ing)?\s+⟨P(\d+)⟩[^.;]*$/.exec(text.slice(0, match.index)) : null;
        // ("⟨P1⟩, who was accompanied by ⟨P2⟩, paid a courtesy call on ⟨P3⟩": the companion sits at the table too)
        const accompanied = /⟨P\d+⟩\s*,\s*(?:who\s+(?:was|were|is|will be)\s+)?accompanied\s+by\s+((?:(?:the\s+)?⟨P\d+⟩(?:\s*,\s*|\s+and\s+)?)+)[^,⟨]*,\s*$/.exec(text.slice(0, match.index));
        const companions = accompanied && subjects.length ? [...accompanied[1].matchAll(/⟨P(\d+)⟩/g)].map((p) => slotAt(masked, Number(p[1]))) : [];
        const table = joined ? [...groupBefore(masked, joined.index), slotAt(masked, Number(joined[1]))] : [...subjects, ...companions.filter((c) => !subjects.includes(c))];
        // "received separately ⟨P1⟩ and ⟨P2⟩", "met separately with …", "pay courtesy calls on ⟨P1⟩ and ⟨P2⟩": one meeting each
        // (envoys present their credentials one by one, unless told doing it together)
        const eachAlone = oneEach && !/\b(?:jointly|together)\b/i.test(text);
        const tableKeys = table.flatMap((x) => x.keys);
        // ("hold separate meetings on Monday with ⟨P1⟩ and ⟨P2⟩" too)
        // ("received the envoys one after the other" too)
        // ("will meet both leaders separately during her stay" too)
        const inTurn = /^\s*,?\s*(?:one\s+(?:after\s+(?:the\s+)?other|by\s+one)|in\s+turn|individually|separately)\b/i.test(text.slice(object.end));
        // (an opening "Separately," sets the story apart, not the ones met)
        const apart = eachAlone || inTurn || /\bseparately\b(?!\s*,)|\bseparate\s+(?:[\w-]+\s+)?(?:meetings|talks|audiences|consultations|calls)\b/i.test(text.slice(Math.max(0, match.index - 20), match.index + match[0].length)) || /\bcourtesy\s+calls\s+on\s+$/i.test(text.slice(0, match.index + match[0].length));
        // (those of a plural anaphor, "the envoys", each alone too)
        const ones = object.slots.length === 1 ? object.slots[0].keys.map((k) => ({ ...object.slots[0], keys: [k] })) : object.slots;
        if (apart && ones.length > 1) {
          for (const one of ones) add([...table, one], match.index, sentenceMode, 0.8);
        } else if (eachAlone && tableKeys.length > 1) {
          for (const k of tableKeys) add([{ ...table[0], keys: [k] }, ...object.slots], match.index, sentenceMode, 0.8);
        } else add([...table, ...object.slots], match.index, sentenceMode, subjects.some((s) => s.type !== 'P') ? 0.7 : 0.9);
        // ("was received by ⟨P1⟩ at Kramář's Villa and by President ⟨P2⟩ at Prague Castle": a second host, a table of its own)
        const andBy = /^(?:was|were)\b/i.test(match[0]) ? /^(?:[^.;⟨]|⟨[LTO]\d+⟩){0,60}?\s+and\s+(?:later\s+|then\s+)?by\s+(?:(?:the|his|her)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}(?=⟨P)/u.exec(text.slice(object.end)) : null;
        if (andBy) add([...table, ...groupAfter(masked, object.end + andBy[0].length).slots], object.end + andBy.index, sentenceMode, 0.8);
        // ("⟨P⟩ hosted his Belgian and Dutch counterparts at Senningen Castle": the one who hosts is at home)
        const host = subjects.length === 1 && subjects[0].type === 'P' ? subjects[0].keys[0] : undefined;
        if (hosts && host && meetings.length > before) for (const table of meetings.slice(before)) table.host = host;
        if (purpose && meetings.length > before) {
          meetings[before].purposeOfTrip = true;
          // ("… before travelling on to ⟨L⟩ on ⟨T⟩ for talks with ⟨P⟩": where the trip just told goes)
          const goal = /\b(?:to|in)\s+⟨L(\d+)⟩(?:\s+(?:on\s+|in\s+)?⟨T\d+⟩)?\s*$/.exec(text.slice(0, match.index));
          const place = goal ? placeOf(slotAt(masked, Number(goal[1]))) : null;
          if (place?.name) meetings[before].place = { name: place.name, country: place.country };
        }
      }
      // ("the two discussed preparations for a meeting of ASEAN ministers": a meeting named, not theirs)
      else if (/^meeting\b/i.test(match[0]) && /\b(?:a|an|the|this|that|next|its|their)\s+(?:[\w-]+\s+){0,4}$/i.test(text.slice(0, match.index))) continue;
      // ("to meet the needs of millions", "failed to meet its target", "to meet every demand": a thing met, not one another)
      else if (/^(?:meet|meets|met|meeting)\s+$/i.test(match[0]) && /^(?:the|its|their|our|his|her|all|every|any|each|these|those|this|that|such|growing|rising)\s+(?!⟨)/i.test(text.slice(object.end))) continue;
      else if (subjects.length >= 2 || subjects.some((s) => s.keys.length >= 2)) {
        // ("⟨P1⟩ and ⟨P2⟩ later held expanded talks attended by ⟨P3⟩ and ⟨P4⟩": those attending sit at the table too)
        add([...subjects, ...attendedBy(masked, object.end)], match.index, phone(text.slice(match.index, match.index + 60)), 0.7);
      }
    }
  }
  // "Official talks with ⟨P⟩ are scheduled for ⟨T⟩, ⟨P2⟩ said": the closing speaker's talks
  const talksWith = TALKS_OPENING.exec(text);
  const closingSpeaker = talksWith && /,\s*⟨P(\d+)⟩\s+(?:said|added|says)\b[^⟨]*$/.exec(text);
  if (talksWith && closingSpeaker) {
    const object = groupAfter(masked, talksWith[0].length);
    const verb = /^\s+(?:are|is|were|was|will|would|have|has)\b[^,;⟨]*/.exec(text.slice(object.end));
    if (object.slots.length && verb) add([slotAt(masked, Number(closingSpeaker[1])), ...object.slots], object.end + verb[0].length, 'IN_PERSON', 0.6);
  }
  // "⟨P1⟩ led the Bangladesh side, while ⟨P2⟩ headed a delegation from Kathmandu", "⟨O⟩ was led by ⟨P1⟩ and ⟨O2⟩ by …":
  // two sides, each led, sit at one table
  const sideLeaders = [...cuedMatches(text, /led|lead|head/, LEADS_SIDE), ...cuedMatches(text, /(?:led|headed)\s+by/, SIDE_LED_BY)].sort((a, b) => a.index - b.index);
  const leaders = sideLeaders.map((match) => slotAt(masked, Number(match[1] ?? match[2])));
  if (new Set(leaders.flatMap((l) => l.keys)).size >= 2) add(leaders, sideLeaders[0].index, 'IN_PERSON', 0.7);
  for (const match of cuedMatches(text, /delegations|sides|teams/, RESPECTIVE_SIDES)) {
    const heads = groupBefore(masked, match.index);
    if (heads.flatMap((h) => h.keys).length >= 2) add(heads, match.index, 'IN_PERSON', 0.7);
  }
  // "⟨P⟩ chaired the session, which brought together ⟨P1⟩ and ⟨P2⟩": those brought together, and whoever convened them
  for (const match of cuedMatches(text, /together/i, BROUGHT_TOGETHER)) {
    const lead = text.slice(0, match.index);
    // ("The ⟨NB8⟩ brings together Denmark, Estonia …": a format's members, no gathering)
    if (/^brings\b/i.test(match[0]) && /⟨O\d+⟩\s*(?:,\s*which\s+)?(?:also\s+)?$/.test(lead)) continue;
    const convener = CONVENED_WHICH.exec(lead);
    const hosts = convener ? [slotAt(masked, Number(convener[1] ?? convener[2]))] : groupBefore(masked, match.index).filter((x) => x.type !== 'O');
    // ("⟨P⟩ chaired … the session. The session brought together …": its chair, told just before)
    // ("The meeting in ⟨L⟩ was co-chaired by ⟨P1⟩ and ⟨P2⟩. It brought together …": its chairs)
    const chairText = !hosts.length && previous && /^(?:The\s+(?:[\w-]+\s+)?(?:session|meeting|talks|summit|consultations)|It)\s+$/i.test(lead) ? previous.text : '';
    const chair = CHAIRED_BEFORE.exec(chairText);
    const cochairs = /^The\s+(?:[\w-]+\s+)?(?:session|meeting|talks|summit|consultations)\b(?:[^.;⟨]|⟨[LT]\d+⟩)*?\b(?:was|were)\s+(?:co-)?chaired\s+by\s+(?=⟨P)/i.exec(chairText);
    if (cochairs) hosts.push(...groupAfter(previous!, cochairs[0].length).slots);
    else if (chair) hosts.push(slotAt(previous!, Number(chair[1] ?? chair[2])));
    // ("brought together ministers from the 23 countries …, among them ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩")
    // ("brought together Arab foreign ministers, ⟨P1⟩, ⟨P2⟩ …": those unnamed, then those named)
    const among = /^[^⟨.;]{0,160}?\b(?:among them|including|such as|among whom)\s+(?=⟨P)|^(?:[\w-]+\s+){0,3}?(?:ministers|leaders|officials|envoys|representatives|delegates|diplomats)\s*,\s*(?=⟨P)/.exec(text.slice(match.index + match[0].length));
    const brought = groupAfter(masked, match.index + match[0].length + (among?.[0].length ?? 0));
    // ("…, which brought together ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩, were also attended by ⟨P4⟩")
    const attended = /^\s*,?\s*(?:were|was)\s+(?:also\s+)?attended\s+by\s+(?:[^⟨.;]|⟨O\d+⟩){0,60}?(?=⟨P)/.exec(text.slice(brought.end));
    const more = attended ? groupAfter(masked, brought.end + attended[0].length).slots : [];
    // ("… brought together ⟨P1⟩ and ⟨P2⟩, with ⟨P3⟩ in the chair")
    const chairing = /^\s*,\s*with\s+⟨P(\d+)⟩\s+in\s+the\s+chair\b/.exec(text.slice(brought.end));
    if (chairing) more.push(slotAt(masked, Number(chairing[1])));
    // (where the convener hosted them: "⟨P⟩ hosted meetings in the Red Sea city of ⟨L⟩ that brought together …")
    add([...hosts, ...brought.slots, ...more], convener?.index ?? match.index, 'IN_PERSON', 0.7);
  }
  const opening = CALL_OPENING.exec(text);
  if (opening) {
    const callers = groupAfter(masked, opening[0].length);
    if (callers.slots.length >= 2) add(callers.slots, opening[0].length, phone(opening[0]), 0.8);
  }
  for (const match of cuedMatches(text, /with whom/, WITH_WHOM)) {
    const at = match.index + match[0].length;
    add([slotAt(masked, Number(match[1])), slotAt(masked, Number(match[2]))], at, phone(text.slice(at, at + 60)), 0.8);
  }
  for (const match of cuedMatches(text, /talks|meeting|consultations|negotiations/i, TRAVEL_FOR_TALKS)) {
    const travellers = groupBefore(masked, match.index);
    if (travellers.length >= 2) add(travellers, match.index, 'IN_PERSON', 0.7);
  }
  // "⟨P⟩ spoke by telephone with ⟨P1⟩ and, in a separate call, with ⟨P2⟩": a second call of the same caller
  for (const match of cuedMatches(text, /separate/i, SEPARATE_CALL)) add([...groupBefore(masked, match.index), ...groupAfter(masked, match.index + match[0].length).slots], match.index + match[0].length, 'PHONE', 0.7);
  // "The summit, chaired by ⟨P1⟩, was also attended by ⟨P2⟩" ("…, in the presence of ⟨P2⟩"): the chair and those attending
  for (const match of cuedMatches(text, /chaired\s+by/i, CHAIRED_ATTENDED)) {
    const chair = groupAfter(masked, match.index + match[0].length);
    const attended = /\b(?:attended\s+by|in\s+the\s+presence\s+of)\s+(?:(?:the\s+)?[\w-]+\s+){0,4}?(?=⟨[PO])/i.exec(text.slice(chair.end));
    const attendees = attended ? groupAfter(masked, chair.end + attended.index + attended[0].length).slots : [];
    if (chair.slots.length && attendees.length) add([...chair.slots, ...attendees], match.index, 'IN_PERSON', 0.7);
  }
  for (const match of cuedMatches(text, /hosted\s+by/i, HOSTED_BY)) {
    const host = groupAfter(masked, match.index + match[0].length);
    add([...groupBefore(masked, match.index), ...host.slots], match.index, 'IN_PERSON', 0.7);
  }
  for (const match of cuedMatches(text, /joined/i, JOINED_BY)) {
    const joiners = groupAfter(masked, match.index + match[0].length).slots;
    const table = groupBefore(masked, match.index);
    // ("⟨P1⟩ received ⟨P2⟩ for a meeting, at which ⟨P2⟩ was joined by ⟨P3⟩": one more at the table told)
    const told = meetings.find((x) => x.sentence === masked.sentence.index && x.at < match.index && table.some((t) => t.keys.some((k) => x.participants.includes(k))));
    if (told && joiners.length) seat(told, joiners.flatMap((j) => j.keys), coreference);
    // ("At the talks that followed, ⟨P⟩ was joined by ⟨P2⟩": the talks told before; read with the joiners)
    else if (joiners.length && table.length && !AT_TALKS_TOLD.test(text.slice(0, match.index))) add([...table, ...joiners], match.index, phone(text), 0.7);
  }
  for (const match of cuedMatches(text, /between/i, BETWEEN_PATTERN)) {
    // "the first meeting at this level between the two sides" characterises; it reports no meeting
    // (so does one told in an apposition: "the three-hour meeting, the first face-to-face encounter between the two")
    if (/\b(?:first|first-ever|only|rare|latest|highest-level)\s+(?:[\w-]+\s+)?$/i.test(text.slice(0, match.index)) || /,\s*the\s+(?:first|first-ever|only|rare)\b/i.test(match[0]) || HYPOTHETICAL.test(text.slice(0, match.index)) || habitual(masked, match.index)) continue;
    // ("There was no meeting between …": denied outright)
    if (NEGATED.test(text.slice(0, match.index))) continue;
    // "a meeting between X and Y was not on the agenda": denied, no meeting
    if (/^[^.;]*?\b(?:(?:was|is|will be|would be)\s+not\b|not on the agenda|(?:was|is|has been)\s+ruled out)/i.test(text.slice(match.index + match[0].length))) continue;
    const group = groupAfter(masked, match.index + match[0].length);
    // ("between the Indian and Maldivian delegations, led by ⟨P1⟩ and ⟨P2⟩ respectively": the heads of the sides sit for them)
    const ledBy = /^\s*,\s*(?:led|headed)\s+by\s+(?=⟨P\d+⟩(?:\s*,\s*⟨P\d+⟩)*\s+and\s+⟨P\d+⟩\s+respectively\b)/.exec(text.slice(group.end));
    if (ledBy) group.slots = groupAfter(masked, group.end + ledBy[0].length).slots;
    // "for talks, a day after Quito postponed a summit between …": the noun nearest "between" is the event
    const nouns = [...match[0].matchAll(BETWEEN_NOUN)];
    // ("the dialogue session in Brussels, dealing a blow to relations between the two": a session's parties follow it in its own clause)
    if (/^session/i.test(nouns.at(-1)?.[0] ?? '') && match[0].slice(nouns.at(-1)!.index).includes(',')) continue;
    // "⟨P⟩ would convene a summit between ⟨P1⟩ and ⟨P2⟩": the one who convenes sits at the table
    const convener = /\b(?:conven|host|chair|broker|mediat|organi[sz])\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(0, match.index)) ? groupBefore(masked, match.index) : [];
    // ("a telephone conversation in April between …": the medium is told before the noun)
    const medium = /\b(?:(?:tele)?phone|video)\s+$/i.exec(text.slice(0, match.index))?.[0] ?? '';
    add([...convener, ...group.slots], match.index + (nouns.at(-1)?.index ?? 0), phone(medium + match[0]), 0.8);
  }
  return dedupe(meetings);
}

/** The last table in person told in the `reach` sentences before `m`, of those `fits` admits. */
function lastTableBefore(meetings: MeetingReading[], m: MaskedSentence, reach: number, fits: (x: MeetingReading) => boolean = () => true): MeetingReading | undefined {
  return [...meetings].reverse().find((x) => x.sentence < m.sentence.index && x.sentence >= m.sentence.index - reach && x.mode === 'IN_PERSON' && fits(x));
}

/** "⟨P⟩ joined the meeting by video link": the meeting just told gains a participant. */
export function readJoiners(masked: MaskedSentence[], meetings: MeetingReading[], coreference: Coreference): void {
  readPartiesTable(masked, meetings, coreference);
  const tableBefore = (m: MaskedSentence, reach: number, fits?: (x: MeetingReading) => boolean): MeetingReading | undefined => lastTableBefore(meetings, m, reach, fits);
  for (const m of masked) {
    for (const match of cuedMatches(m.text, /\sby\s/, TABLE_HOSTED_BY)) {
      const table = meetings.find((x) => x.sentence === m.sentence.index && x.mode === 'IN_PERSON');
      if (table) seat(table, hostsAfter(m, match.index + match[0].length), coreference);
    }
    for (const match of cuedMatches(m.text, /join|opened|chaired|attended|took part|participated|sat in|present/i, JOINED)) {
      // ("⟨P1⟩, chief adviser to ⟨P2⟩, attended": the one the sentence opens on, past an apposition)
      // (not a list: "⟨P0⟩, and ⟨P1⟩, also took part")
      // ("⟨P⟩ and senior officials of the ⟨O⟩ also took part": the one named, with those unnamed)
      const opener = /^⟨P(\d+)⟩\s*,(?:(?!\band\s+⟨P)[^;])*,\s*(?:also\s+)?$|^⟨P(\d+)⟩\s+and\s+(?:[\w-]+\s+){0,2}?(?:officials|members|aides|advisers|diplomats|staff)\b(?:[^;⟨]|⟨O\d+⟩)*?(?:also\s+)?$/.exec(m.text.slice(0, match.index));
      const joiners = expandGroups((opener ? slotAt(m, Number(opener[1] ?? opener[2])).keys : groupBefore(m, match.index).flatMap((s) => s.keys)), coreference);
      const meeting = [...meetings].reverse().find((x) => x.sentence <= m.sentence.index && x.sentence >= m.sentence.index - 2 && x.status === statusOf(m, match.index));
      if (!joiners.length || !meeting) continue;
      seat(meeting, joiners, coreference);
      // (not another's way in, told in a clause of its own: "… attended in person, while ⟨P⟩ joined by video link")
      if (/^[^.;]*\b(?:by (?:video\w*|phone|telephone)|via video\w*|virtually|remotely|online)\b/i.test(m.text.slice(match.index).split(/,\s*(?:while|whereas|but)\s/)[0])) meeting.remote = [...(meeting.remote ?? []), ...joiners];
    }
    // "⟨P⟩ took part in a meeting of the Council … The meeting was chaired by ⟨P1⟩ and attended by ⟨P2⟩": one table
    const chaired = /^The\s+(?:meeting|talks|session)\b/.test(m.text) ? meetings.find((x) => x.sentence === m.sentence.index) : undefined;
    const taker = chaired ? masked.slice(Math.max(0, m.sentence.index - 2), m.sentence.index).map((x) => ({ x, part: TAKES_PART.exec(x.text) })).find((t) => t.part) : undefined;
    if (chaired && taker) seat(chaired, slotAt(taker.x, Number(taker.part![1])).keys, coreference);
    // "⟨O⟩ was represented by ⟨P1⟩, and Tajikistan by ⟨P2⟩": the states' envoys at the table just told of
    // (every reading of that table: a chair's and a participant's)
    const represented = REPRESENTED_BY.exec(m.text);
    const last = represented ? tableBefore(m, 2) : undefined;
    if (represented && last) {
      const envoys = expandGroups([...m.text.matchAll(/\bby\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩/g)].flatMap((p) => m.slots[Number(p[1])].keys), coreference);
      for (const table of meetings.filter((x) => x.mode === 'IN_PERSON' && x.status === last.status && x.participants.some((k) => last.participants.includes(k)) && x.sentence >= m.sentence.index - 2 && x.sentence < m.sentence.index)) {
        seat(table, envoys, coreference);
      }
    }
    // "The meeting was attended by ⟨P1⟩, Minister of State, and ⟨P2⟩": more at the table just told of
    const attended = ATTENDED_BY.exec(m.text);
    const told = attended ? tableBefore(m, 5) : undefined;
    if (attended && told) {
      const present = peopleIn(m, m.text.slice(attended[0].length));
      // ("The meetings were attended by ⟨P⟩": every one told there)
      const tables = /^(?:On\b[^,]*,\s*)?\S+\s+(?:[\w-]+\s+)?(?:meetings|sessions|audiences)\b/.test(attended[0]) ? meetings.filter((x) => x.sentence === told.sentence && x.mode === 'IN_PERSON') : [told];
      for (const table of tables) seat(table, present, coreference);
    }
    // ("… at a trilateral meeting that concluded here on Thursday. The meeting, held on Wednesday and Thursday, was attended by ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩": the table first seated here)
    // ("The two-day meeting is being hosted by ⟨P1⟩ and attended by ⟨P2⟩, ⟨P3⟩ and ⟨P4⟩" too, when no table of theirs is told near)
    const hostAndGuests = !attended && !meetings.some((x) => x.sentence === m.sentence.index) ? expandGroups(peopleOfTableTold(m), coreference) : [];
    const near = hostAndGuests.length >= 2 && tableBefore(m, 2, (x) => hostAndGuests.some((k) => x.participants.includes(k)));
    if (near) seat(near, hostAndGuests, coreference);
    // (with its chair told between: "The summit, chaired by ⟨P⟩, was also attended by …")
    const seated = attended && !told ? expandGroups(peopleIn(m, m.text.slice(/\b(?:co-)?chaired\s+by\b/.exec(m.text)?.index ?? attended[0].length)), coreference) : near ? [] : hostAndGuests;
    if (seated.length >= 2) {
      const where = /\b(?:in|at)\s+(?:the\s+)?⟨L(\d+)⟩/.exec(m.text);
      const place = where ? placeOf(slotAt(m, Number(where[1]))) : null;
      meetings.push({
        sentence: m.sentence.index, evidence: evidenceOf(m, []), status: statusOf(m, attended?.index ?? 0), at: attended?.index ?? 0, confidence: 0.6, participants: [...new Set(seated)],
        mode: 'IN_PERSON', place: place?.name ? { name: place.name, country: place.country } : null,
      });
    }
    for (const members of cuedMatches(m.text, /included|comprised|consisted|made\s+up|present|attendance|participating|taking\s+part|attending|the\s+table/i, TABLE_MEMBERS)) {
      // ("⟨P⟩'s delegation included …" tells who travelled; "the Ghanaian side included …" at the table told, who sat at it)
      if (!/^(?:\w+\s+)?side\b|^(?:also\s+)?(?:present|in\s+attendance|participating|taking\s+part|attending|at\s+the\s+table)|^(?:around|at)\s+the\s+table/i.test(members[0]) && !/\b(?:meeting|talks|table)\b/.test(m.text)) continue;
      // ("Also participating in the talks were …" names the talks it goes back to, a few sentences on)
      const reach = /\b(?:meeting|talks|session|audience)\b/i.test(members[0]) ? 5 : 2;
      const table = [...meetings].reverse().find((x) => x.mode === 'IN_PERSON' && x.status === statusOf(m, members.index) && (x.sentence === m.sentence.index ? x.at < members.index : x.sentence < m.sentence.index && x.sentence >= m.sentence.index - reach));
      const present = peopleIn(m, m.text.slice(members.index + members[0].length));
      if (table) seat(table, present, coreference);
      // ("Around the table sat ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩": a table of its own when none was told with its people)
      // ("The talks … were chaired by ⟨P⟩. Around the table were …": with the chair told just before)
      // ("⟨P⟩ held talks … with the foreign ministers of four Pacific island countries. Taking part in the meeting were …": with the one who held them)
      else if (/^(?:around|at)\s+the\s+table|\b(?:meeting|talks|session)\s+(?:were|was)\s+$/i.test(members[0]) && new Set(present).size >= 2) {
        const previous = masked[m.sentence.index - 1];
        const chaired = CHAIRED_BY.exec(previous?.text ?? '');
        const heldWithUnnamed = chaired ? null : HELD_WITH_UNNAMED.exec(previous?.text ?? '');
        const chairs = chaired ? peopleIn(previous, chaired[1]) : heldWithUnnamed ? slotAt(previous, Number(heldWithUnnamed[1])).keys : [];
        if (!chairs.length && !/^(?:around|at)\s+the\s+table/i.test(members[0])) continue;
        meetings.push({ sentence: m.sentence.index, evidence: evidenceOf(m, []), status: statusOf(m, members.index), at: members.index, confidence: 0.6, participants: expandGroups([...new Set([...chairs, ...present])], coreference), mode: 'IN_PERSON', place: null });
      }
    }
    // "The talks then continued at the palace, in an extended format, with ⟨P1⟩ and ⟨P2⟩ joining ⟨the two ministers⟩": a wider table of its own,
    // where the ones joined last sat
    const joining = JOINING_THEM.exec(m.text);
    const joinedKeys = joining ? m.slots[Number(joining[2])].keys : [];
    const joiners = joining ? peopleIn(m, joining[1]) : [];
    if (joining && joinedKeys.length && joiners.length) {
      const before = tableBefore(m, 4, (x) => joinedKeys.every((k) => x.participants.includes(k)));
      meetings.push({
        sentence: m.sentence.index, evidence: evidenceOf(m, []), status: statusOf(m, joining.index), at: joining.index, confidence: 0.6,
        participants: expandGroups([...new Set([...joinedKeys, ...joiners])], coreference), mode: 'IN_PERSON', place: before?.place ?? null,
      });
    }
    // "⟨P1⟩ and ⟨P2⟩ also attended Wednesday's meeting": more at the table told just before
    const attendedTold = ATTENDED_TOLD.exec(m.text);
    const attending = attendedTold ? peopleIn(m, attendedTold[1]) : [];
    const tableTold = attending.length ? tableBefore(m, 3, (x) => x.status === 'OCCURRED') : undefined;
    if (tableTold) seat(tableTold, attending, coreference);
    // "⟨P⟩ also travelled to ⟨L⟩ to take part": one more at the table told just before there
    const cameToJoin = TRAVELLED_TO_TAKE_PART.exec(m.text);
    const where = cameToJoin ? placeOf(slotAt(m, Number(cameToJoin[2]))) : null;
    const joined = where ? tableBefore(m, 2, (x) => x.status === 'OCCURRED' && (!x.place || (x.place.country === where.country && (!where.name || x.place.name === where.name)))) : undefined;
    if (cameToJoin && joined) seat(joined, peopleIn(m, cameToJoin[1]), coreference);
    // "⟨P1⟩ and ⟨P2⟩ will also sit in on the talks": more at the table just told
    const sitIn = SIT_IN.exec(m.text);
    const sitting = sitIn ? peopleIn(m, sitIn[1]) : [];
    const talksTold = sitting.length ? tableBefore(m, 2) : undefined;
    if (talksTold) seat(talksTold, sitting, coreference);
    // "… paid a courtesy call on ⟨P⟩. The meeting took place at the ⟨O⟩ in ⟨L⟩ on ⟨T⟩.": the table just told, told again with its place and day
    const heldAgain = HELD_AGAIN.exec(m.text);
    const table = heldAgain ? [...meetings].reverse().find((x) => x.sentence < m.sentence.index && x.sentence >= m.sentence.index - 2) : undefined;
    if (heldAgain && table && !meetings.some((x) => x.sentence === m.sentence.index)) {
      // ("at Putin's residence in Novo-Ogaryovo outside ⟨L⟩": a place the gazetteer lacks goes by the city it stands by)
      const where = /\b(?:in|at)\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,2}(?:outside|near)\s+)?⟨L(\d+)⟩/u.exec(m.text);
      const place = where && table.mode === 'IN_PERSON' ? placeOf(slotAt(m, Number(where[1]))) : null;
      meetings.splice(meetings.indexOf(table) + 1, 0, {
        ...table, sentence: m.sentence.index, evidence: evidenceOf(m, []), at: heldAgain[0].length, confidence: 0.6,
        place: place?.name ? { name: place.name, country: place.country } : table.place,
      });
    }
    // "They were joined by the foreign ministers of the three guarantor powers – ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩ –": more at the table just told
    if (/^(?:They|The\s+two|Both)\s+(?:were|was)\s+(?:later\s+|also\s+|then\s+)?joined\s+by\b/.test(m.text)) {
      const table = tableBefore(m, 2);
      const joining = m.slots.filter((x) => x.type === 'P' && !isPossessivePronoun(x)).flatMap((x) => x.keys);
      if (table) seat(table, joining, coreference);
    }
    // "⟨P⟩ held talks with ⟨P1⟩ at the ministry …, joined by ⟨P2⟩": one more at the table the clause closes
    for (const match of cuedMatches(m.text, /joined|accompanied|flanked/, /,\s*(?:joined|accompanied|flanked)\s+by\s+(?:[\w-]+\s+){0,3}?(?=⟨P)/g)) {
      const table = [...meetings].reverse().find((x) => x.sentence === m.sentence.index && x.at < match.index && x.mode === 'IN_PERSON');
      if (table) seat(table, groupAfter(m, match.index + match[0].length).slots.flatMap((x) => x.keys), coreference);
    }
    // "… and later met ⟨P2⟩. At the second meeting, ⟨P3⟩ and ⟨P2⟩ signed a memorandum": those signing sat at the table told, one of theirs
    if (AT_TALKS_TOLD.test(m.text)) {
      for (const here of meetings.filter((x) => x.sentence === m.sentence.index && x.retold && x.mode === 'IN_PERSON')) {
        const told = tableBefore(m, 2, (x) => x.status === here.status && here.participants.some((k) => x.participants.includes(k)));
        if (!told || here.participants.every((k) => told.participants.includes(k))) continue;
        seat(told, here.participants, coreference);
        meetings.splice(meetings.indexOf(here), 1);
      }
    }
    // "At the talks that followed, ⟨P⟩ was joined by ⟨P2⟩": a seat at the talks told just before
    if (AT_TALKS_TOLD.test(m.text)) {
      for (const match of m.text.matchAll(JOINED_BY)) {
        const table = groupBefore(m, match.index).flatMap((x) => x.keys);
        const talks = tableBefore(m, 4, (x) => table.some((k) => x.participants.includes(k)));
        if (talks) seat(talks, groupAfter(m, match.index + match[0].length).slots.flatMap((x) => x.keys), coreference);
      }
    }
    // "⟨P⟩ held talks with ⟨P1⟩ … ⟨P⟩, who arrived on Tuesday, was accompanied by ⟨P2⟩": at the talks too
    for (const accompanied of cuedMatches(m.text, /accompanied|joined/, ACCOMPANIED_AT)) {
      const table = tableBefore(m, 2, (x) => x.participants.includes(slotAt(m, Number(accompanied[1])).keys[0]));
      const companions = groupAfter(m, accompanied.index + accompanied[0].length).slots.flatMap((x) => x.keys);
      if (table) seat(table, companions, coreference);
    }
    // "… received the four ministers at the palace, in the presence of ⟨P⟩": one more at that table
    for (const match of cuedMatches(m.text, /presence/, /\bin\s+the\s+presence\s+of\s+(?:(?:the|his|her)\s+)?(?=⟨P)/g)) {
      const meeting = [...meetings].reverse().find((x) => x.sentence === m.sentence.index && x.at < match.index && x.mode === 'IN_PERSON');
      if (meeting) seat(meeting, groupAfter(m, match.index + match[0].length).slots.flatMap((x) => x.keys), coreference);
    }
    for (const match of cuedMatches(m.text, /present|attendance|attending|taking part|participating|at the table|leading|joining/i, ALSO_PRESENT)) {
      const meeting = [...meetings].reverse().find((x) => x.sentence === m.sentence.index && x.at < match.index);
      const present = peopleIn(m, match[1]);
      if (!meeting || !present.length) continue;
      const joined = expandGroups(present, coreference);
      seat(meeting, joined, coreference);
      if (/joining/i.test(match[0])) meeting.remote = [...(meeting.remote ?? []), ...joined];
    }
  }
}

/** Those named from `pos` on, and one more told after an apposition: "⟨P1⟩, in his capacity as chair of ⟨O⟩, and ⟨P2⟩, …". */
function hostsAfter(m: MaskedSentence, pos: number): string[] {
  const group = groupAfter(m, pos);
  // ("in his capacity as …": a possessive pronoun may stand in the apposition)
  const more = /^\s*,[^;.⟨]*(?:(?:⟨O\d+⟩|⟨P\d+⟩(?=\s+\p{Ll}))[^;.⟨]*)*,\s*and\s+(?:(?:the\s+)?(?:⟨X\d+⟩\s+)?|(?:[\w-]+\s+){0,4}?)(?=⟨P)/u.exec(m.text.slice(group.end));
  return [...group.slots, ...(more ? groupAfter(m, group.end + more[0].length).slots : [])].filter((x) => x.type === 'P').flatMap((x) => x.keys);
}

/**
 * "⟨O⟩ hosted a trilateral meeting … The Uzbek delegation was led by ⟨P1⟩ and ⟨P2⟩. Afghanistan was represented by
 * ⟨P3⟩, and Pakistan by ⟨P4⟩.": a gathering told without its people, then each party's people, is one table.
 */
function readPartiesTable(masked: MaskedSentence[], meetings: MeetingReading[], coreference: Coreference): void {
  for (const m of masked) {
    const gathering = PEOPLELESS_GATHERING.exec(m.text);
    // ("⟨P⟩ hosted on Sunday, in Amman, a meeting of the foreign ministers of …": its host, and no one else named)
    // (or after it: "… met in ⟨L⟩ for their autumn meeting, hosted by ⟨P⟩")
    const hostedBy = gathering ? /^[^.;]*?,\s*(?:hosted|chaired|convened)\s+by\s+(?:[\w'’-]+\s+){0,3}?⟨P(\d+)⟩/.exec(m.text.slice(gathering.index)) : null;
    const host = gathering ? [...groupBefore(m, gathering.index).filter((x) => x.type === 'P'), ...(hostedBy ? [slotAt(m, Number(hostedBy[1]))] : [])] : [];
    // ("The last trilateral meeting was held in ⟨L⟩ on ⟨T⟩, when ⟨P1⟩, ⟨P2⟩ and ⟨P3⟩ reviewed …": its people in its own sentence)
    // ("… hosted an informal meeting on ⟨L⟩ in ⟨L⟩ which was attended by the junta's ⟨P⟩": or told after "attended by")
    const when = gathering ? /^[^.;]*?(?:,\s*when\s+|\b(?:which|that)\s+(?:was|were)\s+(?:also\s+)?attended\s+by\s+(?:the\s+[\w'’-]+\s+)?)(?=⟨P)/.exec(m.text.slice(gathering.index)) : null;
    const seated = when ? groupAfter(m, gathering!.index + when[0].length).slots : [];
    if (!gathering || m.slots.some((x) => x.type === 'P' && !host.includes(x) && !seated.includes(x))) continue;
    const parties: string[] = [...host, ...seated].flatMap((x) => x.keys);
    // (one sentence of the agenda may stand between the gathering and its people)
    const tells = (k: number): boolean => PARTY_LEADERS.test(masked[k].text) || TABLE_TOLD.test(masked[k].text) || ATTENDING_LIST.test(masked[k].text) || HOSTED_THE_MEETING.test(masked[k].text);
    for (let k = m.sentence.index + 1; k < masked.length && (tells(k) || (k === m.sentence.index + 1 && !!masked[k + 1] && tells(k + 1) && !masked[k].slots.some((x) => x.type === 'P'))); k++) {
      if (!tells(k)) continue;
      const host = HOSTED_THE_MEETING.exec(masked[k].text);
      if (host) { parties.push(...masked[k].slots[Number(host[1])].keys); continue; }
      const leaders = [...masked[k].text.matchAll(/\b(?:by|and)\s+(?:[\w-]+\s+){0,3}?⟨P(\d+)⟩/g)].flatMap((p) => masked[k].slots[Number(p[1])].keys);
      const attending = ATTENDING_LIST.test(masked[k].text) ? masked[k].slots.filter((x) => x.type === 'P').flatMap((x) => x.keys) : null;
      parties.push(...(attending ?? (TABLE_TOLD.test(masked[k].text) ? peopleOfTableTold(masked[k]) : leaders)));
    }
    const participants = expandGroups([...new Set(parties)], coreference);
    // (a table told again nearby is read already)
    if (participants.length < 2 || meetings.some((x) => Math.abs(x.sentence - m.sentence.index) <= 2 && participants.every((k) => x.participants.includes(k)))) continue;
    const where = /\b(?:in|at)\s+⟨L(\d+)⟩/.exec(m.text.slice(gathering.index));
    const place = where ? placeOf(slotAt(m, Number(where[1]))) : null;
    // (in the order told: the table comes before the talks told after it, which may take its place)
    const later = meetings.findIndex((x) => x.sentence > m.sentence.index);
    meetings.splice(later < 0 ? meetings.length : later, 0, {
      sentence: m.sentence.index, evidence: evidenceOf(m, []), status: statusOf(m, gathering.index), at: gathering.index, confidence: 0.5, participants, mode: 'IN_PERSON',
      place: place?.name ? { name: place.name, country: place.country } : null,
    });
  }
}

function dedupe(meetings: MeetingReading[]): MeetingReading[] {
  const out: MeetingReading[] = [];
  // "the two will be joined by ⟨P⟩ for a trilateral meeting": the pair is part of the larger table
  const largerThan = (m: MeetingReading): MeetingReading | undefined =>
    meetings.find((o) => o !== m && o.status === m.status && o.participants.length > m.participants.length && m.participants.every((p) => o.participants.includes(p)));
  for (const m of meetings) {
    const larger = largerThan(m);
    if (larger) {
      // (the larger table keeps the place the smaller reading told: "held talks in ⟨L⟩ …, in a meeting hosted by ⟨P⟩")
      if (!larger.place && m.place) larger.place = m.place;
      continue;
    }
    // (the pair's talks to come and their call just held are two: "will travel for talks with ⟨P⟩, with whom she spoke by phone")
    const same = out.find((o) => o.status === m.status && o.participants.length === m.participants.length && o.participants.every((p) => m.participants.includes(p)));
    if (same) { if (!same.place && m.place) same.place = m.place; continue; }
    out.push(m);
  }
  return out;
}

const GATHERING =
  /\b(?:gathered|convened|assembled|(?<=\b(?:ministers|leaders|delegates)\s+)meeting)\s+in\s+(?:the\s+(?:[\w-]+\s+){0,2}(?:city|town|capital)\s+of\s+|⟨L\d+⟩\s+of\s+)?⟨L(\d+)⟩|\b(?:meeting|conference|summit|session|forum|round)\b[^.;⟨]{0,60}?\b(?:opened|began|got under way|kicked off|took place|was held|were held)\s+in\s+⟨L(\d+)⟩/i;
/** "The foreign ministers of ⟨L⟩, ⟨L⟩ and ⟨O⟩ agreed on ⟨T⟩ in ⟨L⟩": the ministers told without names sat there. */
const OFFICES_AGREED_IN = /^(?:The\s+)?(?:[\w-]+\s+){0,2}(?:ministers|leaders|presidents|envoys|delegations)\b(?:[^.;⟨]|⟨[LOT]\d+⟩)*?\b(?:agreed|met)\s+(?:(?:on\s+)?⟨T\d+⟩\s+)?in\s+⟨L(\d+)⟩/i;
/** Where a sentence says a gathering sits: "EU foreign ministers gathered in ⟨L⟩", "the summit was held in ⟨L⟩". */
export function gatheredIn(m: MaskedSentence): { name: string; country: string } | null {
  // (both name the place after "in": most sentences have none)
  const match = /\sin\s[^.;]*⟨L/.test(m.text) ? GATHERING.exec(m.text) ?? OFFICES_AGREED_IN.exec(m.text) : null;
  const slot = match ? slotAt(m, Number(match[1] ?? match[2])) : undefined;
  const place = placeOf(slot);
  // ("gathered in Luxembourg", "in Singapore": a state named as its capital is)
  const name = place?.name ?? (place && capitalOf(place.country) === (slot?.mention as PlaceMention).surface ? capitalOf(place.country) : null);
  return place && name ? { name, country: place.country } : null;
}
const TAKING_PART = /\b(?:taking part|participating|attending|in attendance|joining)\b/i;
// ("… told reporters on his arrival at the ⟨Europa building⟩" too)
const AT_THE_EVENT = /\b(?:the (?:morning |afternoon |evening |opening |closing )?(?:session|gathering|meeting|conference|summit|forum|talks)|on the sidelines|opening the|addressing the|(?:on|upon) (?:his|her|their) arrival)\b/i;
/** "⟨P⟩, who chaired the meeting", "as ⟨P⟩ arrived at the meeting", "travelled to ⟨L⟩ to attend the morning session": one there, whether or not they spoke. */
const AT_THE_EVENT_ACTOR = /\b(?:arrived at|arriving at|arrives at|chaired|chairs|chairing|attended|attend|attending)\s+the\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|summit|gathering|conference)\b/gi;

/**
 * A multi-party gathering ("envoys gathered in Kazan for the meeting"): one meeting of those said to
 * take part and of those the article has speaking at it ("opening the session", "on the sidelines").
 */
export function readGatherings(masked: MaskedSentence[], speakersBySentence: Map<number, string[]>, coreference: Coreference): MeetingReading[] {
  const meetings: MeetingReading[] = [];
  for (const m of masked) {
    const match = GATHERING.exec(m.text);
    if (!match) continue;
    const placeSlot = slotAt(m, Number(match[1] ?? match[2]));
    const place = placeOf(placeSlot);
    const participants: string[] = [];
    const takingPart = TAKING_PART.exec(m.text);
    if (takingPart) {
      const present = m.slots.filter((s) => (s.type === 'P' || (s.type === 'O' && actsAsGroup(m, s))) && m.text.indexOf(`⟨${s.type}${m.slots.indexOf(s)}⟩`) > match.index);
      participants.push(...expandGroups(present.flatMap((s) => leaderOf(m, s)?.flatMap((l) => l.keys) ?? s.keys), coreference));
    }
    for (const later of masked.filter((x) => x.sentence.index > m.sentence.index && AT_THE_EVENT.test(x.sentence.text))) {
      participants.push(...(speakersBySentence.get(later.sentence.index) ?? []).filter((k) => k.startsWith('p')));
      for (const at of cuedMatches(later.text, /chair|attend|arriv/i, AT_THE_EVENT_ACTOR)) participants.push(...groupBefore(later, at.index).filter((x) => x.type === 'P').flatMap((x) => x.keys));
    }
    const unique = [...new Set(participants)];
    if (unique.length < 2) continue;
    meetings.push({
      sentence: m.sentence.index, evidence: evidenceOf(m, [placeSlot]), status: statusOf(m, match.index), at: match.index, confidence: 0.6,
      participants: unique, mode: 'IN_PERSON', place: place?.name ? { name: place.name, country: place.country } : null,
    });
  }
  return meetings;
}

/**
 * "… at a trilateral meeting of foreign ministers hosted in ⟨L⟩ by ⟨P⟩", "Foreign ministers of ⟨O⟩ met in ⟨L⟩ …, with ⟨P⟩ in the chair",
 * "⟨P⟩ hosted the ⟨Forum⟩, which opened on Tuesday in ⟨L⟩", "⟨P⟩ hosted the talks (at ⟨O⟩)." or "They were hosted by ⟨P⟩" after
 * the arrivals, "Foreign ministers from ⟨L1⟩, ⟨L2⟩ and ⟨L3⟩ held a trilateral meeting in ⟨L4⟩" before them: a table whose guests
 * the text names only arriving.
 */
const HOSTED_FOR_UNNAMED = /\b(?:meeting|talks|summit|session|consultations|ministerial)\b(?:[^.;⟨]|⟨[OLT]\d+⟩)*?\b(?:hosted|chaired|convened)\s+(?:in\s+⟨L\d+⟩\s+)?by\s+(?:[\w-]+\s+){0,4}?⟨P(\d+)⟩|\bmet\s+in\s+⟨L\d+⟩(?:[^.;⟨]|⟨[OLT]\d+⟩)*?,?\s+with\s+⟨P(\d+)⟩\s*,?\s+in\s+the\s+chair\b|⟨P(\d+)⟩\s+(?:hosted|chaired|convened)\s+the\s+(?:⟨O\d+⟩|(?:[\w-]+\s+){0,3}(?:[Ss]ummit|[Ff]orum|[Mm]eeting|[Ss]ession|[Cc]onference))(?=[^.;⟨]*(?:⟨T\d+⟩[^.;⟨]*)?\bin\s+⟨L\d+⟩)|^⟨P(\d+)⟩\s*,?\s+(?:hosted|chaired)\s+the\s+(?:[\w-]+\s+)?(?:talks|meeting|session|summit)(?:\s+(?:at|in)\s+(?:the\s+)?(?:⟨[OL]\d+⟩|[^\s.;,⟨]+(?:\s+[^\s.;,⟨]+){0,3}))?\s*\.?$|^They\s+(?:were|had\s+been)\s+(?:hosted|received|welcomed)\s+by\s+(?:[\w-]+\s+){0,4}?⟨P(\d+)⟩|^(?:\p{Lu}[\w-]*\s+)?(?:[Mm]inisters|[Ll]eaders|[Pp]residents)\s+(?:from|of)\s+(?:⟨[LO]\d+⟩(?:\s*,\s*|\s+and\s+)?){2,}\s*(?:held|met)\b(?:[^.;⟨]|⟨[OT]\d+⟩)*?\bin\s+⟨L\d+⟩/u;

/** The host of such a table meets the guests whose arrival there the next sentences tell (each delegation by its leader). */
export function readHostedTables(masked: MaskedSentence[], visits: VisitReading[], meetings: MeetingReading[], coreference: Coreference): void {
  const members = new Set([...coreference.delegations.values()].flatMap((keys) => keys.slice(1)));
  for (const m of masked) {
    const hosted = HOSTED_FOR_UNNAMED.exec(m.text);
    // ("Foreign ministers from ⟨L1⟩, ⟨L2⟩ and ⟨L3⟩ held a trilateral meeting in ⟨L4⟩": a table of those told arriving, with no host)
    const hostIndex = hosted ? hosted[1] ?? hosted[2] ?? hosted[3] ?? hosted[4] ?? hosted[5] : undefined;
    const hostSlot = hostIndex ? slotAt(m, Number(hostIndex)) : undefined;
    // (the arrivals are told next, but before "They were hosted by ⟨P⟩", and on either side of "⟨P⟩ hosted the talks.", which has no place of its own)
    const [from, to] = hosted?.[4] ? [-2, 2] : hosted?.[5] ? [-2, -1] : [0, 2];
    const hosts = hostSlot?.keys.slice(0, 1) ?? [];
    if (!hosted || (hostIndex && !hosts.length) || meetings.some((x) => x.sentence === m.sentence.index && (hosts.length ? x.participants.includes(hosts[0]) : x.mode === 'IN_PERSON'))) continue;
    const where = /\bin\s+⟨L(\d+)⟩/.exec(m.text);
    const place = where ? placeOf(slotAt(m, Number(where[1]))) : null;
    const arrivals = visits.filter((v) => v.sentence >= m.sentence.index + from && v.sentence <= m.sentence.index + to &&
      v.status === 'OCCURRED' && (!place?.country || v.destination === place.country));
    const guests = arrivals.flatMap((v) => v.visitors).filter((k) => !hosts.includes(k) && k.startsWith('p') && !members.has(k));
    const participants = [...new Set([...hosts, ...guests])];
    if (participants.length < 3) continue;
    const table = place ?? (arrivals[0]?.destination ? { name: arrivals[0].place, country: arrivals[0].destination } : null);
    // (in the order told)
    const next = meetings.findIndex((x) => x.sentence > m.sentence.index);
    meetings.splice(next < 0 ? meetings.length : next, 0, {
      sentence: m.sentence.index, evidence: evidenceOf(m, hostSlot ? [hostSlot] : []), status: statusOf(m, hosted.index), at: hosted.index, confidence: 0.5, participants,
      mode: 'IN_PERSON', place: table?.name ? { name: table.name, country: table.country } : null,
    });
  }
}

/**
 * "… flew into ⟨L⟩ for the one-day session, which was also attended by ⟨P⟩": one more at the table told in the two sentences
 * before, in a sentence with none of its own (read once the tables of hosts whose guests are told arriving are laid).
 */
export function readSessionAttendees(masked: MaskedSentence[], meetings: MeetingReading[], coreference: Coreference): void {
  for (const m of masked) {
    const attended = meetings.some((x) => x.sentence === m.sentence.index) ? null : SESSION_ATTENDED_BY.exec(m.text);
    const session = attended ? lastTableBefore(meetings, m, 2) : undefined;
    if (attended && session) seat(session, attendedBy(m, attended.index + attended[0].length).flatMap((s) => s.keys), coreference);
  }
}

const STORY_TALKS = /^(?:(?:The|Their|His|Her)\s+(?:[\w-]+\s+)?)?(?:[Tt]alks|[Mm]eeting|[Cc]onsultations)\s+with\s+(?:(?:his|her|the)\s+)?(?:⟨X\d+⟩\s*,\s*)?⟨P(\d+)⟩/;
const STORY_MEETING = /^The\s+(?:[\w-]+\s+)?(?:meeting|talks|discussions)\s+(?:took place|was held|were held)\b/;
const SAME_TRIP = /⟨[PX](\d+)⟩\s+(?:had\s+(?:originally\s+)?been|was|were)\s+(?:originally\s+)?(?:scheduled|due|set|expected|slated)\s+to\s+(?:make|undertake)\s+(?:the|that|this)\s+(?:trip|visit|journey)\b/;
// ("However, a planned stop in ⟨L⟩ … will not now go ahead" too)
const STORY_TRIP = /^(?:(?:However|But|Meanwhile|Separately),\s+)?(?:A|The|His|Her|a|the|his|her)\s+(?:planned\s+|proposed\s+|scheduled\s+)?(?:trip|visit|stop|leg|stopover)\s+(?:to|in)\s+⟨L(\d+)⟩/;

/**
 * Events told without their actors, who are the story's: "The talks with ⟨P⟩ ran well over the hour",
 * "A trip to Beijing, pencilled in for later this month, has been postponed" (the traveller is the one
 * whose trip the story last told), "The working meeting took place at …" (the pair the sentence before
 * opens with).
 */
export function readTravellersEvents(masked: MaskedSentence[], visits: VisitReading[], meetings: MeetingReading[]): void {
  for (const m of masked) {
    // "⟨P1⟩ and his counterpart ⟨P2⟩ on Thursday reviewed the agenda. The working meeting took place at …": the two met
    const before = masked[m.sentence.index - 1];
    const subjects = STORY_MEETING.test(m.text) && before ? groupAfter(before, 0) : null;
    const pair = subjects ? subjects.slots.filter((x) => x.type === 'P') : [];
    const keys = [...new Set(pair.flatMap((x) => x.keys))];
    // (not when a table of theirs was told just before: "Sofia hosted ⟨P1⟩ and ⟨P2⟩, who agreed with ⟨P3⟩ …. ⟨P1⟩ and ⟨P2⟩ arrived …. The trilateral talks were held …")
    if (keys.length >= 2 && !meetings.some((r) => r.sentence >= m.sentence.index - 2 && r.sentence <= m.sentence.index && keys.every((k) => r.participants.includes(k)))) {
      // (told in the sentence before, and dated by it)
      meetings.push({ sentence: before!.sentence.index, evidence: evidenceOf(before!, pair), status: statusOf(before!, subjects!.end), at: subjects!.end, confidence: 0.5, participants: keys, mode: 'IN_PERSON', place: null });
    }
    // "⟨P⟩ had been scheduled to make the trip in March, but it was put off": the trip just told, called off before
    const sameTrip = SAME_TRIP.exec(m.text);
    const tripper = sameTrip ? slotAt(m, Number(sameTrip[1])).keys : [];
    // ("the trip" is the last one told: its traveller's, whoever the title was taken for)
    const told = tripper.length ? [...visits].reverse().find((v) => v.sentence < m.sentence.index && v.destination && v.sentence >= m.sentence.index - 2) : undefined;
    if (told && statusOf(m, sameTrip!.index) === 'CANCELLED' && !visits.some((v) => v.sentence === m.sentence.index && v.status === 'CANCELLED')) {
      visits.push({ sentence: m.sentence.index, evidence: evidenceOf(m, [slotAt(m, Number(sameTrip![1]))]), status: 'CANCELLED', at: sameTrip!.index, confidence: 0.5, visitors: told.visitors, destination: told.destination, place: told.place, contextual: false });
    }
    readTripCalledOff(m, visits, meetings);
    // ("The four-way talks with ⟨P1⟩ and ⟨P2⟩ were held …" after "⟨P3⟩ and ⟨P4⟩ arrived …": all who travelled, all those named)
    const travellers = [...visits].reverse().find((v) => v.sentence < m.sentence.index && v.status === 'OCCURRED')?.visitors ?? [];
    const talks = STORY_TALKS.exec(m.text);
    const named = talks ? groupAfter(m, talks[0].length - `⟨P${talks[1]}⟩`.length) : null;
    const met = named ? named.slots.flatMap((x) => x.keys) : [];
    if (met.length && travellers.length && !met.some((k) => travellers.includes(k)) && !meetings.some((r) => r.sentence === m.sentence.index && met.every((k) => r.participants.includes(k)))) {
      const at = talks![0].length;
      meetings.push({ sentence: m.sentence.index, evidence: evidenceOf(m, named!.slots), status: statusOf(m, at), at, confidence: 0.5, participants: [...travellers, ...met], mode: 'IN_PERSON', place: null });
    }
    const traveller = [...visits].reverse().find((v) => v.sentence < m.sentence.index && v.status === 'OCCURRED' && v.visitors.length === 1)?.visitors[0];
    if (!traveller) continue;
    const trip = STORY_TRIP.exec(m.text);
    const place = trip ? placeOf(slotAt(m, Number(trip[1]))) : null;
    if (place && !visits.some((v) => v.sentence === m.sentence.index)) {
      const at = trip![0].length;
      visits.push({ sentence: m.sentence.index, evidence: evidenceOf(m, [slotAt(m, Number(trip![1]))]), status: statusOf(m, at), at, confidence: 0.4, visitors: [traveller], destination: place.country, place: place.name, contextual: false });
    }
  }
}

// ("⟨P⟩'s visit had originally been scheduled for ⟨T⟩ but was postponed": a possessor names the traveller)
// ("the visit to ⟨L⟩": the place after the noun names it too)
const THE_TRIP = /(?:\b(?:[Tt]he|[Tt]hat|[Tt]his|[Hh]is|[Hh]er)|⟨[PX](\d+)⟩)\s+(?:(⟨L\d+⟩|[\p{L}-]+)\s+)?(?:visit|trip|leg|stopover|stop|tour)\b(?:\s+(?:of|by)\s+⟨[PX](\d+)⟩|\s+(?:to|in)\s+(⟨L\d+⟩))?/u;
// ("pencilled in for ⟨T⟩", "earmarked for ⟨T⟩" too)
const EARLIER_DATE = /\b(?:earlier|originally|initially|first|previously)?\s*(?:scheduled|planned|set|slated|due|pencill?ed\s+in|earmarked|penned\s+in)\s+(?:for|on|in)\s+⟨T(\d+)⟩/;

/**
 * "The visit was earlier scheduled for January 15 but was deferred": the trip last told, on the day it was
 * first set for, called off (the trip now planned stays); "the Malaysian leg … had been dropped": the leg
 * to that state is off. A trip named otherwise ("the Tawau leg") is not guessed at.
 */
function readTripCalledOff(m: MaskedSentence, visits: VisitReading[], meetings: MeetingReading[]): void {
  const trip = THE_TRIP.exec(m.text);
  // (what a relative clause tells is another event's: "The trip was to continue to ⟨L⟩, where ⟨P⟩ had been due to meet …")
  if (!trip || !CANCELLED.test(m.text.slice(trip.index).replace(/,\s*(?:where|when|which|who)\b[^,;]*/g, '')) || visits.some((v) => v.sentence === m.sentence.index)) return;
  // ("A planned stop in ⟨L⟩, originally pencilled in for ⟨T⟩, was dropped after ⟨L2⟩ asked for the visit to be postponed": another trip told first)
  // ("⟨P⟩'s trip comes after a visit by the ⟨O⟩, scheduled for ⟨T⟩, was postponed": or told after it, before the word that calls it off)
  const rest = m.text.slice(trip.index + trip[0].length);
  const offAt = CANCELLED.exec(rest)?.index ?? 0;
  if (/\b(?:A|a|an)\s+(?:[\w-]+\s+)?(?:visit|trip|leg|stopover|stop|tour)\b/.test(m.text.slice(0, trip.index) + ' ' + rest.slice(0, offAt))) return;
  const possessor = trip[1] ? slotAt(m, Number(trip[1])) : undefined;
  if (possessor && !possesses(m, possessor)) return;
  const modifier = trip[4] ?? trip[2];
  const slot = modifier?.startsWith('⟨') ? slotAt(m, Number(modifier.slice(2, -1))) : undefined;
  const named = slot ? placeOf(slot)?.country : modifier && /^\p{Lu}/u.test(modifier) ? lookupPlace(modifier)?.code : undefined;
  if (modifier && /^\p{Lu}|⟨/u.test(modifier) && !named) return;
  const by = trip[3] ? slotAt(m, Number(trip[3])).keys : possessor?.keys ?? [];
  const earlier = EARLIER_DATE.exec(m.text);
  // (a trip first set for another day is one still on; a trip said to be off is the last told, whatever it was)
  // ("⟨P⟩'s visit had originally been scheduled for mid-May but was called off": an earlier attempt at the trip told)
  const told = [...visits].reverse().find((v) => v.sentence < m.sentence.index && v.destination && (!named || v.destination === named) && by.every((k) => v.visitors.includes(k)) && (!earlier || v.status === 'PLANNED' || (!!possessor && v.status === 'OCCURRED')));
  if (!told || told.status === 'CANCELLED') return;
  if (!earlier && !(possessor && told.status === 'OCCURRED')) {
    if (told.status !== 'PLANNED' || (!named && told.sentence < m.sentence.index - 2)) return;
    // (and the talks the trip was for: "a stopover in Kuala Lumpur for talks with ⟨P⟩")
    for (const r of meetings) if (r.sentence === told.sentence && r.status === 'PLANNED' && r.participants.some((k) => told.visitors.includes(k))) r.status = 'CANCELLED';
    told.status = 'CANCELLED';
    return;
  }
  const at = earlier ? m.text.indexOf(`⟨T${earlier[1]}⟩`) : trip.index;
  visits.push({ ...told, sentence: m.sentence.index, evidence: { sentence: m.sentence.index, start: m.sentence.start + trip.index, end: m.sentence.start + trip.index + trip[0].length }, status: 'CANCELLED', at, confidence: 0.5 });
}

// ("⟨P⟩ took part ⟨T⟩ in a quadrilateral meeting …": the day between the verb and its object)
const TAKES_PART = /⟨P(\d+)⟩[^.;]*?\b(?:participated|participates|took part|takes part)\s+(?:⟨T\d+⟩\s+)?in\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|session|summit|consultations)\b/;
const ALSO_TOOK_PART = /⟨P(\d+)⟩[^.;]*?\balso\s+(?:took part|attended|participated|joined)\b/;

const CREDENTIALS_OF_UNNAMED = /\b(?:received|accepted)\b(?:[^.;⟨]|⟨[OLTX]\d+⟩)*?\b(?:credentials|letters?\s+of\s+credence)\s+(?:of|from)\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:ambassadors|envoys|diplomats|heads\s+of\s+mission)\b|⟨X\d+⟩)(?:[^⟨]|⟨[LTO]\d+⟩)*$/i;
// ("⟨The envoys⟩ are …": the plural told as a slot of its own)
const ENVOYS_LISTED = /^(?:They|These|The\s+(?:new\s+)?(?:ambassadors|envoys|diplomats)|⟨X\d+⟩)\s+(?:are|were)\b|^The\s+(?:credentials|letters(?:\s+of\s+credence)?)\s+were\s+(?:presented|submitted)\s+by\b/i;

/** "⟨P⟩ held talks in ⟨L⟩ with the special envoys of …": a table whose guests are named only in the next sentence. */
const TALKS_WITH_UNNAMED = /^[^.;]*?\b(?:held\s+(?:[\w-]+\s+)?talks|met)\b(?:[^.;⟨]|⟨[LT]\d+⟩)*?\bwith\s+the\s+(?:[\w-]+\s+){0,2}?(?:envoys|ambassadors|ministers|representatives|delegates)\b/i;
/** "⟨The envoys⟩ – ⟨P1⟩ of ⟨L⟩, ⟨P2⟩ of ⟨L⟩ and ⟨P3⟩ – discussed …": those the sentence before left unnamed. */
const NAMED_BETWEEN_DASHES = /^(?:⟨X\d+⟩|The\s+(?:[\w-]+\s+){0,2}?(?:envoys|ambassadors|ministers|representatives|delegates))\s*[–—]\s*([^–—]*)[–—]/;

/**
 * "⟨P⟩ received the letters of credence of four new ambassadors … They are, in order of presentation, ⟨P1⟩; ⟨P2⟩; …":
 * each envoy listed next met the one receiving them. "⟨P⟩ held talks with the special envoys of … ⟨The envoys⟩ – ⟨P1⟩,
 * ⟨P2⟩ and ⟨P3⟩ – discussed …": one table of the host and those named next.
 */
export function readListedEnvoys(masked: MaskedSentence[], coreference: Coreference): MeetingReading[] {
  const meetings: MeetingReading[] = [];
  for (const m of masked) {
    const talks = TALKS_WITH_UNNAMED.exec(m.text);
    const named = talks ? NAMED_BETWEEN_DASHES.exec(masked[m.sentence.index + 1]?.text ?? '') : null;
    if (talks && named) {
      const next = masked[m.sentence.index + 1];
      const host = expandGroups(groupAfter(m, /^(?:(?:On\s+)?⟨T\d+⟩\s*,\s*)?/.exec(m.text)![0].length).slots.filter((x) => x.type === 'P').flatMap((x) => x.keys), coreference);
      const guests = expandGroups(peopleIn(next, named[1]), coreference);
      const where = /\b(?:in|at)\s+(?:the\s+)?⟨L(\d+)⟩/.exec(m.text);
      const place = where ? placeOf(slotAt(m, Number(where[1]))) : null;
      const participants = [...new Set([...host, ...guests])];
      if (host.length && guests.length && participants.length >= 2) {
        meetings.push({
          sentence: m.sentence.index, evidence: evidenceOf(next, []), status: statusOf(m, talks[0].length), at: talks[0].length, confidence: 0.6, participants, mode: 'IN_PERSON',
          place: place?.name ? { name: place.name, country: place.country } : null,
        });
      }
    }
    const received = CREDENTIALS_OF_UNNAMED.exec(m.text);
    const list = masked[m.sentence.index + 1];
    if (!received || !list || !ENVOYS_LISTED.test(list.text)) continue;
    const host = expandGroups(groupBefore(m, received.index).filter((x) => x.type === 'P').flatMap((x) => x.keys), coreference);
    const where = /\b(?:in|at)\s+(?:the\s+)?⟨L(\d+)⟩/.exec(m.text.slice(received.index));
    const place = where ? placeOf(slotAt(m, Number(where[1]))) : null;
    for (const envoy of host.length ? list.slots.filter((x) => x.type === 'P') : []) {
      const participants = [...new Set([...host, ...expandGroups(envoy.keys, coreference)])];
      if (participants.length < 2) continue;
      meetings.push({
        sentence: m.sentence.index, evidence: evidenceOf(list, [envoy]), status: statusOf(m, received.index), at: received.index, confidence: 0.7, participants, mode: 'IN_PERSON',
        place: place?.name ? { name: place.name, country: place.country } : null,
      });
    }
  }
  return meetings;
}

/**
 * One meeting told over a few sentences: "⟨P1⟩ participated in the trilateral meeting … The meeting was
 * hosted by ⟨P2⟩. ⟨P3⟩, who arrived this morning, also took part."
 */
export function readSharedMeetings(masked: MaskedSentence[], coreference: Coreference): MeetingReading[] {
  const meetings: MeetingReading[] = [];
  for (const m of masked) {
    const start = TAKES_PART.exec(m.text);
    if (!start) continue;
    const participants = [...slotAt(m, Number(start[1])).keys];
    for (const next of masked.slice(m.sentence.index + 1, m.sentence.index + 3)) {
      const also = ALSO_TOOK_PART.exec(next.text);
      if (also) participants.push(...slotAt(next, Number(also[1])).keys);
      participants.push(...peopleOfTableTold(next));
    }
    const unique = expandGroups([...new Set(participants)], coreference);
    if (unique.length < 2) continue;
    const at = start.index + start[0].search(/\b(?:participated|participates|took part|takes part)\b/);
    // ("… held in ⟨L⟩", "… in ⟨L⟩ on Monday": where the table sat)
    const where = /^[^.;]*?\b(?:held\s+)?in\s+⟨L(\d+)⟩/.exec(m.text.slice(start.index + start[0].length));
    const place = where ? placeOf(slotAt(m, Number(where[1]))) : null;
    meetings.push({
      sentence: m.sentence.index, evidence: evidenceOf(m, [slotAt(m, Number(start[1]))]), status: statusOf(m, at), at, confidence: 0.6, participants: unique, mode: 'IN_PERSON',
      place: place?.name ? { name: place.name, country: place.country } : null,
    });
  }
  return meetings;
}
