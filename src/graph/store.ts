// Writes one article's extraction into the graph inside the caller's transaction.
import { sql } from 'drizzle-orm';
import { rowsOf } from '../db/client.js';
import { citations, edges, nodes, resolutions, type EdgeType } from '../db/schema.js';
import type {
  DateRange,
  Evidence,
  EventStatus,
  Extraction,
  ExtractedMeeting,
  ExtractedVisit,
} from '../extract/types.js';
import { knownCountryName } from '../extract/gazetteer.js';
import { recordForms, renameByConsensus, resolveEntity, voteNames, resolveGovernment, resolvePlace, type Executor } from './resolve.js';

interface Context {
  tx: Executor;
  articleId: number;
  extraction: Extraction;
  articleDate: string | null;
  nodeOf: Map<string, number>;
  /** citations are written together once the article's nodes and edges exist */
  pendingCitations: (typeof citations.$inferInsert)[];
}

function quoteOf(extraction: Extraction, evidence: Evidence): string {
  return extraction.sentences[evidence.sentence]?.text ?? extraction.text.slice(evidence.start, evidence.end);
}

function cite(ctx: Context, target: { nodeId: number } | { edgeId: number }, evidence: Evidence[], confidence = 1) {
  ctx.pendingCitations.push(
    ...evidence.map((e) => ({
      articleId: ctx.articleId,
      nodeId: 'nodeId' in target ? target.nodeId : null,
      edgeId: 'edgeId' in target ? target.edgeId : null,
      sentence: e.sentence,
      spanStart: e.start,
      spanEnd: e.end,
      quote: quoteOf(ctx.extraction, e),
      confidence,
    })),
  );
}

/** Finds or creates typed edges in one statement; an edge seen again widens its validity to the article's date. */
async function linkAll(ctx: Context, type: EdgeType, pairs: [number, number][], props: Record<string, string | null> = {}, confidence = 1): Promise<number[]> {
  if (!pairs.length) return [];
  const seen = ctx.articleDate;
  const values = pairs.map(([src, dst]) => sql`(${type}, ${src}::bigint, ${dst}::bigint, ${JSON.stringify(props)}::jsonb, ${seen}::date, ${seen}::date, ${confidence}::real)`);
  const rows = rowsOf<{ id: number | string }>(
    await ctx.tx.execute(sql`
      insert into edges (type, src_id, dst_id, props, valid_from, valid_to, confidence)
      values ${sql.join(values, sql`, `)}
      on conflict (type, src_id, dst_id, coalesce(props->>'title', '')) do update set
        valid_from = least(edges.valid_from, excluded.valid_from),
        valid_to = greatest(edges.valid_to, excluded.valid_to),
        confidence = greatest(edges.confidence, excluded.confidence)
      returning id`),
  );
  return rows.map((r) => Number(r.id));
}

/** Links and cites in one go: every edge an article writes carries the sentence that supports it. */
async function linkCited(ctx: Context, type: EdgeType, pairs: [number, number][], evidence: Evidence[], confidence: number) {
  for (const edgeId of await linkAll(ctx, type, pairs, {}, confidence)) cite(ctx, { edgeId }, evidence.slice(0, 1), confidence);
}

/** The place of an event, cited by the event's sentence, linked to it. */
async function placeEvent(ctx: Context, eventId: number, event: ExtractedVisit | ExtractedMeeting) {
  if (!event.place) return;
  const placeId = await resolvePlace(ctx.tx, event.place);
  cite(ctx, { nodeId: placeId }, event.evidence.slice(0, 1), event.confidence);
  await linkCited(ctx, 'HELD_IN', [[eventId, placeId]], event.evidence, event.confidence);
}

function daySpan(range: DateRange): number {
  return (Date.parse(range.end) - Date.parse(range.start)) / 86_400_000;
}

/** How far apart in time two reports may be when one of them gives no date of its own. */
const UNDATED_REPORT_WINDOW_DAYS = 14;
const DAY_MS = 86_400_000;

/**
 * Dates of two reports of one event agree when their ranges overlap. A report with no date of its
 * own is pinned by when it was published: it agrees only with what lies within two weeks of that.
 */
function datesAgree(stored: StoredEvent, date: DateRange | null, articleDate: string | null): boolean {
  if (stored.date_start && date) return stored.date_start <= date.end && (stored.date_end ?? stored.date_start) >= date.start;
  const storedWhen = stored.date_start ? [stored.date_start, stored.date_end ?? stored.date_start] : stored.seen_from ? [stored.seen_from, stored.seen_to ?? stored.seen_from] : null;
  const reportWhen = date ? [date.start, date.end] : articleDate ? [articleDate, articleDate] : null;
  if (!storedWhen || !reportWhen) return true;
  const gap = Math.max(Date.parse(storedWhen[0]) - Date.parse(reportWhen[1]), Date.parse(reportWhen[0]) - Date.parse(storedWhen[1]));
  return gap <= UNDATED_REPORT_WINDOW_DAYS * DAY_MS;
}

