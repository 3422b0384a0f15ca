/**
 * Article texts as the persisted index holds them (format 5): in V8's own string encodings, so
 * loading them is a copy, not a decoding. Texts whose every character is at most U+00FF are
 * stored end to end as Latin-1 bytes, the others as UTF-16 code units; each kind is read back in
 * blocks of about a megabyte, one string per block, and each article's text is a slice of its block. Decoding
 * the article files' UTF-8 instead was about 0.15 s of a 10,000-article load, and needed every
 * file read first. A block of a megabyte is allocated where large objects live and never copied
 * by the scavenger, as ten thousand strings of a few kilobytes would be.
 *
 * The price: a block is freed only when every article sliced from it is, so after per-article
 * updates a replaced article's old text stays in memory until a restart (at most the size of the
 * corpus as loaded); and wide texts take two bytes a character on disk.
 */

/** Tuning numbers of block decoding. */
export const ARTICLE_TEXT_DEFAULTS = {
  /**
   * Bytes of stored text decoded as one string: large enough to be a large object (past 128 KB),
   * and under the size from which Node makes a Latin-1 or UTF-16 string an external one
   * (EXTERN_APEX, 0xFBEE9 bytes): ranking ran 10-20% slower over slices of external strings
   * (CPU per question at 10,000 articles, p50 5.2 against 4.3-4.8 ms), whose characters V8 reads
   * through one more indirection.
   */
  blockBytes: 1_000_000,
} as const;

/** Whether a text needs two bytes a character in V8 (a character above U+00FF). */
export function isWide(text: string): boolean {
  return /[^\u0000-\u00ff]/.test(text);
}

/** Texts end to end as bytes: Latin-1 for narrow ones, UTF-16 code units (little-endian) for wide ones. */
export function encodeTexts(texts: readonly string[], wide: boolean): Uint8Array {
  // Written text by text into one buffer, never joined first: the joined string of a large
  // archive was as big again as the bytes (the peak of indexing 30,000 articles), and past about
  // 500 million characters V8 cannot make it at all.
  const unit = wide ? 2 : 1;
  const out = Buffer.allocUnsafe(texts.reduce((n, t) => n + t.length * unit, 0));
  let at = 0;
  for (const t of texts) at += out.write(t, at, wide ? 'utf16le' : 'latin1');
  if (at !== out.byteLength) throw new Error('an article text did not encode to one unit a character');
  return out;
}

/**
 * The texts encodeTexts stored, given each one's length in characters, decoded in blocks of at
 * most `blockBytes` (a text longer than that is a block of its own). Throws when the lengths do
 * not fit the bytes.
 */
export function decodeTexts(bytes: Uint8Array, wide: boolean, chars: readonly number[], blockBytes: number = ARTICLE_TEXT_DEFAULTS.blockBytes): string[] {
  const unit = wide ? 2 : 1;
  const total = chars.reduce((a, b) => a + b, 0) * unit;
  if (total !== bytes.byteLength) throw new Error('the stored article lengths do not fit the stored texts');
  const out: string[] = [];
  let from = 0;
  let at = 0;
  while (from < chars.length) {
    let to = from;
    let size = 0;
    while (to < chars.length && (to === from || size + chars[to]! * unit <= blockBytes)) size += chars[to++]! * unit;
    const block = Buffer.from(bytes.buffer, bytes.byteOffset + at, size).toString(wide ? 'utf16le' : 'latin1');
    let c = 0;
    for (let i = from; i < to; i++) {
      out.push(block.slice(c, c + chars[i]!));
      c += chars[i]!;
    }
    at += size;
    from = to;
  }
  return out;
}
