/**
 * Article texts decoded in large blocks rather than one string per file. Ten thousand strings of a
 * few kilobytes each are born in V8's young generation and copied out of it by the scavenger
 * (about a fifth of loading a 10,000-article index went on those copies); one string per block of
 * tens of megabytes is allocated where large objects live and never copied, and each article's
 * text is a slice of it (a small object pointing into the block).
 *
 * The price: a block is freed only when every article sliced from it is, so after per-article
 * updates a replaced article's old text stays in memory until a restart (at most the size of the
 * corpus as loaded).
 */

/** Tuning numbers of block decoding. */
export const ARTICLE_TEXT_DEFAULTS = {
  /**
   * Bytes of article files decoded as one string: large enough to be a large object, small enough
   * that one decode is a short stall and no string nears V8's length limit (2^29 characters).
   */
  blockBytes: 32 * 1024 * 1024,
} as const;

/** One article to decode: its file's bytes (valid UTF-8, no BOM) and the length of its text in UTF-16 units. */
export interface PlainText {
  bytes: Uint8Array;
  chars: number;
}

/** Whether a text needs two bytes a character in V8 (a character above U+00FF). */
export function isWide(text: string): boolean {
  return /[^\u0000-\u00ff]/.test(text);
}

/**
 * Decodes each file's bytes as UTF-8, in blocks, returning one string per file in order. Files
 * whose texts are all Latin-1 should be passed apart from the others (see isWide): a block with
 * one wider character takes two bytes for every character in it. Throws when a block does not
 * decode to the stated lengths (the stored lengths do not fit the files).
 */
export function decodeInBlocks(texts: readonly PlainText[], blockBytes: number = ARTICLE_TEXT_DEFAULTS.blockBytes): string[] {
  const out: string[] = [];
  let from = 0;
  while (from < texts.length) {
    let to = from;
    let bytes = 0;
    while (to < texts.length && (to === from || bytes + texts[to]!.bytes.length <= blockBytes)) bytes += texts[to++]!.bytes.length;
    const block = joined(texts.slice(from, to), bytes).toString('utf8');
    let at = 0;
    for (let i = from; i < to; i++) {
      out.push(block.slice(at, at + texts[i]!.chars));
      at += texts[i]!.chars;
    }
    // Valid UTF-8 files decode the same apart as end to end, so only a wrong stored length can miss.
    if (at !== block.length) throw new Error('the stored article lengths do not fit the article files');
    from = to;
  }
  return out;
}

/** The texts' bytes end to end: a view when they already lie so in one buffer (the index's copy of the files), else a copy. */
function joined(texts: readonly PlainText[], bytes: number): Buffer {
  const first = texts[0]!.bytes;
  let end = first.byteOffset;
  for (const t of texts) {
    if (t.bytes.buffer !== first.buffer || t.bytes.byteOffset !== end) return Buffer.concat(texts.map((x) => x.bytes), bytes);
    end += t.bytes.byteLength;
  }
  return Buffer.from(first.buffer, first.byteOffset, bytes);
}