/**
 * The stored event a report is about, among those with the same actors and status: dates must
 * agree, and of several the nearest in time wins (to the report's date, or to the article's when
 * the report gives none), so that a vague report does not land on the first of many.
 */
function sameEvent<T extends StoredEvent>(candidates: T[], date: DateRange | null, articleDate: string | null): T | undefined {
  const target = date?.start ?? articleDate;
  const distance = (c: T) => {
    const when = c.date_start ?? c.seen_from;
    return when && target ? Math.abs(Date.parse(when) - Date.parse(target)) : Number.MAX_SAFE_INTEGER;
  };
  return candidates.filter((c) => datesAgree(c, date, articleDate)).sort((a, b) => distance(a) - distance(b) || Number(a.id) - Number(b.id))[0];
}

async function createEvent(ctx: Context, kind: 'visit' | 'meeting', name: string, event: ExtractedVisit | ExtractedMeeting, extra: { countryCode?: string | null; mode?: string | null }) {
  const [created] = await ctx.tx
    .insert(nodes)
    .values({
      kind,
      name,
      nameKey: name.toLowerCase(),
      status: event.status,
      countryCode: extra.countryCode ?? null,
      mode: extra.mode ?? null,
      dateStart: event.date?.start ?? null,
      dateEnd: event.date?.end ?? null,
      datePrecision: event.date?.precision ?? null,
      confidence: event.confidence,
    })
    .returning({ id: nodes.id });
  return created.id;
}

/** Keeps the most precise date the reports support, and fills a place or mode learnt later. */
async function refineEvent(ctx: Context, nodeId: number, current: { date_start: string | null; date_end: string | null }, date: DateRange | null, mode?: string | null) {
  const sharper = date && (!current.date_start || daySpan(date) < (Date.parse(current.date_end ?? current.date_start) - Date.parse(current.date_start)) / 86_400_000);
  if (sharper)
    await ctx.tx.execute(sql`update nodes set date_start = ${date.start}, date_end = ${date.end}, date_precision = ${date.precision} where id = ${nodeId}`);
  if (mode) await ctx.tx.execute(sql`update nodes set mode = coalesce(mode, ${mode}) where id = ${nodeId}`);
}

interface StoredEvent extends Record<string, unknown> {
  id: number;
  date_start: string | null;
  date_end: string | null;
  /** publication dates of the articles that reported it, through the actor's edge */
  seen_from: string | null;
  seen_to: string | null;
}

async function storeVisit(ctx: Context, visit: ExtractedVisit) {
  const visitorId = ctx.nodeOf.get(visit.visitor);
  if (visitorId == null) return;
  const candidates = rowsOf<StoredEvent>(
    await ctx.tx.execute(sql`
      select n.id, n.date_start::text, n.date_end::text, e.valid_from::text as seen_from, e.valid_to::text as seen_to
      from edges e join nodes n on n.id = e.dst_id
      where e.type = 'VISITED' and e.src_id = ${visitorId} and n.kind = 'visit'
        and n.status = ${visit.status} and n.country_code is not distinct from ${visit.destination}
      order by n.id`),
  );
  const same = sameEvent(candidates, visit.date, ctx.articleDate);
  const label = `${visit.destination ?? '?'} visit`;
  const visitId = same ? Number(same.id) : await createEvent(ctx, 'visit', label, visit, { countryCode: visit.destination });
  if (same) await refineEvent(ctx, visitId, same, visit.date);
  cite(ctx, { nodeId: visitId }, visit.evidence, visit.confidence);
  await linkCited(ctx, 'VISITED', [[visitorId, visitId]], visit.evidence, visit.confidence);
  await placeEvent(ctx, visitId, visit);
}

