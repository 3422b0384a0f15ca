import { ABBREVIATIONS } from '../text/sentences.js';
import type { Article, Passage } from '../corpus/types.js';
import { tokenize, type Token } from '../text/tokens.js';
import { on } from './mechanisms.js';
import { gazetteer } from '../text/gazetteer.js';
import { FUNCTION_WORDS, ORG_WORDS } from '../text/lexicon.js';
import { isNameWord } from './names.js';

/** A token of a passage, with where it stands among the article's quotations and sentences. */
export interface Tok extends Token {
  /** Index of the quotation whose words this token is part of, -1 outside quotations. */
  q: number;
  /** Set on quotation marks that open or close quotation `q`. */
  mark: 'open' | 'close' | null;
  /** Sentence number within the article (quotations never split a sentence). */
  sent: number;
  /** A word that names bodies ('Bill', 'Hall') opening a person's name here, as a listed given name ('Bill Gates'). */
  given?: boolean;
}

/** The piece of a quotation inside one passage: its words [start, end) and its marks (-1 when absent). */
export interface QuotePart {
  p: number;
  start: number;
  end: number;
  openMark: number;
  closeMark: number;
}

/** Text between quotation marks, possibly running over several paragraphs. */
export interface QuoteSpan {
  id: number;
  parts: QuotePart[];
  text: string;
  /** Marked with single curly quotes (headline style). */
  single: boolean;
}

/** One passage of an article, tokenised. */
export interface PassageDoc {
  passage: Passage;
  text: string;
  toks: Tok[];
}

/** An article ready for attribution: its passages in reading order and the quotations in them. */
export interface ArticleDoc {
  article: Article;
  passages: PassageDoc[];
  quotes: QuoteSpan[];
}

