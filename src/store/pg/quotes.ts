import type pg from 'pg';
import type { Corpus } from '../../corpus/types.js';
import { buildQuoteIndex, quoteIndexOf, type Quote, type QuoteIndex, type Speaker } from '../../quotes/index.js';
import { bySalience } from '../../quotes/lookup.js';
import { PG_DEFAULTS, readWhole } from './connect.js';

const BATCH = PG_DEFAULTS.insertBatch;
const nameKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const whoOf = (q: Quote) => q.speakerId ?? q.organisationId;

async function insertSpeakers(db: pg.PoolClient, speakers: readonly Speaker[], ordFrom: number): Promise<void> {
  for (let i = 0; i < speakers.length; i += BATCH) {
    const part = speakers.slice(i, i + BATCH);
    await db.query('INSERT INTO nd_speakers (id, ord, name_key, data) SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::jsonb[])', [
      part.map((s) => s.id), part.map((_, k) => ordFrom + i + k), part.map((s) => nameKey(s.name)), part.map((s) => JSON.stringify(s)),
    ]);
  }
}

async function insertQuotes(db: pg.PoolClient, quotes: readonly Quote[], terms: Record<string, string[]>, ordFrom: number): Promise<void> {
  for (let i = 0; i < quotes.length; i += BATCH) {
    const part = quotes.slice(i, i + BATCH);
    await db.query('INSERT INTO nd_quotes (id, ord, speaker, data, terms) SELECT id, o, s, d, string_to_array(t, \' \') FROM unnest($1::text[], $2::int[], $3::text[], $4::jsonb[], $5::text[]) AS x(id, o, s, d, t)', [
      part.map((q) => q.id), part.map((_, k) => ordFrom + i + k), part.map(whoOf), part.map((q) => JSON.stringify(q)), part.map((q) => (terms[q.id] ?? []).join(' ')),
    ]);
    const links = part.flatMap((q) => [...new Set(q.citations.map((c) => c.sourceId))].map((a) => [a, q.id] as const));
    await db.query('INSERT INTO nd_quote_articles (article_id, quote_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [links.map((l) => l[0]), links.map((l) => l[1])]);
  }
}

/** Stores a whole quote registry (a full index). */
export async function saveQuotes(db: pg.PoolClient, qi: QuoteIndex): Promise<void> {
  await insertSpeakers(db, qi.speakers, 0);
  await insertQuotes(db, qi.quotes, qi.quoteTerms, 0);
}

/** The registry's lookup tables of names, which loadSpeakers leaves for first use. */
const NAME_TABLES = ['speakerById', 'names', 'nameWords', 'searchNames'] as const;

/**
 * A registry of these speakers whose name tables (by id, by name, by name word, for
 * autocomplete) are built when first read, all at once and then kept: 0.2-0.5 s at 32,000
 * speakers, a fifth of a 100,000-article start, and only resolving a name reads them. The
 * speakers themselves, which every question reads, are there from the start.
 */
function lazyNameTables(speakers: Speaker[]): QuoteIndex {
  let built: QuoteIndex | null = null;
  const dict = <T>() => Object.create(null) as Record<string, T>;
  const qi = { speakers, quotes: [], quotesBySpeaker: dict<Quote[]>(), quoteTerms: dict<string[]>() } as Pick<QuoteIndex, 'speakers' | 'quotes' | 'quotesBySpeaker' | 'quoteTerms'>;
  for (const key of NAME_TABLES) Object.defineProperty(qi, key, { enumerable: true, get: () => (built ??= quoteIndexOf(speakers, [], dict()))[key] });
  return qi as QuoteIndex;
}

/**
 * Reads the speakers of the quote registry (names, aliases, counts: what resolving a name,
 * autocomplete and /speakers read), without their quotations: those are read per request
 * (speakerQuotes), so a serving process never holds the whole registry. The name tables are
 * built on first use (or after ready: settlePgState).
 */
export async function loadSpeakers(db: pg.Pool): Promise<QuoteIndex> {
  // One JSON array rather than a row per speaker: parsed natively.
  const all = await readWhole<Speaker[]>(db, 'SELECT json_agg(data ORDER BY ord) AS all FROM nd_speakers');
  return lazyNameTables((all ?? []).sort(bySalience));
}

/** The registry of `speakers` with these speakers' quotations in it (one indexed query on speaker), in registry order. */
export async function speakerQuotes(db: pg.Pool, speakers: QuoteIndex, ids: readonly string[]): Promise<QuoteIndex> {
  if (ids.length === 0) return speakers;
  const q = await db.query<{ data: Quote; terms: string }>({ name: 'nd-view-quotes', text: "SELECT data, array_to_string(terms, ' ') AS terms FROM nd_quotes WHERE speaker = ANY($1) ORDER BY ord", values: [ids] });
  const quoteTerms: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  for (const r of q.rows) quoteTerms[r.data.id] = r.terms ? r.terms.split(' ') : [];
  const quotesBySpeaker: Record<string, Quote[]> = Object.create(null) as Record<string, Quote[]>;
  for (const { data } of q.rows) if (whoOf(data)) (quotesBySpeaker[whoOf(data)!] ??= []).push(data);
  // The lookup tables are the speakers' own, shared by every request.
  return { ...speakers, quotes: q.rows.map((r) => r.data), quoteTerms, quotesBySpeaker };
}

/** Drops removed articles' citations, and quotations left with none; returns the speakers whose counts changed. */
async function dropArticleQuotes(db: pg.PoolClient, articleIds: readonly string[]): Promise<Set<string>> {
  const gone = new Set(articleIds);
  const r = await db.query<{ data: Quote }>('SELECT data FROM nd_quotes WHERE id IN (SELECT quote_id FROM nd_quote_articles WHERE article_id = ANY($1))', [articleIds]);
  const touched = new Set<string>();
  for (const { data: q } of r.rows) {
    const citations = q.citations.filter((c) => !gone.has(c.sourceId));
    if (whoOf(q)) touched.add(whoOf(q)!);
    if (citations.length === 0) await db.query('DELETE FROM nd_quotes WHERE id = $1', [q.id]);
    else await db.query('UPDATE nd_quotes SET data = $2 WHERE id = $1', [q.id, JSON.stringify({ ...q, citations })]);
  }
  await db.query('DELETE FROM nd_quote_articles WHERE article_id = ANY($1)', [articleIds]);
  return touched;
}

/**
 * Speaker ids of a registry built from a few articles, as the stored registry knows them: the
 * same name is the same speaker; a new one is added (after the stored ones in salience).
 */
async function mergeSpeakers(db: pg.PoolClient, qi: QuoteIndex, tag: string): Promise<Map<string, string>> {
  const known = await db.query<{ id: string; name_key: string }>('SELECT id, name_key FROM nd_speakers WHERE name_key = ANY($1)', [qi.speakers.map((s) => nameKey(s.name))]);
  const byName = new Map(known.rows.map((r) => [r.name_key, r.id]));
  const ids = new Map<string, string>();
  const fresh: Speaker[] = [];
  for (const s of qi.speakers) {
    const id = byName.get(nameKey(s.name)) ?? `${s.id}@${tag}`;
    ids.set(s.id, id);
    if (!byName.has(nameKey(s.name))) fresh.push({ ...s, id });
  }
  const ord = await db.query<{ n: number }>('SELECT coalesce(max(ord) + 1, 0)::int AS n FROM nd_speakers');
  await insertSpeakers(db, fresh, ord.rows[0]!.n);
  return ids;
}

/**
 * Replaces the quotations of changed articles: their old citations go, and the quotations of
 * `added` (extracted from those articles alone) join the registry under the speakers they name.
 * A quotation another outlet also carries is not folded into that outlet's until the next full
 * index, which clusters across the whole archive. Returns the speakers whose entries changed or were added.
 */
export async function replaceArticleQuotes(db: pg.PoolClient, removed: readonly string[], added: Corpus, tag: string): Promise<Set<string>> {
  const touched = await dropArticleQuotes(db, removed);
  if (added.articles.length > 0) {
    const qi = buildQuoteIndex(added);
    const ids = await mergeSpeakers(db, qi, tag);
    const map = (id: string | null) => (id === null ? null : (ids.get(id) ?? id));
    const quotes = qi.quotes.map((q) => ({ ...q, id: `${q.id}@${tag}`, speakerId: map(q.speakerId), organisationId: map(q.organisationId) }));
    const terms = Object.fromEntries(qi.quotes.map((q) => [`${q.id}@${tag}`, qi.quoteTerms[q.id] ?? []]));
    const ord = await db.query<{ n: number }>('SELECT coalesce(max(ord) + 1, 0)::int AS n FROM nd_quotes');
    await insertQuotes(db, quotes, terms, ord.rows[0]!.n);
    for (const q of quotes) if (whoOf(q)) touched.add(whoOf(q)!);
    for (const id of ids.values()) touched.add(id);
  }
  await db.query(
    `UPDATE nd_speakers s SET data = jsonb_set(s.data, '{quotes}', to_jsonb((SELECT count(*) FROM nd_quotes q WHERE q.speaker = s.id)))
     WHERE s.id = ANY($1)`,
    [[...touched]],
  );
  return touched;
}