async function storeMeeting(ctx: Context, meeting: ExtractedMeeting) {
  const participantIds = [...new Set(meeting.participants.map((k) => ctx.nodeOf.get(k)).filter((id): id is number => id != null))];
  if (participantIds.length < 2) return;
  // A stored meeting is the same event when it has exactly these participants and agreeing dates.
  const candidates = rowsOf<StoredEvent>(
    await ctx.tx.execute(sql`
      select n.id, n.date_start::text, n.date_end::text, mine.valid_from::text as seen_from, mine.valid_to::text as seen_to
      from edges mine join nodes n on n.id = mine.dst_id
      where mine.type = 'PARTICIPATED_IN' and mine.src_id = ${participantIds[0]} and n.kind = 'meeting' and n.status = ${meeting.status}
        and (select array_agg(e.src_id order by e.src_id) from edges e where e.dst_id = n.id and e.type = 'PARTICIPATED_IN')
          = ${sql.raw(`ARRAY[${[...participantIds].sort((a, b) => a - b).join(',')}]::bigint[]`)}
      order by n.id`),
  );
  const same = sameEvent(candidates, meeting.date, ctx.articleDate);
  const meetingId = same ? Number(same.id) : await createEvent(ctx, 'meeting', `meeting of ${participantIds.length}`, meeting, { mode: meeting.mode });
  if (same) await refineEvent(ctx, meetingId, same, meeting.date, meeting.mode);
  cite(ctx, { nodeId: meetingId }, meeting.evidence, meeting.confidence);
  await linkCited(ctx, 'PARTICIPATED_IN', participantIds.map((participantId) => [participantId, meetingId]), meeting.evidence, meeting.confidence);
  await placeEvent(ctx, meetingId, meeting);
}

async function storeStatements(ctx: Context) {
  for (const statement of ctx.extraction.statements) {
    const speakerId = ctx.nodeOf.get(statement.speaker);
    if (speakerId == null) continue;
    const [created] = await ctx.tx
      .insert(nodes)
      .values({
        kind: 'statement',
        name: 'statement',
        nameKey: 'statement',
        medium: statement.medium,
        quote: statement.quote,
        status: 'OCCURRED' satisfies EventStatus,
        dateStart: statement.date?.start ?? null,
        dateEnd: statement.date?.end ?? null,
        datePrecision: statement.date?.precision ?? null,
        confidence: statement.confidence,
      })
      .returning({ id: nodes.id });
    cite(ctx, { nodeId: created.id }, statement.evidence, statement.confidence);
    const { evidence, confidence } = statement;
    await linkCited(ctx, 'SAID', [[speakerId, created.id]], evidence, confidence);
    const relayerId = statement.reportedBy ? ctx.nodeOf.get(statement.reportedBy) : undefined;
    if (relayerId != null) await linkCited(ctx, 'REPORTED', [[relayerId, created.id]], evidence, confidence);
    const aboutIds = [...new Set(statement.about.map((key) => ctx.nodeOf.get(key)).filter((id): id is number => id != null))];
    await linkCited(ctx, 'ABOUT', aboutIds.map((aboutId) => [created.id, aboutId]), evidence, confidence);
  }
}

async function storeRoles(ctx: Context) {
  for (const entity of ctx.extraction.entities) {
    if (entity.type !== 'person') continue;
    const personId = ctx.nodeOf.get(entity.key)!;
    for (const role of entity.roles) {
      const orgId =
        (role.organization && ctx.nodeOf.get(role.organization)) ||
        (role.country && knownCountryName(role.country) ? await resolveGovernment(ctx.tx, role.country, knownCountryName(role.country)!) : null);
      if (orgId == null) continue;
      const [edgeId] = await linkAll(ctx, 'HOLDS_ROLE', [[personId, orgId]], { title: role.title, portfolio: role.portfolio });
      cite(ctx, { edgeId }, [role.evidence]);
    }
  }
}

export async function storeExtraction(tx: Executor, articleId: number, extraction: Extraction, publishedAt: string | null) {
  const ctx: Context = { tx, articleId, extraction, articleDate: publishedAt ?? extraction.dateline?.date ?? null, nodeOf: new Map(), pendingCitations: [] };
  const explanations: (typeof resolutions.$inferInsert)[] = [];
  for (const entity of extraction.entities) {
    const resolution = await resolveEntity(tx, entity);
    const { nodeId } = resolution;
    ctx.nodeOf.set(entity.key, nodeId);
    explanations.push({ articleId, nodeId, forms: [entity.name, ...entity.aliases], rule: resolution.rule, score: resolution.score, matched: resolution.matched });
    await recordForms(tx, nodeId, entity, resolution.countryKnown);
    cite(ctx, { nodeId }, entity.mentions, entity.confidence);
  }
  await storeRoles(ctx);
  for (const visit of extraction.visits) await storeVisit(ctx, visit);
  for (const meeting of extraction.meetings) await storeMeeting(ctx, meeting);
  await storeStatements(ctx);
  if (explanations.length) await tx.insert(resolutions).values(explanations);
  await voteNames(tx, explanations.map((e) => ({ nodeId: e.nodeId, name: e.forms[0] })));
  // A node matched by this article may now be better named by the forms all articles gave it.
  for (const nodeId of new Set(explanations.filter((e) => e.rule !== 'created').map((e) => e.nodeId))) await renameByConsensus(tx, nodeId);
  if (ctx.pendingCitations.length) await tx.insert(citations).values(ctx.pendingCitations);
}
