import type pg from 'pg';
import type { TermPostings } from '../../search/query.js';
import { PG_DEFAULTS } from './connect.js';

/**
 * Postings in PostgreSQL: per term and chunk of passage ordinals (PG_DEFAULTS.postingsChunk), one
 * row of packed postings, six bytes each, in ascending ordinal order: the ordinal's offset in the
 * chunk, the term's frequency in the passage, and the passage's distinct-term count with a flag
 * for "the article has a next passage" (whose context field then holds the term). Appending is
 * byte concatenation, so new passages (always the highest ordinals) go in with one upsert.
 */
const CHUNK = PG_DEFAULTS.postingsChunk;
const WIDTH = 6;
const NEXT = 0x8000;
/** Two-byte fields: a longer passage's counts are clamped (no paragraph comes near). */
const MAX = 0x7fff;

/** One passage as the postings see it. */
export interface PostingRow {
  ord: number;
  tokens: readonly string[];
  nterms: number;
  hasNext: boolean;
}

const keyOf = (term: string, chunk: number) => `${chunk}\u0000${term}`;

/** The chunk a passage ordinal's postings are stored in. */
export const chunkOf = (ord: number) => Math.floor(ord / CHUNK);

/** Packs the postings of these passages (ascending ordinals), grouped by term and chunk. */
export function packPostings(rows: readonly PostingRow[]): Map<string, { term: string; chunk: number; bytes: Buffer }> {
  const lists = new Map<string, { term: string; chunk: number; entries: number[] }>();
  for (const r of rows) {
    const tf = new Map<string, number>();
    for (const t of r.tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
    const chunk = Math.floor(r.ord / CHUNK);
    const last = Math.min(r.nterms, MAX) | (r.hasNext ? NEXT : 0);
    for (const [term, n] of tf) {
      const k = keyOf(term, chunk);
      let l = lists.get(k);
      if (!l) lists.set(k, (l = { term, chunk, entries: [] }));
      l.entries.push(r.ord - chunk * CHUNK, Math.min(n, 0xffff), last);
    }
  }
  const out = new Map<string, { term: string; chunk: number; bytes: Buffer }>();
  for (const [k, l] of lists) {
    const bytes = Buffer.allocUnsafe(l.entries.length * 2);
    for (let i = 0; i < l.entries.length; i++) bytes.writeUInt16LE(l.entries[i]!, i * 2);
    out.set(k, { term: l.term, chunk: l.chunk, bytes });
  }
  return out;
}

/** Adds passages' postings: appended to each term's chunk (created when new). */
export async function appendPostings(db: pg.PoolClient, rows: readonly PostingRow[], batch: number): Promise<void> {
  const all = [...packPostings(rows).values()];
  for (let i = 0; i < all.length; i += batch) {
    const part = all.slice(i, i + batch);
    await db.query(
      `INSERT INTO nd_postings (term, chunk, data) SELECT * FROM unnest($1::text[], $2::int[], $3::bytea[])
       ON CONFLICT (term, chunk) DO UPDATE SET data = nd_postings.data || EXCLUDED.data`,
      [part.map((x) => x.term), part.map((x) => x.chunk), part.map((x) => x.bytes)],
    );
  }
}

/** Takes passages' postings out: each touched row is read, filtered and written back (or deleted when empty). */
export async function removePostings(db: pg.PoolClient, rows: readonly PostingRow[]): Promise<void> {
  const gone = new Map<string, { term: string; chunk: number; offsets: Set<number> }>();
  for (const r of rows) {
    const chunk = Math.floor(r.ord / CHUNK);
    for (const term of new Set(r.tokens)) {
      const k = keyOf(term, chunk);
      const g = gone.get(k) ?? gone.set(k, { term, chunk, offsets: new Set() }).get(k)!;
      g.offsets.add(r.ord - chunk * CHUNK);
    }
  }
  if (gone.size === 0) return;
  const list = [...gone.values()];
  const stored = await db.query<{ term: string; chunk: number; data: Buffer }>(
    'SELECT p.term, p.chunk, p.data FROM nd_postings p JOIN unnest($1::text[], $2::int[]) AS g(term, chunk) USING (term, chunk)',
    [list.map((g) => g.term), list.map((g) => g.chunk)],
  );
  const kept = stored.rows.map((r) => {
    const offsets = gone.get(keyOf(r.term, r.chunk))!.offsets;
    const parts: Buffer[] = [];
    for (let at = 0; at < r.data.length; at += WIDTH) if (!offsets.has(r.data.readUInt16LE(at))) parts.push(r.data.subarray(at, at + WIDTH));
    return { term: r.term, chunk: r.chunk, bytes: Buffer.concat(parts) };
  });
  const [empty, rest] = [kept.filter((k) => k.bytes.length === 0), kept.filter((k) => k.bytes.length > 0)];
  await db.query('DELETE FROM nd_postings p USING unnest($1::text[], $2::int[]) AS g(term, chunk) WHERE p.term = g.term AND p.chunk = g.chunk', [empty.map((k) => k.term), empty.map((k) => k.chunk)]);
  await db.query('UPDATE nd_postings p SET data = g.data FROM unnest($1::text[], $2::int[], $3::bytea[]) AS g(term, chunk, data) WHERE p.term = g.term AND p.chunk = g.chunk', [
    rest.map((k) => k.term), rest.map((k) => k.chunk), rest.map((k) => k.bytes),
  ]);
}

/** Decodes one term's packed rows (ascending chunks) into its two field lists, sized exactly: no growing arrays to collect. */
function decodeTerm(rows: readonly { chunk: number; data: Buffer }[]): TermPostings {
  let total = 0;
  let next = 0;
  for (const { data } of rows) {
    total += data.length / WIDTH;
    for (let at = 4; at < data.length; at += WIDTH) if (data.readUInt16LE(at) & NEXT) next++;
  }
  const own = { docs: new Int32Array(total), tf: new Int32Array(total), length: new Int32Array(total) };
  const context = { docs: new Int32Array(next), tf: new Int32Array(next), length: new Int32Array(next) };
  let i = 0;
  let j = 0;
  for (const { chunk, data } of rows) {
    const base = chunk * CHUNK;
    for (let at = 0; at < data.length; at += WIDTH, i++) {
      const doc = base + data.readUInt16LE(at);
      const tf = data.readUInt16LE(at + 2);
      const last = data.readUInt16LE(at + 4);
      own.docs[i] = doc;
      own.tf[i] = tf;
      own.length[i] = last & MAX;
      if (last & NEXT) {
        // The context field of the next passage holds what this one holds.
        context.docs[j] = doc + 1;
        context.tf[j] = tf;
        context.length[j++] = last & MAX;
      }
    }
  }
  return { terms: own, context };
}

/**
 * Every posting of these terms, in both fields (own terms; context, i.e. the next passage's), as
 * the query emulation reads them: one indexed query, a few rows per term.
 */
export async function fetchPostings(db: pg.Pool, terms: readonly string[]): Promise<Map<string, TermPostings>> {
  const r = await db.query<{ term: string; chunk: number; data: Buffer }>({ name: 'nd-view-postings', text: 'SELECT term, chunk, data FROM nd_postings WHERE term = ANY($1) ORDER BY term, chunk', values: [terms] });
  const byTerm = new Map<string, { chunk: number; data: Buffer }[]>();
  for (const row of r.rows) (byTerm.get(row.term) ?? byTerm.set(row.term, []).get(row.term)!).push(row);
  return new Map([...byTerm].map(([t, rows]) => [t, decodeTerm(rows)]));
}