const DOUBLE_MARKS = new Set(['“', '”', '"', '„', '«', '»']);
const OPEN_BEFORE = /[\s([{—–\-/•·:;“"‘'«]/u;

const isSpace = (c: string | undefined) => c === undefined || /\s/u.test(c);
const isAlnum = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Could the double mark at i open a quotation? Judged by what flanks it, with the glyph as a tiebreak. */
function opensDouble(t: string, i: number): boolean {
  const c = t[i]!;
  const prev = i === 0 ? undefined : t[i - 1];
  const next = t[i + 1];
  if (isSpace(next)) return false;
  if (c === '”' || c === '»') return prev === undefined || OPEN_BEFORE.test(prev);
  return prev === undefined || OPEN_BEFORE.test(prev) || c === '“' || c === '„' || c === '«';
}

/** Could the double mark at i close the quotation that is open? */
function closesDouble(t: string, i: number): boolean {
  const c = t[i]!;
  const prev = t[i - 1];
  const next = t[i + 1];
  if (c === '“' || c === '„') return !isSpace(prev) && (isSpace(next) || !isAlnum(next));
  return !isAlnum(next) || c === '”' || c === '»';
}

/**
 * Inside an open quotation, does the mark at i begin a new paragraph of it? It stands after a
 * sentence's end and before a word ('…as whingeing Poms. "Stop going on…'): the way a quotation
 * that reopens each paragraph reads once the paragraph breaks are gone.
 */
function reopens(t: string, i: number): boolean {
  // '…9.15 metres?' "If they say…': a sentence ending in an inner quotation ends as well.
  const end = on('inner-quote-ends') ? /[.?!]['’)\]]?\s+$/u : /[.?!][)\]]?\s+$/u;
  return isSpace(t[i - 1]) && isAlnum(t[i + 1]) && end.test(t.slice(Math.max(0, i - 4), i));
}

/** Could the ‘ at i open a quotation? Only at a word's start. */
function opensSingle(t: string, i: number): boolean {
  const prev = i === 0 ? undefined : t[i - 1];
  return (prev === undefined || OPEN_BEFORE.test(prev)) && isAlnum(t[i + 1]);
}

/**
 * Finds the ’ that closes a single quotation opened at `from`, telling it apart from apostrophes:
 * one inside a word ('Norway’s') never closes, and a plural possessive ('the ministers’ summit')
 * only when no later candidate exists.
 */
function singleClose(t: string, from: number): number {
  const candidates: number[] = [];
  for (let i = from; i < t.length; i++) {
    if (t[i] === '‘' || t[i] === '“') break;
    if (t[i] === '’' && !isSpace(t[i - 1]) && !isAlnum(t[i + 1])) candidates.push(i);
  }
  for (const [k, i] of candidates.entries()) {
    const plural = t[i - 1] === 's' && /^ \p{Ll}/u.test(t.slice(i + 1, i + 3));
    if (!plural || k === candidates.length - 1) return i;
  }
  return -1;
}

function trimPart(t: string, part: QuotePart): QuotePart {
  let { start, end } = part;
  while (start < end && /\s/u.test(t[start]!)) start++;
  while (end > start && /\s/u.test(t[end - 1]!)) end--;
  return { ...part, start, end };
}

/** True when passage b continues the same printed paragraph as a (a long paragraph cut in two). */
function sameParagraph(raw: string, a: Passage, b: Passage): boolean {
  return !raw.slice(a.end, b.start).includes('\n');
}

interface Open {
  parts: QuotePart[];
  single: boolean;
  cur: QuotePart;
  /** A quotation quoted inside this one with the same marks is open ('he was the "Father of the House" and…'). */
  nested?: boolean;
}

/**
 * Where passage pi picks up the quotation left open by the one before: from its start when it
 * continues the same printed paragraph, after its opening mark when a new paragraph reopens the
 * quotation, or -1 when the quotation ended with the previous passage.
 */
function resume(article: Article, passages: readonly Passage[], pi: number, open: Open): number {
  const t = passages[pi]!.text;
  const lead = t.length - t.trimStart().length;
  open.nested = false;
  const reopened = !open.single && DOUBLE_MARKS.has(t[lead] ?? '') && opensDouble(t, lead);
  if (sameParagraph(article.raw, passages[pi - 1]!, passages[pi]!)) {
    // A long paragraph cut in two where its quotation reopens ('…mattered. "If we…'): the mark is
    // the BBC's paragraph opener, not the speaker's words.
    const opener = reopened && /[.?!][)\]]?$/u.test(passages[pi - 1]!.text);
    open.cur = { p: pi, start: opener ? lead + 1 : 0, end: t.length, openMark: opener ? lead : -1, closeMark: -1 };
  } else if (reopened) {
    open.cur = { p: pi, start: lead + 1, end: t.length, openMark: lead, closeMark: -1 };
  } else {
    return -1;
  }
  open.parts.push(open.cur);
  return open.cur.start;
}

/** At mark i inside an open double quotation: true when it closes it; a reopening mark starts a new part. */
function closesOpen(open: Open, t: string, pi: number, i: number): boolean {
  if (open.single || !DOUBLE_MARKS.has(t[i]!)) return false;
  if (open.nested) {
    // The mark closes the inner quotation; the speaker's own words go on after it.
    if (closesDouble(t, i)) open.nested = false;
    return false;
  }
  if (closesDouble(t, i)) {
    open.cur.end = i;
    open.cur.closeMark = i;
    return true;
  }
  if (reopens(t, i)) {
    // A paragraph of a multi-paragraph quotation whose paragraph break was lost in the file.
    open.cur.end = i;
    open.cur = { p: pi, start: i + 1, end: t.length, openMark: i, closeMark: -1 };
    open.parts.push(open.cur);
  } else if (on('nested-quotes') && opensDouble(t, i) && /[\s(]/u.test(t[i - 1] ?? '')) {
    // A mark opening a word mid-sentence quotes a phrase inside the quotation, which closes first.
    open.nested = true;
  }
  return false;
}

/**
 * Finds the quotations of an article: curly, straight and guillemet double quotes, single curly
 * quotes, and quotations running over several paragraphs (each opening with a mark, only the last
 * one closing).
 */
function findQuoteSpans(article: Article, passages: readonly Passage[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const texts = passages.map((p) => p.text);
  let open: Open | null = null;
  const finish = () => {
    if (!open) return;
    const parts = open.parts.map((p) => trimPart(texts[p.p]!, p)).filter((p) => p.end > p.start);
    if (parts.length > 0) spans.push({ id: spans.length, parts, single: open.single, text: parts.map((p) => texts[p.p]!.slice(p.start, p.end)).join(' ') });
    open = null;
  };
  passages.forEach((passage, pi) => {
    const t = passage.text;
    let i = 0;
    if (open) {
      i = resume(article, passages, pi, open);
      if (i < 0) finish();
      i = Math.max(i, 0);
    }
    for (; i < t.length; i++) {
      const c = t[i]!;
      if (open) {
        if (closesOpen(open, t, pi, i)) finish();
        continue;
      }
      if (DOUBLE_MARKS.has(c) && opensDouble(t, i)) {
        open = { parts: [], single: false, cur: { p: pi, start: i + 1, end: t.length, openMark: i, closeMark: -1 } };
        open.parts.push(open.cur);
      } else if (c === '‘' && opensSingle(t, i)) {
        const close = singleClose(t, i + 1);
        if (close < 0) continue; // an apostrophe or a quotation we cannot bound: not a quotation
        open = { parts: [], single: true, cur: { p: pi, start: i + 1, end: close, openMark: i, closeMark: close } };
        open.parts.push(open.cur);
        finish();
        i = close;
      }
    }
    // An unclosed quotation runs on; the next passage decides whether it continues.
  });
  finish();
  return spans;
}

const SENTENCE_END = new Set(['.', '?', '!']);

/** Numbers each token's sentence, treating every quotation as one unbreakable stretch. */
function numberSentences(toks: Tok[], first: number, quoteEndsSentence: (q: number) => boolean): number {
  let sent = first;
  for (let k = 0; k < toks.length; k++) {
    const tok = toks[k]!;
    tok.sent = sent;
    let boundary = false;
    if (tok.q < 0 && tok.mark === null && SENTENCE_END.has(tok.text)) {
      const before = toks[k - 1];
      const abbreviation = tok.text === '.' && before?.word === true && (ABBREVIATIONS.has(before.low) || (before.text.length === 1 && before.cap));
      boundary = !abbreviation;
    } else if (tok.mark === 'close') {
      boundary = quoteEndsSentence(tok.q);
    }
    if (!boundary) continue;
    // Only a capital, a digit or an opening mark starts the next sentence.
    let n = k + 1;
    while (n < toks.length && toks[n]!.mark === 'close') n++;
    const next = toks[n];
    if (next === undefined) continue;
    if ((next.word && (next.cap || /^\p{N}/u.test(next.text))) || next.mark === 'open') {
      for (let m = k + 1; m < n; m++) toks[m]!.sent = sent;
      sent++;
      k = n - 1;
    }
  }
  return sent + 1;
}

/**
 * 'Bill Gates', 'Microsoft's Bill Gates': a word that ends bodies' names ('the Terrorism Bill')
 * and is a listed given name opens a person's name before a name word, unless a capitalised word
 * before it makes it a body's last word.
 */
function markGivenOrgWords(toks: Tok[]): void {
  const given = gazetteer().firstNames;
  toks.forEach((t, k) => {
    if (!t.cap || t.acronym || !ORG_WORDS.has(t.low) || !given.has(t.low) || !isNameWord(toks[k + 1])) return;
    const prev = toks[k - 1];
    if (prev?.word && prev.cap && !prev.poss && !FUNCTION_WORDS.has(prev.low) && t.sent === prev.sent) return;
    t.given = true;
  });
}

/** Tokenises an article's passages, marks which tokens lie inside which quotation, and numbers sentences. */
export function buildArticleDoc(article: Article, passages: readonly Passage[]): ArticleDoc {
  const quotes = findQuoteSpans(article, passages);
  const docs: PassageDoc[] = passages.map((passage) => ({ passage, text: passage.text, toks: tokenize(passage.text).map((t): Tok => Object.assign(t, { q: -1, mark: null, sent: 0 })) }));
  for (const q of quotes) {
    for (const part of q.parts) {
      for (const tok of docs[part.p]!.toks) {
        if (tok.start >= part.start && tok.end <= part.end) tok.q = q.id;
        else if (tok.start === part.openMark) {
          tok.q = q.id;
          tok.mark = 'open';
        } else if (tok.start === part.closeMark) {
          tok.q = q.id;
          tok.mark = 'close';
        }
      }
    }
  }
  // '…beg the question, 'What have they got to hide?'"': a quotation closing inside it ends it too.
  const endsSentence = (q: number) => /[.?!…]['’]?$/u.test(quotes[q]?.text ?? '');
  let sent = 0;
  for (const d of docs) sent = numberSentences(d.toks, sent, endsSentence);
  if (on('org-word-given-names')) for (const d of docs) markGivenOrgWords(d.toks);
  return { article, passages: docs, quotes };
}
