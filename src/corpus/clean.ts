/** A block of an article's text with its offsets in the raw file. */
export interface Block {
  text: string;
  start: number;
  end: number;
}

/** Where a line stands, for rules that depend on it. */
export interface LineContext {
  /** True while every later line is furniture too: the article's tail. */
  inTail: boolean;
}

/** A rule that recognises page furniture: text a web page wraps around an article that is not its content. */
export interface FurnitureRule {
  name: string;
  matches(text: string, ctx: LineContext): boolean;
}

/**
 * Letters of scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
 * Burmese). Rules that count words or look for long unbroken runs must not take such a sentence
 * for one long token.
 */
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const UNSPACED = new RegExp(UNSPACED_LETTER.source, 'gu');

/** About how many words a line holds; a run of unspaced letters counts one word per two characters. */
function wordCount(s: string): number {
  const unspaced = s.match(UNSPACED)?.length ?? 0;
  const spaced = s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w.replace(UNSPACED, ''))).length;
  return spaced + Math.ceil(unspaced / 2);
}
const endsLikeSentence = (s: string) => /[.!?"”’)。！？」』）…]$/.test(s.trim());

/**
 * Every furniture rule, in one place. General shapes, not strings from any one site: a newsroom's
 * own scrape will carry its own share bars and sign-offs, and these catch their kinds.
 */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  {
    // Scraper residue and tracking ids: one long run of characters with no spaces (but not a
    // sentence in a script that is written without spaces).
    name: 'random token',
    matches: (s) => /^\S{20,}$/.test(s.trim()) && !UNSPACED_LETTER.test(s),
  },
  {
    name: 'share widget',
    matches: (s) =>
      /^(share( this( article| story| post)?)?|share (on|via) \w+|tweet|e-?mail|print|copy link|whatsapp|facebook|twitter|linkedin|follow us( on \w+)?)(\s*[|·•,]\s*(share|tweet|e-?mail|print|copy link|whatsapp|facebook|twitter|linkedin))*$/i.test(
        s.trim(),
      ),
  },
  {
    name: 'end of article',
    matches: (s) =>
      /^(end of (the )?(article|story|report)|related( topics| articles| stories| coverage| content| news)?|read more|more on this( story)?|advertisement|sponsored( content)?|recommended( for you)?|most read|top stories|you may also like|tags?:.*|topics?:.*)$/i.test(
        s.trim(),
      ),
  },
  {
    // Agency boilerplate: "… offered to subscribers … Please contact us for subscription options."
    // A blurb is a sentence or two; a paragraph of reporting on subscribers ('sign up for pay-TV
    // subscriptions', 150 words) is news.
    name: 'subscription blurb',
    matches: (s) => /subscri(ber|ption|be)/i.test(s) && /(contact us|sign up|offered|options|newsletter|log ?in|free trial)/i.test(s) && wordCount(s) <= 45,
  },
  {
    name: 'contributor line',
    matches: (s) =>
      /\b(contributed (reporting )?to this (report|story|article)|contributed reporting|reporting by|editing by|writing by|additional reporting)\b/i.test(s) &&
      wordCount(s) <= 25,
  },
  {
    // Labels such as "Breaking:" or "Earlier story:" that introduce, but are not, content.
    name: 'label',
    matches: (s) => s.trim().endsWith(':') && wordCount(s) <= 4,
  },
  {
    // Byline and timestamp bars: "Jane Doe | 26.10.2025 - Update : 27.10.2025".
    name: 'byline bar',
    matches: (s) => s.includes('|') && /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/.test(s) && wordCount(s) <= 15,
  },
  {
    // A dateline standing alone: "NAIROBI".
    name: 'dateline',
    matches: (s) => /^\p{Lu}[\p{Lu}\s.-]{2,30}$/u.test(s.trim()) && wordCount(s) <= 3,
  },
  {
    // Wire photo captions: "X speaks during the summit in Wellington, New Zealand, 2 April 2024."
    name: 'photo caption',
    matches: (s) =>
      /,\s+(\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2},? \d{4})\.?$/i.test(s.trim()) &&
      wordCount(s) <= 35,
  },
  {
    // After the last paragraph, short lines that are not sentences are page chrome, in any language.
    name: 'tail chrome',
    matches: (s, ctx) => ctx.inTail && wordCount(s) <= 5 && !endsLikeSentence(s),
  },
];

/** Which rule, if any, calls this block furniture. */
export function furnitureRule(text: string, ctx: LineContext): string | null {
  for (const rule of FURNITURE_RULES) if (rule.matches(text, ctx)) return rule.name;
  return null;
}

/**
 * Drops page furniture and repeated blocks (a headline printed twice), keeping the raw offsets of
 * what stays. The tail is read backwards so trailing chrome is recognised as a run.
 */
export function removeFurniture(blocks: readonly Block[]): Block[] {
  const keep = new Array<boolean>(blocks.length).fill(true);
  let inTail = true;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const rule = furnitureRule(blocks[i]!.text, { inTail });
    if (rule) keep[i] = false;
    else inTail = false;
  }
  const seen = new Set<string>();
  return blocks.filter((b, i) => {
    if (!keep[i]) return false;
    const key = b.text.toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
