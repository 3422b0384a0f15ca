import type { Block } from './clean.js';
import { splitSentences } from '../text/sentences.js';

/** Paragraphs longer than this are cut into passages on sentence boundaries. */
export const MAX_PASSAGE_CHARS = 700;
/** Target size of each piece when a long paragraph is cut. */
export const TARGET_PASSAGE_CHARS = 450;

const TERMINAL = /[.!?:;"”’)\]]\s*$/;

/**
 * Finds the paragraphs of a raw article with their offsets. Blank lines always separate; a single
 * line break separates too unless the line was hard-wrapped mid-sentence (it ends without
 * punctuation and the next line starts in lower case).
 */
export function paragraphs(raw: string): Block[] {
  const out: Block[] = [];
  const lines: Block[] = [];
  for (const m of raw.matchAll(/[^\r\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (text) lines.push({ text, start: m.index + lead, end: m.index + lead + text.length });
  }
  for (const line of lines) {
    const prev = out[out.length - 1];
    const sameBlock = prev !== undefined && !/\n\s*\n/.test(raw.slice(prev.end, line.start));
    if (sameBlock && !TERMINAL.test(prev.text) && /^\p{Ll}/u.test(line.text)) {
      prev.end = line.end;
      prev.text = `${prev.text} ${line.text}`;
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

/** Cuts a long paragraph into pieces of whole sentences, each near TARGET_PASSAGE_CHARS. */
export function splitLong(block: Block, raw: string): Block[] {
  if (block.text.length <= MAX_PASSAGE_CHARS) return [block];
  const source = raw.slice(block.start, block.end);
  const pieces: { start: number; end: number }[] = [];
  let cur: { start: number; end: number } | null = null;
  for (const s of splitSentences(source)) {
    const end = block.start + s.end;
    if (cur && end - cur.start > TARGET_PASSAGE_CHARS) {
      pieces.push(cur);
      cur = null;
    }
    const start: number = cur ? cur.start : block.start + s.start;
    cur = { start, end };
  }
  if (cur) pieces.push(cur);
  return pieces.map((p) => ({ ...p, text: raw.slice(p.start, p.end).replace(/\s+/g, ' ') }));
}
