import type { AsPlainObject } from 'minisearch';

/**
 * A compact form of MiniSearch's postings for the persisted index. MiniSearch's own JSON costs a
 * parsed object per posting and a Map entry per posting on load: at 10,000 articles, 13 million
 * of each and ten seconds. Here postings are varint bytes, decoded per term only when a search
 * first touches it, so a persisted index is ready in the time it takes to read the file.
 */

/** Growable byte buffer of unsigned LEB128 varints. */
class VarintWriter {
  buf = new Uint8Array(1 << 16);
  at = 0;
  push(n: number): void {
    if (this.at + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    while (n >= 0x80) {
      this.buf[this.at++] = (n & 0x7f) | 0x80;
      n >>>= 7;
    }
    this.buf[this.at++] = n;
  }
  bytes(): Uint8Array {
    return this.buf.subarray(0, this.at);
  }
}

/** Reads varints from a byte array, from a position. */
class VarintReader {
  constructor(
    private readonly buf: Uint8Array,
    public at: number,
  ) {}
  next(): number {
    let n = 0;
    let shift = 0;
    let b: number;
    do {
      b = this.buf[this.at++]!;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return n;
  }
}

const zig = (n: number) => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzig = (n: number) => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

/** Postings and per-document data packed for storage; everything but `bytes` is plain JSON. */
export interface PackedPostings {
  /** Terms in index order; a term's number is its place here. */
  terms: string[];
  /** Passages holding each term in the `terms` field (its document frequency). */
  df: number[];
  /** Delta-encoded byte offsets of each term's postings. */
  termAt: number[];
  /** Delta-encoded byte offsets of each document's own term numbers and field lengths. */
  docAt: number[];
  /** Document id by MiniSearch short id. */
  ids: (string | null)[];
  fieldCount: number;
  termsField: number;
  bytes: Uint8Array;
}

const deltas = (xs: number[]) => xs.map((x, i) => x - (i > 0 ? xs[i - 1]! : 0));
const undelta = (xs: number[]) => {
  const out = new Array<number>(xs.length);
  let acc = 0;
  for (let i = 0; i < xs.length; i++) out[i] = acc += xs[i]!;
  return out;
};

/** Packs MiniSearch's serialised index (toJSON) into bytes plus small tables. */
export function packPostings(js: AsPlainObject, termsFieldName: string): PackedPostings {
  const termsField = js.fieldIds[termsFieldName];
  if (termsField === undefined) throw new Error(`the passage index has no "${termsFieldName}" field`);
  const fieldCount = Object.keys(js.fieldIds).length;
  const ids: (string | null)[] = new Array<string | null>(js.nextId).fill(null);
  for (const [short, id] of Object.entries(js.documentIds)) ids[Number(short)] = id as string;
  const forward: number[][] = ids.map(() => []);
  const w = new VarintWriter();
  const terms: string[] = [];
  const df: number[] = [];
  const termAt: number[] = [];
  js.index.forEach(([term, data], t) => {
    terms.push(term);
    termAt.push(w.at);
    const fields = Object.keys(data);
    w.push(fields.length);
    let count = 0;
    for (const f of fields) {
      const posting = data[f] as unknown as Record<string, number>;
      const shorts = Object.keys(posting);
      w.push(Number(f));
      w.push(shorts.length);
      let prev = 0;
      for (const s of shorts) {
        const id = Number(s);
        w.push(zig(id - prev));
        w.push(posting[s]!);
        prev = id;
        if (Number(f) === termsField) forward[id]!.push(t);
      }
      if (Number(f) === termsField) count = shorts.length;
    }
    df.push(count);
  });
  const docAt: number[] = [];
  forward.forEach((list, short) => {
    docAt.push(w.at);
    w.push(list.length);
    let prev = 0;
    for (const t of list) {
      w.push(t - prev);
      prev = t;
    }
    const lengths = (js.fieldLength[String(short)] as number[] | undefined) ?? [];
    for (let f = 0; f < fieldCount; f++) w.push(lengths[f] ?? 0);
  });
  return { terms, df, termAt: deltas(termAt), docAt: deltas(docAt), ids, fieldCount, termsField, bytes: w.bytes() };
}

type FieldPostings = Map<number, Map<number, number>>;

/**
 * One term's postings (field → document → frequency) as MiniSearch holds them, decoded from the
 * bytes the first time anything reads it. Behaves as the Map it stands for in every other way.
 */
class LazyPostings extends Map<number, Map<number, number>> {
  #bytes: Uint8Array | null;
  #at: number;
  constructor(bytes: Uint8Array, at: number) {
    super();
    this.#bytes = bytes;
    this.#at = at;
  }
  #load(): void {
    const bytes = this.#bytes;
    if (!bytes) return;
    this.#bytes = null;
    const r = new VarintReader(bytes, this.#at);
    for (let fields = r.next(); fields > 0; fields--) {
      const field = r.next();
      const m = new Map<number, number>();
      let id = 0;
      for (let n = r.next(); n > 0; n--) {
        id += unzig(r.next());
        m.set(id, r.next());
      }
      super.set(field, m);
    }
  }
  override get(k: number) {
    this.#load();
    return super.get(k);
  }
  override has(k: number) {
    this.#load();
    return super.has(k);
  }
  override set(k: number, v: Map<number, number>) {
    this.#load();
    return super.set(k, v);
  }
  override delete(k: number) {
    this.#load();
    return super.delete(k);
  }
  override clear() {
    this.#bytes = null;
    super.clear();
  }
  override forEach(f: (v: Map<number, number>, k: number, m: Map<number, Map<number, number>>) => void, self?: unknown) {
    this.#load();
    super.forEach(f, self);
  }
  override entries() {
    this.#load();
    return super.entries();
  }
  override keys() {
    this.#load();
    return super.keys();
  }
  override values() {
    this.#load();
    return super.values();
  }
  override [Symbol.iterator]() {
    this.#load();
    return super.entries();
  }
  /** Decodes now (for size, which a subclass cannot override as a getter in TypeScript's view of Map). */
  load(): this {
    this.#load();
    return this;
  }
}
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size')!.get!;
Object.defineProperty(LazyPostings.prototype, 'size', {
  get(this: LazyPostings) {
    return mapSize.call(this.load());
  },
});

/**
 * Passage id → its distinct terms, decoded per passage on first use (ranking reads a few dozen
 * per question; holding 185,000 sets would cost hundreds of megabytes for nothing).
 */
class LazyTermSets extends Map<string, ReadonlySet<string>> {
  constructor(
    private readonly decode: (id: string) => ReadonlySet<string> | undefined,
    private readonly allIds: readonly string[],
    private readonly known: ReadonlyMap<string, number>,
  ) {
    super();
  }
  override get(id: string) {
    let s = super.get(id);
    if (s === undefined && (s = this.decode(id)) !== undefined) super.set(id, s);
    return s;
  }
  override has(id: string) {
    return this.known.has(id);
  }
  override *entries(): MapIterator<[string, ReadonlySet<string>]> {
    for (const id of this.allIds) yield [id, this.get(id)!];
  }
  override *keys(): MapIterator<string> {
    yield* this.allIds;
  }
  override *values(): MapIterator<ReadonlySet<string>> {
    for (const id of this.allIds) yield this.get(id)!;
  }
  override [Symbol.iterator]() {
    return this.entries();
  }
  override forEach(f: (v: ReadonlySet<string>, k: string, m: Map<string, ReadonlySet<string>>) => void, self?: unknown) {
    for (const [k, v] of this.entries()) f.call(self, v, k, this);
  }
}
Object.defineProperty(LazyTermSets.prototype, 'size', {
  get(this: LazyTermSets) {
    return (this as unknown as { allIds: string[] }).allIds.length;
  },
});

/** What a restored index is made of: the term tables, lazy postings and lazy per-passage terms. */
export interface UnpackedPostings {
  /** Term → lazily decoded postings, for MiniSearch's radix tree. */
  postings: [term: string, data: FieldPostings][];
  df: Map<string, number>;
  termsOf: Map<string, ReadonlySet<string>>;
  /** MiniSearch's serialised document tables (short id → id, short id → field lengths). */
  documentIds: Record<string, string>;
  fieldLength: Record<string, number[]>;
}

/** Rebuilds the tables from packed postings; postings and term sets stay encoded until read. */
export function unpackPostings(p: Omit<PackedPostings, 'bytes'>, bytes: Uint8Array): UnpackedPostings {
  const termAt = undelta(p.termAt);
  const docAt = undelta(p.docAt);
  const postings: [string, FieldPostings][] = p.terms.map((t, i) => [t, new LazyPostings(bytes, termAt[i]!)]);
  const df = new Map<string, number>();
  p.terms.forEach((t, i) => {
    if (p.df[i]! > 0) df.set(t, p.df[i]!);
  });
  const documentIds: Record<string, string> = {};
  const fieldLength: Record<string, number[]> = {};
  const shortOf = new Map<string, number>();
  const allIds: string[] = [];
  p.ids.forEach((id, short) => {
    if (id === null) return;
    documentIds[short] = id;
    shortOf.set(id, short);
    allIds.push(id);
    const r = new VarintReader(bytes, docAt[short]!);
    for (let n = r.next(); n > 0; n--) r.next();
    const lengths: number[] = [];
    for (let f = 0; f < p.fieldCount; f++) lengths.push(r.next());
    fieldLength[short] = lengths;
  });
  const decode = (id: string) => {
    const short = shortOf.get(id);
    if (short === undefined) return undefined;
    const r = new VarintReader(bytes, docAt[short]!);
    const set = new Set<string>();
    let t = 0;
    for (let n = r.next(); n > 0; n--) set.add(p.terms[(t += r.next())]!);
    return set;
  };
  return { postings, df, termsOf: new LazyTermSets(decode, allIds, shortOf), documentIds, fieldLength };
}
