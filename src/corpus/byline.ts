import type { Block } from './clean.js';

/** How far down an article a "By …" line may stand and still be its byline (after the headline, a dateline). */
const BYLINE_BLOCKS = 3;
/** Longest byline: a few names, maybe "and" and an outlet; anything longer is a sentence. */
const BYLINE_MAX_WORDS = 12;

/**
 * "By Riyaz ul Khaliq", "BY JANE DOE AND JOHN ROE", "By Jane Doe, Reuters": a line that only
 * names who wrote the article. The name must start with a capital, and the line must not read as
 * a sentence ("By noon the ferry had left." ends in a full stop after a lower-case word).
 */
const BYLINE = /^(?:By|BY|by):?\s+(\p{Lu}[^\n]*)$/u;

/** The author named by a byline line, or null when the line is not one. */
export function bylineAuthor(text: string): string | null {
  const m = BYLINE.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.replace(/\s*[|·•–—-]\s*\d.*$/u, '').trim();
  const words = name.split(/\s+/);
  if (words.length > BYLINE_MAX_WORDS || /[!?:;"“”]/.test(name) || /\p{Ll}{2,}\.$/u.test(name)) return null;
  // Ordinary words after "By" mean a sentence ("By Monday most of the ferries were back"): each word
  // of a byline is a name (capitalised), a particle of one (ul, de, van), or a joiner.
  const nameLike = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(and|&|ul|al|el|de|da|di|du|van|von|der|den|la|le|bin|ibn|of)$/iu.test(w.replace(/,$/, '')));
  return nameLike ? name.replace(/,$/, '') : null;
}

/**
 * Finds a byline among an article's first blocks: its author, and the blocks without it (a byline
 * is about the article, not part of it, so it is never indexed as a passage).
 */
export function takeByline(blocks: readonly Block[]): { author: string | null; blocks: Block[] } {
  for (let i = 0; i < Math.min(BYLINE_BLOCKS, blocks.length); i++) {
    const author = bylineAuthor(blocks[i]!.text);
    if (author) return { author, blocks: blocks.filter((_, j) => j !== i) };
  }
  return { author: null, blocks: [...blocks] };
}
